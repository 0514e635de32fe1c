/** JSON Schema definitions of the stories part of the report; kept in step with `types.ts`. @internal */
export const storyDefs = {
  story: {
    type: 'object',
    additionalProperties: false,
    description:
      'The documents about one event or development. Formed by similarity by default (options.stories: "auto"), or all in one ("one"), or from the ids the caller gave.',
    required: ['id', 'docIds', 'terms', 'names'],
    properties: {
      id: {
        type: 'string',
        minLength: 1,
        description: "s1, s2, … in order of each story's smallest document id (code-unit order), or the caller's own story id",
      },
      docIds: { type: 'array', minItems: 1, items: { type: 'string' }, description: "its documents' ids, in input order" },
      terms: {
        type: 'array',
        maxItems: 8,
        items: { type: 'string' },
        description: 'the content words that weigh most in it (match keys: folded, lemmatized), heaviest first',
      },
      names: {
        type: 'array',
        maxItems: 4,
        items: { type: 'string' },
        description: 'the people and states it names most, weighed by how rare they are in the corpus',
      },
    },
  },
} as const;
