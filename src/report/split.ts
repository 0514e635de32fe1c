import type { AlignmentMember } from '../align/types.js';
import type { CoverageItem, DocumentCoverage } from '../coverage/types.js';
import type { DocumentReport } from '../document/types.js';
import { NarrativeDiffError } from '../errors.js';
import type { ActorNaming, FramingActor, FramingDocument, FramingPair, FramingPairsLeftOut } from '../framing/types.js';
import type { QuoteCluster } from '../quote-clusters/types.js';
import type { Quote } from '../quotes/types.js';
import type { CommonPassage, StoryAlignment } from '../reuse/types.js';
import type { Story } from '../stories/types.js';
import type { Report } from '../types.js';
import { memberText } from './format.js';

/** Everything of a report that belongs to one story, gathered in one pass over the report. */
interface StoryParts {
  readonly story: Story;
  readonly docs: Set<string>;
  readonly documents: DocumentReport[];
  readonly alignments: StoryAlignment[];
  readonly commonPassages: CommonPassage[];
  readonly quotes: Quote[];
  readonly quoteClusters: QuoteCluster[];
  readonly framingDocuments: FramingDocument[];
  readonly pairs: FramingPair[];
  /** Each actor with its rows for the story's documents, in the full report's order. */
  readonly actors: FramingActor[];
  readonly items: CoverageItem[];
  readonly coverageDocuments: DocumentCoverage[];
}

/**
 * The members of `members` in `keep` (document ids) as a report writes them: each distinct text once, a later
 * member with the same text giving the earlier one's index (`sameTextAs`). A member whose `sameTextAs` named a
 * member left out gets its text back.
 */
function keepMembers(members: readonly AlignmentMember[], keep: ReadonlySet<string>): AlignmentMember[] {
  const firstWith = new Map<string, number>();
  const out: AlignmentMember[] = [];
  members.forEach((m, i) => {
    if (!keep.has(m.docId)) return;
    const text = memberText(members, i);
    const j = firstWith.get(text);
    if (j === undefined) {
      firstWith.set(text, out.length);
      out.push({ docId: m.docId, start: m.start, end: m.end, text });
    } else out.push({ docId: m.docId, start: m.start, end: m.end, sameTextAs: j });
  });
  return out;
}

/**
 * The naming table of one story from each actor's rows for its documents: kept as the framing stage keeps them
 * (named in two or more documents, or by a loaded label), most-named first (ties by name, then as before).
 */
function actorsIn(actors: readonly FramingActor[]): FramingActor[] {
  const rows: { row: FramingActor; total: number }[] = [];
  for (const row of actors) {
    if (row.byDocument.length < 2 && !row.byDocument.some((d) => d.forms.some((f) => f.loaded))) continue;
    rows.push({ row, total: row.byDocument.reduce((n, d) => n + d.mentions, 0) });
  }
  // Array.prototype.sort is stable: actors of equal mentions and name keep the full report's order.
  rows.sort((x, y) => y.total - x.total || (x.row.name < y.row.name ? -1 : x.row.name > y.row.name ? 1 : 0));
  return rows.map((r) => r.row);
}

/** What a story's report says of pairwise divergences the full report left out. */
function pairsLeftOutIn(full: FramingPairsLeftOut | null, n: number): FramingPairsLeftOut | null {
  if (full === null || n < 2) return null;
  const count = (n * (n - 1)) / 2;
  return {
    count,
    reason: `the report this story was split from left pairwise framing divergences out (${full.reason}); analyze this story's ${n} documents alone to list its ${count} pairs`,
  };
}

/**
 * Per document of the story, what it omits: the story's items that at least half of its other documents (and at
 * least one) carry, as the coverage stage computes it over the story's documents alone.
 */
function coverageIn(parts: StoryParts): Report['coverage'] {
  const need = Math.max(1, Math.ceil((parts.docs.size - 1) / 2));
  const omits = new Map<string, string[]>([...parts.docs].map((d) => [d, []]));
  for (const it of parts.items) {
    if (it.carriedBy.length < need) continue;
    const carried = new Set(it.carriedBy);
    for (const [d, list] of omits) if (!carried.has(d)) list.push(it.id);
  }
  const documents = parts.coverageDocuments.map((d): DocumentCoverage => ({ ...d, omits: omits.get(d.docId) ?? [] }));
  return { items: parts.items, documents };
}

/** The sub-report of one story from its gathered parts. */
function buildStoryReport(report: Report, parts: StoryParts): Report {
  const commonPassages: CommonPassage[] = [];
  for (const c of parts.commonPassages) {
    const members = keepMembers(c.members, parts.docs);
    if (members.length >= 2) commonPassages.push({ id: c.id, kind: c.kind, storyIds: [parts.story.id], similarity: c.similarity, members });
  }
  const f = report.framing;
  return {
    schemaVersion: report.schemaVersion,
    documents: parts.documents,
    stories: [parts.story],
    alignments: parts.alignments,
    commonPassages,
    quotes: parts.quotes,
    quoteClusters: parts.quoteClusters,
    framing: {
      documents: parts.framingDocuments,
      pairs: parts.pairs,
      pairsLeftOut: pairsLeftOutIn(f.pairsLeftOut, parts.documents.length),
      actors: actorsIn(parts.actors),
      lexiconVersion: f.lexiconVersion,
    },
    coverage: coverageIn(parts),
  };
}

/**
 * The parts of every story (or of the one `only` names), in `report.stories` order, gathered in one pass over each
 * part of the report: splitting a report costs time linear in its size, whatever the number of stories.
 */
function gatherParts(report: Report, only?: string): Map<string, StoryParts> {
  const byStory = new Map<string, StoryParts>();
  const storyOfDoc = new Map<string, StoryParts>();
  for (const story of report.stories) {
    if (only !== undefined && story.id !== only) continue;
    const parts: StoryParts = {
      story,
      docs: new Set(story.docIds),
      documents: [],
      alignments: [],
      commonPassages: [],
      quotes: [],
      quoteClusters: [],
      framingDocuments: [],
      pairs: [],
      actors: [],
      items: [],
      coverageDocuments: [],
    };
    byStory.set(story.id, parts);
    for (const d of story.docIds) storyOfDoc.set(d, parts);
  }
  for (const d of report.documents) storyOfDoc.get(d.id)?.documents.push(d);
  const itemStory = new Map<string, StoryParts>();
  for (const a of report.alignments) {
    const parts = byStory.get(a.storyId);
    if (parts === undefined) continue;
    parts.alignments.push(a);
    itemStory.set(`alignment ${a.id}`, parts);
  }
  for (const c of report.commonPassages) for (const s of c.storyIds) byStory.get(s)?.commonPassages.push(c);
  for (const q of report.quotes) storyOfDoc.get(q.docId)?.quotes.push(q);
  for (const c of report.quoteClusters) {
    const parts = byStory.get(c.storyId);
    if (parts === undefined) continue;
    parts.quoteClusters.push(c);
    itemStory.set(`quoteCluster ${c.id}`, parts);
  }
  for (const d of report.framing.documents) storyOfDoc.get(d.docId)?.framingDocuments.push(d);
  for (const p of report.framing.pairs) {
    const parts = storyOfDoc.get(p.a);
    if (parts !== undefined && parts === storyOfDoc.get(p.b)) parts.pairs.push(p);
  }
  for (const a of report.framing.actors) {
    const rows = new Map<StoryParts, ActorNaming[]>();
    for (const d of a.byDocument) {
      const parts = storyOfDoc.get(d.docId);
      if (parts === undefined) continue;
      const list = rows.get(parts);
      if (list === undefined) rows.set(parts, [d]);
      else list.push(d);
    }
    for (const [parts, byDocument] of rows) parts.actors.push({ ...a, byDocument });
  }
  for (const it of report.coverage.items) itemStory.get(`${it.type} ${it.id}`)?.items.push(it);
  for (const d of report.coverage.documents) storyOfDoc.get(d.docId)?.coverageDocuments.push(d);
  return byStory;
}

/**
 * The report of one story: what `analyze` found, restricted to the story's documents, so that a corpus of any size
 * gives one report per story instead of one file for everything. It is a complete {@link Report} (it validates
 * against `reportSchema` and renders with `toJSON`, `toMarkdown` and `toHTML`) in which every reference names
 * something inside it:
 *
 * - `documents`, `quotes`, `framing.documents`, `coverage.documents`: the story's, in report order;
 * - `stories`: the story alone; `alignments` and `quoteClusters`: those with its `storyId`, whole;
 * - `commonPassages`: each common passage with two or more copies in the story, those copies only (`storyIds` is
 *   the story; `similarity` stays the lowest over all its copies);
 * - `framing.pairs`: the pairs of two of its documents; `framing.pairsLeftOut` counts the story's pairs when the
 *   full report left pairs out; `framing.actors`: each actor's rows for its documents, kept when two or more of
 *   them name it or one does with a loaded label;
 * - `coverage.items`: its alignments and quote clusters; `coverage.documents[].omits` is computed over the story
 *   (items at least half of the story's other documents carry), as `analyze` on these documents would.
 *
 * Ids (`p…`, `q…`, `c…`, `cp…`, the story's own) are those of the full report, so rows of different stories'
 * reports and exports join back to it. Scores computed over the whole corpus (story terms, IDF-weighted
 * similarities, framing divergences) are kept as the full run gave them.
 *
 * @param report - a report from `analyze`
 * @param storyId - one of `report.stories[].id`
 * @returns the story's report
 * @throws {NarrativeDiffError} `INVALID_ARGUMENT` when the report has no story of that id
 * @example
 * ```ts
 * const report = await analyze(articles, { stories: { a: 'ferry', b: 'ferry', c: 'strike' } });
 * storyReport(report, 'strike').documents.map((d) => d.id); //=> ['c']
 * ```
 */
export function storyReport(report: Report, storyId: string): Report {
  const parts = gatherParts(report, storyId).get(storyId);
  if (parts === undefined) {
    const known = report.stories.slice(0, 5).map((s) => JSON.stringify(s.id));
    const more = report.stories.length > 5 ? ', …' : '';
    throw new NarrativeDiffError(
      'INVALID_ARGUMENT',
      `storyId must be one of the report's story ids (${known.join(', ')}${more}), found ${JSON.stringify(storyId)}`,
    );
  }
  return buildStoryReport(report, parts);
}

/**
 * Every story's report ({@link storyReport}), in `report.stories` order, made one at a time as they are read: each
 * part of the report is sorted into its story in one pass, so splitting costs time linear in the report, whatever
 * the number of stories. Every alignment and quote cluster of the report is in exactly one
 * story's report, every quote and document too; common passages are in the reports of the stories holding two or
 * more of their copies, and all of them in the full report ({@link corpusSummary} lists the widest).
 *
 * @param report - a report from `analyze`
 * @returns the stories' reports, lazily
 * @example
 * ```ts
 * const report = await analyze(articles, { stories: { a: 'ferry', b: 'ferry', c: 'strike' } });
 * [...splitByStory(report)].map((r) => r.stories[0]?.id); //=> ['ferry', 'strike']
 * ```
 */
export function* splitByStory(report: Report): Generator<Report, void, undefined> {
  for (const parts of gatherParts(report).values()) yield buildStoryReport(report, parts);
}
