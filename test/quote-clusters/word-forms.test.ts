import { describe, expect, it } from 'vitest';
import { formDifference, sameWriting } from '../../src/quote-clusters/word-forms.js';
import { viewsOf } from './views-of.js';

// formDifference tells how two words with the same match key are written differently: it decides which
// copies of a remark report a 'spelling' or 'inflection' substitution, and which report none.
const FORMS: readonly [string, string, 'spelling' | 'inflection' | undefined, string][] = [
  ['colour', 'colour', undefined, 'the same word'],
  ['Blockade', 'blockade', undefined, 'case only'],
  ['colour', 'color', 'spelling', 'British and American spelling'],
  ['denuclearisation', 'denuclearization', 'spelling', 'British and American spelling of a long word'],
  ['half-way', 'halfway', 'spelling', 'hyphenation'],
  ['U.S.', 'US', undefined, 'an acronym with and without dots'],
  ['says', 'said', 'inflection', 'another form of the verb'],
];

describe('formDifference: how two words with one match key differ as written', () => {
  it.each(FORMS)('%s / %s -> %s (%s)', (a, b, expected) => {
    const { views } = viewsOf([a, b]);
    const [va, vb] = views;
    expect(va?.keys[0]).toBe(vb?.keys[0]);
    expect(formDifference(va!, 0, vb!, 0)).toBe(expected);
  });
});

// sameWriting lets copies written exactly alike skip the word-by-word form check.
describe('sameWriting: whether a copy is written exactly like another', () => {
  it.each([
    ['We reject the blockade', 'We reject the blockade', true],
    ['We reject the blockade', 'We reject the Blockade', false],
    ['We reject the blockade', 'We  reject the blockade', false],
    ['We reject the colour', 'We reject the color', false],
  ])('%j vs %j -> %s', (a, b, expected) => {
    const { views } = viewsOf([a, b]);
    expect(sameWriting(views[0]!, views[1]!)).toBe(expected);
  });
});
