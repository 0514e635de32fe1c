import { excerpt } from '../coverage/index.js';
import { NarrativeDiffError } from '../errors.js';
import { SCHEMA_VERSION, type Report } from '../types.js';
import { memberText } from './format.js';

/** An outlet (`documents[].source`) and how many documents it gave. */
export interface OutletCount {
  /** The outlet as the documents name it. */
  readonly source: string;
  /** Its documents. */
  readonly documents: number;
}

/** One story as the corpus summary lists it. */
export interface StorySummary {
  /** The story's id (`report.stories[].id`). */
  readonly id: string;
  /** How many documents it has. */
  readonly documents: number;
  /** The content words that weigh most in it, heaviest first (`report.stories[].terms`). */
  readonly terms: readonly string[];
  /** The people and states it names most (`report.stories[].names`). */
  readonly names: readonly string[];
  /** How many alignments (shared passages) it has. */
  readonly alignments: number;
  /** How many quotes its documents carry. */
  readonly quotes: number;
  /** How many quote clusters it has. */
  readonly quoteClusters: number;
  /** How many common passages have copies in it. */
  readonly commonPassages: number;
  /** Its documents' outlets, most documents first (ties by name); documents without a `source` are not counted. */
  readonly outlets: readonly OutletCount[];
  /** The files the CLI's `--per-story DIR` wrote for the story, relative to `DIR`; absent from {@link corpusSummary}'s result. */
  readonly files?: readonly string[];
}

/** A passage many documents share: an alignment inside one story or a common passage across stories. */
export interface SharedPassageSummary {
  /** Its id (`p…` in `report.alignments`, `cp…` in `report.commonPassages`). */
  readonly id: string;
  /** Which list it is in. */
  readonly type: 'alignment' | 'commonPassage';
  /** Its kind: verbatim, edited or paraphrase for an alignment; reporting-formula, stock-phrase or background for a common passage. */
  readonly kind: string;
  /** The stories its copies are in. */
  readonly storyIds: readonly string[];
  /** How many distinct documents carry it. */
  readonly documents: number;
  /** How many copies it has (a document may carry it twice). */
  readonly copies: number;
  /** Its similarity, in [0, 1]. */
  readonly similarity: number;
  /** The start of its first copy (up to 80 characters). */
  readonly excerpt: string;
}

/** What a corpus holds, in a few lines per story: the index to the reports of {@link splitByStory}. */
export interface CorpusSummary {
  /** The version of the report format the summary was made from. */
  readonly schemaVersion: string;
  /** How many documents the corpus has. */
  readonly documents: number;
  /** The stories, in `report.stories` order. */
  readonly stories: readonly StorySummary[];
  /** The outlets of all documents, most documents first (ties by name). */
  readonly outlets: readonly OutletCount[];
  /** Documents that name no outlet. */
  readonly documentsWithoutSource: number;
  /** The passages carried by the most documents (alignments and common passages together), at most `topPassages`. */
  readonly sharedPassages: readonly SharedPassageSummary[];
  /** How many alignments and common passages the report has in all. */
  readonly sharedPassageCount: { readonly alignments: number; readonly commonPassages: number };
}

/** Options of {@link corpusSummary}. */
export interface CorpusSummaryOptions {
  /**
   * How many of the most widely shared passages to list.
   * @default 20
   */
  readonly topPassages?: number;
}

/** The outlets among `sources` with their counts, most first, ties by name in code-unit order; `undefined` is not counted. */
function outletCounts(sources: Iterable<string | undefined>): OutletCount[] {
  const counts = new Map<string, number>();
  for (const s of sources) if (s !== undefined) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts]
    .map(([source, documents]) => ({ source, documents }))
    .sort((x, y) => y.documents - x.documents || (x.source < y.source ? -1 : x.source > y.source ? 1 : 0));
}

/**
 * A summary of a corpus report: its stories with their sizes, defining terms and names, counts of what each holds
 * and its outlets; the outlets of the corpus and their document counts; the passages carried by the most documents.
 * It is small whatever the corpus (a few lines per story, no document lists), and validates against
 * {@link corpusSummarySchema}. With {@link splitByStory} it replaces one report of everything.
 *
 * @param report - a report from `analyze`
 * @param options - how many shared passages to list
 * @returns the summary
 * @throws {NarrativeDiffError} `INVALID_OPTION` when `topPassages` is not a whole number ≥ 0
 * @example
 * ```ts
 * const report = await analyze(articles, { stories: { a: 'ferry', b: 'ferry', c: 'strike' } });
 * corpusSummary(report).stories.map((s) => [s.id, s.documents]); //=> [['ferry', 2], ['strike', 1]]
 * ```
 */
export function corpusSummary(report: Report, options: CorpusSummaryOptions = {}): CorpusSummary {
  const top = options.topPassages ?? 20;
  if (!Number.isInteger(top) || top < 0) {
    throw new NarrativeDiffError('INVALID_OPTION', `topPassages must be a whole number ≥ 0, found ${String(top)}`);
  }
  const sourceOf = new Map(report.documents.map((d) => [d.id, d.source]));
  const count = new Map(report.stories.map((s) => [s.id, { alignments: 0, quotes: 0, quoteClusters: 0, commonPassages: 0 }]));
  const storyOfDoc = new Map<string, string>();
  for (const s of report.stories) for (const d of s.docIds) storyOfDoc.set(d, s.id);
  for (const a of report.alignments) {
    const c = count.get(a.storyId);
    if (c) c.alignments++;
  }
  for (const q of report.quotes) {
    const c = count.get(storyOfDoc.get(q.docId) ?? '');
    if (c) c.quotes++;
  }
  for (const qc of report.quoteClusters) {
    const c = count.get(qc.storyId);
    if (c) c.quoteClusters++;
  }
  for (const cp of report.commonPassages) {
    for (const s of cp.storyIds) {
      const c = count.get(s);
      if (c) c.commonPassages++;
    }
  }
  const stories = report.stories.map((s): StorySummary => ({
    id: s.id,
    documents: s.docIds.length,
    terms: s.terms,
    names: s.names,
    ...(count.get(s.id) ?? { alignments: 0, quotes: 0, quoteClusters: 0, commonPassages: 0 }),
    outlets: outletCounts(s.docIds.map((d) => sourceOf.get(d))),
  }));
  const passages: SharedPassageSummary[] = [
    ...report.alignments.map((a) => passageSummary(a.id, 'alignment', a.kind, [a.storyId], a.similarity, a.members)),
    ...report.commonPassages.map((c) => passageSummary(c.id, 'commonPassage', c.kind, c.storyIds, c.similarity, c.members)),
  ];
  // Most documents first, then most stories; ties keep report order (alignments before common passages), a stable sort.
  passages.sort((x, y) => y.documents - x.documents || y.storyIds.length - x.storyIds.length);
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: report.documents.length,
    stories,
    outlets: outletCounts(report.documents.map((d) => d.source)),
    documentsWithoutSource: report.documents.filter((d) => d.source === undefined).length,
    sharedPassages: passages.slice(0, top),
    sharedPassageCount: { alignments: report.alignments.length, commonPassages: report.commonPassages.length },
  };
}

/** One passage of the summary. */
function passageSummary(
  id: string,
  type: SharedPassageSummary['type'],
  kind: string,
  storyIds: readonly string[],
  similarity: number,
  members: Report['alignments'][number]['members'],
): SharedPassageSummary {
  return {
    id,
    type,
    kind,
    storyIds,
    documents: new Set(members.map((m) => m.docId)).size,
    copies: members.length,
    similarity,
    excerpt: excerpt(members.length > 0 ? memberText(members, 0) : ''),
  };
}

const outletSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['source', 'documents'],
  properties: { source: { type: 'string' }, documents: { type: 'integer', minimum: 1 } },
} as const;

const count = { type: 'integer', minimum: 0 } as const;

/**
 * The JSON Schema (draft 2020-12) of a {@link CorpusSummary}: what `corpusSummary` returns and the CLI's
 * `--per-story DIR` writes as `DIR/summary.json`.
 *
 * @example
 * ```ts
 * import { corpusSummarySchema } from 'narrative-diff';
 * corpusSummarySchema.title; //=> 'narrative-diff corpus summary'
 * ```
 */
export const corpusSummarySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `urn:narrative-diff:corpus-summary:${SCHEMA_VERSION}`,
  title: 'narrative-diff corpus summary',
  description: 'The stories of a corpus with their sizes and defining terms, its outlets, and the passages most documents share.',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'documents', 'stories', 'outlets', 'documentsWithoutSource', 'sharedPassages', 'sharedPassageCount'],
  properties: {
    schemaVersion: { const: SCHEMA_VERSION },
    documents: count,
    stories: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'documents', 'terms', 'names', 'alignments', 'quotes', 'quoteClusters', 'commonPassages', 'outlets'],
        properties: {
          id: { type: 'string', minLength: 1 },
          documents: count,
          terms: { type: 'array', items: { type: 'string' } },
          names: { type: 'array', items: { type: 'string' } },
          alignments: count,
          quotes: count,
          quoteClusters: count,
          commonPassages: count,
          outlets: { type: 'array', items: outletSchema },
          files: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description: "the CLI's files for the story, relative to summary.json",
          },
        },
      },
    },
    outlets: { type: 'array', items: outletSchema },
    documentsWithoutSource: count,
    sharedPassages: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'type', 'kind', 'storyIds', 'documents', 'copies', 'similarity', 'excerpt'],
        properties: {
          id: { type: 'string' },
          type: { enum: ['alignment', 'commonPassage'] },
          kind: { enum: ['verbatim', 'edited', 'paraphrase', 'reporting-formula', 'stock-phrase', 'background'] },
          storyIds: { type: 'array', minItems: 1, items: { type: 'string' } },
          documents: count,
          copies: count,
          similarity: { type: 'number', minimum: 0, maximum: 1 },
          excerpt: { type: 'string' },
        },
      },
    },
    sharedPassageCount: {
      type: 'object',
      additionalProperties: false,
      required: ['alignments', 'commonPassages'],
      properties: { alignments: count, commonPassages: count },
    },
  },
} as const;
