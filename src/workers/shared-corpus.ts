import type { DocWords } from '../align/words.js';
import type { DocModel, TokenTable } from '../document/model.js';

type IntField = 'start' | 'end' | 'key' | 'surface' | 'sentence';
type ByteField = 'pos' | 'kind' | 'flags';
type WordIntField = 'tok' | 'keys' | 'para' | 'sent';

const TOKEN_INTS: readonly IntField[] = ['start', 'end', 'key', 'surface', 'sentence'];
const TOKEN_BYTES: readonly ByteField[] = ['pos', 'kind', 'flags'];
const WORD_INTS: readonly WordIntField[] = ['tok', 'keys', 'para', 'sent'];

/**
 * A corpus's documents as the alignment stage's pair work needs them, laid out for other threads: each token-table
 * and word array of all documents one after another in one `SharedArrayBuffer` (shared, not copied, when sent), with
 * the documents' ids and texts beside. Documents are numbered as in the corpus the alignment stage reads.
 * @internal
 */
export interface SharedCorpus {
  readonly ids: readonly string[];
  readonly texts: readonly string[];
  /** Input position of each document (`DocModel.index`). */
  readonly inputIndex: Int32Array;
  /** Where each document's tokens start in the token arrays (n + 1 entries). */
  readonly tokenAt: Int32Array;
  /** Where each document's words start in the word arrays (n + 1 entries). */
  readonly wordAt: Int32Array;
  readonly tokenInts: Readonly<Record<IntField, Int32Array>>;
  readonly tokenBytes: Readonly<Record<ByteField, Uint8Array>>;
  readonly wordInts: Readonly<Record<WordIntField, Int32Array>>;
  readonly stop: Uint8Array;
}

/** An Int32Array or Uint8Array of `n` elements in a SharedArrayBuffer of its own. */
function sharedInts(n: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * Math.max(1, n)), 0, n);
}
function sharedBytes(n: number): Uint8Array {
  return new Uint8Array(new SharedArrayBuffer(Math.max(1, n)), 0, n);
}

/**
 * Lays out the documents' token tables and words for other threads (one copy of each array, made once per call).
 *
 * @param words - the words of the documents, in the order of the corpus the alignment stage reads
 * @returns the shared layout
 * @internal
 */
export function shareCorpus(words: readonly DocWords[]): SharedCorpus {
  const n = words.length;
  const tokenAt = new Int32Array(n + 1);
  const wordAt = new Int32Array(n + 1);
  words.forEach((w, d) => {
    tokenAt[d + 1] = (tokenAt[d] ?? 0) + w.doc.tokens.count;
    wordAt[d + 1] = (wordAt[d] ?? 0) + w.keys.length;
  });
  const tokens = tokenAt[n] ?? 0;
  const wordCount = wordAt[n] ?? 0;
  const tokenInts = Object.fromEntries(TOKEN_INTS.map((f) => [f, sharedInts(tokens)])) as Record<IntField, Int32Array>;
  const tokenBytes = Object.fromEntries(TOKEN_BYTES.map((f) => [f, sharedBytes(tokens)])) as Record<ByteField, Uint8Array>;
  const wordInts = Object.fromEntries(WORD_INTS.map((f) => [f, sharedInts(wordCount)])) as Record<WordIntField, Int32Array>;
  const stop = sharedBytes(wordCount);
  words.forEach((w, d) => {
    const t = w.doc.tokens;
    const at = tokenAt[d] ?? 0;
    for (const f of TOKEN_INTS) tokenInts[f].set(t[f].subarray(0, t.count), at);
    for (const f of TOKEN_BYTES) tokenBytes[f].set(t[f].subarray(0, t.count), at);
    const wat = wordAt[d] ?? 0;
    for (const f of WORD_INTS) wordInts[f].set(w[f], wat);
    stop.set(w.stop, wat);
  });
  return {
    ids: words.map((w) => w.doc.id),
    texts: words.map((w) => w.doc.text),
    inputIndex: Int32Array.from(words, (w) => w.doc.index),
    tokenAt,
    wordAt,
    tokenInts,
    tokenBytes,
    wordInts,
    stop,
  };
}

/**
 * Document `d` of a shared corpus, as the pair work reads it: its words, and a document with its text and token table
 * (views into the shared arrays; sentences and paragraphs are not needed and stay empty).
 *
 * @param c - the shared corpus
 * @param d - the document's number
 * @returns its words, with the document
 * @internal
 */
export function sharedDocument(c: SharedCorpus, d: number): DocWords {
  const t0 = c.tokenAt[d] ?? 0;
  const t1 = c.tokenAt[d + 1] ?? t0;
  const w0 = c.wordAt[d] ?? 0;
  const w1 = c.wordAt[d + 1] ?? w0;
  const ints = (f: IntField): Int32Array => c.tokenInts[f].subarray(t0, t1);
  const bytes = (f: ByteField): Uint8Array => c.tokenBytes[f].subarray(t0, t1);
  const tokens: TokenTable = {
    count: t1 - t0,
    start: ints('start'),
    end: ints('end'),
    key: ints('key'),
    surface: ints('surface'),
    sentence: ints('sentence'),
    pos: bytes('pos'),
    kind: bytes('kind'),
    flags: bytes('flags'),
  };
  const doc: DocModel = {
    index: c.inputIndex[d] ?? d,
    id: c.ids[d] ?? '',
    text: c.texts[d] ?? '',
    tokens,
    sentences: [],
    paragraphs: [],
    boilerplate: [],
    lowerTexts: [],
  };
  const words = (f: WordIntField): Int32Array => c.wordInts[f].subarray(w0, w1);
  return { doc, tok: words('tok'), keys: words('keys'), para: words('para'), sent: words('sent'), stop: c.stop.subarray(w0, w1) };
}
