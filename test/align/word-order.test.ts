import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Scratch } from '../../src/align/scratch.js';
import { FULL_GRID_CELLS, lcsAndEditDistance } from '../../src/align/word-order.js';

/**
 * The algorithm lcsAndEditDistance used before the band: both dynamic programs over the whole grid
 * between the common prefix and suffix, kept here as the reference.
 */
function wholeGrid(a: Int32Array, b: Int32Array): { lcs: number; distance: number } {
  let pre = 0;
  const most = Math.min(a.length, b.length);
  while (pre < most && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < most - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const n = a.length - pre - suf;
  const m = b.length - pre - suf;
  let lp = new Int32Array(m + 1);
  let lc = new Int32Array(m + 1);
  let ep = Int32Array.from({ length: m + 1 }, (_, j) => j);
  let ec = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    ec[0] = i;
    lc[0] = 0;
    for (let j = 1; j <= m; j++) {
      const same = a[pre + i - 1] === b[pre + j - 1];
      lc[j] = same ? lp[j - 1]! + 1 : Math.max(lp[j]!, lc[j - 1]!);
      ec[j] = Math.min(ep[j - 1]! + (same ? 0 : 1), ep[j]! + 1, ec[j - 1]! + 1);
    }
    [lp, lc] = [lc, lp];
    [ep, ec] = [ec, ep];
  }
  return { lcs: lp[m]! + pre + suf, distance: ep[m]! };
}

type Edit = { at: number; op: 'insert' | 'delete' | 'substitute'; key: number };

/** `base` with the edits applied in turn, each at its position modulo the current length. */
function edited(base: readonly number[], edits: readonly Edit[]): number[] {
  const out = [...base];
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + (e.op === 'insert' ? 1 : 0));
    if (e.op === 'insert') out.splice(at, 0, e.key);
    else if (out.length > 0 && e.op === 'delete') out.splice(at, 1);
    else if (out.length > 0) out[at] = e.key;
  }
  return out;
}

describe('lcsAndEditDistance', () => {
  const scratch = new Scratch(64);
  const edit = fc.record({
    at: fc.nat(),
    op: fc.constantFrom('insert' as const, 'delete' as const, 'substitute' as const),
    key: fc.integer({ min: 0, max: 40 }),
  });

  it('equals the whole-grid algorithm on long copies with a few edits on either side (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 100, maxLength: 700 }),
        fc.array(edit, { maxLength: 40, size: 'max' }),
        fc.array(edit, { maxLength: 12 }),
        (base, ea, eb) => {
          const a = Int32Array.from(edited(base, ea));
          const b = Int32Array.from(edited(base, eb));
          expect(lcsAndEditDistance(a, b, scratch)).toEqual(wholeGrid(a, b));
          expect(lcsAndEditDistance(b, a, scratch)).toEqual(wholeGrid(b, a));
        },
      ),
      { seed: 42, numRuns: 1000 },
    );
  });

  it('equals the whole-grid algorithm on unrelated sequences past the whole-grid size, where the band widens (property)', () => {
    const seq = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 60, maxLength: 160 });
    fc.assert(
      fc.property(seq, seq, (x, y) => {
        const a = Int32Array.from(x);
        const b = Int32Array.from(y);
        expect(a.length * b.length).toBeGreaterThan(FULL_GRID_CELLS - 500);
        expect(lcsAndEditDistance(a, b, scratch)).toEqual(wholeGrid(a, b));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('fills a band, not the grid, for two 20,000-word copies that differ in three words', () => {
    const base = Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 5003);
    const a = Int32Array.from(base);
    const b = Int32Array.from(
      edited(base, [
        { at: 5000, op: 'delete', key: 0 },
        { at: 12_000, op: 'insert', key: 9999 },
        { at: 15_000, op: 'substitute', key: 9998 },
      ]),
    );
    const t0 = performance.now();
    const r = lcsAndEditDistance(a, b, scratch);
    const ms = performance.now() - t0;
    expect(r).toEqual({ lcs: 19_998, distance: 3 });
    // The whole grid is 4·10^8 cells (seconds); the band a few hundred thousand.
    expect(ms).toBeLessThan(200);
  });
});
