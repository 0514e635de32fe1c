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
  /** Creation number: among chains equally near a hit, the earliest takes it. */
  readonly id: number;
  la: number;
  lb: number;
  hits: number[];
  done: boolean;
}

/** A binary min-heap of chains by their last position in document a, ties by creation. */
class ByLast {
  private readonly items: { la: number; c: Chain }[] = [];
  get size(): number {
    return this.items.length;
  }
  peek(): { la: number; c: Chain } | undefined {
    return this.items[0];
  }
  private less(i: number, j: number): boolean {
    const x = this.items[i];
    const y = this.items[j];
    return x !== undefined && y !== undefined && (x.la < y.la || (x.la === y.la && x.c.id < y.c.id));
  }
  private swap(i: number, j: number): void {
    const t = this.items[i];
    this.items[i] = this.items[j] as { la: number; c: Chain };
    this.items[j] = t as { la: number; c: Chain };
  }
  push(c: Chain): void {
    this.items.push({ la: c.la, c });
    for (let i = this.items.length - 1; i > 0 && this.less(i, (i - 1) >> 1); i = (i - 1) >> 1) this.swap(i, (i - 1) >> 1);
  }
  pop(): void {
    const last = this.items.pop();
    if (last === undefined || this.items.length === 0) return;
    this.items[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const m = l + 1 < this.items.length && this.less(l + 1, l) ? l + 1 : l;
      if (m >= this.items.length || !this.less(m, i)) break;
      this.swap(i, m);
      i = m;
    }
  }
}

/**
 * Groups seed hits into chains that step forward in both documents with small gaps and shifts. A hit
 * joins the active chain whose diagonal is nearest its own (the earliest such chain on a tie); a chain
 * whose last seed lies more than {@link MAX_SEED_GAP} words behind is closed. Active chains are found by
 * diagonal and closed through a heap of their last positions, so that the work grows with the hits
 * (times the few diagonals within {@link MAX_DIAGONAL_SHIFT}), not with hits times open chains: two
 * copies of a text that repeats one phrase thousands of times open thousands of chains at once.
 * @internal
 */
export function chains(h: PairHits, wa: Pick<DocWords, 'para'>, wb: Pick<DocWords, 'para'>): number[][] {
  const done: number[][] = [];
  const byDiagonal = new Map<number, Chain[]>();
  const byLast = new ByLast();
  let made = 0;
  for (let i = 0; i < h.pa.length; i++) {
    const pa = h.pa[i] ?? 0;
    const pb = h.pb[i] ?? 0;
    // Close the chains left too far behind, in order of creation.
    const stale: Chain[] = [];
    for (let top = byLast.peek(); top !== undefined && pa - top.la > MAX_SEED_GAP; top = byLast.peek()) {
      byLast.pop();
      // An entry is current when the chain still ends where it was pushed.
      if (!top.c.done && top.c.la === top.la) {
        top.c.done = true;
        stale.push(top.c);
        const list = byDiagonal.get(top.c.lb - top.c.la);
        list?.splice(list.indexOf(top.c), 1);
      }
    }
    for (const c of stale.sort((x, y) => x.id - y.id)) done.push(c.hits);
    const diagonal = pb - pa;
    let best: Chain | undefined;
    let bestShift = Infinity;
    for (let shift = 0; shift <= MAX_DIAGONAL_SHIFT && shift <= bestShift; shift++) {
      for (const d of shift === 0 ? [diagonal] : [diagonal - shift, diagonal + shift]) {
        for (const c of byDiagonal.get(d) ?? []) {
          if (c.la < pa && c.lb < pb && pb - c.lb <= MAX_SEED_GAP && wa.para[c.la] === wa.para[pa] && wb.para[c.lb] === wb.para[pb]) {
            if (shift < bestShift || (best !== undefined && c.id < best.id)) {
              best = c;
              bestShift = shift;
            }
          }
        }
      }
    }
    if (best === undefined) {
      const c: Chain = { id: made++, la: pa, lb: pb, hits: [i], done: false };
      const list = byDiagonal.get(diagonal);
      if (list) list.push(c);
      else byDiagonal.set(diagonal, [c]);
      byLast.push(c);
    } else {
      const old = byDiagonal.get(best.lb - best.la);
      old?.splice(old.indexOf(best), 1);
      best.la = pa;
      best.lb = pb;
      best.hits.push(i);
      const list = byDiagonal.get(diagonal);
      if (list) list.push(best);
      else byDiagonal.set(diagonal, [best]);
      byLast.push(best);
    }
  }
  const open: Chain[] = [];
  for (const list of byDiagonal.values()) for (const c of list) open.push(c);
  for (const c of open.sort((x, y) => x.id - y.id)) done.push(c.hits);
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

/** Word ranges of the passages one document pair has yielded so far. */
class Found {
  private readonly ranges: number[] = [];
  /** For each word of document a, the first passage over it (+1; 0 for none), once there are many. */
  private owner: Int32Array | undefined;
  constructor(private readonly wordsA: number) {}

  add(a0: number, a1: number, b0: number, b1: number): void {
    const k = this.ranges.length / 4;
    this.ranges.push(a0, a1, b0, b1);
    if (this.owner === undefined && k >= 8) {
      this.owner = new Int32Array(this.wordsA);
      for (let j = 0; j <= k; j++) this.own(j);
    } else if (this.owner !== undefined) this.own(k);
  }

  private own(k: number): void {
    const owner = this.owner as Int32Array;
    for (let x = this.ranges[4 * k] ?? 0; x < (this.ranges[4 * k + 1] ?? 0); x++) if (owner[x] === 0) owner[x] = k + 1;
  }

  /** Whether one passage holds both `[a0, a1)` of document a and `[b0, b1)` of document b. */
  holds(a0: number, a1: number, b0: number, b1: number): boolean {
    const r = this.ranges;
    const inside = (k: number): boolean =>
      (r[4 * k] ?? 0) <= a0 && a1 <= (r[4 * k + 1] ?? 0) && (r[4 * k + 2] ?? 0) <= b0 && b1 <= (r[4 * k + 3] ?? 0);
    // Past a few passages only the first over a0 is asked: a miss keeps a chain, never loses one.
    if (this.owner !== undefined) return (this.owner[a0] ?? 0) > 0 && inside((this.owner[a0] ?? 0) - 1);
    for (let k = 0; k < r.length / 4; k++) if (inside(k)) return true;
    return false;
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
  const found = new Found(ka.length);
  for (const chain of chains(h, wa, wb)) {
    // A chain whose seeds all lie inside a passage found already, on both sides, only pairs that
    // passage's text with itself at another shift (a phrase it repeats): extending it would align
    // the same text again, once per repetition.
    const first = chain[0] ?? 0;
    const last = chain[chain.length - 1] ?? 0;
    if (found.holds(h.pa[first] ?? 0, (h.pa[last] ?? 0) + SHINGLE, h.pb[first] ?? 0, (h.pb[last] ?? 0) + SHINGLE)) continue;
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
      found.add(a0, a1, b0, b1);
      const r: [number, number, number, number] = [wa.tok[a0] ?? 0, (wa.tok[a1 - 1] ?? 0) + 1, wb.tok[b0] ?? 0, (wb.tok[b1 - 1] ?? 0) + 1];
      punctuate(wa.doc, wb.doc, r);
      out.push({ a: h.a, b: h.b, fromA: r[0], toA: r[1], fromB: r[2], toB: r[3], matched, coverage, paraphrase: false });
    }
  }
  return out.sort((x, y) => x.fromA - y.fromA || x.fromB - y.fromB);
}
