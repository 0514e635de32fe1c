import type { Vocabulary } from '../document/model.js';
import fitted from './data/similarity-model.json' with { type: 'json' };
import { FEATURE_NAMES } from './features.js';

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
  for (let i = start; i < vocab.size; i++) idf[i] = model.idf[vocab.str(i)] ?? model.defaultIdf;
  idfCache.set(vocab, { size: vocab.size, idf, model });
  return idf;
}

/**
 * Probability that two passages say the same thing, from their features.
 * @internal
 */
export function predict(f: Float64Array, model: SimilarityModel = MODEL): number {
  let z = model.bias;
  const z0 = new Float64Array(f.length);
  for (let i = 0; i < f.length; i++) z0[i] = ((f[i] ?? 0) - (model.mean[i] ?? 0)) / (model.scale[i] || 1);
  model.terms.forEach((t, k) => {
    let v = 1;
    for (const i of t) v *= z0[i] ?? 0;
    z += (model.weights[k] ?? 0) * v;
  });
  return 1 / (1 + Math.exp(-z));
}
