import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound, rangeAt } from '../../src/document/model.js';

describe('lowerBound', () => {
  it.each([
    ['an empty list', [], 5, 0],
    ['a value below all', [2, 4, 6], 1, 0],
    ['a value between', [2, 4, 6], 5, 2],
    ['a value equal to one', [2, 4, 6], 4, 1],
    ['a value above all', [2, 4, 6], 9, 3],
  ])('on %s', (_name, xs, v, want) => {
    expect(lowerBound(xs.length, (i) => (xs[i] as number) < v)).toBe(want);
  });

  it('is the first index whose value is not below the one sought (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (raw, v) => {
        const xs = [...raw].sort((a, b) => a - b);
        const plain = xs.findIndex((x) => x >= v);
        expect(lowerBound(xs.length, (i) => (xs[i] as number) < v)).toBe(plain === -1 ? xs.length : plain);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('rangeAt', () => {
  const ranges = [
    { start: 2, end: 5 },
    { start: 5, end: 6 },
    { start: 9, end: 9 },
    { start: 10, end: 14 },
  ];
  it.each([
    ['before the first range', 1, -1],
    ['a range start', 2, 0],
    ['a range end (exclusive), where the next range starts', 5, 1],
    ['a gap', 7, -1],
    ['an empty range', 9, -1],
    ['inside the last range', 13, 3],
    ['past the last range', 14, -1],
  ])('at %s', (_name, offset, want) => {
    expect(rangeAt(ranges, offset)).toBe(want);
  });

  it('finds the range a plain scan finds (property)', () => {
    // Sorted disjoint ranges built from gaps and lengths (some empty).
    const layout = fc.array(fc.tuple(fc.nat(4), fc.nat(4)), { maxLength: 12 });
    fc.assert(
      fc.property(layout, fc.integer({ min: -2, max: 110 }), (parts, offset) => {
        let at = 0;
        const rs = parts.map(([gap, length]) => {
          const r = { start: at + gap, end: at + gap + length };
          at = r.end;
          return r;
        });
        expect(rangeAt(rs, offset)).toBe(rs.findIndex((r) => r.start <= offset && offset < r.end));
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
