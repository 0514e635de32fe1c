import { NarrativeDiffError, describeType } from '../errors.js';
import { checkBoolean, checkNumber } from '../util/checks.js';
import type { QuoteClusterOptions, WordSimilarity } from './types.js';

/** Quote-cluster options with defaults filled in. @internal */
export interface ResolvedQuoteClusterOptions {
  readonly wordSimilarity: WordSimilarity | undefined;
  readonly minLinkScore: number;
  readonly indirect: boolean;
  /**
   * Tests only: score every candidate pair in full, without the speaker, length and word-bound
   * filters that rule pairs out before scoring (they must never change which pairs link).
   */
  readonly scoreEveryCandidate?: boolean;
}

/** The defaults documented on {@link QuoteClusterOptions}. @internal */
export const QUOTE_CLUSTER_DEFAULTS: ResolvedQuoteClusterOptions = {
  wordSimilarity: undefined,
  minLinkScore: 0.5,
  indirect: true,
};

/**
 * Checks quote-cluster options and fills in defaults; the provider is wrapped so that a value outside
 * [0, 1] is reported as misuse, not silently clamped.
 * @internal
 */
export function resolveQuoteClusterOptions(o: QuoteClusterOptions | undefined): ResolvedQuoteClusterOptions {
  const provider: unknown = o?.wordSimilarity;
  if (provider !== undefined && typeof provider !== 'function') {
    throw new NarrativeDiffError(
      'INVALID_OPTION',
      `options.quoteClusters.wordSimilarity must be a function (a: string, b: string) => number, found ${describeType(provider)}`,
    );
  }
  return {
    wordSimilarity: provider === undefined ? undefined : checkedProvider(provider as WordSimilarity),
    minLinkScore: checkNumber('quoteClusters.minLinkScore', o?.minLinkScore, 0, 1) ?? QUOTE_CLUSTER_DEFAULTS.minLinkScore,
    indirect: checkBoolean('quoteClusters.indirect', o?.indirect) ?? QUOTE_CLUSTER_DEFAULTS.indirect,
  };
}

function checkedProvider(f: WordSimilarity): WordSimilarity {
  return (a, b) => {
    const v: unknown = f(a, b);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) {
      const found = typeof v === 'number' ? String(v) : describeType(v);
      throw new NarrativeDiffError(
        'INVALID_OPTION',
        `options.quoteClusters.wordSimilarity must return a number from 0 to 1, found ${found} for (${JSON.stringify(a)}, ${JSON.stringify(b)})`,
      );
    }
    return v;
  };
}
