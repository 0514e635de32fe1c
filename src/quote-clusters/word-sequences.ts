import type { QuoteView } from './views.js';

/**
 * The views grouped by their words: quotes with the same words (a wire quote carried by many outlets)
 * share one sequence, whose word-level evidence is computed once. @internal
 */
export interface WordSequences {
  /** The sequence id of each view, by view index. */
  readonly idOf: Int32Array;
  /** The views of each sequence, by sequence id (ids in order of first view), each list ascending. */
  readonly members: readonly (readonly number[])[];
  /** A view with each sequence's words (its first), by sequence id. */
  readonly first: readonly QuoteView[];
}

/**
 * What makes two views the same word sequence: the same keys, stop words at the same positions.
 * @param v - a view
 * @returns a string equal for two views exactly when their words are the same
 * @example
 * wordsSignature({ keys: [4, 9], stop: [true, false], ... }) //=> '4s,9'
 * @internal
 */
export function wordsSignature(v: Pick<QuoteView, 'keys' | 'stop'>): string {
  let sig = '';
  for (let t = 0; t < v.keys.length; t++) sig += `${v.keys[t] ?? -1}${v.stop[t] === true ? 's' : ''},`;
  return sig;
}

/**
 * Groups views by their words.
 * @param views - the views, in report order
 * @returns each view's sequence id and each sequence's views
 * @internal
 */
export function wordSequences(views: readonly QuoteView[]): WordSequences {
  const idOf = new Int32Array(views.length);
  const ids = new Map<string, number>();
  const members: number[][] = [];
  const first: QuoteView[] = [];
  views.forEach((v, i) => {
    const sig = wordsSignature(v);
    let id = ids.get(sig);
    if (id === undefined) {
      id = members.length;
      ids.set(sig, id);
      members.push([]);
      first.push(v);
    }
    idOf[i] = id;
    members[id]?.push(i);
  });
  return { idOf, members, first };
}
