const plainSpan = {
  type: 'object',
  additionalProperties: false,
  required: ['start', 'end', 'text'],
  properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 }, text: { type: 'string' } },
} as const;

const clusterSpanProps = {
  docId: { type: 'string' },
  quoteId: { type: 'string' },
  start: { type: 'integer', minimum: 0 },
  end: { type: 'integer', minimum: 0 },
  text: { type: 'string' },
} as const;

/** A cluster span has its text, or lies in a quote whose text gives it (a report leaves the text out then). */
const textOrQuote = [
  { properties: { text: { type: 'string' } }, required: ['text'] },
  { properties: { quoteId: { type: 'string' } }, required: ['quoteId'] },
] as const;

const component = {
  type: 'object',
  additionalProperties: false,
  required: ['score', 'weight', 'evidence'],
  properties: {
    score: { $ref: '#/$defs/score' },
    weight: { $ref: '#/$defs/score' },
    evidence: { type: 'array', items: { $ref: '#/$defs/quoteClusterSpan' } },
  },
} as const;

/** JSON Schema definitions of `report.quoteClusters`; kept in step with `types.ts`. @internal */
export const quoteClusterDefs = {
  quoteClusterSpan: {
    type: 'object',
    additionalProperties: false,
    required: ['docId', 'start', 'end'],
    properties: clusterSpanProps,
    anyOf: textOrQuote,
  },
  quoteCluster: {
    type: 'object',
    additionalProperties: false,
    required: [
      'id',
      'storyId',
      'quoteIds',
      'kind',
      'divergence',
      'substitutions',
      'components',
      'members',
      'variants',
      'insertions',
      'omissions',
      'reorderings',
      'groups',
      'links',
    ],
    properties: {
      id: { type: 'string' },
      storyId: { type: 'string', minLength: 1, description: "id of the story all its members' documents are in (report.stories[].id)" },
      speaker: { type: 'string' },
      quoteIds: { type: 'array', minItems: 2, items: { type: 'string' } },
      kind: { enum: ['identical', 'edited', 'translation-variant', 'paraphrase'] },
      divergence: { $ref: '#/$defs/score' },
      substitutions: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['from', 'to', 'docIds', 'relation', 'spans'],
          properties: {
            from: { type: 'string' },
            to: { type: 'string' },
            docIds: { type: 'array', items: { type: 'string' } },
            relation: { enum: ['spelling', 'inflection', 'near-synonym', 'different'] },
            connotationShift: { type: 'number', minimum: -2, maximum: 2 },
            spans: { type: 'array', items: { $ref: '#/$defs/quoteClusterSpan' } },
          },
        },
      },
      components: {
        type: 'object',
        additionalProperties: false,
        required: ['lexical', 'connotation', 'intensifiersHedges', 'editorial', 'length'],
        properties: { lexical: component, connotation: component, intensifiersHedges: component, editorial: component, length: component },
      },
      members: {
        type: 'array',
        minItems: 2,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['docId', 'start', 'end', 'indirect', 'trimmed', 'pivot'],
          anyOf: textOrQuote,
          properties: { ...clusterSpanProps, indirect: { type: 'boolean' }, trimmed: { type: 'boolean' }, pivot: { type: 'boolean' } },
        },
      },
      variants: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['quoteIds', 'docIds', 'ops'],
          properties: {
            quoteIds: { type: 'array', minItems: 1, items: { type: 'string' } },
            docIds: { type: 'array', minItems: 1, items: { type: 'string' } },
            ops: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['op'],
                properties: { op: { enum: ['equal', 'substitute', 'insert', 'delete', 'move'] }, a: plainSpan, b: plainSpan },
              },
            },
          },
        },
      },
      insertions: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['span', 'kind', 'absentFrom'],
          properties: {
            span: { $ref: '#/$defs/quoteClusterSpan' },
            kind: { enum: ['editorial', 'intensifier', 'hedge', 'words'] },
            absentFrom: { type: 'array', items: { type: 'string' } },
          },
        },
      },
      omissions: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['span', 'missingFrom'],
          properties: { span: { $ref: '#/$defs/quoteClusterSpan' }, missingFrom: { type: 'array', items: { type: 'string' } } },
        },
      },
      reorderings: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['a', 'b'],
          properties: { a: { $ref: '#/$defs/quoteClusterSpan' }, b: { $ref: '#/$defs/quoteClusterSpan' } },
        },
      },
      groups: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['quoteIds'],
          properties: { quoteIds: { type: 'array', minItems: 1, items: { type: 'string' } }, speaker: { type: 'string' } },
        },
      },
      links: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['a', 'b', 'score', 'lexical', 'speaker', 'sharedRare', 'context', 'cue'],
          properties: {
            a: { type: 'string' },
            b: { type: 'string' },
            score: { $ref: '#/$defs/score' },
            lexical: { $ref: '#/$defs/score' },
            speaker: { enum: ['same', 'unknown', 'different'] },
            sharedRare: { type: 'array', items: { type: 'string' } },
            context: { type: 'boolean' },
            cue: { type: 'boolean' },
          },
        },
      },
    },
  },
} as const;
