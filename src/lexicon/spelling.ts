import data from './data/spelling-variants.json' with { type: 'json' };

/** A suffix rewritten from British to American spelling ("isation" → "ization"). @internal */
export interface SuffixRule {
  readonly from: string;
  readonly to: string;
  /** Words shorter than this keep the suffix. */
  readonly minLength: number;
  /** Words that keep the suffix whatever their length. */
  readonly except: readonly string[];
}

/**
 * British/American spelling variants (`data/spelling-variants.json`), for matching only: whole-word
 * `pairs` (British → American) and `suffixRules`. Read by the document stage's normalization.
 * @internal
 */
export const SPELLING_VARIANTS: { readonly pairs: Readonly<Record<string, string>>; readonly suffixRules: readonly SuffixRule[] } = data;
