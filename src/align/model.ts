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
const bigramLists = new WeakMap<SimilarityModel, { first: string[]; second: string[]; weights: Float64Array }>();

/** A model's bigram evidence as parallel lists, split once per model. */
function bigramList(model: SimilarityModel): { first: string[]; second: string[]; weights: Float64Array } {
  let hit = bigramLists.get(model);
  if (hit === undefined) {
    const entries = Object.entries(model.bigramEvidence);
    hit = { first: [], second: [], weights: new Float64Array(entries.length * 2) };
    entries.forEach(([k, w], i) => {
      const cut = k.indexOf(' ');
      hit!.first.push(k.slice(0, cut));
      hit!.second.push(k.slice(cut + 1));
      hit!.weights[2 * i] = w[0] ?? 0;
      hit!.weights[2 * i + 1] = w[1] ?? 0;
    });
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
  const list = bigramList(model);
  const bigrams = new BigramTable(list.first.length);
  for (let i = 0; i < list.first.length; i++) {
    const x = vocab.lookup(list.first[i] ?? '');
    const y = x < 0 ? -1 : vocab.lookup(list.second[i] ?? '');
    if (y >= 0) bigrams.set(bigramHash(x, y), i);
  }
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
