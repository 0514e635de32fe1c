import { tokenText, type Corpus } from '../document/model.js';
import { americanSpelling, foldCharacters } from '../document/normalize.js';
import { nearSynonyms, type ClusterLexicon } from '../lexicon/cluster-words.js';
import type { WordSimilarity } from './types.js';
import type { QuoteView } from './views.js';

/** A sequence of weighted word tokens of one document: a quote, or a sentence reported in indirect speech. @internal */
export interface WordSeq {
  readonly doc: QuoteView['doc'];
  readonly toks: ArrayLike<number>;
  readonly keys: ArrayLike<number>;
  readonly weights: ArrayLike<number>;
  readonly stop: ArrayLike<boolean>;
  readonly total: number;
}

/** One word of A matched to one word of B. @internal */
export interface WordMatch {
  /** Position in A's `toks`. */
  readonly i: number;
  /** Position in B's `toks`. */
  readonly j: number;
  /** 1 for the same lemma, less for near-synonyms. */
  readonly sim: number;
  /** Whether the lemmas are the same. */
  readonly exact: boolean;
}

/**
 * Matches of one pair of word sequences in scratch buffers, sorted by position in A: filled by
 * {@link WordMatcher.matchInto}, valid until its next call. Pair scoring reads them without building an
 * object per match.
 * @internal
 */
export interface MatchBuffer {
  /** Number of matches. */
  count: number;
  /** Positions in A's `toks`. */
  i: Int32Array;
  /** Positions in B's `toks`. */
  j: Int32Array;
  /** Similarities. */
  sim: Float64Array;
}

/** A candidate match while the greedy one-to-one matching runs. */
interface Cand {
  i: number;
  j: number;
  sim: number;
  d: number;
}

const byGreedyOrder = (x: Cand, y: Cand): number => y.sim - x.sim || x.d - y.d || x.i - y.i || x.j - y.j;

/** Matches candidates best first, each word of either side at most once: `jOf[i]` and `simOf[i]` record the match of `i`. */
function takeGreedily(cands: Cand[], usedA: Uint8Array, usedB: Uint8Array, jOf: Int32Array, simOf: Float64Array): void {
  cands.sort(byGreedyOrder);
  for (const c of cands) {
    if (usedA[c.i] !== 0 || usedB[c.j] !== 0) continue;
    usedA[c.i] = 1;
    usedB[c.j] = 1;
    jOf[c.i] = c.j;
    simOf[c.i] = c.sim;
  }
}

/** What {@link WordMatcher} reads of one sequence, computed once per sequence. */
interface Prepared {
  /** Positions sorted by key, then position. */
  readonly order: Int32Array;
  /** Keys in that order. */
  readonly sortedKeys: Int32Array;
  /**
   * For each position, the index of its key among the keys of the near-synonym table (a content word
   * the table holds), or -1: only those can match a different word without a provider.
   */
  readonly syn: Int32Array;
}

/**
 * Decides how similar two words are: same lemma, near-synonyms (table), or the user's provider. Results
 * for key pairs are memoized, and the provider is asked with the pair in sorted order so that it cannot
 * make the score asymmetric.
 * @internal
 */
export class WordMatcher {
  /** The provider's similarities by the pair of surface ids (lower id first). */
  private readonly providerMemo = new Map<number, Map<number, number>>();
  /** Vocabulary id of each key of the near-synonym table → its index (0…G-1): most words have none. */
  private readonly groupIndex: ReadonlyMap<number, number>;
  /** Similarity of two table keys by their indices (G × G), -1 until first asked. */
  private readonly groupSims: Float64Array;
  private readonly prepared = new WeakMap<WordSeq, Prepared>();
  private readonly mates = new Map<number, readonly number[]>();
  /** The buffer {@link matchInto} fills. */
  readonly buffer: MatchBuffer = { count: 0, i: new Int32Array(64), j: new Int32Array(64), sim: new Float64Array(64) };
  private usedA = new Uint8Array(64);
  private usedB = new Uint8Array(64);
  /** For each position of A, the position of B it matched and the similarity. */
  private jOf = new Int32Array(64);
  private simOf = new Float64Array(64);
  /** For each position of A, whether B has its key at all (matched or not). */
  private keyInB = new Uint8Array(64);

  constructor(
    readonly corpus: Corpus,
    private readonly lex: ClusterLexicon,
    private readonly provider: WordSimilarity | undefined,
  ) {
    const ids = new Map<number, number>();
    for (const key of lex.synonymGroups.keys()) {
      const id = corpus.vocab.lookup(key);
      if (id !== -1 && !ids.has(id)) ids.set(id, ids.size);
    }
    this.groupIndex = ids;
    this.groupSims = new Float64Array(ids.size * ids.size).fill(-1);
  }

  /**
   * Vocabulary ids of the keys that share a near-synonym group with `key` (itself left out).
   * @param key - a vocabulary id
   * @returns the ids of its near-synonyms the corpus has
   */
  nearSynonymKeys(key: number): readonly number[] {
    let mates = this.mates.get(key);
    if (mates === undefined) {
      const groups = this.lex.synonymGroups.get(this.corpus.vocab.str(key)) ?? [];
      if (groups.length === 0) return [];
      const ids = new Set<number>();
      for (const [word, gs] of this.lex.synonymGroups) {
        if (!gs.some((g) => groups.includes(g))) continue;
        const id = this.corpus.vocab.lookup(word);
        if (id !== -1 && id !== key) ids.add(id);
      }
      mates = [...ids];
      this.mates.set(key, mates);
    }
    return mates;
  }

  /** Whether a word-similarity provider may match any two words (otherwise only the table can). */
  get hasProvider(): boolean {
    return this.provider !== undefined;
  }

  /**
   * Similarity of word `ia` of `a` and word `ib` of `b` (positions in their `toks`).
   * @param a - one sequence
   * @param ia - a position in it
   * @param b - another sequence
   * @param ib - a position in it
   * @returns 1 for the same key, the table's or the provider's similarity for different words, else 0
   */
  sim(a: WordSeq, ia: number, b: WordSeq, ib: number): number {
    const ka = a.keys[ia] ?? -1;
    const kb = b.keys[ib] ?? -2;
    if (ka === kb) return 1;
    if (a.stop[ia] === true || b.stop[ib] === true) return 0;
    const ga = this.groupIndex.get(ka);
    const gb = this.groupIndex.get(kb);
    if (ga !== undefined && gb !== undefined) return this.tableSim(ga, gb, ka, kb, a, ia, b, ib);
    // Without a provider only the table can match two different words.
    if (this.provider === undefined) return 0;
    return this.providerSim(a, ia, b, ib);
  }

  /**
   * {@link sim} of every word of A with every word of B, into `out[i·|B| + j]`, asked in that order: the
   * table indices come from the sequences' prepared arrays instead of a map lookup per pair of words.
   * @param a - one sequence
   * @param b - another
   * @param out - receives |A|·|B| similarities
   */
  simMatrix(a: WordSeq, b: WordSeq, out: Float64Array): void {
    const pa = this.prepare(a);
    const pb = this.prepare(b);
    const n = a.keys.length;
    const m = b.keys.length;
    const provider = this.provider !== undefined;
    for (let i = 0; i < n; i++) {
      const ka = a.keys[i] ?? -1;
      const stopA = a.stop[i] === true;
      const ga = pa.syn[i] as number;
      for (let j = 0; j < m; j++) {
        const kb = b.keys[j] ?? -2;
        let v = 0;
        if (ka === kb) v = 1;
        else if (!stopA && b.stop[j] !== true) {
          // A word outside the table has index -1 (prepare), like a stop word.
          const gb = pb.syn[j] as number;
          if (ga >= 0 && gb >= 0) v = this.tableSim(ga, gb, ka, kb, a, i, b, j);
          else if (provider) v = this.providerSim(a, i, b, j);
        }
        out[i * m + j] = v;
      }
    }
  }

  /** Similarity of two words the table holds (by their indices in it), memoized in a dense table. */
  private tableSim(ga: number, gb: number, ka: number, kb: number, a: WordSeq, ia: number, b: WordSeq, ib: number): number {
    const cell = ga * this.groupIndex.size + gb;
    const known = this.groupSims[cell] ?? -1;
    if (known >= 0) return known;
    const v = nearSynonyms(this.lex, this.corpus.vocab.str(ka), this.corpus.vocab.str(kb))
      ? this.lex.params.match.nearSynonym
      : this.provider === undefined
        ? 0
        : this.providerSim(a, ia, b, ib);
    this.groupSims[cell] = v;
    this.groupSims[gb * this.groupIndex.size + ga] = v;
    return v;
  }

  /**
   * The provider's similarity of two different words, memoized by the pair of their surface forms (folded,
   * lower case, American spelling). The provider is asked with exactly those forms, so the memo holds a
   * function of its key: which copy of a word happens to be compared first cannot change the answer.
   */
  private providerSim(a: WordSeq, ia: number, b: WordSeq, ib: number): number {
    const ta = a.toks[ia] ?? 0;
    const tb = b.toks[ib] ?? 0;
    const sa = a.doc.tokens.surface[ta] ?? -1;
    const sb = b.doc.tokens.surface[tb] ?? -1;
    const [lo, hi] = sa <= sb ? [sa, sb] : [sb, sa];
    let row = this.providerMemo.get(lo);
    if (row === undefined) this.providerMemo.set(lo, (row = new Map()));
    const known = row.get(hi);
    if (known !== undefined) return known;
    const p = this.lex.params.match;
    let v = 0;
    const wa = americanSpelling(foldCharacters(tokenText(a.doc, ta)).toLowerCase());
    const wb = americanSpelling(foldCharacters(tokenText(b.doc, tb)).toLowerCase());
    if (this.provider !== undefined && /^\p{L}{3,}$/u.test(wa) && /^\p{L}{3,}$/u.test(wb)) {
      const [x, y] = wa <= wb ? [wa, wb] : [wb, wa];
      const s = this.provider(x, y);
      if (s >= p.minProviderSimilarity) v = s * p.provider;
    }
    row.set(hi, v);
    return v;
  }

  /**
   * Matches the words of A to words of B one to one, best first: higher similarity, then closer
   * relative position (so that a repeated word pairs with its counterpart), then text order.
   * @param a - one sequence
   * @param b - another
   * @returns the matches, by position in A
   */
  match(a: WordSeq, b: WordSeq): WordMatch[] {
    const buf = this.matchInto(a, b);
    const out: WordMatch[] = [];
    for (let k = 0; k < buf.count; k++) {
      const i = buf.i[k] ?? 0;
      const j = buf.j[k] ?? 0;
      const sim = buf.sim[k] ?? 0;
      out.push({ i, j, sim, exact: sim === 1 && a.keys[i] === b.keys[j] });
    }
    return out;
  }

  /**
   * The matching of {@link match}, written to {@link buffer} (sorted by position in A) instead of new
   * objects. The same words (similarity 1, above any near-synonym or provider score) always come first
   * in the greedy order and a position has one key, so they are matched key by key, through positions
   * sorted by key; only the few pairs of different words that may match (near-synonyms, or any pair
   * with a provider) are sorted together.
   * @param a - one sequence
   * @param b - another
   * @returns the buffer, valid until the next call
   */
  matchInto(a: WordSeq, b: WordSeq): MatchBuffer {
    const na = a.toks.length;
    const nb = b.toks.length;
    this.reserve(na, nb);
    const { usedA, usedB, jOf, simOf, keyInB } = this;
    usedA.fill(0, 0, na);
    usedB.fill(0, 0, nb);
    keyInB.fill(0, 0, na);
    const fa = Math.max(1, na);
    const fb = Math.max(1, nb);
    // The same key on both sides: similarity 1.
    const pa = this.prepare(a);
    const pb = this.prepare(b);
    const oa = pa.order;
    const ob = pb.order;
    const ka = pa.sortedKeys;
    const kb = pb.sortedKeys;
    let p = 0;
    let q = 0;
    while (p < na && q < nb) {
      const x = ka[p] as number;
      const y = kb[q] as number;
      if (x < y) p++;
      else if (x > y) q++;
      else {
        let p2 = p + 1;
        while (p2 < na && ka[p2] === x) p2++;
        let q2 = q + 1;
        while (q2 < nb && kb[q2] === x) q2++;
        for (let u = p; u < p2; u++) keyInB[oa[u] as number] = 1;
        if (p2 - p === 1 && q2 - q === 1) {
          const i = oa[p] as number;
          const j = ob[q] as number;
          usedA[i] = 1;
          usedB[j] = 1;
          jOf[i] = j;
          simOf[i] = 1;
        } else {
          // A word repeated on either side: the closest pairs first (then text order).
          const cands: Cand[] = [];
          for (let u = p; u < p2; u++) {
            const i = oa[u] as number;
            for (let v = q; v < q2; v++) {
              const j = ob[v] as number;
              cands.push({ i, j, sim: 1, d: Math.abs(i / fa - j / fb) });
            }
          }
          takeGreedily(cands, usedA, usedB, jOf, simOf);
        }
        p = p2;
        q = q2;
      }
    }
    // Different words: near-synonyms from the table (only words it holds), or any pair with a provider.
    const provider = this.provider !== undefined;
    let open: number[] | undefined;
    for (let j = 0; j < nb; j++) {
      if (usedB[j] === 0 && b.stop[j] !== true && (provider || (pb.syn[j] as number) >= 0)) (open ??= []).push(j);
    }
    if (open !== undefined) {
      const others: Cand[] = [];
      for (let i = 0; i < na; i++) {
        if (usedA[i] !== 0 || a.stop[i] === true) continue;
        const gi = pa.syn[i] as number;
        if (!provider && gi < 0) continue;
        const k = a.keys[i];
        for (const j of open) {
          if (b.keys[j] === k) continue;
          const gj = pb.syn[j] as number;
          const sim =
            gi >= 0 && gj >= 0 ? this.tableSim(gi, gj, k ?? -1, b.keys[j] ?? -1, a, i, b, j) : provider ? this.providerSim(a, i, b, j) : 0;
          if (sim > 0) others.push({ i, j, sim, d: Math.abs(i / fa - j / fb) });
        }
      }
      takeGreedily(others, usedA, usedB, jOf, simOf);
    }
    const buf = this.buffer;
    let count = 0;
    for (let i = 0; i < na; i++) {
      if (usedA[i] === 0) continue;
      buf.i[count] = i;
      buf.j[count] = jOf[i] as number;
      buf.sim[count] = simOf[i] as number;
      count++;
    }
    buf.count = count;
    return buf;
  }

  /**
   * After {@link matchInto}: the longest stretch of consecutive words of A whose keys B holds, which
   * bounds the longest run of words the two share.
   * @param na - the number of words of A
   * @returns the length of the longest stretch
   */
  longestSharedStretch(na: number): number {
    let best = 0;
    let cur = 0;
    for (let i = 0; i < na; i++) {
      cur = this.keyInB[i] === 1 ? cur + 1 : 0;
      if (cur > best) best = cur;
    }
    return best;
  }

  /** Grows the scratch arrays for sequences of `na` and `nb` words. */
  private reserve(na: number, nb: number): void {
    const buf = this.buffer;
    const n = Math.min(na, nb);
    if (buf.i.length < n) {
      const size = Math.max(n, buf.i.length * 2);
      buf.i = new Int32Array(size);
      buf.j = new Int32Array(size);
      buf.sim = new Float64Array(size);
    }
    if (this.usedA.length < na) {
      const size = Math.max(na, this.usedA.length * 2);
      this.usedA = new Uint8Array(size);
      this.keyInB = new Uint8Array(size);
      this.jOf = new Int32Array(size);
      this.simOf = new Float64Array(size);
    }
    if (this.usedB.length < nb) this.usedB = new Uint8Array(Math.max(nb, this.usedB.length * 2));
  }

  /** The sequence's positions sorted by key and its table indices (computed once per sequence). */
  private prepare(s: WordSeq): Prepared {
    let prep = this.prepared.get(s);
    if (prep === undefined) {
      const n = s.keys.length;
      const order = new Int32Array(n);
      const sortedKeys = new Int32Array(n);
      // Positions by key, ties by position.
      const idx = Array.from({ length: n }, (_, t) => t);
      idx.sort((x, y) => (s.keys[x] ?? -1) - (s.keys[y] ?? -1) || x - y);
      idx.forEach((t, i) => {
        order[i] = t;
        sortedKeys[i] = s.keys[t] ?? -1;
      });
      const syn = new Int32Array(n);
      for (let t = 0; t < n; t++) syn[t] = s.stop[t] === true ? -1 : (this.groupIndex.get(s.keys[t] ?? -1) ?? -1);
      prep = { order, sortedKeys, syn };
      this.prepared.set(s, prep);
    }
    return prep;
  }
}
