/** JSON Schema definitions of `report.framing` and `report.coverage`; kept in step with `types.ts`. @internal */
export const framingDefs = {
  framingLabel: {
    type: 'object',
    additionalProperties: false,
    required: ['term', 'start', 'end', 'category', 'loaded'],
    properties: {
      term: { type: 'string' },
      start: { type: 'integer', minimum: 0 },
      end: { type: 'integer', minimum: 0 },
      refersTo: { type: 'string' },
      category: { type: 'string' },
      loaded: { type: 'boolean' },
    },
  },
  framingDocument: {
    type: 'object',
    additionalProperties: false,
    required: ['docId', 'labels', 'sourcesCredited'],
    properties: {
      docId: { type: 'string' },
      labels: { type: 'array', items: { $ref: '#/$defs/framingLabel' } },
      sourcesCredited: { type: 'array', items: { type: 'string' } },
    },
  },
  framingPair: {
    type: 'object',
    additionalProperties: false,
    required: ['a', 'b', 'divergence', 'components'],
    properties: {
      a: { type: 'string' },
      b: { type: 'string' },
      divergence: { $ref: '#/$defs/score' },
      components: { type: 'object', additionalProperties: { $ref: '#/$defs/score' } },
    },
  },
  framing: {
    type: 'object',
    additionalProperties: false,
    required: ['documents', 'pairs'],
    properties: {
      documents: { type: 'array', items: { $ref: '#/$defs/framingDocument' } },
      pairs: { type: 'array', items: { $ref: '#/$defs/framingPair' } },
    },
  },
  coverageItem: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'carriedBy', 'omittedBy'],
    properties: {
      id: { type: 'string' },
      type: { enum: ['alignment', 'quoteCluster'] },
      carriedBy: { type: 'array', items: { type: 'string' } },
      omittedBy: { type: 'array', items: { type: 'string' } },
    },
  },
  coverage: {
    type: 'object',
    additionalProperties: false,
    required: ['items'],
    properties: { items: { type: 'array', items: { $ref: '#/$defs/coverageItem' } } },
  },
} as const;
