import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignCorpus, resolveAlignOptions } from '../../src/align/index.js';
import { MAX_DIAGONAL_SHIFT, MAX_SEED_GAP, chains } from '../../src/align/extend.js';
import { readCorpus } from '../../src/document/read.js';

/**
 * The plain definition of seed chains (the code before chains were found by diagonal): every open chain
 * is tried for every hit, the nearest diagonal wins, the earliest chain on a tie; chains left more than
 * MAX_SEED_GAP words behind are closed in order of creation.
 */
function reference(pa: number[], pb: number[], paraA: number[], paraB: number[]): number[][] {
  const done: number[][] = [];
  let active: { la: number; lb: number; hits: number[] }[] = [];
  for (let i = 0; i < pa.length; i++) {
    const a = pa[i] ?? 0;
    const b = pb[i] ?? 0;
    let best: (typeof active)[number] | undefined;
    let bestShift = Infinity;
    for (const c of active) {
      if (a - c.la > MAX_SEED_GAP) continue;
      if (c.la < a && c.lb < b && b - c.lb <= MAX_SEED_GAP && paraA[c.la] === paraA[a] && paraB[c.lb] === paraB[b]) {
        const shift = Math.abs(b - a - (c.lb - c.la));
        if (shift <= MAX_DIAGONAL_SHIFT && shift < bestShift) {
          best = c;
          bestShift = shift;
        }
      }
    }
    done.push(...active.filter((c) => a - c.la > MAX_SEED_GAP).map((c) => c.hits));
    active = active.filter((c) => a - c.la <= MAX_SEED_GAP);
    if (best === undefined) active.push({ la: a, lb: b, hits: [i] });
    else {
      best.la = a;
      best.lb = b;
      best.hits.push(i);
    }
  }
  done.push(...active.map((c) => c.hits));
  return done.filter((c) => c.length >= 2);
}

describe('seed chains', () => {
  it('are the chains of the plain definition (hits sorted by position in a, then in b)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.nat(120), fc.nat(120)), { maxLength: 150, selector: ([a, b]) => `${a},${b}` }),
        fc.array(fc.nat(3), { minLength: 124, maxLength: 124 }),
        (hits, breaks) => {
          hits.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
          // Paragraph numbers that only grow along each document.
          const para = breaks.map((_, i) => breaks.slice(0, i + 1).filter((x) => x === 0).length);
          const pa = hits.map((h) => h[0]);
          const pb = hits.map((h) => h[1]);
          const got = chains(
            { a: 0, b: 1, pa: Int32Array.from(pa), pb: Int32Array.from(pb) },
            { para: Int32Array.from(para) },
            { para: Int32Array.from(para) },
          );
          expect(got).toEqual(reference(pa, pb, para, para));
        },
      ),
      { seed: 14, numRuns: 400 },
    );
  });
});

describe('a phrase repeated many times', () => {
  it('aligns two copies once, not once per repetition', () => {
    for (const n of [50, 400]) {
      const text = 'the ferry left "late," the captain said '.repeat(n);
      const corpus = readCorpus([
        { id: 'a', text },
        { id: 'b', text },
      ]);
      const als = alignCorpus(corpus, resolveAlignOptions({}));
      expect(als).toHaveLength(1);
      expect(als[0]?.members.map((m) => [m.docId, m.start, m.end])).toEqual([
        ['a', 0, text.trimEnd().length],
        ['b', 0, text.trimEnd().length],
      ]);
    }
  });
});
