import { resolveAlignOptions, type ResolvedAlignOptions } from './align/options.js';
import { describeType, NarrativeDiffError } from './errors.js';
import { resolveFramingOptions, type ResolvedFramingOptions } from './framing/options.js';
import { resolveQuoteClusterOptions, type ResolvedQuoteClusterOptions } from './quote-clusters/options.js';
import type { AnalyzeOptions } from './types.js';

/** Every stage's options, checked, with defaults filled in. @internal */
export interface ResolvedOptions {
  readonly align: ResolvedAlignOptions;
  readonly quoteClusters: ResolvedQuoteClusterOptions;
  readonly framing: ResolvedFramingOptions;
}

/**
 * Checks the options `analyze` was given and fills in every default; each stage's own fields are
 * checked by that stage's resolver (`src/<stage>/options.ts`).
 *
 * @param options - what the caller passed (may be undefined)
 * @returns the options of every stage
 * @throws {NarrativeDiffError} `INVALID_OPTION` naming the first field that is not of the documented form
 * @example
 * ```ts
 * resolveOptions({ align: { minPassageWords: 12 } }).align.minPassageWords; //=> 12
 * ```
 * @internal
 */
export function resolveOptions(options: unknown): ResolvedOptions {
  validateOptions(options);
  // Checked in this order, so that the first bad field named is always the same one.
  const align = resolveAlignOptions(options?.align);
  const framing = resolveFramingOptions(options?.framing);
  const quoteClusters = resolveQuoteClusterOptions(options?.quoteClusters);
  return { align, quoteClusters, framing };
}

/**
 * Checks that options is an object (or absent) and each sub-object is an object.
 * @internal
 */
function validateOptions(options: unknown): asserts options is AnalyzeOptions | undefined {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new NarrativeDiffError('INVALID_OPTION', `options must be an object, found ${describeType(options)}`);
  }
  for (const [k, v] of Object.entries(options)) {
    if (v !== undefined && (typeof v !== 'object' || v === null || Array.isArray(v))) {
      throw new NarrativeDiffError('INVALID_OPTION', `options.${k} must be an object, found ${describeType(v)}`);
    }
  }
}
