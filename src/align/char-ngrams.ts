/**
 * Character-bigram Dice coefficient of two strings with white space removed — the measure of
 * string-similarity's `compareTwoStrings`.
 *
 * @param a - one string, white space removed
 * @param b - another
 * @returns the coefficient: 1 for equal strings, 0 when either is shorter than two characters
 * @internal
 */
export function charDice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  return ngramDice(a, b, 2);
}

/**
 * Dice coefficient of the multisets of character n-grams of two strings.
 *
 * @param a - one string
 * @param b - another
 * @param n - the n-gram length, 2 or 3
 * @returns the coefficient; 0 when neither has an n-gram
 * @internal
 */
export function ngramDice(a: string, b: string, n: 2 | 3): number {
  const na = Math.max(0, a.length - n + 1);
  const nb = Math.max(0, b.length - n + 1);
  if (na + nb === 0) return 0;
  return (2 * sharedNgrams(a, b, n)) / (na + nb);
}

/**
 * Size of the multiset intersection of the character n-grams of two strings: one side's n-grams
 * counted, the other's taken off the counts. N-grams inside a common prefix or suffix are in both
 * multisets, and adding the same n-grams to both adds exactly their number to the intersection, so only
 * the n-grams that start between the shared ends are counted (copies mostly differ in the middle).
 *
 * @param a - one string
 * @param b - another
 * @param n - the n-gram length
 * @returns how many n-grams they share, repeats counted
 * @internal
 */
export function sharedNgrams(a: string, b: string, n: number): number {
  if (a.length < n || b.length < n) return 0;
  const most = Math.min(a.length, b.length);
  let pre = 0;
  while (pre < most && a.charCodeAt(pre) === b.charCodeAt(pre)) pre++;
  let suf = 0;
  while (suf < most - pre && a.charCodeAt(a.length - 1 - suf) === b.charCodeAt(b.length - 1 - suf)) suf++;
  let shared = Math.max(0, pre - n + 1) + Math.max(0, suf - n + 1);
  // Start positions of the other n-grams: from … toA in a, from … toB in b.
  const from = Math.max(0, pre - n + 1);
  const toA = Math.min(a.length - n, a.length - suf - 1);
  const toB = Math.min(b.length - n, b.length - suf - 1);
  const counts = new Map<string, number>();
  for (let i = from; i <= toA; i++) {
    const g = a.slice(i, i + n);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  for (let i = from; i <= toB; i++) {
    const g = b.slice(i, i + n);
    const c = counts.get(g) ?? 0;
    if (c > 0) {
      counts.set(g, c - 1);
      shared++;
    }
  }
  return shared;
}
