import { describeType, NarrativeDiffError } from '../errors.js';
import { checkKeys, resolveWorkers } from '../options.js';
import type { AnalyzeOptions } from '../types.js';

/** Options of {@link openCorpus}. Every field is optional. */
export interface CorpusOptions {
  /**
   * The most documents a seed shingle may occur in; a shingle found in more is a stock phrase ("said in a
   * statement on"), skipped from then on. Absolute, like passim's 100, so that it prunes as much at a million
   * documents as at a thousand. Fixed when the index is created.
   * @default 100
   */
  readonly maxShingleDocuments?: number;
  /**
   * Seed shingles two documents must share to be kept as a candidate pair (passim's `--min-match` is 5 too): two
   * articles that share a few stock phrases under the cap are not a pair. Fixed when the index is created.
   * @default 5
   */
  readonly minSharedSeeds?: number;
  /**
   * Two documents are in one story when they share at least this many seed shingles and at least
   * {@link CorpusOptions.storyShare} of the smaller one's. Fixed when the index is created.
   * @default 10
   */
  readonly storyMinSharedSeeds?: number;
  /**
   * Share of the smaller document's seed shingles two documents must share to be in one story: a borrowed
   * paragraph or two does not join two stories, a rewrite of one wire story does. Stories are connected groups
   * (single link), so a low share chains stories into one: on the bench corpus (4,000 articles) 0.2 made one
   * story of 3,710 articles, 0.5 a largest story of 68. Fixed when the index is created.
   * @default 0.5
   */
  readonly storyShare?: number;
  /**
   * Documents read and indexed per step of `add`; each step is one transaction and memory grows with it, not with the corpus.
   * @default 1000
   */
  readonly batchSize?: number;
  /**
   * Worker threads that read each batch of `add` (wink-nlp, seed shingles); 0 reads in the calling thread. A number
   * given is always used; left out, one per core (none on a one-core machine) for batches of at least 1,000,000
   * characters while no thread runs, 128,000 once they run, as `analyze` in `narrative-diff/node` decides. The index is
   * the same with any number. The threads end with `close()`.
   * @default os.availableParallelism()
   */
  readonly workers?: number;
  /**
   * Threads DuckDB may use.
   * @default the cores available
   */
  readonly threads?: number;
  /**
   * The memory DuckDB may use before it spills to disk, as DuckDB writes it (`'1GB'`).
   * @default '1GB'
   */
  readonly memoryLimit?: string;
  /**
   * Options of `analyze` for the reports per story. `stories` defaults to the corpus's story: the report holds one
   * story, with the corpus story's id (so `storyId` in exports and summaries is the id `stories()` lists).
   */
  readonly analyze?: AnalyzeOptions;
}

/** Every option of {@link CorpusOptions}: any other key is refused, so that a misspelt one is not silently ignored. */
const CORPUS_KEYS: Readonly<Record<keyof CorpusOptions, true>> = {
  maxShingleDocuments: true,
  minSharedSeeds: true,
  storyMinSharedSeeds: true,
  storyShare: true,
  batchSize: true,
  workers: true,
  threads: true,
  memoryLimit: true,
  analyze: true,
};

/** The options that decide which pairs and stories exist, kept in the index: an index is always read with the options it was made with. */
export interface IndexSettings {
  readonly maxShingleDocuments: number;
  readonly minSharedSeeds: number;
  readonly storyMinSharedSeeds: number;
  readonly storyShare: number;
}

/** The defaults of the index settings. @internal */
export const INDEX_DEFAULTS: IndexSettings = { maxShingleDocuments: 100, minSharedSeeds: 5, storyMinSharedSeeds: 10, storyShare: 0.5 };

/** Throws `INVALID_OPTION` unless `value` is a number (an integer when asked) in `[min, max]`. */
function checkNumber(name: string, value: unknown, min: number, max: number, integer: boolean): void {
  if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new NarrativeDiffError(
      'INVALID_OPTION',
      `options.${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, found ${typeof value === 'number' ? value : describeType(value)}`,
    );
  }
}

/**
 * Checks the options of `openCorpus`.
 *
 * @param options - the caller's options
 * @returns the settings given (only those given, so that an existing index's own are kept) and the run options with defaults
 * @throws {NarrativeDiffError} `INVALID_OPTION` for a value out of range or of the wrong type
 * @internal
 */
export function resolveCorpusOptions(options: CorpusOptions | undefined): {
  given: Partial<IndexSettings>;
  batchSize: number;
  workers: number | undefined;
  threads: number | undefined;
  memoryLimit: string;
  analyze: AnalyzeOptions;
} {
  const o = options ?? {};
  if (typeof o !== 'object' || o === null || Array.isArray(o)) {
    throw new NarrativeDiffError('INVALID_OPTION', `options must be an object, found ${describeType(o)}`);
  }
  checkKeys('options', o as Record<string, unknown>, CORPUS_KEYS);
  const given: Partial<Record<keyof IndexSettings, number>> = {};
  const limits: Record<keyof IndexSettings, [number, number, boolean]> = {
    maxShingleDocuments: [2, 2 ** 31, true],
    minSharedSeeds: [1, 2 ** 31, true],
    storyMinSharedSeeds: [1, 2 ** 31, true],
    storyShare: [0, 1, false],
  };
  for (const key of Object.keys(limits) as (keyof IndexSettings)[]) {
    const v = o[key];
    if (v === undefined) continue;
    const [min, max, integer] = limits[key];
    checkNumber(key, v, min, max, integer);
    given[key] = v;
  }
  if (o.batchSize !== undefined) checkNumber('batchSize', o.batchSize, 1, 1_000_000, true);
  if (o.threads !== undefined) checkNumber('threads', o.threads, 1, 1024, true);
  if (o.memoryLimit !== undefined && (typeof o.memoryLimit !== 'string' || !/^\d+(\.\d+)?\s*[KMGT]i?B$/i.test(o.memoryLimit))) {
    throw new NarrativeDiffError(
      'INVALID_OPTION',
      `options.memoryLimit must be a size such as '1GB', found ${JSON.stringify(o.memoryLimit)}`,
    );
  }
  if (o.analyze !== undefined && (typeof o.analyze !== 'object' || o.analyze === null || Array.isArray(o.analyze))) {
    throw new NarrativeDiffError('INVALID_OPTION', `options.analyze must be an object, found ${describeType(o.analyze)}`);
  }
  return {
    given,
    batchSize: o.batchSize ?? 1000,
    workers: resolveWorkers(o.workers),
    threads: o.threads,
    memoryLimit: o.memoryLimit ?? '1GB',
    analyze: { ...o.analyze },
  };
}
