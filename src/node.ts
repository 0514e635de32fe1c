// narrative-diff/node: everything the main entry exports, plus what needs Node's file system. The main entry
// (`narrative-diff`) imports nothing from `node:`, so it bundles for a browser.
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { analyzeWith } from './analyze.js';
import { resolveWorkers } from './options.js';
import { encodeWordVectors, wordSimilarityFromBytes, type WinkWordVectors, type WordVectorOptions } from './quote-clusters/embeddings.js';
import type { WordSimilarity } from './quote-clusters/types.js';
import type { AnalyzeOptions, ArticleInput, Report } from './types.js';
import { WorkerPool, worthThreads } from './workers/pool.js';

// Everything of the main entry; `analyze` is replaced by the one below (a local export wins over `export *`).
export * from './index.js';

/** {@link AnalyzeOptions}, and how many worker threads read the documents and align document pairs. */
export interface NodeAnalyzeOptions extends AnalyzeOptions {
  /**
   * Worker threads for the per-document stages (reading with wink-nlp, quote marks, credited sources) and for the
   * alignment stage's work on document pairs (seed-and-extend, scoring and diffing passages): 0 does everything in
   * the calling thread. A number given is always used. Left out, as many as `os.availableParallelism()` (none on a
   * one-core machine) for inputs of at least 1,000,000 characters in all while no thread is running yet (about 300
   * articles, whose per-document stages take about 0.6 s of one core: a thread takes 0.2–0.4 s to start and load the
   * model), or of at least 128,000 characters once threads run (two chunks of documents: less cannot be shared);
   * smaller inputs are read and aligned in the calling thread. The report is the same byte for byte with any number of threads. Threads stay
   * for later calls and do not keep the process alive; {@link closeWorkers} ends them.
   * @default os.availableParallelism()
   */
  readonly workers?: number;
}

let pool: WorkerPool | undefined;

/**
 * {@link AnalyzeOptions | analyze} of the main entry, with the per-document stages in worker threads (see
 * {@link NodeAnalyzeOptions.workers}); the report is the one the main entry gives.
 *
 * @param inputs - the articles
 * @param options - stage options, and `workers`
 * @returns the report
 * @throws {NarrativeDiffError} as the main entry's `analyze`; `WORKER_FAILED` when a worker thread fails
 * @example
 * ```ts
 * import { analyze, closeWorkers } from 'narrative-diff/node';
 * const report = await analyze(articles, { workers: 2 });
 * await closeWorkers(); // or leave them for the next call
 * ```
 */
export async function analyze(inputs: readonly ArticleInput[], options?: NodeAnalyzeOptions): Promise<Report> {
  let rest: AnalyzeOptions | undefined = options;
  let asked: number | undefined;
  if (typeof options === 'object' && options !== null && Object.prototype.hasOwnProperty.call(options, 'workers')) {
    const { workers, ...others } = options;
    asked = resolveWorkers(workers);
    rest = others;
  }
  const cores = availableParallelism();
  const workers = asked ?? (cores > 1 ? cores : 0);
  if (workers === 0) return analyzeWith(inputs, rest, undefined);
  return analyzeWith(inputs, rest, (checked, run, signal) => {
    pool ??= new WorkerPool();
    const chars = checked.reduce((n, x) => n + x.text.length, 0);
    if (asked === undefined && !worthThreads(chars, pool)) return undefined;
    return pool.open(run, workers, signal);
  });
}

/**
 * Ends the worker threads {@link analyze} started (they stay for later calls otherwise, without keeping the process
 * alive); a later call starts new ones.
 *
 * @returns when every thread has ended
 * @example
 * ```ts
 * await closeWorkers();
 * ```
 */
export async function closeWorkers(): Promise<void> {
  const p = pool;
  pool = undefined;
  await p?.close();
}

/**
 * Converts word vectors once into a compact binary file ({@link encodeWordVectors}'s bytes), so that
 * {@link loadWordSimilarity} reads it in well under a second instead of parsing a 300 MB JSON file.
 *
 * @param vectors - word vectors in wink-nlp's form
 * @param path - the file to write
 * @returns the number of words written
 * @throws {NarrativeDiffError} `INVALID_ARGUMENT` when `vectors` is not of that form
 * @example
 * ```ts
 * import { convertWordVectors } from 'narrative-diff/node';
 * convertWordVectors({ dimensions: 2, l2NormIndex: 2, vectors: { big: [1, 0, 1] } }, 'vectors.bin'); //=> 1
 * ```
 */
export function convertWordVectors(vectors: WinkWordVectors, path: string): number {
  const { bytes, words } = encodeWordVectors(vectors);
  writeFileSync(path, bytes);
  return words;
}

/**
 * Loads a file written by {@link convertWordVectors} as a {@link WordSimilarity} (see {@link wordSimilarityFromBytes}).
 *
 * @param path - the converted file
 * @param options - which common words to leave out
 * @returns the provider, to pass as `options.quoteClusters.wordSimilarity`
 * @throws {NarrativeDiffError} `INVALID_ARGUMENT` when the file is not one `convertWordVectors` wrote
 * @example
 * ```ts
 * import { analyze, loadWordSimilarity } from 'narrative-diff/node';
 * const wordSimilarity = loadWordSimilarity('vectors.bin');
 * const report = await analyze(articles, { quoteClusters: { wordSimilarity } });
 * ```
 */
export function loadWordSimilarity(path: string, options?: WordVectorOptions): WordSimilarity {
  return wordSimilarityFromBytes(readFileSync(path), options, path);
}
