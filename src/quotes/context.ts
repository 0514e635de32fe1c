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
 * Which tokens of a document start inside a quote.
 * @param doc - the document
 * @param ranges - its quotes' character ranges
 * @returns per token of `doc`, 1 when it starts inside one of `ranges` (`r.start <= start < r.end`), else 0
 * @internal
 */
export function insideMask(doc: DocModel, ranges: readonly Range[]): Uint8Array {
  const n = doc.tokens.count;
  const mask = new Uint8Array(n);
  for (const r of ranges) {
    for (let i = tokenAt(doc, r.start); i < n && (doc.tokens.start[i] ?? 0) < r.end; i++) mask[i] = 1;
  }
  return mask;
}

/**
 * The words around a quote that may attribute it: back to its sentence's start (other quotes left
 * out) and on to its sentence's end or the next quote, within its paragraphs.
 * @param doc - the document
 * @param q - the quote
 * @param inQuote - per token of `doc`, whether it lies inside one of its quotes ({@link insideMask}, made
 *   once per document: a mask per quote made the stage grow with quotes × tokens)
 * @param paragraphs - the paragraphs of `doc`
 * @returns the tokens before and after the quote, and the character range they span
 * @internal
 */
export function quoteContext(doc: DocModel, q: MarkedQuote, inQuote: Uint8Array, paragraphs: readonly Range[]): QuoteContext {
  const r = quoteRange(q);
  const firstPara = paragraphs[q.pieces[0]?.paragraph ?? 0] ?? r;
  const lastPara = paragraphs[q.pieces[q.pieces.length - 1]?.paragraph ?? 0] ?? r;
  const { start: starts, end: ends, count } = doc.tokens;
  const before: number[] = [];
  let closers = 0; // a full stop inside "(D-Ore.)" ends no sentence
  for (let i = tokenBefore(doc, r.start); i >= 0 && (starts[i] ?? 0) >= firstPara.start; i--) {
    if (inQuote[i] === 1) continue;
    const t = tt(doc, i);
    if (t === ')') closers++;
    else if (t === '(') closers = Math.max(0, closers - 1);
    else if ((closers === 0 && SENTENCE_ENDS.has(t)) || isBoiler(doc, i)) break;
    before.push(i);
  }
  before.reverse(); // collected right to left
  const after: number[] = [];
  let depth = 0;
  for (let i = tokenAt(doc, r.end); i < count && (ends[i] ?? 0) <= lastPara.end; i++) {
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
