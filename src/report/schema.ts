import { alignDefs } from '../align/schema.js';
import { documentDefs } from '../document/schema.js';
import { framingDefs } from '../framing/schema.js';
import { quoteClusterDefs } from '../quote-clusters/schema.js';
import { quoteDefs } from '../quotes/schema.js';
import { reuseDefs } from '../reuse/schema.js';
import { storyDefs } from '../stories/schema.js';
import { SCHEMA_VERSION } from '../types.js';

/**
 * The JSON Schema (draft 2020-12) of a {@link Report}, assembled from each stage's definitions. The
 * package also ships it as `narrative-diff/schema.json`.
 *
 * @example
 * ```ts
 * import { reportSchema } from 'narrative-diff';
 * reportSchema.$schema; //=> 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export const reportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `urn:narrative-diff:report:${SCHEMA_VERSION}`,
  title: 'narrative-diff report',
  description: 'What N articles about one event share, who said what, and how each frames it, with UTF-16 offsets into each original text.',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'documents', 'stories', 'alignments', 'commonPassages', 'quotes', 'quoteClusters', 'framing', 'coverage'],
  properties: {
    schemaVersion: { const: SCHEMA_VERSION },
    documents: { type: 'array', items: { $ref: '#/$defs/document' } },
    stories: { type: 'array', items: { $ref: '#/$defs/story' } },
    alignments: { type: 'array', items: { $ref: '#/$defs/alignment' } },
    commonPassages: { type: 'array', items: { $ref: '#/$defs/commonPassage' } },
    quotes: { type: 'array', items: { $ref: '#/$defs/quote' } },
    quoteClusters: { type: 'array', items: { $ref: '#/$defs/quoteCluster' } },
    framing: { $ref: '#/$defs/framing' },
    coverage: { $ref: '#/$defs/coverage' },
  },
  $defs: { ...documentDefs, ...storyDefs, ...alignDefs, ...reuseDefs, ...quoteDefs, ...quoteClusterDefs, ...framingDefs },
} as const;
