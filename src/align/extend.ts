import { TokenFlag, TokenKind, type DocModel } from '../document/model.js';
import { SHINGLE, type PairHits } from './seeds.js';
import type { DocWords } from './words.js';

/** Largest step, in words, between two seeds of one passage (room for an inserted clause). @internal */
export const MAX_SEED_GAP = 24;
/** Largest shift of the diagonal between two seeds of one passage (words inserted minus words deleted). @internal */
export const MAX_DIAGONAL_SHIFT = 16;
/** Share of words two copies must have in common (Dice of the word alignment) to count as a copy. @internal */
export const MIN_COPY_COVERAGE = 0.5;

/** Two documents' copies of one passage, as token ranges `[from, to)`. @internal */
export interface PassagePair {
  readonly a: number;
  readonly b: number;
  readonly fromA: number;
  readonly toA: number;
  readonly fromB: number;
  readonly toB: number;
  /** Words matched by the alignment. */
  readonly matched: number;
  /** Dice of matched words over both sides' words. */
  readonly coverage: number;
  /** Found by the paraphrase tier rather than by seeds. */
  readonly paraphrase: boolean;
}

interface Chain {
  la: number;
  lb: number;
  hits: number[];
}

/** Groups seed hits into chains that step forward in both documents with small gaps and shifts. */
function chains(h: PairHits, wa: DocWords, wb: DocWords): number[][] {
  const done: number[][] = [];
  let active: Chain[] = [];
  for (let i = 0; i < h.pa.length; i++) {
    const pa = h.pa[i] ?? 0;
    const pb = h.pb[i] ?? 0;
    let best: Chain | undefined;
    let bestShift = Infinity;
    let stale = false;
    for (const c of active) {
      if (pa - c.la > MAX_SEED_GAP) {
        stale = true;
        continue;
      }
      if (c.la < pa && c.lb < pb && pb - c.lb <= MAX_SEED_GAP && wa.para[c.la] === wa.para[pa] && wb.para[c.lb] === wb.para[pb]) {
        const shift = Math.abs(pb - pa - (c.lb - c.la));
        if (shift <= MAX_DIAGONAL_SHIFT && shift < bestShift) {
          best = c;
          bestShift = shift;
        }
      }
    }
    if (stale) {
      const keep: Chain[] = [];
      for (const c of active) {
        if (pa - c.la > MAX_SEED_GAP) done.push(c.hits);
        else keep.push(c);
      }
      active = keep;
    }
    if (best === undefined) active.push({ la: pa, lb: pb, hits: [i] });
    else {
      best.la = pa;
      best.lb = pb;
      best.hits.push(i);
    }
  }
  for (const c of active) done.push(c.hits);
  return done.filter((c) => c.length >= 2);
}

/** Longest-common-subsequence alignment of two short key ranges; appends matched positions. */
function alignGap(ka: Int32Array, a0: number, a1: number, kb: Int32Array, b0: number, b1: number, outA: number[], outB: number[]): void {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n <= 0 || m <= 0) return;
  const w = m + 1;
  const dp = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] =
        ka[a0 + i] === kb[b0 + j] ? (dp[(i + 1) * w + j + 1] ?? 0) + 1 : Math.max(dp[(i + 1) * w + j] ?? 0, dp[i * w + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ka[a0 + i] === kb[b0 + j]) {
      outA.push(a0 + i);
      outB.push(b0 + j);
      i++;
      j++;
    } else if ((dp[(i + 1) * w + j] ?? 0) >= (dp[i * w + j + 1] ?? 0)) i++;
    else j++;
  }
}

/** Whether token `i` is punctuation that can close or open a passage (not a word, not boilerplate). */
function isPunct(doc: DocModel, i: number): boolean {
  const t = doc.tokens;
  if (i < 0 || i >= t.count) return false;
  const k = t.kind[i];
  return (k === TokenKind.Punct || k === TokenKind.Symbol) && ((t.flags[i] ?? 0) & TokenFlag.Boilerplate) === 0;
}

/**
 * Grows a pair of token ranges over the punctuation both copies share at their edges (opening and
 * closing quote marks, the full stop), never across a paragraph start.
 */
function punctuate(da: DocModel, db: DocModel, r: [number, number, number, number]): void {
  const ta = da.tokens;
  const tb = db.tokens;
  while (
    isPunct(da, r[1]) &&
    isPunct(db, r[3]) &&
    ta.key[r[1]] === tb.key[r[3]] &&
    ((ta.flags[r[1]] ?? 0) & TokenFlag.ParagraphStart) === 0 &&
    ((tb.flags[r[3]] ?? 0) & TokenFlag.ParagraphStart) === 0
  ) {
    r[1]++;
    r[3]++;
  }
  while (
    isPunct(da, r[0] - 1) &&
    isPunct(db, r[2] - 1) &&
    ta.key[r[0] - 1] === tb.key[r[2] - 1] &&
    ((ta.flags[r[0]] ?? 0) & TokenFlag.ParagraphStart) === 0 &&
    ((tb.flags[r[2]] ?? 0) & TokenFlag.ParagraphStart) === 0
  ) {
    r[0]--;
    r[2]--;
  }
}

/**
 * Seed-and-extend: turns one document pair's seed hits into aligned passages. Seeds are chained
 * (forward in both documents, small gaps), the words between seeds aligned by LCS (so substitutions,
 * insertions and deletions are tolerated), the ends extended while words agree, and the result cut at
 * paragraph breaks of either document, so that one shared paragraph is one passage even where the other
 * document runs it on with the next.
 *
 * @param h - the pair's seed hits
 * @param wa - words of document `h.a`
 * @param wb - words of document `h.b`
 * @param minWords - shortest passage kept, in words
 * @returns the passages, in order of their position in `h.a`
 * @internal
 */
export function extendSeeds(h: PairHits, wa: DocWords, wb: DocWords, minWords: number): PassagePair[] {
  const out: PassagePair[] = [];
  const ka = wa.keys;
  const kb = wb.keys;
  for (const chain of chains(h, wa, wb)) {
    const mA: number[] = [];
    const mB: number[] = [];
    let lastA = -1;
    let lastB = -1;
    for (const hi of chain) {
      const pa = h.pa[hi] ?? 0;
      const pb = h.pb[hi] ?? 0;
      for (let k = 0; k < SHINGLE; k++) {
        const x = pa + k;
        const y = pb + k;
        if (x <= lastA || y <= lastB) continue;
        if (lastA >= 0 && (x > lastA + 1 || y > lastB + 1)) alignGap(ka, lastA + 1, x, kb, lastB + 1, y, mA, mB);
        mA.push(x);
        mB.push(y);
        lastA = x;
        lastB = y;
      }
    }
    // Extend both ends while the words agree.
    let firstA = mA[0] ?? 0;
    let firstB = mB[0] ?? 0;
    const head: [number[], number[]] = [[], []];
    const pA = wa.para[firstA];
    const pB = wb.para[firstB];
    while (firstA > 0 && firstB > 0 && ka[firstA - 1] === kb[firstB - 1] && wa.para[firstA - 1] === pA && wb.para[firstB - 1] === pB) {
      firstA--;
      firstB--;
      head[0].push(firstA);
      head[1].push(firstB);
    }
    const allA = head[0].reverse().concat(mA);
    const allB = head[1].reverse().concat(mB);
    while (
      lastA + 1 < ka.length &&
      lastB + 1 < kb.length &&
      ka[lastA + 1] === kb[lastB + 1] &&
      wa.para[lastA + 1] === wa.para[lastA] &&
      wb.para[lastB + 1] === wb.para[lastB]
    ) {
      lastA++;
      lastB++;
      allA.push(lastA);
      allB.push(lastB);
    }
    // Chains stay inside one paragraph pair; the cut below is a safeguard for the gap alignment.
    let s = 0;
    for (let i = 1; i <= allA.length; i++) {
      const cut =
        i === allA.length || wa.para[allA[i] ?? 0] !== wa.para[allA[i - 1] ?? 0] || wb.para[allB[i] ?? 0] !== wb.para[allB[i - 1] ?? 0];
      if (!cut) continue;
      const matched = i - s;
      const a0 = allA[s] ?? 0;
      const a1 = (allA[i - 1] ?? 0) + 1;
      const b0 = allB[s] ?? 0;
      const b1 = (allB[i - 1] ?? 0) + 1;
      s = i;
      const coverage = (2 * matched) / (a1 - a0 + b1 - b0);
      if (Math.max(a1 - a0, b1 - b0) < minWords || matched < Math.ceil(minWords / 2) || coverage < MIN_COPY_COVERAGE) continue;
      const r: [number, number, number, number] = [wa.tok[a0] ?? 0, (wa.tok[a1 - 1] ?? 0) + 1, wb.tok[b0] ?? 0, (wb.tok[b1 - 1] ?? 0) + 1];
      punctuate(wa.doc, wb.doc, r);
      out.push({ a: h.a, b: h.b, fromA: r[0], toA: r[1], fromB: r[2], toB: r[3], matched, coverage, paraphrase: false });
    }
  }
  return out.sort((x, y) => x.fromA - y.fromA || x.fromB - y.fromB);
}
