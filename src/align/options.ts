import { checkBoolean, checkNumber } from '../util/checks.js';
import type { AlignOptions } from './types.js';

/** Align options with every default filled in. @internal */
export type ResolvedAlignOptions = Required<AlignOptions>;

/** The defaults documented on {@link AlignOptions}. @internal */
export const ALIGN_DEFAULTS: ResolvedAlignOptions = {
  minPassageWords: 8,
  minSimilarity: 0.5,
  paraphrases: true,
  maxSeedDocumentFrequency: 0.8,
};

/**
 * Checks align options and fills in defaults.
 * @internal
 */
export function resolveAlignOptions(o: AlignOptions | undefined): ResolvedAlignOptions {
  return {
    minPassageWords: checkNumber('align.minPassageWords', o?.minPassageWords, 1, 10_000, true) ?? ALIGN_DEFAULTS.minPassageWords,
    minSimilarity: checkNumber('align.minSimilarity', o?.minSimilarity, 0, 1) ?? ALIGN_DEFAULTS.minSimilarity,
    paraphrases: checkBoolean('align.paraphrases', o?.paraphrases) ?? ALIGN_DEFAULTS.paraphrases,
    maxSeedDocumentFrequency:
      checkNumber('align.maxSeedDocumentFrequency', o?.maxSeedDocumentFrequency, Number.MIN_VALUE, 1) ??
      ALIGN_DEFAULTS.maxSeedDocumentFrequency,
  };
}
