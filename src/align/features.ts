import { foldCharacters } from '../document/normalize.js';
import { POS_INDEX, TokenFlag, TokenKind, type DocModel, type Vocabulary } from '../document/model.js';
import { clusterLexicon } from '../lexicon/cluster-words.js';

/** A run of tokens `[from, to)` of one document. @internal */
export interface TokenSpan {
  readonly doc: DocModel;
  readonly from: number;
  readonly to: number;
}

/** The words of a span as the scorer sees them: parallel typed arrays. @internal */
export interface WordView {
  /** Match keys (lemma, folded). */
  readonly keys: Int32Array;
  /** Folded surface forms (not lemmatized). */
  readonly surface: Int32Array;
  /** 1 for stop words. */
  readonly stop: Uint8Array;
  /** 1 for numbers, 2 for proper nouns, 0 otherwise. */
  readonly cls: Uint8Array;
  /** Universal POS tag index (see `POS_TAGS`). */
  readonly pos: Uint8Array;
  /** Folded text without white space, for character bigrams. */
  readonly chars: string;
  readonly count: number;
}

const PROPN = POS_INDEX.get('PROPN') ?? 11;

/**
 * The token flags {@link wordView} reads (through {@link isWord}, the stop mark and the proper-noun
 * test), and the only ones it sees: spans whose tokens agree in these, in kind, key, surface form and
 * POS tag, and in text have equal views, which is what the alignment stage's content classes rely on.
 * @internal
 */
export const VIEW_FLAGS = TokenFlag.Boilerplate | TokenFlag.Stop | TokenFlag.Capitalized | TokenFlag.SentenceStart;
const NEGATIONS = new Set(['not', "n't", 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without']);
const WS = /\s+/g;

/**
 * The word and number tokens of a span that are not boilerplate, with their keys. Punctuation is left
 * out: outlets punctuate the same words differently.
 * @internal
 */
export function wordView(span: TokenSpan): WordView {
  const t = span.doc.tokens;
  let n = 0;
  for (let i = span.from; i < span.to; i++) if (isWord(t.kind[i] ?? 0, t.flags[i] ?? 0)) n++;
  const keys = new Int32Array(n);
  const surface = new Int32Array(n);
  const stop = new Uint8Array(n);
  const cls = new Uint8Array(n);
  const pos = new Uint8Array(n);
  let j = 0;
  for (let i = span.from; i < span.to; i++) {
    const kind = t.kind[i] ?? 0;
    const flags = (t.flags[i] ?? 0) & VIEW_FLAGS;
    if (!isWord(kind, flags)) continue;
    keys[j] = t.key[i] ?? -1;
    surface[j] = t.surface[i] ?? -1;
    stop[j] = (flags & TokenFlag.Stop) !== 0 ? 1 : 0;
    const proper = t.pos[i] === PROPN || ((flags & TokenFlag.Capitalized) !== 0 && (flags & TokenFlag.SentenceStart) === 0);
    cls[j] = kind === TokenKind.Number ? 1 : proper ? 2 : 0;
    pos[j] = t.pos[i] ?? 0;
    j++;
  }
  const from = t.start[span.from] ?? 0;
  const to = span.to > span.from ? (t.end[span.to - 1] ?? from) : from;
  return new SpanWords(keys, surface, stop, cls, pos, n, span.doc.text, from, to);
}

/**
 * A {@link WordView} of a span of text whose folded characters are computed on first use: most spans
 * the alignment stage prepares are only ever found to carry the same words as another, and then the
 * raw text often settles whether the characters are the same too (see {@link sameChars}).
 */
class SpanWords implements WordView {
  private _chars?: string;
  constructor(
    readonly keys: Int32Array,
    readonly surface: Int32Array,
    readonly stop: Uint8Array,
    readonly cls: Uint8Array,
    readonly pos: Uint8Array,
    readonly count: number,
    /** The document text and the span's character range in it. */
    readonly text: string,
    readonly from: number,
    readonly to: number,
  ) {}
  get chars(): string {
    return (this._chars ??= foldCharacters(this.text.slice(this.from, this.to)).toLowerCase().replace(WS, ''));
  }
}

/**
 * Whether two word views have the same folded characters. The characters are a function of the raw
 * text, so equal raw text answers without folding either side.
 * @internal
 */
export function sameChars(a: WordView, b: WordView): boolean {
  if (
    a instanceof SpanWords &&
    b instanceof SpanWords &&
    a.to - a.from === b.to - b.from &&
    a.text.slice(a.from, a.to) === b.text.slice(b.from, b.to)
  )
    return true;
  return a.chars === b.chars;
}

/** Whether a token counts as a word for matching: a word or number outside boilerplate. @internal */
export function isWord(kind: number, flags: number): boolean {
  return (kind === TokenKind.Word || kind === TokenKind.Number) && (flags & TokenFlag.Boilerplate) === 0;
}

/**
 * A word view with everything a comparison needs that depends on one side only — sorted word n-gram
 * hashes, IDF sums, numbers, names — each computed on first use and kept, so that a
 * passage compared with many others (a wire paragraph carried by ten outlets) is prepared once, and a
 * passage only ever found verbatim is never prepared at all.
 * @internal
 */
export class PreparedView {
  private _idfSum?: number;
  private _contentIdfSum?: number;
  private _bi?: Int32Array;
  private _tri?: Int32Array;
  private _four?: Int32Array;
  private _numbers?: Int32Array;
  private _names?: Int32Array;
  private _negated?: boolean;
  private _stems?: Int32Array;
  private _biEvidence?: Int32Array;
  private _biEvidenceOf?: Evidence;

  constructor(
    readonly v: WordView,
    private readonly idf: Float64Array,
    private readonly vocab: Vocabulary,
  ) {}

  get idfSum(): number {
    return (this._idfSum ??= sumIdf(this.v.keys, this.idf));
  }
  get contentIdfSum(): number {
    return (this._contentIdfSum ??= sumIdf(this.v.keys, this.idf, this.v.stop));
  }
  get bi(): Int32Array {
    return (this._bi ??= ngrams(this.v.keys, 2));
  }
  get tri(): Int32Array {
    return (this._tri ??= ngrams(this.v.keys, 3));
  }
  get four(): Int32Array {
    return (this._four ??= ngrams(this.v.keys, 4));
  }
  get numbers(): Int32Array {
    return (this._numbers ??= ofClass(this.v, 1));
  }
  get names(): Int32Array {
    return (this._names ??= ofClass(this.v, 2));
  }
  get negated(): boolean {
    return (this._negated ??= negations(this.v, this.vocab) > 0);
  }
  get stems(): Int32Array {
    if (this._stems === undefined) {
      const stemOf = stemsFor(this.vocab);
      this._stems = this.v.surface.map((k) => stemOf[k] ?? 0);
    }
    return this._stems;
  }
  /**
   * Per bigram hash of {@link bi}, its index in `evidence.bigrams` (-1: none), kept for the last table
   * asked for: a passage compared with many others looks its bigrams up once.
   */
  biEvidence(evidence: Evidence): Int32Array {
    if (this._biEvidence === undefined || this._biEvidenceOf !== evidence) {
      this._biEvidence = this.bi.map((h) => evidence.bigrams.get(h));
      this._biEvidenceOf = evidence;
    }
    return this._biEvidence;
  }
}

/** Prepares a word view for {@link pairFeatures} under an IDF table. @internal */
export function prepareView(v: WordView, idf: Float64Array, vocab: Vocabulary): PreparedView {
  return new PreparedView(v, idf, vocab);
}

/** Names of the features, in the order {@link pairFeatures} returns them. @internal */
export const FEATURE_NAMES = [
  'idfDice',
  'idfMin',
  'idfMax',
  'keyDice',
  'surfaceDice',
  'bigramDice',
  'trigramDice',
  'lcsDice',
  'lcsMin',
  'charDice',
  'contentDice',
  'numberMismatch',
  'properMismatch',
  'lengthRatio',
  'logLengthDiff',
  'unmatchedIdf',
  'negationMismatch',
  'bigramMin',
  'stemDice',
  'unmatchedContentMax',
  'unmatchedContentMin',
  'logMinLength',
  'charTrigramDice',
  'fourgramDice',
  'numberConflict',
  'unmatchedNounMax',
  'unmatchedNounMin',
  'unmatchedPropnMax',
  'unmatchedPropnMin',
  'unmatchedVerbMax',
  'unmatchedVerbMin',
  'unmatchedModifierMax',
  'unmatchedModifierMin',
  'unmatchedNumMax',
  'unmatchedNumMin',
  'editRate',
  'bleuMean',
  'bleuMin',
  'fragmentation',
  'sharedEvidence',
  'unmatchedEvidence',
  'sharedBigramEvidence',
  'unmatchedBigramEvidence',
  'synonymMatches',
  'unmatchedContentSynMax',
  'longestUnmatchedRun',
  'unmatchedRuns',
] as const;

/**
 * Index of `sharedEvidence` in {@link FEATURE_NAMES}; `unmatchedEvidence`, `sharedBigramEvidence` and
 * `unmatchedBigramEvidence` follow it.
 * @internal
 */
export const EVIDENCE_FEATURE = FEATURE_NAMES.indexOf('sharedEvidence');

/**
 * Per match key, what the key says about a pair when both passages carry it (`shared`) and when only one
 * does (`unmatched`): smoothed log-likelihood ratios of paraphrase against non-paraphrase, fitted on
 * MSRP (Ji & Eisenstein 2013 weigh words by the same contrast — "said" missing on one side says little,
 * a missing "percent" or "Thursday" says much). Indexed by key id; 0 for keys the table does not know.
 * @internal
 */
export interface Evidence {
  readonly shared: Float64Array;
  readonly unmatched: Float64Array;
  /** The same for bigrams of keys: {@link bigramHash} → index `i`; weights at `2i` (shared), `2i + 1`. */
  readonly bigrams: BigramTable;
  readonly bigramWeights: Float64Array;
}

/**
 * An integer → integer map by open addressing in typed arrays: the bigram lookup runs for every bigram
 * of every scored pair, where a `Map` costs several times more.
 * @internal
 */
export class BigramTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  /** A table for up to `capacity` entries. */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }
  set(key: number, value: number): void {
    let i = Math.imul(key, 0x9e3779b1) & this.mask;
    while (this.values[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    this.keys[i] = key;
    this.values[i] = value;
  }
  /** The value of `key`, or -1. */
  get(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) & this.mask;
    for (;;) {
      const v = this.values[i] ?? -1;
      if (v === -1 || this.keys[i] === key) return v;
      i = (i + 1) & this.mask;
    }
  }
}

/** Hash of the key bigram `x y`, as the sorted bigram hashes of a {@link PreparedView} carry it. @internal */
export function bigramHash(x: number, y: number): number {
  return Math.imul(Math.imul(0x811c9dc5 ^ x, 0x01000193) ^ y, 0x01000193);
}

const POS_GROUPS: readonly (readonly number[])[] = [['NOUN'], ['PROPN'], ['VERB'], ['ADJ', 'ADV'], ['NUM']].map((g) =>
  g.map((t) => POS_INDEX.get(t) ?? -1),
);
/** POS tag index → group in {@link POS_GROUPS} (-1: none), for the unmatched-words-by-class features. */
const POS_GROUP = new Int8Array(32).fill(-1);
POS_GROUPS.forEach((g, gi) => g.forEach((t) => t >= 0 && (POS_GROUP[t] = gi)));

const stemCache = new WeakMap<Vocabulary, { size: number; stems: Int32Array; ids: Map<string, number> }>();

/**
 * A crude stem id per vocabulary entry: the first five characters. Catches derivations the lemmatizer
 * leaves apart ("decision" / "decided", "Amrozi's" / "Amrozi") at the price of a few false friends,
 * which is why it is one feature among many and never a match key.
 * @internal
 */
export function stemsFor(vocab: Vocabulary): Int32Array {
  let hit = stemCache.get(vocab);
  if (hit !== undefined && hit.size === vocab.size) return hit.stems;
  const stems = new Int32Array(vocab.size);
  const ids = hit?.ids ?? new Map<string, number>();
  const from = hit?.size ?? 0;
  if (hit !== undefined) stems.set(hit.stems);
  for (let i = from; i < vocab.size; i++) {
    const s = vocab.str(i).slice(0, 5);
    let id = ids.get(s);
    if (id === undefined) {
      id = ids.size;
      ids.set(s, id);
    }
    stems[i] = id;
  }
  hit = { size: vocab.size, stems, ids };
  stemCache.set(vocab, hit);
  return stems;
}

/** Non-stop words of `a` whose key is not among `b`'s keys. */
function unmatchedContent(a: WordView, b: WordView, scratch: Scratch): number {
  const c = scratch.counts;
  for (let i = 0; i < b.count; i++) c[b.keys[i] ?? 0]!++;
  let n = 0;
  for (let i = 0; i < a.count; i++) if (a.stop[i] === 0 && (c[a.keys[i] ?? 0] ?? 0) === 0) n++;
  for (let i = 0; i < b.count; i++) c[b.keys[i] ?? 0] = 0;
  return n;
}

/**
 * Scratch memory sized to a vocabulary, so that comparing two spans allocates almost nothing: counts
 * indexed by key id, cleared after each use.
 * @internal
 */
export class Scratch {
  counts: Int32Array;
  /** Per key, -1 except while a comparison uses it (first position of the key in a passage). */
  head: Int32Array;
  /** Unmatched-word counts per POS group and side. */
  readonly groups = new Float64Array(10);
  private dp: [Int32Array, Int32Array, Int32Array, Int32Array] = [
    new Int32Array(64),
    new Int32Array(64),
    new Int32Array(64),
    new Int32Array(64),
  ];
  private next = new Int32Array(64);
  private used = new Uint8Array(64);
  /** Four rows of at least `n` integers for a dynamic program (contents undefined). */
  rows(n: number): [Int32Array, Int32Array, Int32Array, Int32Array] {
    if (n > this.dp[0].length) {
      const m = Math.max(n, this.dp[0].length * 2);
      this.dp = [new Int32Array(m), new Int32Array(m), new Int32Array(m), new Int32Array(m)];
    }
    return this.dp;
  }
  /** Per-position links (contents undefined) and used marks (all 0; callers reset what they set). */
  positions(n: number): [Int32Array, Uint8Array] {
    if (n > this.next.length) {
      const m = Math.max(n, this.next.length * 2);
      this.next = new Int32Array(m);
      this.used = new Uint8Array(m);
    }
    return [this.next, this.used];
  }
  constructor(size: number) {
    this.counts = new Int32Array(Math.max(16, size));
    this.head = new Int32Array(this.counts.length).fill(-1);
  }
  ensure(size: number): void {
    if (size > this.counts.length) {
      this.counts = new Int32Array(Math.max(size, this.counts.length * 2));
      this.head = new Int32Array(this.counts.length).fill(-1);
    }
  }
}

/** Σ idf over the multiset intersection of `a` and `b` (and the count), via `scratch` counts. */
function intersect(
  a: Int32Array,
  b: Int32Array,
  idf: Float64Array,
  scratch: Scratch,
  mask?: Uint8Array,
  maskB?: Uint8Array,
): [number, number] {
  const c = scratch.counts;
  for (let i = 0; i < a.length; i++) if (mask === undefined || mask[i] === 0) c[a[i] ?? 0]!++;
  let w = 0;
  let n = 0;
  for (let i = 0; i < b.length; i++) {
    if (maskB !== undefined && maskB[i] !== 0) continue;
    const k = b[i] ?? 0;
    if ((c[k] ?? 0) > 0) {
      c[k]!--;
      w += idf[k] ?? 0;
      n++;
    }
  }
  for (let i = 0; i < a.length; i++) c[a[i] ?? 0] = 0;
  return [w, n];
}

/** Sorted hashes of the n-grams of `keys`. */
function ngrams(keys: Int32Array, n: number): Int32Array {
  const m = keys.length - n + 1;
  if (m <= 0) return new Int32Array(0);
  const out = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    let h = 0x811c9dc5;
    // For n = 2 this is bigramHash(keys[i], keys[i + 1]), which the bigram evidence is keyed by.
    for (let k = 0; k < n; k++) h = Math.imul(h ^ (keys[i + k] ?? 0), 0x01000193);
    out[i] = h;
  }
  return out.sort();
}

/** Size of the multiset intersection of two sorted arrays. */
function sortedOverlap(a: Int32Array | Float64Array, b: Int32Array | Float64Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

function dice(overlap: number, la: number, lb: number): number {
  return la + lb === 0 ? 0 : (2 * overlap) / (la + lb);
}

/**
 * Character-bigram Dice coefficient of two strings with white space removed — the measure of
 * string-similarity's `compareTwoStrings`, computed on integer bigrams counted in a reusable table so
 * that scoring many pairs allocates nothing instead of a Map per call.
 * @internal
 */
export function charDice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  return ngramDice(a, b, 2);
}

/** Character-bigram Dice of two prepared views. @internal */
export function sortedCharDice(a: PreparedView, b: PreparedView): number {
  if (sameChars(a.v, b.v)) return 1;
  if (a.v.chars.length < 2 || b.v.chars.length < 2) return 0;
  return ngramDice(a.v.chars, b.v.chars, 2);
}

/** Dice coefficient of the multisets of character n-grams (n = 2 or 3) of two strings. */
function ngramDice(a: string, b: string, n: 2 | 3): number {
  const na = Math.max(0, a.length - n + 1);
  const nb = Math.max(0, b.length - n + 1);
  if (na + nb === 0) return 0;
  return (2 * NGRAMS.overlap(a, b, n)) / (na + nb);
}

/**
 * Size of the multiset intersection of the character n-grams (n = 2 or 3) of two strings: one side's
 * n-grams counted in an open-addressing table, the other's taken off it. The same number as merging the
 * two sorted n-gram lists, without sorting either; an n-gram is its code units packed exactly (`hi` the
 * first of a trigram, `lo` the last two), so no two n-grams share a key.
 */
class NgramCounter {
  private hi = new Int32Array(1024);
  private lo = new Int32Array(1024);
  private count = new Int32Array(1024);
  /** Slot in use when equal to the current generation: the table is never cleared. */
  private stamp = new Int32Array(1024);
  private gen = 0;

  overlap(a: string, b: string, n: 2 | 3): number {
    if (a.length < n || b.length < n) return 0;
    // N-grams inside a common prefix or suffix are in both multisets, and adding the same n-grams to
    // both adds exactly their number to the intersection: only the n-grams that start between the
    // shared ends are counted (copies mostly differ somewhere in the middle).
    const most = Math.min(a.length, b.length);
    let pre = 0;
    while (pre < most && a.charCodeAt(pre) === b.charCodeAt(pre)) pre++;
    let suf = 0;
    while (suf < most - pre && a.charCodeAt(a.length - 1 - suf) === b.charCodeAt(b.length - 1 - suf)) suf++;
    const shared = Math.max(0, pre - n + 1) + Math.max(0, suf - n + 1);
    // Start positions of the other n-grams: from..toA in a, from..toB in b.
    const from = Math.max(0, pre - n + 1);
    const toA = Math.min(a.length - n, a.length - suf - 1);
    const toB = Math.min(b.length - n, b.length - suf - 1);
    const na = toA - from + 1;
    if (na <= 0 || toB < from) return shared;
    if (2 * na > this.stamp.length) {
      let size = this.stamp.length;
      while (size < 2 * na) size *= 2;
      this.hi = new Int32Array(size);
      this.lo = new Int32Array(size);
      this.count = new Int32Array(size);
      this.stamp = new Int32Array(size);
      this.gen = 0;
    }
    if (this.gen >= 0x3fffffff) {
      this.stamp.fill(0);
      this.gen = 0;
    }
    const g = ++this.gen;
    const { hi, lo, count, stamp } = this;
    for (let i = from; i <= toA; i++) {
      const h = n === 2 ? 0 : a.charCodeAt(i);
      const l = (a.charCodeAt(i + n - 2) << 16) | a.charCodeAt(i + n - 1);
      const s = this.slot(h, l, g);
      if (stamp[s] === g) count[s]!++;
      else {
        stamp[s] = g;
        hi[s] = h;
        lo[s] = l;
        count[s] = 1;
      }
    }
    let overlap = shared;
    for (let i = from; i <= toB; i++) {
      const h = n === 2 ? 0 : b.charCodeAt(i);
      const s = this.slot(h, (b.charCodeAt(i + n - 2) << 16) | b.charCodeAt(i + n - 1), g);
      if (stamp[s] === g && count[s]! > 0) {
        count[s]!--;
        overlap++;
      }
    }
    return overlap;
  }

  /** The slot of n-gram (`h`, `l`) in generation `g`: where it is, or the free slot where it would go. */
  private slot(h: number, l: number, g: number): number {
    const { hi, lo, stamp } = this;
    const mask = stamp.length - 1;
    let s = Math.imul(l ^ Math.imul(h, 0x85ebca6b), 0x9e3779b1);
    s = (s ^ (s >>> 15)) & mask;
    while (stamp[s] === g && (hi[s] !== h || lo[s] !== l)) s = (s + 1) & mask;
    return s;
  }
}

const NGRAMS = new NgramCounter();

function sumIdf(keys: Int32Array, idf: Float64Array, mask?: Uint8Array): number {
  let s = 0;
  for (let i = 0; i < keys.length; i++) if (mask === undefined || mask[i] === 0) s += idf[keys[i] ?? 0] ?? 0;
  return s;
}

/** Keys of the words of class `cls` (numbers or proper nouns). */
function ofClass(v: WordView, cls: number): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < v.count; i++) if (v.cls[i] === cls) out.push(v.surface[i] ?? 0);
  return Int32Array.from(out);
}

/** Number of distinct members of `a` missing from `b`, plus the reverse. */
function mismatch(a: Int32Array, b: Int32Array): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let n = 0;
  for (const x of sa) if (!sb.has(x)) n++;
  for (const x of sb) if (!sa.has(x)) n++;
  return n;
}

const negationCache = new WeakMap<Vocabulary, Uint8Array>();

/** 1 per vocabulary entry that is a negation, cached per vocabulary and grown as it grows. */
function negationsFor(vocab: Vocabulary): Uint8Array {
  const hit = negationCache.get(vocab);
  if (hit !== undefined && hit.length === vocab.size) return hit;
  const out = new Uint8Array(vocab.size);
  if (hit !== undefined) out.set(hit);
  for (let i = hit?.length ?? 0; i < vocab.size; i++) out[i] = NEGATIONS.has(vocab.str(i)) ? 1 : 0;
  negationCache.set(vocab, out);
  return out;
}

function negations(v: WordView, vocab: Vocabulary): number {
  const neg = negationsFor(vocab);
  let n = 0;
  for (let i = 0; i < v.count; i++) {
    const k = v.surface[i] ?? 0;
    // Ids outside the table (none from a corpus's own tokens) are looked up by string, as before.
    if (k >= 0 && k < neg.length ? neg[k] === 1 : NEGATIONS.has(vocab.str(k))) n++;
  }
  return n;
}

/**
 * Words of `a` whose key `b` lacks, counted per POS group into `out[group * 2 + slot]`: what kind of
 * content one passage adds (an extra name or number matters more than an extra adverb).
 */
function unmatchedByGroup(a: WordView, b: WordView, c: Int32Array, out: Float64Array, slot: number): void {
  for (let i = 0; i < b.count; i++) c[b.keys[i] ?? 0] = 1;
  for (let i = 0; i < a.count; i++) {
    const g = POS_GROUP[a.pos[i] ?? 0] ?? -1;
    if (g >= 0 && c[a.keys[i] ?? 0] === 0) out[g * 2 + slot]!++;
  }
  for (let i = 0; i < b.count; i++) c[b.keys[i] ?? 0] = 0;
}

/**
 * The word LCS length and the word-level Levenshtein distance of two key sequences in one pass over the
 * same grid (both are needed for every scored pair), packed as `lcs * 2^21 + distance`.
 * @internal
 */
export function lcsAndEditDistance(a: Int32Array, b: Int32Array, scratch: Scratch): number {
  // A common prefix and suffix are matched whatever lies between (both measures are exact on the rest
  // plus the shared ends), and copies of one passage mostly differ somewhere in the middle.
  let pre = 0;
  const most = Math.min(a.length, b.length);
  while (pre < most && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < most - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const a0 = pre;
  const b0 = pre;
  const n = a.length - pre - suf;
  const m = b.length - pre - suf;
  const rows = scratch.rows(m + 1);
  let lp = rows[0];
  let lc = rows[1];
  let ep = rows[2];
  let ec = rows[3];
  for (let j = 0; j <= m; j++) {
    lp[j] = 0;
    lc[j] = 0;
    ep[j] = j;
  }
  for (let i = 1; i <= n; i++) {
    const ai = a[a0 + i - 1];
    // The cells left of and diagonally above the current one stay in locals: each step reads only the
    // cell above from the previous rows.
    let diagL = 0;
    let leftL = 0;
    let diagE = i - 1;
    let leftE = i;
    ec[0] = i;
    for (let j = 1; j <= m; j++) {
      const upL = lp[j]!;
      const upE = ep[j]!;
      const same = ai === b[b0 + j - 1];
      const l = same ? diagL + 1 : upL > leftL ? upL : leftL;
      lc[j] = l;
      const sub = diagE + (same ? 0 : 1);
      const del = upE + 1;
      const ins = leftE + 1;
      const e = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      ec[j] = e;
      diagL = upL;
      leftL = l;
      diagE = upE;
      leftE = e;
    }
    const tl = lp;
    lp = lc;
    lc = tl;
    const te = ep;
    ep = ec;
    ec = te;
  }
  return ((lp[m] ?? 0) + pre + suf) * 2097152 + (ep[m] ?? 0);
}

/**
 * METEOR's fragmentation (Banerjee & Lavie 2005): chunks of consecutive matched words per matched word,
 * with each word of `a` matched greedily to the next word of `b` if it continues the chunk, else to the
 * first unused equal word. 1 when nothing matches.
 */
function fragmentation(a: Int32Array, b: Int32Array, scratch: Scratch): number {
  // The positions of each key in b as linked lists (head per key, next per position), so that "the
  // first unused equal word" is found without scanning b.
  const head = scratch.head;
  const [next, used] = scratch.positions(b.length);
  for (let z = b.length - 1; z >= 0; z--) {
    const k = b[z] ?? 0;
    next[z] = head[k] ?? -1;
    head[k] = z;
  }
  let chunks = 0;
  let matches = 0;
  let last = -2;
  for (let x = 0; x < a.length; x++) {
    const k = a[x] ?? 0;
    let y = -1;
    if (last >= 0 && last + 1 < b.length && used[last + 1] === 0 && b[last + 1] === k) y = last + 1;
    else {
      let z = head[k] ?? -1;
      while (z >= 0 && used[z] === 1) z = next[z] ?? -1;
      head[k] = z; // the used ones before it stay used
      y = z;
    }
    if (y >= 0) {
      used[y] = 1;
      matches++;
      if (y !== last + 1) chunks++;
      last = y;
    } else last = -2;
  }
  for (let z = 0; z < b.length; z++) {
    head[b[z] ?? 0] = -1;
    used[z] = 0;
  }
  return matches === 0 ? 1 : chunks / matches;
}

/**
 * Smoothed BLEU-4 of a candidate of `lc` words against a reference of `lr` (Papineni et al. 2002; add-one
 * smoothing per order, as Lin & Och 2004), from the clipped 1- to 4-gram matches `m1…m4` and the
 * candidate's 1- to 4-gram counts `t1…t4` (clipped matches are symmetric; the counts are not).
 */
function bleu(m1: number, m2: number, m3: number, m4: number, t1: number, t2: number, t3: number, t4: number, lr: number): number {
  const lc = t1;
  const logp =
    (Math.log((m1 + 1) / (t1 + 1)) + Math.log((m2 + 1) / (t2 + 1)) + Math.log((m3 + 1) / (t3 + 1)) + Math.log((m4 + 1) / (t4 + 1))) / 4;
  const bp = lc >= lr ? 0 : 1 - lr / Math.max(1, lc);
  return Math.exp(logp + bp);
}

/**
 * The evidence features of a pair into `out[at…at + 3]`: Σ `shared` evidence over the distinct keys both
 * passages carry, Σ `unmatched` over the distinct keys only one carries, and the same two sums over
 * distinct key bigrams (`biA`, `biB`: sorted bigram hashes). Exported so that the fitting script can
 * recompute them with held-out tables.
 * @internal
 */
export function evidenceFeatures(
  a: Int32Array,
  b: Int32Array,
  biA: Int32Array,
  biB: Int32Array,
  evidence: Evidence,
  scratch: Scratch,
  out: Float64Array,
  at: number,
): void {
  unigramEvidence(a, b, evidence, scratch, out, at);
  bigramEvidence(biA, biB, evidence, out, at + 2);
}

/**
 * Evidence over distinct bigrams, by a merge of the two sorted hash lists; `ea`, `eb`: each hash's index
 * in `evidence.bigrams` if already looked up.
 */
function bigramEvidence(
  a: Int32Array,
  b: Int32Array,
  evidence: Evidence,
  out: Float64Array,
  at: number,
  ea?: Int32Array,
  eb?: Int32Array,
): void {
  const w = evidence.bigramWeights;
  const map = evidence.bigrams;
  let shared = 0;
  let unmatched = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let h: number;
    let both = false;
    if (j >= b.length) h = a[i] ?? 0;
    else if (i >= a.length) h = b[j] ?? 0;
    else {
      const x = a[i] ?? 0;
      const y = b[j] ?? 0;
      h = x < y ? x : y;
      both = x === y;
    }
    const e =
      ea !== undefined && i < a.length && a[i] === h
        ? (ea[i] ?? -1)
        : eb !== undefined && j < b.length && b[j] === h
          ? (eb[j] ?? -1)
          : map.get(h);
    while (i < a.length && a[i] === h) i++;
    while (j < b.length && b[j] === h) j++;
    if (e < 0) continue;
    if (both) shared += w[2 * e] ?? 0;
    else unmatched += w[2 * e + 1] ?? 0;
  }
  out[at] = shared;
  out[at + 1] = unmatched;
}

function unigramEvidence(a: Int32Array, b: Int32Array, evidence: Evidence, scratch: Scratch, out: Float64Array, at: number): void {
  const c = scratch.counts;
  for (let i = 0; i < a.length; i++) c[a[i] ?? 0]! |= 1;
  for (let i = 0; i < b.length; i++) c[b[i] ?? 0]! |= 2;
  let shared = 0;
  let unmatched = 0;
  for (let i = 0; i < a.length; i++) {
    const k = a[i] ?? 0;
    const v = c[k] ?? 0;
    if (v === 0) continue; // a repeat, already counted
    if (v === 3) shared += evidence.shared[k] ?? 0;
    else unmatched += evidence.unmatched[k] ?? 0;
    c[k] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const k = b[i] ?? 0;
    if ((c[k] ?? 0) === 0) continue;
    unmatched += evidence.unmatched[k] ?? 0;
    c[k] = 0;
  }
  out[at] = shared;
  out[at + 1] = unmatched;
}

/**
 * The features the similarity model weighs, for two prepared views: all symmetric in `a` and `b`, most
 * in [0, 1]. See {@link FEATURE_NAMES} for their order.
 * @internal
 */
export function pairFeatures(
  pa: PreparedView,
  pb: PreparedView,
  idf: Float64Array,
  vocab: Vocabulary,
  scratch: Scratch,
  evidence: Evidence,
): Float64Array {
  scratch.ensure(vocab.size);
  const a = pa.v;
  const b = pb.v;
  const f = new Float64Array(FEATURE_NAMES.length);
  const la = a.count;
  const lb = b.count;
  const ia = pa.idfSum;
  const ib = pb.idfSum;
  const [iw, kn] = intersect(a.keys, b.keys, idf, scratch);
  f[0] = ia + ib === 0 ? 0 : (2 * iw) / (ia + ib);
  f[1] = Math.max(ia, ib) === 0 ? 0 : iw / Math.max(ia, ib);
  f[2] = Math.min(ia, ib) === 0 ? 0 : iw / Math.min(ia, ib);
  f[3] = dice(kn, la, lb);
  const [, sn] = intersect(a.surface, b.surface, idf, scratch);
  f[4] = dice(sn, la, lb);
  const bo = sortedOverlap(pa.bi, pb.bi);
  f[5] = dice(bo, pa.bi.length, pb.bi.length);
  const to = sortedOverlap(pa.tri, pb.tri);
  f[6] = dice(to, pa.tri.length, pb.tri.length);
  const dp = lcsAndEditDistance(a.keys, b.keys, scratch);
  const lcs = Math.floor(dp / 2097152);
  f[7] = dice(lcs, la, lb);
  f[8] = Math.max(la, lb) === 0 ? 0 : lcs / Math.max(la, lb);
  const charsSame = sameChars(a, b);
  f[9] = charsSame ? 1 : a.chars.length < 2 || b.chars.length < 2 ? 0 : ngramDice(a.chars, b.chars, 2);
  const ca = pa.contentIdfSum;
  const cb = pb.contentIdfSum;
  const [cw] = intersect(a.keys, b.keys, idf, scratch, a.stop, b.stop);
  f[10] = ca + cb === 0 ? 0 : (2 * cw) / (ca + cb);
  f[11] = Math.min(3, mismatch(pa.numbers, pb.numbers)) / 3;
  f[12] = Math.min(4, mismatch(pa.names, pb.names)) / 4;
  f[13] = Math.max(la, lb) === 0 ? 0 : Math.min(la, lb) / Math.max(la, lb);
  f[14] = Math.log1p(Math.abs(la - lb));
  f[15] = Math.log1p(Math.max(0, ia + ib - 2 * iw));
  f[16] = pa.negated !== pb.negated ? 1 : 0;
  f[17] = Math.max(pa.bi.length, pb.bi.length) === 0 ? 0 : bo / Math.max(pa.bi.length, pb.bi.length);
  const [, stn] = intersect(pa.stems, pb.stems, idf, scratch);
  f[18] = dice(stn, la, lb);
  const ua = unmatchedContent(a, b, scratch);
  const ub = unmatchedContent(b, a, scratch);
  f[19] = Math.log1p(Math.max(ua, ub));
  f[20] = Math.log1p(Math.min(ua, ub));
  f[21] = Math.log1p(Math.min(la, lb));
  f[22] = charsSame ? 1 : a.chars.length < 3 || b.chars.length < 3 ? 0 : ngramDice(a.chars, b.chars, 3);
  const fo = sortedOverlap(pa.four, pb.four);
  f[23] = dice(fo, pa.four.length, pb.four.length);
  f[24] = pa.numbers.length > 0 && pb.numbers.length > 0 && mismatch(pa.numbers, pb.numbers) > 0 ? 1 : 0;
  // What kind of words each side adds: per POS group, the larger and the smaller count.
  const g = scratch.groups;
  g.fill(0);
  unmatchedByGroup(a, b, scratch.counts, g, 0);
  unmatchedByGroup(b, a, scratch.counts, g, 1);
  for (let k = 0; k < POS_GROUPS.length; k++) {
    const x = g[k * 2] ?? 0;
    const y = g[k * 2 + 1] ?? 0;
    f[25 + k * 2] = Math.log1p(Math.max(x, y));
    f[26 + k * 2] = Math.log1p(Math.min(x, y));
  }
  // Machine-translation measures (Madnani et al. 2012): TER-like edit rate, BLEU both ways, fragmentation.
  f[35] = (dp % 2097152) / Math.max(1, la, lb);
  const ba = bleu(kn, bo, to, fo, la, pa.bi.length, pa.tri.length, pa.four.length, lb);
  const bb = bleu(kn, bo, to, fo, lb, pb.bi.length, pb.tri.length, pb.four.length, la);
  f[36] = (ba + bb) / 2;
  f[37] = Math.min(ba, bb);
  f[38] = (fragmentation(a.keys, b.keys, scratch) + fragmentation(b.keys, a.keys, scratch)) / 2;
  // evidenceFeatures, with each side's bigram lookups kept on its prepared view.
  unigramEvidence(a.keys, b.keys, evidence, scratch, f, EVIDENCE_FEATURE);
  bigramEvidence(pa.bi, pb.bi, evidence, f, EVIDENCE_FEATURE + 2, pa.biEvidence(evidence), pb.biEvidence(evidence));
  // Words one side adds that the other renders by a near-synonym (METEOR's synonym stage, with the
  // quote-cluster stage's small table), and what stays unmatched after them.
  const syn = synonymGroupsFor(vocab);
  const sa = synonymMatched(a, b, syn, scratch.counts);
  const sb = synonymMatched(b, a, syn, scratch.counts);
  f[43] = Math.log1p(sa + sb);
  f[44] = Math.log1p(Math.max(ua - sa, ub - sb));
  // A whole added clause shows as one long run of unmatched words rather than scattered substitutions.
  const ra = unmatchedRuns(a, b, scratch.counts);
  const rb = unmatchedRuns(b, a, scratch.counts);
  f[45] = Math.log1p(Math.max(ra % 1024, rb % 1024));
  f[46] = Math.log1p(Math.max(Math.floor(ra / 1024), Math.floor(rb / 1024)));
  return f;
}

/**
 * A fingerprint of the near-synonym table the synonym features read (FNV-1a over its groups in order).
 * The fitted model records the one it was fitted with, and a test fails when the table has changed
 * since: the table belongs to the quote-cluster stage, and editing it changes these features.
 * @internal
 */
export function synonymTableFingerprint(): string {
  const groups = [...clusterLexicon().synonymGroups.entries()]
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([word, g]) => `${word}:${[...g].sort((p, q) => p - q).join(',')}`)
    .join(';');
  let h = 0x811c9dc5;
  for (let i = 0; i < groups.length; i++) h = Math.imul(h ^ groups.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Near-synonym groups of the keys of a vocabulary: `of[key]` lists the group ids (undefined: none). @internal */
export interface SynonymGroups {
  readonly of: (readonly number[] | undefined)[];
  /** Scratch marks, one per group (all 0 between calls). */
  readonly marks: Uint8Array;
}

const synonymCache = new WeakMap<Vocabulary, { size: number; groups: SynonymGroups }>();

/**
 * Per vocabulary key, its near-synonym groups (the quote-cluster stage's table, read-only), exactly as
 * many as the table has. Cached per vocabulary and grown as it grows.
 * @internal
 */
export function synonymGroupsFor(vocab: Vocabulary): SynonymGroups {
  const hit = synonymCache.get(vocab);
  if (hit !== undefined && hit.size === vocab.size) return hit.groups;
  const lex = clusterLexicon();
  let count = 0;
  for (const g of lex.synonymGroups.values()) for (const x of g) count = Math.max(count, x + 1);
  const of: (readonly number[] | undefined)[] = hit !== undefined ? hit.groups.of : [];
  for (let i = hit?.size ?? 0; i < vocab.size; i++) of[i] = lex.synonymGroups.get(vocab.str(i));
  const groups: SynonymGroups = { of, marks: hit?.groups.marks ?? new Uint8Array(count) };
  synonymCache.set(vocab, { size: vocab.size, groups });
  return groups;
}

/** Non-stop words of `a` whose key `b` lacks but which share a near-synonym group with such a word of `b`. */
function synonymMatched(a: WordView, b: WordView, syn: SynonymGroups, c: Int32Array): number {
  const { of, marks } = syn;
  for (let i = 0; i < a.count; i++) c[a.keys[i] ?? 0] = 1;
  let any = false;
  for (let i = 0; i < b.count; i++) {
    const k = b.keys[i] ?? 0;
    const g = of[k];
    if (g === undefined || b.stop[i] !== 0 || c[k] === 1) continue;
    for (const x of g) marks[x] = 1;
    any = true;
  }
  for (let i = 0; i < a.count; i++) c[a.keys[i] ?? 0] = 0;
  if (!any) return 0;
  for (let i = 0; i < b.count; i++) c[b.keys[i] ?? 0] = 1;
  let n = 0;
  for (let i = 0; i < a.count; i++) {
    const k = a.keys[i] ?? 0;
    const g = of[k];
    if (g === undefined || a.stop[i] !== 0 || c[k] === 1) continue;
    if (g.some((x) => marks[x] === 1)) n++;
  }
  for (let i = 0; i < b.count; i++) c[b.keys[i] ?? 0] = 0;
  for (let i = 0; i < b.count; i++) for (const x of of[b.keys[i] ?? 0] ?? []) marks[x] = 0;
  return n;
}

/**
 * Runs of consecutive words of `a` whose key `b` lacks: the longest run's length (at most 1023) plus
 * 1024 × the number of runs of two words or more.
 */
function unmatchedRuns(a: WordView, b: WordView, c: Int32Array): number {
  for (let i = 0; i < b.count; i++) c[b.keys[i] ?? 0] = 1;
  let longest = 0;
  let runs = 0;
  let run = 0;
  for (let i = 0; i <= a.count; i++) {
    if (i < a.count && c[a.keys[i] ?? 0] !== 1) run++;
    else {
      if (run > longest) longest = run;
      if (run >= 2) runs++;
      run = 0;
    }
  }
  for (let i = 0; i < b.count; i++) c[b.keys[i] ?? 0] = 0;
  return runs * 1024 + Math.min(1023, longest);
}
