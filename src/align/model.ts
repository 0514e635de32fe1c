import type { Vocabulary } from '../document/model.js';
import fitted from './data/similarity-model.json' with { type: 'json' };
import { bigramHash, type BigramWeights, type Evidence } from './evidence.js';
import { checkFeatureNames } from './feature-names.js';

/**
 * A fitted logistic model over pair features: `p = σ(bias + Σ w·term)`, where each term is one
 * standardized feature or the product of two. The decision threshold is folded into `bias`, so a pair
 * is related when `p ≥ 0.5`.
 * @internal
 */
export interface SimilarityModel {
  /** The features the numbers below are stored by, in order: must equal `FEATURE_NAMES` (checked at load). */
  readonly features: readonly string[];
  /** Per feature position, its mean over the training pairs. */
  readonly mean: readonly number[];
  /** Per feature position, its standard deviation over the training pairs. */
  readonly scale: readonly number[];
  /** Each term: positions of the features multiplied (one or two). */
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

// The model's numbers are stored by feature position: refuse weights fitted on features in another order.
checkFeatureNames(MODEL.features, 'src/align/data/similarity-model.json');

/** `table[key]` if the table itself has that key (JSON tables are plain objects with a prototype). */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * IDF of every key of a vocabulary, from a model's table.
 *
 * @param vocab - the corpus's vocabulary
 * @param model - the model (default: the shipped one)
 * @returns IDF per key id
 * @internal
 */
export function modelIdf(vocab: Vocabulary, model: SimilarityModel = MODEL): Float64Array {
  const idf = new Float64Array(vocab.size);
  // Own properties only: a word such as "constructor" must not find Object.prototype's.
  for (let i = 0; i < vocab.size; i++) idf[i] = own(model.idf, vocab.str(i)) ?? model.defaultIdf;
  return idf;
}

/** A model's bigram evidence by first word: second word and weights of each entry. */
type BigramsByFirst = ReadonlyMap<string, readonly { readonly second: string; readonly weights: BigramWeights }[]>;

/** Splits a model's bigram evidence (`"first second"` keys) by first word. */
function bigramsByFirst(model: SimilarityModel): BigramsByFirst {
  const byFirst = new Map<string, { second: string; weights: BigramWeights }[]>();
  for (const [k, w] of Object.entries(model.bigramEvidence)) {
    const cut = k.indexOf(' ');
    const first = k.slice(0, cut);
    let list = byFirst.get(first);
    if (list === undefined) byFirst.set(first, (list = []));
    list.push({ second: k.slice(cut + 1), weights: { shared: w[0] ?? 0, unmatched: w[1] ?? 0 } });
  }
  return byFirst;
}

/** The shipped model's bigram evidence by first word, split once per process. */
const SHIPPED_BIGRAMS = bigramsByFirst(MODEL);

/**
 * A model's word and bigram evidence for the keys of a vocabulary.
 *
 * @param vocab - the corpus's vocabulary
 * @param model - the model (default: the shipped one)
 * @returns the evidence tables, by key id and by key-bigram hash
 * @internal
 */
export function modelEvidence(vocab: Vocabulary, model: SimilarityModel = MODEL): Evidence {
  const shared = new Float64Array(vocab.size);
  const unmatched = new Float64Array(vocab.size);
  for (let i = 0; i < vocab.size; i++) {
    const e = own(model.evidence, vocab.str(i));
    if (e === undefined) continue;
    shared[i] = e[0] ?? 0;
    unmatched[i] = e[1] ?? 0;
  }
  // Walk the vocabulary rather than the table: similarity() scores two sentences with a vocabulary of a
  // few dozen keys, for which the table's thousands of entries would cost more than the comparison.
  const byFirst = model === MODEL ? SHIPPED_BIGRAMS : bigramsByFirst(model);
  const bigrams = new Map<number, BigramWeights>();
  for (let x = 0; x < vocab.size; x++) {
    for (const e of byFirst.get(vocab.str(x)) ?? []) {
      const y = vocab.lookup(e.second);
      if (y >= 0) bigrams.set(bigramHash(x, y), e.weights);
    }
  }
  return { shared, unmatched, bigrams };
}

/**
 * Probability that two passages say the same thing, from their features.
 *
 * @param f - the feature vector (see `FEATURE_NAMES`)
 * @param model - the model (default: the shipped one)
 * @returns the probability
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
