import { describe, expect, it } from 'vitest';
import { FRAMING_LEXICON } from '../../src/lexicon/index.js';

const entries = FRAMING_LEXICON.entries;

// The framing lexicon compiles its entries in file order and keeps that order among ties, so the shared
// blocks must come back where they stood in framing.json 1.0.0.
describe('the shipped framing lexicon, shared blocks filled in', () => {
  it('keeps version 1.0.0 and its 2206 entries', () => {
    expect(FRAMING_LEXICON.version).toBe('1.0.0');
    expect(entries).toHaveLength(2206);
    expect(entries.some((e) => 'include' in e)).toBe(false);
  });

  it.each([
    ['attribution-verb', 455, 183, 'say', 'champion'],
    ['hedge', 638, 70, 'allegedly', 'would appear'],
    ['intensifier', 708, 117, 'strictly', 'unrivaled'],
  ])('puts the %s block at entry %i (%i entries, %s … %s)', (category, at, n, first, last) => {
    const block = entries.slice(at, at + n);
    expect(block.every((e) => e.category === category)).toBe(true);
    expect(entries.filter((e) => e.category === category)).toHaveLength(n);
    expect(block[0]?.term).toBe(first);
    expect(block[n - 1]?.term).toBe(last);
  });

  it.each([
    [455, { term: 'say', category: 'attribution-verb', direction: 'neutral', strength: 0, pos: 'VERB' }],
    [518, { term: 'complain', category: 'attribution-verb', direction: 'negative', strength: 0.5, pos: 'VERB' }],
    [638, { term: 'allegedly', category: 'hedge', direction: 'negative', strength: 0.6 }],
    [708, { term: 'strictly', category: 'intensifier', direction: 'neutral', strength: 0.5 }],
  ])('entry %i is %j, fields in the old order', (at, entry) => {
    expect(JSON.stringify(entries[at])).toBe(JSON.stringify(entry));
  });
});
