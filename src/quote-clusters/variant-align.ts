import type { QuoteView } from './views.js';
import type { WordMatch, WordMatcher } from './word-matcher.js';

/**
 * Aligns the rendering V against the pivot P: a monotone alignment maximizing matched weight (words in
 * the same order: equal or substituted), then the same content words left over on both sides paired as
 * moved (reordered clauses).
 * @param P - the pivot
 * @param V - the rendering
 * @param matcher - the word matcher
 * @returns the aligned pairs in order (`kept`) and the reordered ones (`moved`)
 * @internal
 */
export function alignToPivot(P: QuoteView, V: QuoteView, matcher: WordMatcher): { kept: WordMatch[]; moved: WordMatch[] } {
  const n = P.toks.length;
  const m = V.toks.length;
  const sims = new Float64Array(n * m);
  matcher.simMatrix(P, V, sims);
  const best = new Float64Array((n + 1) * (m + 1));
  const W = m + 1;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const sim = sims[(i - 1) * m + (j - 1)] as number;
      let v = Math.max(best[(i - 1) * W + j] ?? 0, best[i * W + j - 1] ?? 0);
      if (sim > 0) {
        // Weighted by IDF so that a rare word anchors the alignment; a small constant keeps stop words in it.
        const gain = (sim * ((P.weights[i - 1] ?? 0) + (V.weights[j - 1] ?? 0))) / 2 + 1e-3;
        v = Math.max(v, (best[(i - 1) * W + j - 1] ?? 0) + gain);
      }
      best[i * W + j] = v;
    }
  }
  const kept: WordMatch[] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = best[i * W + j] ?? 0;
    const sim = sims[(i - 1) * m + (j - 1)] ?? 0;
    if (sim > 0) {
      const gain = (sim * ((P.weights[i - 1] ?? 0) + (V.weights[j - 1] ?? 0))) / 2 + 1e-3;
      if (Math.abs((best[(i - 1) * W + j - 1] ?? 0) + gain - here) < 1e-9) {
        kept.push({ i: i - 1, j: j - 1, sim, exact: P.keys[i - 1] === V.keys[j - 1] });
        i--;
        j--;
        continue;
      }
    }
    if (Math.abs((best[(i - 1) * W + j] ?? 0) - here) < 1e-12) i--;
    else j--;
  }
  kept.reverse();
  // Positions already aligned, as marks (the loop below reads them for every pair of positions).
  const usedP = new Uint8Array(n);
  const usedV = new Uint8Array(m);
  for (const k of kept) {
    usedP[k.i] = 1;
    usedV[k.j] = 1;
  }
  const moved: WordMatch[] = [];
  const cands: WordMatch[] = [];
  for (let b = 0; b < m; b++) {
    if (usedV[b] === 1 || V.stop[b] === true) continue;
    for (let a = 0; a < n; a++) {
      if (usedP[a] === 1 || P.stop[a] === true) continue;
      const sim = sims[a * m + b] ?? 0;
      if (sim > 0) cands.push({ i: a, j: b, sim, exact: P.keys[a] === V.keys[b] });
    }
  }
  cands.sort((x, y) => y.sim - x.sim || x.j - y.j || x.i - y.i);
  for (const c of cands) {
    if (usedP[c.i] === 1 || usedV[c.j] === 1) continue;
    moved.push(c);
    usedP[c.i] = 1;
    usedV[c.j] = 1;
  }
  return { kept, moved };
}

/**
 * The stretch of the pivot a partial quote renders: the run of aligned words with the most weight,
 * where consecutive aligned words of the pivot lie at most a few words apart.
 * @param kept - the aligned pairs, in order
 * @param P - the pivot
 * @returns the first and last pivot positions of the stretch
 * @internal
 */
export function densest(kept: readonly WordMatch[], P: QuoteView): [number, number] {
  let best: [number, number] = [kept[0]?.i ?? 0, kept[0]?.i ?? 0];
  let bestW = -1;
  let from = 0;
  let w = 0;
  for (let k = 0; k < kept.length; k++) {
    const cur = kept[k] as WordMatch;
    const prev = kept[k - 1];
    if (prev !== undefined && cur.i - prev.i > 4 + Math.max(0, cur.j - prev.j - 1)) {
      from = k;
      w = 0;
    }
    w += P.weights[cur.i] ?? 0;
    if (w > bestW) {
      bestW = w;
      best = [kept[from]?.i ?? 0, cur.i];
    }
  }
  return best;
}
