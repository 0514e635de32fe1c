import type { DocModel } from '../document/model.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { SentimentSummary } from './types.js';

/** A character range `[start, end)`. @internal */
export interface Range {
  readonly start: number;
  readonly end: number;
}

let sentimentInstance: ReturnType<typeof winkNLP> | undefined;

/**
 * A wink-nlp instance that runs only what sentiment needs (sentence boundaries, negation, sentiment):
 * skipping POS tagging and entity recognition makes re-reading quoted and unquoted parts cheap.
 */
function sentimentNlp(): ReturnType<typeof winkNLP> {
  sentimentInstance ??= winkNLP(model, ['sbd', 'negation', 'sentiment']);
  return sentimentInstance;
}

const OPEN = new Set(['"', '\u201C', '\u201E', '\u00AB']);
const CLOSE = new Set(['"', '\u201D', '\u201F', '\u00BB']);

/**
 * Quoted-speech spans of a document when the quotes stage gave none: text between double quote marks
 * inside one paragraph (an unclosed mark runs to the paragraph's end). Only used to tell the outlet's
 * voice from quoted speech; the quotes stage does the real work of extraction and attribution.
 * @internal
 */
export function quoteMarkSpans(doc: DocModel): Range[] {
  const out: Range[] = [];
  for (const p of doc.paragraphs) {
    if (p.boilerplate) continue;
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      const c = doc.text[i] ?? '';
      if (open === -1 && OPEN.has(c)) open = i;
      else if (open !== -1 && CLOSE.has(c)) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
    if (open !== -1) out.push({ start: open, end: p.end });
  }
  return out;
}

/** Merges ranges into sorted, disjoint ones. @internal */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** Whether `[start, end)` lies inside one of the sorted disjoint `ranges`. @internal */
export function inside(ranges: readonly Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (r === undefined) break;
    if (r.end <= start) lo = mid + 1;
    else if (r.start > start) hi = mid - 1;
    else return end <= r.end;
  }
  return false;
}

/**
 * wink-nlp's sentiment of a piece of text, in [-1, 1]; 0 for text without words. Used on the parts of a
 * sentence left after quoted speech is cut out, which wink never saw as a sentence of its own.
 * @internal
 */
export function textSentiment(text: string): number {
  if (!/\p{L}/u.test(text)) return 0;
  const w = sentimentNlp();
  const v = w.readDoc(text).out(w.its.sentiment) as unknown as number;
  return Number.isFinite(v) ? v : 0;
}

/** Accumulates a length-weighted mean. @internal */
export class MeanAcc {
  private sum = 0;
  private chars = 0;
  private n = 0;

  /** Adds a span of `chars` characters with sentiment `value`. */
  add(value: number, chars: number): void {
    if (chars <= 0) return;
    this.sum += value * chars;
    this.chars += chars;
    this.n++;
  }

  /** The summary, rounded to 4 decimals so that reports stay byte-stable. */
  summary(): SentimentSummary {
    return { mean: this.chars > 0 ? round4(this.sum / this.chars) : 0, spans: this.n, chars: this.chars };
  }
}

/** Rounds to 4 decimals (reports are compared byte for byte; floating noise must not leak in). @internal */
export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * Splits a sentence into the outlet's own words and quoted parts: own text has quoted ranges blanked
 * out with spaces (so wink reads it as a sentence), quoted parts are listed.
 * @internal
 */
export function splitVoice(text: string, start: number, end: number, quoted: readonly Range[]): { own: string; ownChars: number; parts: Range[] } {
  const parts: Range[] = [];
  for (const q of quoted) {
    if (q.end <= start || q.start >= end) continue;
    parts.push({ start: Math.max(start, q.start), end: Math.min(end, q.end) });
  }
  if (parts.length === 0) return { own: text.slice(start, end), ownChars: end - start, parts };
  let own = '';
  let at = start;
  let ownChars = 0;
  for (const p of parts) {
    own += text.slice(at, p.start) + ' '.repeat(p.end - p.start);
    ownChars += p.start - at;
    at = p.end;
  }
  own += text.slice(at, end);
  ownChars += end - at;
  return { own, ownChars, parts };
}

const wordCache = new Map<string, number>();

/**
 * wink-nlp's sentiment of one word read alone, cached per process (a word's score never changes).
 * @internal
 */
export function wordSentiment(word: string): number {
  let v = wordCache.get(word);
  if (v === undefined) {
    v = textSentiment(word);
    wordCache.set(word, v);
  }
  return v;
}

const SEGMENT_SEPARATOR = '\n.\n\n';

/**
 * wink-nlp sentiment of many pieces of text in one pass: the pieces are joined with a full stop and a
 * blank line between them (so no wink sentence spans two pieces), read once, and each piece gets the
 * length-weighted mean sentiment of the wink sentences inside it. One `readDoc` per document instead of
 * one per piece keeps the framing stage cheap next to reading the document itself.
 *
 * @param texts - the pieces
 * @returns one sentiment in [-1, 1] per piece (0 for a piece without words)
 * @internal
 */
export function segmentSentiments(texts: readonly string[]): number[] {
  if (texts.length === 0) return [];
  const starts: number[] = [];
  let joined = '';
  texts.forEach((t, i) => {
    if (i > 0) joined += SEGMENT_SEPARATOR;
    starts.push(joined.length);
    joined += t;
  });
  const w = sentimentNlp();
  const doc = w.readDoc(joined);
  const values = doc.tokens().out(w.its.value) as string[];
  const spaces = doc.tokens().out(w.its.precedingSpaces) as string[];
  const offsets = new Int32Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += (spaces[i] ?? '').length;
    const v = values[i] ?? '';
    const found = joined.startsWith(v, at) ? at : joined.indexOf(v, at);
    if (found !== -1) at = found;
    offsets[i] = at;
    at += v.length;
  }
  const spans = doc.sentences().out(w.its.span) as unknown as [number, number][];
  const scores = doc.sentences().out(w.its.sentiment) as unknown as number[];
  const sum = new Float64Array(texts.length);
  const len = new Float64Array(texts.length);
  spans.forEach(([first, last], k) => {
    const start = offsets[first] ?? 0;
    const end = (offsets[last] ?? 0) + (values[last] ?? '').length;
    // The piece the sentence starts in; its part outside that piece (the separator) does not count.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= start) lo = mid;
      else hi = mid - 1;
    }
    const pieceEnd = (starts[lo] ?? 0) + (texts[lo] ?? '').length;
    const weight = Math.min(end, pieceEnd) - start;
    const score = scores[k] ?? 0;
    if (weight > 0 && Number.isFinite(score)) {
      sum[lo] = (sum[lo] ?? 0) + score * weight;
      len[lo] = (len[lo] ?? 0) + weight;
    }
  });
  return texts.map((_, i) => ((len[i] ?? 0) > 0 ? (sum[i] ?? 0) / (len[i] ?? 1) : 0));
}
