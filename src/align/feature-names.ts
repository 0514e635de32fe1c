/**
 * The features of a sentence pair the similarity model weighs, in the order the feature vector holds
 * them and the fitted model (`data/similarity-model.json`: `features`, `mean`, `scale`, `terms`) lists
 * them. This list is the one place that order is declared; {@link Feature} names each position, and the
 * model loader refuses a model fitted on another list. Adding a feature means refitting the model.
 * @internal
 */
export const FEATURE_NAMES = [
  'idfDice', // IDF-weighted Dice of the keys
  'idfMin', // shared IDF weight over the heavier side's
  'idfMax', // shared IDF weight over the lighter side's
  'keyDice', // Dice of the keys (lemmas)
  'surfaceDice', // Dice of the surface forms
  'bigramDice', // Dice of the key bigrams
  'trigramDice', // Dice of the key trigrams
  'lcsDice', // word LCS, as Dice over the two lengths
  'lcsMin', // word LCS over the longer length
  'charDice', // character-bigram Dice (string-similarity's measure)
  'contentDice', // IDF-weighted Dice of the non-stop keys
  'numberMismatch', // numbers only one side has (capped at 3, scaled to 1)
  'properMismatch', // proper nouns only one side has (capped at 4, scaled to 1)
  'lengthRatio', // shorter length over longer
  'logLengthDiff', // log(1 + length difference)
  'unmatchedIdf', // log(1 + IDF weight left unmatched)
  'negationMismatch', // 1 when only one side is negated
  'bigramMin', // shared key bigrams over the larger count
  'stemDice', // Dice of the crude stems
  'unmatchedContentMax', // log(1 + non-stop words the wordier side adds)
  'unmatchedContentMin', // the same for the other side
  'logMinLength', // log(1 + shorter length)
  'charTrigramDice', // character-trigram Dice
  'fourgramDice', // Dice of the key 4-grams
  'numberConflict', // 1 when both sides have numbers and they differ
  'unmatchedNounMax', // log(1 + unmatched nouns), larger side
  'unmatchedNounMin', // … smaller side
  'unmatchedPropnMax', // proper nouns
  'unmatchedPropnMin',
  'unmatchedVerbMax', // verbs
  'unmatchedVerbMin',
  'unmatchedModifierMax', // adjectives and adverbs
  'unmatchedModifierMin',
  'unmatchedNumMax', // numerals
  'unmatchedNumMin',
  'editRate', // word-level Levenshtein distance over the longer length (TER-like)
  'bleuMean', // smoothed BLEU-4, mean of both directions
  'bleuMin', // … the lower direction
  'fragmentation', // METEOR's chunks per matched word, mean of both directions
  'sharedEvidence', // Σ evidence of the keys both sides carry
  'unmatchedEvidence', // Σ evidence of the keys only one side carries
  'sharedBigramEvidence', // the same over key bigrams
  'unmatchedBigramEvidence',
  'synonymMatches', // log(1 + words matched only through a near-synonym)
  'unmatchedContentSynMax', // log(1 + non-stop words left unmatched after near-synonyms), larger side
  'longestUnmatchedRun', // log(1 + longest run of words one side adds)
  'unmatchedRuns', // log(1 + runs of two or more such words), larger side
] as const;

/** The name of one feature. @internal */
export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * The position of each feature in a feature vector, by name: `f[Feature.lcsDice]`.
 * @internal
 */
export const Feature = Object.freeze(Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, i]))) as {
  readonly [K in FeatureName]: number;
};

/** Number of features in a feature vector. @internal */
export const FEATURE_COUNT = FEATURE_NAMES.length;

/**
 * Checks that a fitted model lists the features by the same names in the same order as
 * {@link FEATURE_NAMES}, since its numbers are stored by position.
 *
 * @param names - the model's `features`
 * @param source - where the model comes from, for the message
 * @throws Error naming the first position that differs
 * @internal
 */
export function checkFeatureNames(names: readonly string[], source: string): void {
  const n = Math.max(names.length, FEATURE_COUNT);
  for (let i = 0; i < n; i++) {
    if (names[i] !== FEATURE_NAMES[i]) {
      throw new Error(
        `narrative-diff: ${source} lists feature ${i} as ${JSON.stringify(names[i])}, the code computes ${JSON.stringify(FEATURE_NAMES[i])}; refit it`,
      );
    }
  }
}
