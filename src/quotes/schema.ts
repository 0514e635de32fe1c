/** JSON Schema definitions of `report.quotes`; kept in step with `types.ts`. @internal */
export const quoteDefs = {
  speaker: {
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    properties: {
      name: { type: 'string' },
      mention: { $ref: '#/$defs/span' },
      kind: { enum: ['name', 'pronoun', 'descriptor', 'source', 'other'] },
    },
  },
  quote: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'docId', 'start', 'end', 'text', 'speaker', 'isSpeech', 'partial', 'insertions'],
    properties: {
      id: { type: 'string' },
      docId: { type: 'string' },
      start: { type: 'integer', minimum: 0 },
      end: { type: 'integer', minimum: 0 },
      text: { type: 'string' },
      speaker: { anyOf: [{ $ref: '#/$defs/speaker' }, { type: 'null' }] },
      cue: { type: 'string' },
      cueLemma: { type: 'string' },
      cueMention: { $ref: '#/$defs/span' },
      attribution: {
        enum: ['quote-speaker-cue', 'quote-cue-speaker', 'speaker-cue-quote', 'according-to', 'quoted-as-saying', 'colon', 'intro-paragraph', 'dash', 'continuation'],
      },
      creditedSource: { type: 'string' },
      creditedSourceMention: { $ref: '#/$defs/span' },
      isSpeech: { type: 'boolean' },
      partial: { type: 'boolean' },
      insertions: { type: 'array', items: { $ref: '#/$defs/span' } },
      openMark: { $ref: '#/$defs/span' },
      closeMark: { $ref: '#/$defs/span' },
      continues: { type: 'string' },
    },
  },
} as const;
