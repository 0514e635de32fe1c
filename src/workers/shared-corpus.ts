import type { DocWords } from '../align/words.js';
import type { DocModel, Paragraph, Sentence, TokenTable } from '../document/model.js';

type TokenInt = 'start' | 'end' | 'key' | 'surface' | 'sentence';
type TokenByte = 'pos' | 'kind' | 'flags';
type SentenceInt = 'start' | 'end' | 'tokenStart' | 'tokenEnd' | 'paragraph';
type ParagraphInt = 'start' | 'end' | 'tokenStart' | 'tokenEnd' | 'sentenceStart' | 'sentenceEnd';

const TOKEN_INTS: readonly TokenInt[] = ['start', 'end', 'key', 'surface', 'sentence'];
const TOKEN_BYTES: readonly TokenByte[] = ['pos', 'kind', 'flags'];
const SENTENCE_INTS: readonly SentenceInt[] = ['start', 'end', 'tokenStart', 'tokenEnd', 'paragraph'];
const PARAGRAPH_INTS: readonly ParagraphInt[] = ['start', 'end', 'tokenStart', 'tokenEnd', 'sentenceStart', 'sentenceEnd'];

/** What a document is besides its tables: the input's fields, its position and its boilerplate spans (sent as they are). */
type DocumentHead = Omit<DocModel, 'tokens' | 'sentences' | 'paragraphs' | 'lowerTexts'>;

/** One kind of row (tokens, sentences or paragraphs) of all documents, column by column, one document after another. */
interface Rows<I extends string> {
  /** Where each document's rows start (n + 1 entries). */
  readonly at: Int32Array;
  readonly ints: Readonly<Record<I, Int32Array>>;
}

/**
 * A corpus's documents laid out for other threads: the token table, sentences and paragraphs of all documents column by
 * column, each column in one `SharedArrayBuffer` (shared, not copied, when sent to a thread), beside each document's
 * text, input fields and boilerplate spans. Documents are in the corpus's (input) order.
 * @internal
 */
export interface SharedCorpus {
  readonly heads: readonly DocumentHead[];
  readonly tokens: Rows<TokenInt> & { readonly bytes: Readonly<Record<TokenByte, Uint8Array>> };
  readonly sentences: Rows<SentenceInt> & { readonly boilerplate: Uint8Array; readonly sentiment: Float64Array };
  readonly paragraphs: Rows<ParagraphInt> & { readonly boilerplate: Uint8Array };
}

/** A typed array of `n` elements in a SharedArrayBuffer of its own. */
function shared<T extends Int32Array | Uint8Array | Float64Array>(
  make: (b: SharedArrayBuffer, n: number) => T,
  bytes: number,
  n: number,
): T {
  return make(new SharedArrayBuffer(bytes * Math.max(1, n)), n);
}
const ints = (n: number): Int32Array => shared((b, k) => new Int32Array(b, 0, k), 4, n);
const bytes = (n: number): Uint8Array => shared((b, k) => new Uint8Array(b, 0, k), 1, n);
const floats = (n: number): Float64Array => shared((b, k) => new Float64Array(b, 0, k), 8, n);

/** Where each document's rows start, given how many each has. */
function offsets(docs: readonly DocModel[], count: (d: DocModel) => number): Int32Array {
  const at = new Int32Array(docs.length + 1);
  docs.forEach((d, i) => (at[i + 1] = (at[i] ?? 0) + count(d)));
  return at;
}

/** Columns of `names`, each long enough for every document's rows. */
function columns<K extends string>(names: readonly K[], n: number, make: (n: number) => Int32Array): Record<K, Int32Array>;
function columns<K extends string>(names: readonly K[], n: number, make: (n: number) => Uint8Array): Record<K, Uint8Array>;
function columns<K extends string>(
  names: readonly K[],
  n: number,
  make: (n: number) => Int32Array | Uint8Array,
): Record<K, Int32Array | Uint8Array> {
  return Object.fromEntries(names.map((f) => [f, make(n)])) as Record<K, Int32Array | Uint8Array>;
}

/**
 * Lays out a corpus's documents for other threads (one copy of the tables, made once per call).
 *
 * @param docs - the documents, in input order
 * @returns the shared layout
 * @internal
 */
export function shareCorpus(docs: readonly DocModel[]): SharedCorpus {
  const tokenAt = offsets(docs, (d) => d.tokens.count);
  const sentenceAt = offsets(docs, (d) => d.sentences.length);
  const paragraphAt = offsets(docs, (d) => d.paragraphs.length);
  const n = docs.length;
  const tokens = { at: tokenAt, ints: columns(TOKEN_INTS, tokenAt[n] ?? 0, ints), bytes: columns(TOKEN_BYTES, tokenAt[n] ?? 0, bytes) };
  const ns = sentenceAt[n] ?? 0;
  const sentences = { at: sentenceAt, ints: columns(SENTENCE_INTS, ns, ints), boilerplate: bytes(ns), sentiment: floats(ns) };
  const np = paragraphAt[n] ?? 0;
  const paragraphs = { at: paragraphAt, ints: columns(PARAGRAPH_INTS, np, ints), boilerplate: bytes(np) };
  const heads = docs.map((doc, i) => {
    const t = doc.tokens;
    const at = tokenAt[i] ?? 0;
    for (const f of TOKEN_INTS) tokens.ints[f].set(t[f].subarray(0, t.count), at);
    for (const f of TOKEN_BYTES) tokens.bytes[f].set(t[f].subarray(0, t.count), at);
    doc.sentences.forEach((s, k) => {
      const j = (sentenceAt[i] ?? 0) + k;
      for (const f of SENTENCE_INTS) sentences.ints[f][j] = s[f];
      sentences.boilerplate[j] = s.boilerplate ? 1 : 0;
      sentences.sentiment[j] = s.sentiment;
    });
    doc.paragraphs.forEach((p, k) => {
      const j = (paragraphAt[i] ?? 0) + k;
      for (const f of PARAGRAPH_INTS) paragraphs.ints[f][j] = p[f];
      paragraphs.boilerplate[j] = p.boilerplate ? 1 : 0;
    });
    const { tokens: _t, sentences: _s, paragraphs: _p, lowerTexts: _l, ...head } = doc;
    return head;
  });
  return { heads, tokens, sentences, paragraphs };
}

/**
 * Document `i` of a shared corpus, as the calling thread has it: its token table views the shared columns, its
 * sentences and paragraphs are objects again.
 *
 * @param c - the shared corpus
 * @param i - the document's position in it
 * @returns the document
 * @internal
 */
export function sharedDocument(c: SharedCorpus, i: number): DocModel {
  const head = c.heads[i];
  if (head === undefined) throw new Error(`document ${i} is not in the shared corpus`);
  const t0 = c.tokens.at[i] ?? 0;
  const t1 = c.tokens.at[i + 1] ?? t0;
  const col = (f: TokenInt): Int32Array => c.tokens.ints[f].subarray(t0, t1);
  const byte = (f: TokenByte): Uint8Array => c.tokens.bytes[f].subarray(t0, t1);
  const tokens: TokenTable = {
    count: t1 - t0,
    start: col('start'),
    end: col('end'),
    key: col('key'),
    surface: col('surface'),
    sentence: col('sentence'),
    pos: byte('pos'),
    kind: byte('kind'),
    flags: byte('flags'),
  };
  const s = c.sentences;
  const sentences: Sentence[] = [];
  for (let j = s.at[i] ?? 0; j < (s.at[i + 1] ?? 0); j++) {
    sentences.push({
      start: s.ints.start[j] ?? 0,
      end: s.ints.end[j] ?? 0,
      tokenStart: s.ints.tokenStart[j] ?? 0,
      tokenEnd: s.ints.tokenEnd[j] ?? 0,
      paragraph: s.ints.paragraph[j] ?? 0,
      boilerplate: s.boilerplate[j] === 1,
      sentiment: s.sentiment[j] ?? 0,
    });
  }
  const p = c.paragraphs;
  const paragraphs: Paragraph[] = [];
  for (let j = p.at[i] ?? 0; j < (p.at[i + 1] ?? 0); j++) {
    paragraphs.push({
      start: p.ints.start[j] ?? 0,
      end: p.ints.end[j] ?? 0,
      tokenStart: p.ints.tokenStart[j] ?? 0,
      tokenEnd: p.ints.tokenEnd[j] ?? 0,
      sentenceStart: p.ints.sentenceStart[j] ?? 0,
      sentenceEnd: p.ints.sentenceEnd[j] ?? 0,
      boilerplate: p.boilerplate[j] === 1,
    });
  }
  return { ...head, tokens, sentences, paragraphs, lowerTexts: [] };
}

type WordInt = 'tok' | 'keys' | 'para' | 'sent';
const WORD_INTS: readonly WordInt[] = ['tok', 'keys', 'para', 'sent'];

/**
 * The alignment stage's words of every document (see `docWords`), laid out for other threads as {@link SharedCorpus}
 * lays out the documents, in the alignment stage's order (documents by id), with each one's input position.
 * @internal
 */
export interface SharedWords extends Rows<WordInt> {
  readonly stop: Uint8Array;
  /** Per document of the alignment stage's order, its input position. */
  readonly order: Int32Array;
}

/**
 * Lays out the alignment stage's words for other threads (made once per call, from the words the stage made anyway).
 *
 * @param words - the words of the documents, in the alignment stage's order
 * @returns the shared layout
 * @internal
 */
export function shareWords(words: readonly DocWords[]): SharedWords {
  const at = new Int32Array(words.length + 1);
  words.forEach((w, d) => (at[d + 1] = (at[d] ?? 0) + w.keys.length));
  const n = at[words.length] ?? 0;
  const cols = columns(WORD_INTS, n, ints);
  const stop = bytes(n);
  words.forEach((w, d) => {
    for (const f of WORD_INTS) cols[f].set(w[f], at[d] ?? 0);
    stop.set(w.stop, at[d] ?? 0);
  });
  return { at, ints: cols, stop, order: Int32Array.from(words, (w) => w.doc.index) };
}

/**
 * The words of document `d` of the alignment stage's order, views into the shared columns.
 *
 * @param w - the shared words
 * @param d - the document's position in the alignment stage's order
 * @param doc - the document itself
 * @returns its words
 * @internal
 */
export function sharedWords(w: SharedWords, d: number, doc: DocModel): DocWords {
  const from = w.at[d] ?? 0;
  const to = w.at[d + 1] ?? from;
  const col = (f: WordInt): Int32Array => w.ints[f].subarray(from, to);
  return { doc, tok: col('tok'), keys: col('keys'), para: col('para'), sent: col('sent'), stop: w.stop.subarray(from, to) };
}
