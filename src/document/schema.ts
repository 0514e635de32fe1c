/** JSON Schema definitions of the document part of the report; kept in step with `types.ts`. @internal */
export const documentDefs = {
  span: {
    type: 'object',
    required: ['start', 'end', 'text'],
    properties: {
      start: { type: 'integer', minimum: 0 },
      end: { type: 'integer', minimum: 0 },
      text: { type: 'string' },
    },
  },
  boilerplate: {
    type: 'object',
    additionalProperties: false,
    required: ['start', 'end', 'text', 'kind'],
    properties: {
      start: { type: 'integer', minimum: 0 },
      end: { type: 'integer', minimum: 0 },
      text: { type: 'string' },
      kind: {
        enum: [
          'share',
          'follow',
          'advertise',
          'subscribe',
          'comments',
          'see-also',
          'source-link',
          'byline',
          'photo-credit',
          'metadata',
          'cut-mark',
          'repeated-title',
        ],
      },
    },
  },
  document: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'length', 'stats', 'boilerplate'],
    properties: {
      id: { type: 'string', minLength: 1 },
      title: { type: 'string' },
      source: { type: 'string' },
      url: { type: 'string' },
      publishedAt: { type: 'string' },
      length: { type: 'integer', minimum: 0 },
      stats: {
        type: 'object',
        additionalProperties: false,
        required: ['tokens', 'words', 'sentences', 'paragraphs'],
        properties: {
          tokens: { type: 'integer', minimum: 0 },
          words: { type: 'integer', minimum: 0 },
          sentences: { type: 'integer', minimum: 0 },
          paragraphs: { type: 'integer', minimum: 0 },
        },
      },
      boilerplate: { type: 'array', items: { $ref: '#/$defs/boilerplate' } },
    },
  },
} as const;
