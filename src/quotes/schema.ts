/** JSON Schema definitions of `report.quotes` and `report.quoteClusters`; kept in step with `types.ts`. @internal */
export const quoteDefs = {
  speaker: {
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    properties: { name: { type: 'string' }, mention: { $ref: '#/$defs/span' } },
  },
  quote: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'docId', 'start', 'end', 'text', 'speaker'],
    properties: {
      id: { type: 'string' },
      docId: { type: 'string' },
      start: { type: 'integer', minimum: 0 },
      end: { type: 'integer', minimum: 0 },
      text: { type: 'string' },
      speaker: { anyOf: [{ $ref: '#/$defs/speaker' }, { type: 'null' }] },
      cue: { type: 'string' },
      creditedSource: { type: 'string' },
    },
  },
} as const;
