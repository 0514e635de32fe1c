import { resolveAlignOptions, type ResolvedAlignOptions } from './align/options.js';
import type { AlignOptions } from './align/types.js';
import { describeType, NarrativeDiffError } from './errors.js';
import { resolveFramingOptions, type ResolvedFramingOptions } from './framing/options.js';
import type { FramingOptions, LexiconEntry } from './framing/types.js';
import { resolveQuoteClusterOptions, type ResolvedQuoteClusterOptions } from './quote-clusters/options.js';
import type { QuoteClusterOptions } from './quote-clusters/types.js';
import { resolveLimits, type Limits, type ResolvedLimits } from './limits.js';
import { resolveStoriesOption, type ResolvedStoriesOption } from './stories/options.js';
import type { AnalyzeOptions } from './types.js';
import { validateRunOptions, type AnalyzeProgress } from './progress.js';

/** Every stage's options, checked, with defaults filled in. @internal */
export interface ResolvedOptions {
  readonly align: ResolvedAlignOptions;
  readonly quoteClusters: ResolvedQuoteClusterOptions;
  readonly framing: ResolvedFramingOptions;
  readonly limits: ResolvedLimits;
  readonly stories: ResolvedStoriesOption;
  /** The caller's progress callback, if any. */
  readonly onProgress: ((p: AnalyzeProgress) => void) | undefined;
  /** The caller's abort signal, if any. */
  readonly signal: AbortSignal | undefined;
}

/** The keys an options object may have: the compiler checks that each list names every field of its type, and nothing else. */
type KeysOf<T> = { readonly [K in keyof Required<T>]: true };

const ANALYZE_KEYS: KeysOf<AnalyzeOptions> = {
  stories: true,
  align: true,
  framing: true,
  quoteClusters: true,
  limits: true,
  onProgress: true,
  signal: true,
};
const LIMIT_KEYS: KeysOf<Limits> = { maxDocuments: true, maxDocumentChars: true, maxTotalChars: true };
const ALIGN_KEYS: KeysOf<AlignOptions> = { minPassageWords: true, minSimilarity: true, paraphrases: true, maxSeedDocumentFrequency: true };
const FRAMING_KEYS: KeysOf<FramingOptions> = {
  lexicon: true,
  replaceLexicon: true,
  editorialThreshold: true,
  sentimentWordThreshold: true,
  maxPairDocuments: true,
};
const LEXICON_ENTRY_KEYS: KeysOf<LexiconEntry> = {
  term: true,
  category: true,
  direction: true,
  strength: true,
  pos: true,
  usualReferent: true,
  context: true,
};
const QUOTE_CLUSTER_KEYS: KeysOf<QuoteClusterOptions> = { wordSimilarity: true, minLinkScore: true, indirect: true };

/**
 * Checks the options `analyze` was given and fills in every default; each stage's own fields are
 * checked by that stage's resolver (`src/<stage>/options.ts`).
 *
 * @param options - what the caller passed (may be undefined)
 * @returns the options of every stage
 * @throws {NarrativeDiffError} `INVALID_OPTION` naming the first field that is not of the documented form,
 * or the first key that is no option at all (with the nearest option's name when one is close)
 * @example
 * ```ts
 * resolveOptions({ align: { minPassageWords: 12 } }).align.minPassageWords; //=> 12
 * resolveOptions({ align: { minPasageWords: 12 } }); // throws: options.align has no option "minPasageWords"; did you mean "minPassageWords"? …
 * ```
 * @internal
 */
export function resolveOptions(options: unknown): ResolvedOptions {
  validateOptions(options);
  // Checked in this order, so that the first bad field named is always the same one.
  const stories = resolveStoriesOption(options?.stories);
  const align = resolveAlignOptions(options?.align);
  const framing = resolveFramingOptions(options?.framing);
  const quoteClusters = resolveQuoteClusterOptions(options?.quoteClusters);
  const limits = resolveLimits(options?.limits);
  validateRunOptions(options?.onProgress, options?.signal);
  return { align, quoteClusters, framing, limits, stories, onProgress: options?.onProgress, signal: options?.signal };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks that options is an object (or absent), that each stage's options are an object (`stories` may also be a word), and that no object
 * at any level has a key its type does not declare (a misspelled key would otherwise be silently ignored).
 * @internal
 */
function validateOptions(options: unknown): asserts options is AnalyzeOptions | undefined {
  if (options === undefined) return;
  if (!isRecord(options)) {
    throw new NarrativeDiffError('INVALID_OPTION', `options must be an object, found ${describeType(options)}`);
  }
  if (Object.prototype.hasOwnProperty.call(options, 'workers')) {
    throw new NarrativeDiffError(
      'INVALID_OPTION',
      'options.workers needs the Node.js entry: import { analyze } from "narrative-diff/node" (worker threads are Node.js only; the main entry runs in browsers too and reads in the calling thread)',
    );
  }
  // A misspelling of `workers` (narrative-diff/node's option, unknown here) is named as such.
  for (const key of Object.keys(options)) {
    if (Object.prototype.hasOwnProperty.call(ANALYZE_KEYS, key) || nearest(key, ['workers']) === undefined) continue;
    throw new NarrativeDiffError(
      'INVALID_OPTION',
      `options has no option ${JSON.stringify(key)}; did you mean "workers" (narrative-diff/node's analyze only)? (expected one of ${Object.keys(ANALYZE_KEYS).join(', ')})`,
    );
  }
  checkKeys('options', options, ANALYZE_KEYS);
  for (const [k, v] of Object.entries(options)) {
    // `stories` may be a word ('auto', 'one'); resolveStoriesOption checks it. `onProgress` and `signal` are checked apart.
    if (k !== 'stories' && k !== 'onProgress' && k !== 'signal' && v !== undefined && !isRecord(v)) {
      throw new NarrativeDiffError('INVALID_OPTION', `options.${k} must be an object, found ${describeType(v)}`);
    }
  }
  const { align, framing, quoteClusters, limits } = options;
  if (isRecord(align)) checkKeys('options.align', align, ALIGN_KEYS);
  if (isRecord(framing)) {
    checkKeys('options.framing', framing, FRAMING_KEYS);
    if (Array.isArray(framing.lexicon)) {
      framing.lexicon.forEach((entry: unknown, i) => {
        if (isRecord(entry)) checkKeys(`options.framing.lexicon[${i}]`, entry, LEXICON_ENTRY_KEYS);
      });
    }
  }
  if (isRecord(quoteClusters)) checkKeys('options.quoteClusters', quoteClusters, QUOTE_CLUSTER_KEYS);
  if (isRecord(limits)) checkKeys('options.limits', limits, LIMIT_KEYS);
}

/** The most worker threads `options.workers` may ask for. @internal */
export const MAX_WORKERS = 256;

/**
 * Checks `options.workers` of `narrative-diff/node`'s `analyze`: a whole number of worker threads from 0 (read in
 * the calling thread) to {@link MAX_WORKERS}, or undefined (the default: as many as the machine has cores).
 *
 * @param value - what the caller passed
 * @returns the number, or undefined when left out
 * @throws {NarrativeDiffError} `INVALID_OPTION` when it is anything else
 * @example
 * ```ts
 * resolveWorkers(2); //=> 2
 * resolveWorkers(1.5); // throws: options.workers must be a whole number from 0 to 256, found 1.5
 * ```
 * @internal
 */
export function resolveWorkers(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_WORKERS) {
    const found = typeof value === 'number' ? String(value) : describeType(value);
    throw new NarrativeDiffError('INVALID_OPTION', `options.workers must be a whole number from 0 to ${MAX_WORKERS}, found ${found}`);
  }
  return value;
}

/**
 * Throws `INVALID_OPTION` for the first key of `value` that `known` does not list.
 * @internal
 */
export function checkKeys(path: string, value: Record<string, unknown>, known: Readonly<Record<string, true>>): void {
  for (const key of Object.keys(value)) {
    if (Object.prototype.hasOwnProperty.call(known, key)) continue;
    const names = Object.keys(known);
    const near = nearest(key, names);
    throw new NarrativeDiffError(
      'INVALID_OPTION',
      `${path} has no option ${JSON.stringify(key)}${near === undefined ? '' : `; did you mean ${JSON.stringify(near)}?`} (expected one of ${names.join(', ')})`,
    );
  }
}

/**
 * The name closest to `key` (case ignored, a swap of two neighbours counted as one edit), if it is close
 * enough to be a typo; the CLI uses it for its flags too.
 * @internal
 */
export function nearest(key: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = editDistance(key.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours. */
function editDistance(a: string, b: string): number {
  // Option names are short, so the full table is fine.
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const up = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = d;
    }
  }
  return rows[a.length]?.[b.length] ?? 0;
}
