import type { Report } from '../types.js';
import { memberText } from './format.js';

/** One copy of a shared passage: a row of the `alignments` table. */
export interface AlignmentRow {
  /** The story of the copy's document. */
  readonly storyId: string;
  /** The passage: `p…` (an alignment, in `report.alignments`) or `cp…` (a common passage, in `report.commonPassages`). */
  readonly passageId: string;
  /** Which list the passage is in. */
  readonly type: 'alignment' | 'commonPassage';
  /** Verbatim, edited or paraphrase (an alignment); reporting-formula, stock-phrase or background (a common passage). */
  readonly kind: string;
  /** The passage's similarity, in [0, 1] (the same on every row of the passage). */
  readonly similarity: number;
  /** The copy's index among the passage's members (0, 1, …). */
  readonly member: number;
  /** The document it stands in. */
  readonly docId: string;
  /** Start offset (UTF-16 code units) into the document's original text. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** Exactly the document text from `start` to `end` (always written out, also where the report gives `sameTextAs`). */
  readonly text: string;
}

/** One direct quote: a row of the `quotes` table. */
export interface QuoteRow {
  /** The quote's id (`q…`). */
  readonly quoteId: string;
  /** The story of its document. */
  readonly storyId: string;
  /** The document it stands in. */
  readonly docId: string;
  /** Start offset of the quoted words (the marks left out). */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** The quoted words, exactly. */
  readonly text: string;
  /** The speaker's canonical name, or null when nothing attributes the quote. */
  readonly speaker: string | null;
  /** How the text names the speaker (`name`, `pronoun`, `descriptor`, `source`, `document`, `other`), or null. */
  readonly speakerKind: string | null;
  /** The cue verb as written ("complained"), or null. */
  readonly cue: string | null;
  /** The cue's lemma ("complain"), or null. */
  readonly cueLemma: string | null;
  /** The pattern that attributed it (`quote-speaker-cue`, …), or null. */
  readonly attribution: string | null;
  /** The agency, outlet or official credited for it ("Tass"), or null. */
  readonly creditedSource: string | null;
  /** Whether it renders speech (false for scare quotes and titles). */
  readonly isSpeech: boolean;
  /** Whether it is a fragment woven into the writer's sentence. */
  readonly partial: boolean;
  /** The quote cluster it is in (`c…`), or null. */
  readonly clusterId: string | null;
  /** The quote it continues (a quote over several paragraphs), or null. */
  readonly continues: string | null;
}

/** What a row of the `labels` table is, from `framing.documents[]`: a label, an attribution verb, a hedge, an intensifier, a scare quote. */
export type LabelRowType = 'label' | 'cue-verb' | 'hedge' | 'intensifier' | 'scare-quote';

/** One framing flag in one document: a row of the `labels` table. */
export interface LabelRow {
  /** The story of its document. */
  readonly storyId: string;
  /** The document it stands in. */
  readonly docId: string;
  /** Which list of `framing.documents[]` it comes from (`labels`, `cueVerbs.verbs`, `hedges`, `intensifiers`, `scareQuotes`). */
  readonly type: LabelRowType;
  /** Start offset into the document's original text. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** Exactly the document text from `start` to `end`. */
  readonly text: string;
  /** The lexicon term it matched (a cue verb's lemma; a scare quote's text). */
  readonly term: string;
  /** The lexicon category (`state-label`, …); `attribution-verb`, `hedge`, `intensifier`, `scare-quote` for the other types. */
  readonly category: string;
  /** Which way it leans (`negative`, `positive`, `neutral`); null for hedges, intensifiers and scare quotes. */
  readonly direction: string | null;
  /** Whether it carries a judgement (always true for a scare quote). */
  readonly loaded: boolean;
  /** How much it counts, in [0, 1]; null for a scare quote. */
  readonly weight: number | null;
  /** Whether it stands inside quoted speech (false for cue verbs and scare quotes, which are the outlet's). */
  readonly quoted: boolean;
  /** The actor a label names ("North Korea" for "hermit kingdom"), or null. */
  readonly actor: string | null;
  /** Where a label's judgement comes from (`lexicon`, `sentiment`); null for the other types. */
  readonly source: string | null;
}

/** The tables a report exports. */
export type ExportTable = 'alignments' | 'quotes' | 'labels';

/** The row type of each table. */
export interface ExportRows {
  readonly alignments: AlignmentRow;
  readonly quotes: QuoteRow;
  readonly labels: LabelRow;
}

/**
 * The columns of each table, in the order JSON Lines keys and CSV columns are written. The order is part of the
 * format: a column is only ever added at the end.
 */
export const EXPORT_COLUMNS: { readonly [T in ExportTable]: readonly (keyof ExportRows[T] & string)[] } = {
  alignments: ['storyId', 'passageId', 'type', 'kind', 'similarity', 'member', 'docId', 'start', 'end', 'text'],
  quotes: [
    'quoteId',
    'storyId',
    'docId',
    'start',
    'end',
    'text',
    'speaker',
    'speakerKind',
    'cue',
    'cueLemma',
    'attribution',
    'creditedSource',
    'isSpeech',
    'partial',
    'clusterId',
    'continues',
  ],
  labels: [
    'storyId',
    'docId',
    'type',
    'start',
    'end',
    'text',
    'term',
    'category',
    'direction',
    'loaded',
    'weight',
    'quoted',
    'actor',
    'source',
  ],
};

/** Each document's story id. */
function storyOfDocs(report: Report): Map<string, string> {
  const storyOf = new Map<string, string>();
  for (const s of report.stories) for (const d of s.docIds) storyOf.set(d, s.id);
  return storyOf;
}

/** The alignments table: a row per copy, alignments in report order, then common passages. @internal */
export function* alignmentRows(report: Report): Generator<AlignmentRow, void, undefined> {
  const storyOf = storyOfDocs(report);
  for (const a of report.alignments) {
    for (let i = 0; i < a.members.length; i++) {
      const m = a.members[i];
      if (m === undefined) continue;
      const text = memberText(a.members, i);
      yield {
        storyId: a.storyId,
        passageId: a.id,
        type: 'alignment',
        kind: a.kind,
        similarity: a.similarity,
        member: i,
        docId: m.docId,
        start: m.start,
        end: m.end,
        text,
      };
    }
  }
  for (const c of report.commonPassages) {
    for (let i = 0; i < c.members.length; i++) {
      const m = c.members[i];
      if (m === undefined) continue;
      const storyId = storyOf.get(m.docId) ?? '';
      const text = memberText(c.members, i);
      yield {
        storyId,
        passageId: c.id,
        type: 'commonPassage',
        kind: c.kind,
        similarity: c.similarity,
        member: i,
        docId: m.docId,
        start: m.start,
        end: m.end,
        text,
      };
    }
  }
}

/** The quotes table: a row per quote, in report order (document, then text). @internal */
export function* quoteRows(report: Report): Generator<QuoteRow, void, undefined> {
  const storyOf = storyOfDocs(report);
  const clusterOf = new Map<string, string>();
  for (const c of report.quoteClusters) for (const q of c.quoteIds) clusterOf.set(q, c.id);
  for (const q of report.quotes) {
    yield {
      quoteId: q.id,
      storyId: storyOf.get(q.docId) ?? '',
      docId: q.docId,
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker?.name ?? null,
      speakerKind: q.speaker?.kind ?? null,
      cue: q.cue ?? null,
      cueLemma: q.cueLemma ?? null,
      attribution: q.attribution ?? null,
      creditedSource: q.creditedSource ?? null,
      isSpeech: q.isSpeech,
      partial: q.partial,
      clusterId: clusterOf.get(q.id) ?? null,
      continues: q.continues ?? null,
    };
  }
}

const TYPE_ORDER: Readonly<Record<LabelRowType, number>> = { label: 0, 'cue-verb': 1, hedge: 2, intensifier: 3, 'scare-quote': 4 };

/** The labels table: per document in report order, its framing flags in text order (start, end, then type). @internal */
export function* labelRows(report: Report): Generator<LabelRow, void, undefined> {
  const storyOf = storyOfDocs(report);
  for (const d of report.framing.documents) {
    const storyId = storyOf.get(d.docId) ?? '';
    const docId = d.docId;
    const rows: LabelRow[] = [
      ...d.labels.map((l): LabelRow => ({
        storyId,
        docId,
        type: 'label',
        start: l.start,
        end: l.end,
        text: l.text,
        term: l.term,
        category: l.category,
        direction: l.direction,
        loaded: l.loaded,
        weight: l.weight,
        quoted: l.quoted,
        actor: l.refersTo ?? null,
        source: l.source,
      })),
      ...d.cueVerbs.verbs.map((v): LabelRow => ({
        storyId,
        docId,
        type: 'cue-verb',
        start: v.start,
        end: v.end,
        text: v.text,
        term: v.lemma,
        category: 'attribution-verb',
        direction: v.direction,
        loaded: v.loaded,
        weight: v.weight,
        quoted: false,
        actor: null,
        source: null,
      })),
      ...(['hedges', 'intensifiers'] as const).flatMap((list) =>
        d[list].map((h): LabelRow => ({
          storyId,
          docId,
          type: list === 'hedges' ? 'hedge' : 'intensifier',
          start: h.start,
          end: h.end,
          text: h.text,
          term: h.term,
          category: list === 'hedges' ? 'hedge' : 'intensifier',
          direction: null,
          loaded: h.loaded,
          weight: h.weight,
          quoted: h.quoted,
          actor: null,
          source: null,
        })),
      ),
      ...d.scareQuotes.map((s): LabelRow => ({
        storyId,
        docId,
        type: 'scare-quote',
        start: s.start,
        end: s.end,
        text: s.text,
        term: s.text,
        category: 'scare-quote',
        direction: null,
        loaded: true,
        weight: null,
        quoted: false,
        actor: null,
        source: null,
      })),
    ];
    rows.sort((x, y) => x.start - y.start || x.end - y.end || TYPE_ORDER[x.type] - TYPE_ORDER[y.type]);
    yield* rows;
  }
}
