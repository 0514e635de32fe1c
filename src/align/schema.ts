/** JSON Schema definitions of `report.alignments`; kept in step with `types.ts`. @internal */
export const alignDefs = {
  score: { type: 'number', minimum: 0, maximum: 1 },
  diffOp: {
    type: 'object',
    additionalProperties: false,
    required: ['op', 'text'],
    properties: { op: { enum: ['equal', 'insert', 'delete'] }, text: { type: 'string' } },
  },
  alignmentMember: {
    type: 'object',
    additionalProperties: false,
    required: ['docId', 'start', 'end'],
    properties: {
      docId: { type: 'string' },
      start: { type: 'integer', minimum: 0 },
      end: { type: 'integer', minimum: 0 },
      text: { type: 'string' },
      sameTextAs: { type: 'integer', minimum: 0 },
    },
    // Exactly one of the two: the text, or the earlier member that has it.
    oneOf: [
      { properties: { text: { type: 'string' } }, required: ['text'] },
      { properties: { sameTextAs: { type: 'integer', minimum: 0 } }, required: ['sameTextAs'] },
    ],
  },
  alignmentPair: {
    type: 'object',
    additionalProperties: false,
    required: ['a', 'b', 'similarity', 'components', 'diff'],
    properties: {
      a: { type: 'integer', minimum: 0 },
      b: { type: 'integer', minimum: 0 },
      similarity: { $ref: '#/$defs/score' },
      components: {
        type: 'object',
        additionalProperties: false,
        required: ['lemmaOverlap', 'wordOrder', 'characters', 'model'],
        properties: {
          lemmaOverlap: { $ref: '#/$defs/score' },
          wordOrder: { $ref: '#/$defs/score' },
          characters: { $ref: '#/$defs/score' },
          model: { $ref: '#/$defs/score' },
        },
      },
      diff: { type: 'array', items: { $ref: '#/$defs/diffOp' } },
    },
  },
  alignment: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'kind', 'similarity', 'members', 'pairs'],
    properties: {
      id: { type: 'string' },
      kind: { enum: ['verbatim', 'edited', 'paraphrase'] },
      similarity: { $ref: '#/$defs/score' },
      members: { type: 'array', minItems: 2, items: { $ref: '#/$defs/alignmentMember' } },
      pairs: { type: 'array', items: { $ref: '#/$defs/alignmentPair' } },
    },
  },
} as const;
