/** JSON Schema definitions of `report.quoteClusters`; kept in step with `types.ts`. @internal */
export const quoteClusterDefs = {
  quoteCluster: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'quoteIds', 'kind', 'divergence', 'substitutions'],
    properties: {
      id: { type: 'string' },
      speaker: { type: 'string' },
      quoteIds: { type: 'array', minItems: 2, items: { type: 'string' } },
      kind: { enum: ['identical', 'edited', 'translation-variant', 'paraphrase'] },
      divergence: { $ref: '#/$defs/score' },
      substitutions: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['from', 'to', 'docIds'],
          properties: { from: { type: 'string' }, to: { type: 'string' }, docIds: { type: 'array', items: { type: 'string' } } },
        },
      },
    },
  },
} as const;
