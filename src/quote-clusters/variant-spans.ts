import { tokenText } from '../document/model.js';
import type { TextSpan } from '../document/types.js';
import type { ClusterLexicon } from '../lexicon/cluster-words.js';
import type { QuoteClusterSpan, QuoteInsertionKind } from './types.js';
import type { QuoteView } from './views.js';

/** Words at consecutive positions of one rendering, of one kind. @internal */
export interface WordRun {
  readonly kind: QuoteInsertionKind;
  readonly positions: number[];
}

/**
 * The span of words of a rendering, from its first to its last position, with the quote part it starts in.
 * @param v - the rendering
 * @param positions - positions in its `toks`
 * @returns the span in the rendering's document
 * @internal
 */
export function tokSpan(v: QuoteView, positions: readonly number[]): QuoteClusterSpan & TextSpan {
  const first = v.toks[Math.min(...positions)] ?? 0;
  const last = v.toks[Math.max(...positions)] ?? 0;
  const start = v.doc.tokens.start[first] ?? 0;
  const end = v.doc.tokens.end[last] ?? 0;
  const part = v.parts.find((q) => q.start <= start && start < q.end) ?? v.quote;
  return { docId: v.doc.id, quoteId: part.id, start, end, text: v.doc.text.slice(start, end) };
}

/** A span without its document and quote. @internal */
export function plain(s: QuoteClusterSpan): TextSpan {
  return { start: s.start, end: s.end, text: s.text ?? '' };
}

/** The span of the word at one position, as `plain(tokSpan(v, [p]))` gives it. @internal */
export function wordSpan(v: QuoteView, p: number): TextSpan {
  const t = v.toks[p] ?? 0;
  const start = v.doc.tokens.start[t] ?? 0;
  const end = v.doc.tokens.end[t] ?? 0;
  return { start, end, text: v.doc.text.slice(start, end) };
}

/** The positions from `from` up to `to` (excluded). @internal */
export function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

/**
 * What a word adds to a rendering where another lacks it: an intensifier, a hedge, or plain words.
 * @param lex - the lexicon
 * @param v - the rendering
 * @param pos - the word's position
 * @param vocab - the corpus vocabulary
 * @returns the word's kind
 * @internal
 */
export function wordKind(lex: ClusterLexicon, v: QuoteView, pos: number, vocab: { str(id: number): string }): QuoteInsertionKind {
  const key = vocab.str(v.keys[pos] ?? -1);
  if (lex.intensifiers.has(key)) return 'intensifier';
  if (lex.hedges.has(key)) return 'hedge';
  return 'words';
}

/** Whether positions hold a content word and only plain words (no intensifier or hedge). @internal */
export function plainWords(lex: ClusterLexicon, v: QuoteView, ps: readonly number[], vocab: { str(id: number): string }): boolean {
  return ps.some((q) => v.stop[q] !== true) && ps.every((q) => wordKind(lex, v, q, vocab) === 'words');
}

/** Whether a run of words is worth reporting: a lone function word ("for", "the") is noise, not a finding. @internal */
export function telling(v: QuoteView, r: WordRun): boolean {
  return r.kind !== 'words' || r.positions.some((q) => v.stop[q] !== true && !/^['’]/u.test(tokenText(v.doc, v.toks[q] ?? 0)));
}

/** Splits positions into runs of consecutive positions of one kind. @internal */
export function runs(positions: readonly number[], kindOf: (p: number) => QuoteInsertionKind): WordRun[] {
  const out: { kind: QuoteInsertionKind; positions: number[] }[] = [];
  for (const p of [...positions].sort((a, b) => a - b)) {
    const kind = kindOf(p);
    const last = out[out.length - 1];
    const lastPos = last?.positions[last.positions.length - 1];
    if (last !== undefined && last.kind === kind && lastPos === p - 1) last.positions.push(p);
    else out.push({ kind, positions: [p] });
  }
  return out;
}

/** The union of two lists of document ids, in document order. @internal */
export function union(a: readonly string[], b: readonly string[], order: ReadonlyMap<string, number>): string[] {
  return [...new Set([...a, ...b])].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
}
