import { describeType, NarrativeDiffError } from '../errors.js';
import { TokenKind, type DocModel } from '../document/model.js';
import { readCorpus } from '../document/read.js';
import { foldText } from '../document/normalize.js';
import type { SimilarityResult } from './types.js';

/** Match keys of the word and number tokens of a document. */
function wordKeys(doc: DocModel): Int32Array {
  const t = doc.tokens;
  const out: number[] = [];
  for (let i = 0; i < t.count; i++) {
    const k = t.kind[i];
    if (k === TokenKind.Word || k === TokenKind.Number) out.push(t.key[i] ?? -1);
  }
  return Int32Array.from(out);
}

/** Length of the longest common subsequence of two integer sequences (two rows of memory). */
export function lcsLength(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = ai === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}

/**
 * Judges how close two passages are: a verbatim copy (the same words, whatever the quote marks, spaces
 * and spelling), an edited copy, a paraphrase, or unrelated text.
 *
 * @param a - a passage
 * @param b - another passage
 * @returns the score in [0, 1] (symmetric) and its verdict
 * @example
 * ```ts
 * similarity('All sides should go half-way.', 'All sides should go halfway.');
 * //=> { score: 1, kind: 'verbatim' }
 * ```
 */
export function similarity(a: string, b: string): SimilarityResult {
  if (typeof a !== 'string') throw new NarrativeDiffError('INVALID_ARGUMENT', `similarity(a, b): a must be a string, found ${describeType(a)}`);
  if (typeof b !== 'string') throw new NarrativeDiffError('INVALID_ARGUMENT', `similarity(a, b): b must be a string, found ${describeType(b)}`);
  if (foldText(a) === foldText(b)) return { score: 1, kind: 'verbatim' };
  const corpus = readCorpus([
    { id: 'a', text: a },
    { id: 'b', text: b },
  ]);
  const [da, db] = corpus.docs;
  if (da === undefined || db === undefined) return { score: 0, kind: 'unrelated' };
  const ka = wordKeys(da);
  const kb = wordKeys(db);
  if (ka.length === 0 || kb.length === 0) return { score: 0, kind: 'unrelated' };
  const score = (2 * lcsLength(ka, kb)) / (ka.length + kb.length);
  const kind = score === 1 ? 'verbatim' : score >= 0.75 ? 'edited' : score >= 0.45 ? 'paraphrase' : 'unrelated';
  return { score, kind };
}
