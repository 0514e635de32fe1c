import { describeType, NarrativeDiffError } from '../errors.js';
import { checkBoolean, checkNumber } from '../util/checks.js';
import { validateLexicon } from './lexicon.js';
import type { LexiconEntry } from './types.js';

/** Framing options with every default filled in. @internal */
export interface ResolvedFramingOptions {
  readonly lexicon: readonly LexiconEntry[];
  readonly replaceLexicon: boolean;
  readonly editorialThreshold: number;
  readonly sentimentWordThreshold: number;
  readonly maxPairDocuments: number;
}

/**
 * Checks framing options and fills in the defaults.
 *
 * @param options - `options.framing` as given to `analyze` (may be undefined)
 * @returns the options with every default filled in
 * @throws {NarrativeDiffError} `INVALID_OPTION` naming the first bad field
 * @example
 * ```ts
 * resolveFramingOptions({ editorialThreshold: 0.7 }).sentimentWordThreshold; //=> 2
 * ```
 * @internal
 */
export function resolveFramingOptions(options: unknown): ResolvedFramingOptions {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new NarrativeDiffError('INVALID_OPTION', `options.framing must be an object, found ${describeType(options)}`);
  }
  const o = (options ?? {}) as Record<string, unknown>;
  return {
    lexicon: validateLexicon('framing.lexicon', o.lexicon),
    replaceLexicon: checkBoolean('framing.replaceLexicon', o.replaceLexicon) ?? false,
    editorialThreshold: checkNumber('framing.editorialThreshold', o.editorialThreshold, 0, 1) ?? 0.5,
    sentimentWordThreshold: checkNumber('framing.sentimentWordThreshold', o.sentimentWordThreshold, 0, 2) ?? 2,
    maxPairDocuments: checkNumber('framing.maxPairDocuments', o.maxPairDocuments, 0, 100_000, true) ?? 20,
  };
}
