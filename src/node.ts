// narrative-diff/node: everything the main entry exports, plus what needs Node's file system. The main entry
// (`narrative-diff`) imports nothing from `node:`, so it bundles for a browser.
import { readFileSync, writeFileSync } from 'node:fs';
import { encodeWordVectors, wordSimilarityFromBytes, type WinkWordVectors, type WordVectorOptions } from './quote-clusters/embeddings.js';
import type { WordSimilarity } from './quote-clusters/types.js';

export * from './index.js';

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
