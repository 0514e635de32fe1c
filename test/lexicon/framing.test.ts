import { describe, expect, it } from 'vitest';
import { FRAMING_LEXICON } from '../../src/lexicon/index.js';

const entries = FRAMING_LEXICON.entries;

/** The categories of the entries, one per run of equal neighbours. */
const runs = (): string[] => entries.map((e) => e.category).filter((c, i, all) => i === 0 || all[i - 1] !== c);

// The framing lexicon compiles its entries in file order and keeps that order among ties, so the shared
// blocks must come back where they stood in framing.json 1.0.0 (after the first charged abstractions).
describe('the shipped framing lexicon, shared blocks filled in', () => {
  it('has version 1.1.0 (issue 17 read terms in context) and no include marker left', () => {
    expect(FRAMING_LEXICON.version).toBe('1.1.0');
    expect(entries.some((e) => 'include' in e)).toBe(false);
  });

  it('puts each shared block where it stood, in one piece', () => {
    expect(runs()).toEqual([
      'state-label',
      'person-label',
      'group-label',
      'charged-abstraction',
      'attribution-verb',
      'hedge',
      'intensifier',
      'evaluative',
      'charged-abstraction',
      'evaluative',
      'label-modifier',
      'fixed-expression',
    ]);
  });

  it.each([
    ['attribution-verb', 'say'],
    ['hedge', 'allegedly'],
    ['intensifier', 'strictly'],
  ])('starts the %s block with %s, in the shared table order', (category, first) => {
    expect(entries.find((e) => e.category === category)?.term).toBe(first);
  });

  it.each([
    ['say', 'attribution-verb', { term: 'say', category: 'attribution-verb', direction: 'neutral', strength: 0, pos: 'VERB' }],
    ['complain', 'attribution-verb', { term: 'complain', category: 'attribution-verb', direction: 'negative', strength: 0.5, pos: 'VERB' }],
    ['allegedly', 'hedge', { term: 'allegedly', category: 'hedge', direction: 'negative', strength: 0.6 }],
    ['strictly', 'intensifier', { term: 'strictly', category: 'intensifier', direction: 'neutral', strength: 0.5 }],
  ])('gives %s (%s) the fields of framing.json 1.0.0, in their order', (term, category, entry) => {
    expect(JSON.stringify(entries.find((e) => e.term === term && e.category === category))).toBe(JSON.stringify(entry));
  });
});
