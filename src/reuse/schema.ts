import { alignDefs } from '../align/schema.js';

/**
 * JSON Schema definitions of `report.alignments` (the alignment stage's, with the story each is in) and
 * `report.commonPassages`; kept in step with `types.ts`. @internal
 */
export const reuseDefs = {
  alignment: {
    ...alignDefs.alignment,
    required: ['id', 'storyId', 'kind', 'similarity', 'members', 'pairs'],
    properties: {
      id: alignDefs.alignment.properties.id,
      storyId: { type: 'string', minLength: 1, description: "id of the story all its members' documents are in (report.stories[].id)" },
      kind: alignDefs.alignment.properties.kind,
      similarity: alignDefs.alignment.properties.similarity,
      members: alignDefs.alignment.properties.members,
      pairs: alignDefs.alignment.properties.pairs,
    },
  },
  commonPassage: {
    type: 'object',
    additionalProperties: false,
    description:
      'Text documents share that is no reuse within a story: a passage found in documents of different stories, or a reporting formula; every copy is listed.',
    required: ['id', 'kind', 'storyIds', 'similarity', 'members'],
    properties: {
      id: { type: 'string', description: 'cp1, cp2, … in report order' },
      kind: {
        enum: ['reporting-formula', 'stock-phrase', 'background'],
        description: 'a reporting formula from the shipped list, a stock phrase (under 15 words), or a recurring background passage',
      },
      storyIds: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'the stories its documents are in' },
      similarity: { $ref: '#/$defs/score' },
      members: { type: 'array', minItems: 2, items: { $ref: '#/$defs/alignmentMember' } },
    },
  },
} as const;
