import type { DocModel } from '../document/model.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { learnPossessives } from '../document/nlp.js';
import { foldText } from '../document/normalize.js';
import { round4 } from '../util/numbers.js';
import type { Range } from '../util/ranges.js';
import type { Steps } from '../util/steps.js';
import type { SentimentSummary } from './types.js';

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

/**
 * wink-nlp's sentiment of a piece of text, in [-1, 1]; 0 for text without words. Used on the parts of a
 * sentence left after quoted speech is cut out, which wink never saw as a sentence of its own.
 * @internal
 */
export function textSentiment(text: string): number {
  if (!/\p{L}/u.test(text)) return 0;
  const w = sentimentNlp();
  learnPossessives(w, text);
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

/**
 * Splits a sentence into the outlet's own words and quoted parts: own text has quoted ranges blanked
 * out with spaces (so wink reads it as a sentence), quoted parts are listed.
 *
 * @param text - the document's text
 * @param start - the sentence's first character
 * @param end - one past its last character
 * @param quoted - quoted ranges of the document, sorted and disjoint
 * @returns its own text with quoted parts blanked, the number of own characters, and the quoted parts
 * @example
 * ```ts
 * splitVoice('He said "no" twice.', 0, 19, [{ start: 8, end: 12 }]).own;
 * //=> 'He said      twice.'
 * ```
 * @internal
 */
export function splitVoice(
  text: string,
  start: number,
  end: number,
  quoted: readonly Range[],
): { own: string; ownChars: number; parts: Range[] } {
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

// Per-process memo of a pure function: a word's sentiment read alone never changes.
const wordSentimentMemo = new Map<string, number>();

/**
 * wink-nlp's sentiment of one word read alone, remembered per process (a word's score never changes).
 *
 * @param word - the word (folded)
 * @returns its sentiment in [-1, 1]
 * @internal
 */
export function wordSentiment(word: string): number {
  let v = wordSentimentMemo.get(word);
  if (v === undefined) {
    v = textSentiment(word);
    wordSentimentMemo.set(word, v);
  }
  return v;
}

const SEGMENT_SEPARATOR = '\n.\n\n';

const PIECES_PER_READ = 64;

/**
 * wink-nlp sentiment of many pieces of text: each piece gets the length-weighted mean sentiment of the
 * wink sentences inside it. A text that comes back (a quote every outlet carries, wire copy) is read
 * once; the distinct texts are read in passes of up to 64 pieces ({@link scorePieces}), since one
 * readDoc for a few dozen pieces costs less than one per piece, and a bounded batch keeps wink-nlp's
 * token arrays small. A piece's score depends on its text alone (no wink sentence spans two pieces).
 *
 * @param texts - the pieces
 * @param readAll - scores the passes, one score per piece in order ({@link scorePieces} on each, in this thread by
 * default; the worker threads' framing work sends them to the threads)
 * @returns one sentiment in [-1, 1] per piece (0 for a piece without words), pausing between reads (see {@link Steps})
 * @example
 * ```ts
 * drain(segmentSentiments(['The talks were great.', '" , ;'])).map(Math.sign);
 * //=> [1, 0]
 * ```
 * @internal
 */
export function* segmentSentiments(
  texts: readonly string[],
  readAll: (reads: readonly (readonly string[])[]) => Steps<number[]> = readHere,
): Steps<number[]> {
  const distinct = [...new Set(texts)];
  const reads: string[][] = [];
  for (let i = 0; i < distinct.length; i += PIECES_PER_READ) reads.push(distinct.slice(i, i + PIECES_PER_READ));
  const scores = yield* readAll(reads);
  const scoreOf = new Map(distinct.map((t, k) => [t, scores[k] ?? 0]));
  return texts.map((t) => scoreOf.get(t) ?? 0);
}

/** {@link scorePieces} on each pass in turn, pausing between them. */
function* readHere(reads: readonly (readonly string[])[]): Steps<number[]> {
  const scores: number[] = [];
  for (const r of reads) {
    for (const x of scorePieces(r)) scores.push(x);
    yield;
  }
  return scores;
}

/**
 * Where each of wink-nlp's tokens starts in the text it read: after its preceding spaces, at the next
 * place its value occurs (wink-nlp gives values and spaces, not offsets). Offsets only grow.
 */
function tokenOffsets(text: string, values: readonly string[], spaces: readonly string[]): Int32Array {
  const offsets = new Int32Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += (spaces[i] ?? '').length;
    const v = values[i] ?? '';
    const found = text.indexOf(v, at);
    if (found !== -1) at = found;
    offsets[i] = at;
    at += v.length;
  }
  return offsets;
}

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
export function scorePieces(texts: readonly string[]): number[] {
  if (texts.length === 0) return [];
  const starts: number[] = [];
  let joined = '';
  texts.forEach((t, i) => {
    if (i > 0) joined += SEGMENT_SEPARATOR;
    starts.push(joined.length);
    joined += t;
  });
  const w = sentimentNlp();
  learnPossessives(w, joined);
  const doc = w.readDoc(joined);
  const values = doc.tokens().out(w.its.value) as string[];
  const spaces = doc.tokens().out(w.its.precedingSpaces) as string[];
  const offsets = tokenOffsets(joined, values, spaces);
  const spans = doc.sentences().out(w.its.span) as unknown as [number, number][];
  const scores = doc.sentences().out(w.its.sentiment) as unknown as number[];
  const sum = new Float64Array(texts.length);
  const len = new Float64Array(texts.length);
  // Pieces that wink-nlp read as part of one sentence with another piece (rare: odd punctuation next to a
  // separator); they are read again alone below.
  const tangled = new Set<number>();
  // The piece the current token falls in (or the separator after it): token offsets only grow.
  let current = 0;
  spans.forEach(([firstToken, lastToken], k) => {
    // The sentence's words inside pieces: wink-nlp keeps line breaks as tokens, and a separator's full
    // stop lies in no piece. Its weight runs from its first to its last word, as when its piece is read
    // alone (counting from a leading line break once gave the sentence to the piece before, where it was lost).
    let piece = -1;
    let start = 0;
    let end = 0;
    for (let t = firstToken; t <= lastToken; t++) {
      const v = values[t] ?? '';
      if (v.trim() === '') continue;
      const at = offsets[t] ?? 0;
      while (current + 1 < starts.length && (starts[current + 1] ?? 0) <= at) current++;
      const p = current;
      const pieceEnd = (starts[p] ?? 0) + (texts[p] ?? '').length;
      if (at >= pieceEnd) continue;
      if (piece === -1) {
        piece = p;
        start = at;
      } else if (p !== piece) {
        tangled.add(piece);
        tangled.add(p);
        continue;
      }
      end = Math.min(at + v.length, pieceEnd);
    }
    const weight = end - start;
    const score = scores[k] ?? 0;
    if (piece !== -1 && weight > 0 && Number.isFinite(score)) {
      sum[piece] = (sum[piece] ?? 0) + score * weight;
      len[piece] = (len[piece] ?? 0) + weight;
    }
  });
  if (tangled.size > 0 && texts.length > 1) {
    for (const i of tangled) {
      const alone = scorePieces([texts[i] ?? ''])[0] ?? 0;
      sum[i] = alone;
      len[i] = alone === 0 ? 0 : 1;
    }
  }
  return texts.map((_, i) => ((len[i] ?? 0) > 0 ? (sum[i] ?? 0) / (len[i] ?? 1) : 0));
}

// Per-process memo of a pure function: folded forms of short texts (names, labels, adjectives), which
// come back many times across a corpus. foldText depends on its argument alone; the memo is emptied when
// it grows large.
const foldMemo = new Map<string, string>();
const MAX_FOLDED = 1 << 16;

/**
 * `foldText(text)`, remembered per distinct text.
 * @internal
 */
export function foldCached(text: string): string {
  let f = foldMemo.get(text);
  if (f === undefined) {
    f = foldText(text);
    if (foldMemo.size >= MAX_FOLDED) foldMemo.clear();
    foldMemo.set(text, f);
  }
  return f;
}
