import { describe, expect, it } from 'vitest';
import { round4 } from '../../src/util/numbers.js';
import { inside, mergeRanges } from '../../src/util/ranges.js';

describe('round4: every stage rounds report scores to 4 decimals', () => {
  it.each([
    [2 / 3, 0.6667],
    [0.12344, 0.1234],
    [0.12345, 0.1235],
    [1, 1],
    [0, 0],
    [-0.33335, -0.3333],
  ])('%d -> %d', (x, expected) => expect(round4(x)).toBe(expected));
});

describe('mergeRanges: sorted, disjoint ranges covering the same characters', () => {
  it.each([
    ['empty', [], []],
    [
      'already disjoint',
      [
        { start: 0, end: 2 },
        { start: 4, end: 6 },
      ],
      [
        { start: 0, end: 2 },
        { start: 4, end: 6 },
      ],
    ],
    [
      'out of order',
      [
        { start: 4, end: 6 },
        { start: 0, end: 2 },
      ],
      [
        { start: 0, end: 2 },
        { start: 4, end: 6 },
      ],
    ],
    [
      'touching ranges join',
      [
        { start: 0, end: 2 },
        { start: 2, end: 5 },
      ],
      [{ start: 0, end: 5 }],
    ],
    [
      'nested range absorbed',
      [
        { start: 0, end: 9 },
        { start: 3, end: 4 },
      ],
      [{ start: 0, end: 9 }],
    ],
  ])('%s', (_, ranges, expected) => expect(mergeRanges(ranges)).toEqual(expected));
});

describe('inside: a span lies within one of sorted disjoint ranges', () => {
  const ranges = [
    { start: 2, end: 5 },
    { start: 8, end: 12 },
  ];
  it.each([
    ['within the first', 2, 5, true],
    ['within the second', 9, 11, true],
    ['before every range', 0, 1, false],
    ['between ranges', 5, 8, false],
    ['across two ranges', 4, 9, false],
    ['running past the end', 10, 13, false],
  ])('%s', (_, start, end, expected) => expect(inside(ranges, start, end)).toBe(expected));
});
