import type { AlignmentMember } from '../align/types.js';
import { TokenKind, type Corpus, type DocModel } from '../document/model.js';
import type { DocumentReport } from '../document/types.js';
import type { Coverage, Framing } from '../framing/types.js';
import type { QuoteCluster } from '../quote-clusters/types.js';
import type { Quote } from '../quotes/types.js';
import type { CommonPassage, StoryAlignment } from '../reuse/types.js';
import type { Story } from '../stories/types.js';
import { SCHEMA_VERSION, type Report } from '../types.js';

/** Everything the stages produced. @internal */
export interface StageResults {
  readonly corpus: Corpus;
  readonly stories: readonly Story[];
  readonly alignments: readonly StoryAlignment[];
  readonly commonPassages: readonly CommonPassage[];
  readonly quotes: readonly Quote[];
  readonly quoteClusters: readonly QuoteCluster[];
  readonly framing: Framing;
  readonly coverage: Coverage;
}

function documentReport(doc: DocModel): DocumentReport {
  let words = 0;
  for (let i = 0; i < doc.tokens.count; i++) if (doc.tokens.kind[i] === TokenKind.Word) words++;
  // Optional fields only when given, so JSON output has no `undefined` holes and stays byte-stable.
  return {
    id: doc.id,
    ...(doc.title !== undefined && { title: doc.title }),
    ...(doc.source !== undefined && { source: doc.source }),
    ...(doc.url !== undefined && { url: doc.url }),
    ...(doc.publishedAt !== undefined && { publishedAt: doc.publishedAt }),
    length: doc.text.length,
    stats: { tokens: doc.tokens.count, words, sentences: doc.sentences.length, paragraphs: doc.paragraphs.length },
    boilerplate: doc.boilerplate.map((b) => ({ start: b.start, end: b.end, text: b.text, kind: b.kind })),
  };
}

/**
 * The alignment (or common passage) as the report writes it: a member whose text an earlier member of it has
 * exactly gives that member's index (`sameTextAs`) instead of the text again (N identical copies carry it once).
 */
function reportAlignment<T extends { readonly members: readonly AlignmentMember[] }>(a: T): T {
  const firstWith = new Map<string, number>();
  let shared = false;
  const members = a.members.map((m, i) => {
    const text = m.text ?? '';
    const j = firstWith.get(text);
    if (j === undefined) {
      firstWith.set(text, i);
      return m;
    }
    shared = true;
    return { docId: m.docId, start: m.start, end: m.end, sameTextAs: j };
  });
  return shared ? { ...a, members } : a;
}

/**
 * The quote cluster as the report writes it: a span that lies in its quote (`quoteId`) and is exactly that
 * quote's text from `start` to `end` leaves `text` out (members, substitution, evidence, insertion, omission and
 * reordering spans); indirect speech, which lies in no quote, keeps it.
 */
function reportCluster(c: QuoteCluster, quotes: ReadonlyMap<string, Quote>): QuoteCluster {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v === null || typeof v !== 'object') return v;
    const rec = v as Record<string, unknown>;
    const q = typeof rec.quoteId === 'string' ? quotes.get(rec.quoteId) : undefined;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(rec)) {
      if (
        k === 'text' &&
        q !== undefined &&
        typeof rec.start === 'number' &&
        typeof rec.end === 'number' &&
        rec.docId === q.docId &&
        rec.start >= q.start &&
        rec.end <= q.end &&
        x === q.text.slice(rec.start - q.start, rec.end - q.start)
      )
        continue;
      out[k] = strip(x);
    }
    return out;
  };
  return strip(c) as QuoteCluster;
}

/**
 * Assembles the report from the stages' results, in a fixed key order so that the same inputs give
 * byte-identical JSON.
 * @internal
 */
export function buildReport(r: StageResults): Report {
  const quotes = new Map(r.quotes.map((q) => [q.id, q]));
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: r.corpus.docs.map(documentReport),
    stories: r.stories,
    alignments: r.alignments.map(reportAlignment),
    commonPassages: r.commonPassages.map(reportAlignment),
    quotes: r.quotes,
    quoteClusters: r.quoteClusters.map((c) => reportCluster(c, quotes)),
    framing: r.framing,
    coverage: r.coverage,
  };
}
