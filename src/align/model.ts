import type { Vocabulary } from '../document/model.js';
import fitted from './data/similarity-model.json' with { type: 'json' };
import { BigramTable, bigramHash, FEATURE_NAMES, type Evidence } from './features.js';

/**
 * A fitted logistic model over pair features: `p = σ(bias + Σ w·term)`, where each term is one
 * standardized feature or the product of two. The decision threshold is folded into `bias`, so a pair
 * is related when `p ≥ 0.5`.
 * @internal
 */
export interface SimilarityModel {
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  /** Each term: indices of the features multiplied (one or two). */
  readonly terms: readonly (readonly number[])[];
  readonly weights: readonly number[];
  readonly bias: number;
  /** Inverse document frequency of match keys; keys not listed get `defaultIdf`. */
  readonly idf: Readonly<Record<string, number>>;
  readonly defaultIdf: number;
  /**
   * Per match key, `[shared, unmatched]` evidence (see `Evidence`); keys not listed carry none. Keys in
   * fewer than `evidenceMinPairs` training pairs are left out, and every ratio is shrunk toward the
   * corpus-wide rate by `evidenceSmoothing` pseudo-pairs.
   */
  readonly evidence: Readonly<Record<string, readonly number[]>>;
  /** The same for key bigrams, keyed `"first second"`. */
  readonly bigramEvidence: Readonly<Record<string, readonly number[]>>;
  readonly evidenceSmoothing: number;
  readonly evidenceMinPairs: number;
  /** The near-synonym table the model was fitted with (see `synonymTableFingerprint`). */
  readonly nearSynonymsFingerprint?: string;
  /** Word-LCS Dice at and above which a related pair is an edited copy rather than a paraphrase. */
  readonly editedLcs: number;
  /** Share of the shorter passage's words found in order in the longer from which it is a trimmed copy. */
  readonly copyContainment: number;
  /** Shortest passage, in words, the trimmed-copy rule applies to. */
  readonly copyMinWords: number;
}

/** The model shipped in `data/similarity-model.json`. @internal */
export const MODEL: SimilarityModel = fitted;

if (fitted.features.join() !== FEATURE_NAMES.join()) {
  // Guards against shipping weights fitted on features in another order.
  throw new Error('narrative-diff: src/align/data/similarity-model.json does not match the feature list; refit it');
}

/** `table[key]` if the table itself has that key (JSON tables are plain objects with a prototype). */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

const idfCache = new WeakMap<Vocabulary, { size: number; idf: Float64Array; model: SimilarityModel }>();

/**
 * IDF of every key of a vocabulary, from the model's table; cached per vocabulary and grown as it grows.
 * @internal
 */
export function idfFor(vocab: Vocabulary, model: SimilarityModel = MODEL): Float64Array {
  const hit = idfCache.get(vocab);
  if (hit !== undefined && hit.size === vocab.size && hit.model === model) return hit.idf;
  const idf = new Float64Array(vocab.size);
  const start = hit !== undefined && hit.model === model ? hit.size : 0;
  if (start > 0) idf.set(hit!.idf);
  // Own properties only: a word such as "constructor" must not find Object.prototype's.
  for (let i = start; i < vocab.size; i++) idf[i] = own(model.idf, vocab.str(i)) ?? model.defaultIdf;
  idfCache.set(vocab, { size: vocab.size, idf, model });
  return idf;
}

const evidenceCache = new WeakMap<Vocabulary, { size: number; evidence: Evidence; model: SimilarityModel }>();
interface BigramList {
  /** First word → indices of the entries that start with it. */
  readonly byFirst: ReadonlyMap<string, readonly number[]>;
  readonly second: readonly string[];
  readonly weights: Float64Array;
}
const bigramLists = new WeakMap<SimilarityModel, BigramList>();

/** A model's bigram evidence indexed by first word, split once per model. */
function bigramList(model: SimilarityModel): BigramList {
  let hit = bigramLists.get(model);
  if (hit === undefined) {
    const entries = Object.entries(model.bigramEvidence);
    const byFirst = new Map<string, number[]>();
    const second: string[] = [];
    const weights = new Float64Array(entries.length * 2);
    entries.forEach(([k, w], i) => {
      const cut = k.indexOf(' ');
      const first = k.slice(0, cut);
      let list = byFirst.get(first);
      if (list === undefined) byFirst.set(first, (list = []));
      list.push(i);
      second.push(k.slice(cut + 1));
      weights[2 * i] = w[0] ?? 0;
      weights[2 * i + 1] = w[1] ?? 0;
    });
    hit = { byFirst, second, weights };
    bigramLists.set(model, hit);
  }
  return hit;
}

/**
 * The model's word and bigram evidence for the keys of a vocabulary; cached per vocabulary and redone
 * when it grows (in the pipeline it is complete before any scoring starts).
 * @internal
 */
export function evidenceFor(vocab: Vocabulary, model: SimilarityModel = MODEL): Evidence {
  const hit = evidenceCache.get(vocab);
  if (hit !== undefined && hit.size === vocab.size && hit.model === model) return hit.evidence;
  const shared = new Float64Array(vocab.size);
  const unmatched = new Float64Array(vocab.size);
  const start = hit !== undefined && hit.model === model ? hit.size : 0;
  if (start > 0) {
    shared.set(hit!.evidence.shared);
    unmatched.set(hit!.evidence.unmatched);
  }
  for (let i = start; i < vocab.size; i++) {
    const e = own(model.evidence, vocab.str(i));
    if (e === undefined) continue;
    shared[i] = e[0] ?? 0;
    unmatched[i] = e[1] ?? 0;
  }
  // Walk the vocabulary rather than the table: similarity() scores two sentences with a vocabulary of a
  // few dozen keys, for which the table's thousands of entries would cost more than the comparison.
  const list = bigramList(model);
  const hashes: number[] = [];
  const entries: number[] = [];
  for (let x = 0; x < vocab.size; x++) {
    const starting = list.byFirst.get(vocab.str(x));
    if (starting === undefined) continue;
    for (const e of starting) {
      const y = vocab.lookup(list.second[e] ?? '');
      if (y < 0) continue;
      hashes.push(bigramHash(x, y));
      entries.push(e);
    }
  }
  const bigrams = new BigramTable(hashes.length);
  hashes.forEach((h, i) => bigrams.set(h, entries[i] ?? 0));
  const evidence = { shared, unmatched, bigrams, bigramWeights: list.weights };
  evidenceCache.set(vocab, { size: vocab.size, evidence, model });
  return evidence;
}

/**
 * Probability that two passages say the same thing, from their features.
 * @internal
 */
export function predict(f: Float64Array, model: SimilarityModel = MODEL): number {
  let z = model.bias;
  const { terms, mean, scale, weights } = model;
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k] ?? [];
    let v = 1;
    for (let m = 0; m < t.length; m++) {
      const i = t[m] ?? 0;
      v *= ((f[i] ?? 0) - (mean[i] ?? 0)) / (scale[i] || 1);
    }
    z += (weights[k] ?? 0) * v;
  }
  return 1 / (1 + Math.exp(-z));
}
