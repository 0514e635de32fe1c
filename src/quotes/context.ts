/**
 * The words around a quote that may attribute it: its sentence before the opening mark and after the
 * closing one, other quotes left out.
 */
import type { DocModel } from '../document/model.js';
import { isBoiler, tokenAt, tokenBefore, tt } from '../document/tokens.js';
import type { MarkedQuote, Range } from './marks.js';

/** The words around a quote that may attribute it. @internal */
export interface QuoteContext {
  /** Tokens before the opening mark back to the start of the sentence, quotes left out. */
  readonly before: readonly number[];
  /** Tokens after the closing mark up to the end of the sentence or the next quote. */
  readonly after: readonly number[];
  /** Character range of the attributing sentence(s), for credited sources. */
  readonly clause: Range;
}

/**
 * The character range of a quote, marks included.
 * @param q - a quote as its marks delimit it
 * @returns from its first opening mark (or first word) to its last closing mark (or last word)
 * @internal
 */
export function quoteRange(q: MarkedQuote): Range {
  const first = q.pieces[0];
  const last = q.pieces[q.pieces.length - 1];
  return { start: first?.open?.start ?? first?.start ?? 0, end: last?.close?.end ?? last?.end ?? 0 };
}

/** The tokens that end a sentence. */
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/**
 * At most this many words (other quotes left out) are read back from a quote for its attribution. A
 * sentence is far shorter; without a bound, text with no full stop (marks and words only) made every
 * quote read back to its paragraph's start, so the stage grew with quotes × words of a paragraph.
 * @internal
 */
export const MAX_CONTEXT_TOKENS = 120;

/**
 * Which tokens of a document start inside a quote.
 * @param doc - the document
 * @param ranges - its quotes' character ranges
 * @returns per token of `doc`, 1 when it starts inside one of `ranges` (`r.start <= start < r.end`), else 0
 * @internal
 */
export function insideMask(doc: DocModel, ranges: readonly Range[]): Uint8Array {
  const n = doc.tokens.count;
  const mask = new Uint8Array(n);
  // In order of start, marking each range from where the ones before it stopped: nested or overlapping
  // ranges (a quote inside a quote) mark each token once, not once per range around it.
  let marked = 0; // tokens before this index are marked when they lie in a range started before
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    for (let i = Math.max(tokenAt(doc, r.start), marked); i < n && (doc.tokens.start[i] ?? 0) < r.end; i++) {
      mask[i] = 1;
      marked = i + 1;
    }
  }
  return mask;
}

/**
 * For each token inside a quote, the first token of its run of such tokens (−1 elsewhere), so that reading
 * back from a quote steps over another quote at once instead of token by token.
 * @param inQuote - the document's mask ({@link insideMask})
 * @returns per token, the start of its run in the mask, or −1
 * @internal
 */
export function quoteRunStarts(inQuote: Uint8Array): Int32Array {
  const runStart = new Int32Array(inQuote.length).fill(-1);
  for (let i = 0; i < inQuote.length; i++) if (inQuote[i] === 1) runStart[i] = i > 0 && inQuote[i - 1] === 1 ? (runStart[i - 1] ?? i) : i;
  return runStart;
}

/**
 * The words around a quote that may attribute it: back to its sentence's start (other quotes left
 * out) and on to its sentence's end or the next quote, within its paragraphs.
 * @param doc - the document
 * @param q - the quote
 * @param inQuote - per token of `doc`, whether it lies inside one of its quotes ({@link insideMask}, made
 *   once per document: a mask per quote made the stage grow with quotes × tokens)
 * @param paragraphs - the paragraphs of `doc`
 * @param runStarts - {@link quoteRunStarts} of `inQuote` (made once per document; made here when not given)
 * @returns the tokens before (at most {@link MAX_CONTEXT_TOKENS}) and after the quote, and the character range they span
 * @internal
 */
export function quoteContext(
  doc: DocModel,
  q: MarkedQuote,
  inQuote: Uint8Array,
  paragraphs: readonly Range[],
  runStarts: Int32Array = quoteRunStarts(inQuote),
): QuoteContext {
  const r = quoteRange(q);
  const firstPara = paragraphs[q.pieces[0]?.paragraph ?? 0] ?? r;
  const lastPara = paragraphs[q.pieces[q.pieces.length - 1]?.paragraph ?? 0] ?? r;
  const { start: starts, end: ends, count } = doc.tokens;
  const before: number[] = [];
  let closers = 0; // a full stop inside "(D-Ore.)" ends no sentence
  for (let i = tokenBefore(doc, r.start); i >= 0 && (starts[i] ?? 0) >= firstPara.start && before.length < MAX_CONTEXT_TOKENS; i--) {
    if (inQuote[i] === 1) {
      i = runStarts[i] ?? i; // the loop steps on to the token before the run
      continue;
    }
    const t = tt(doc, i);
    if (t === ')') closers++;
    else if (t === '(') closers = Math.max(0, closers - 1);
    else if ((closers === 0 && SENTENCE_ENDS.has(t)) || isBoiler(doc, i)) break;
    before.push(i);
  }
  before.reverse(); // collected right to left
  const after: number[] = [];
  let depth = 0;
  for (let i = tokenAt(doc, r.end); i < count && (ends[i] ?? 0) <= lastPara.end && after.length < MAX_CONTEXT_TOKENS; i++) {
    if (inQuote[i] === 1 || isBoiler(doc, i)) break;
    after.push(i);
    const t = tt(doc, i);
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && SENTENCE_ENDS.has(t)) break;
  }
  const clauseStart = before.length > 0 ? (doc.tokens.start[before[0] ?? 0] ?? r.start) : r.start;
  const clauseEnd = after.length > 0 ? (doc.tokens.end[after[after.length - 1] ?? 0] ?? r.end) : r.end;
  return { before, after, clause: { start: clauseStart, end: clauseEnd } };
}
