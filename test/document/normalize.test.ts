import { describe, expect, it } from 'vitest';
import { americanSpelling, foldCharacters, foldText, matchKey } from '../../src/document/normalize.js';

describe('matchKey', () => {
  it.each([
    ['U.S.', undefined, 'us.'],
    ['US', undefined, 'us.'],
    ['U.S.’s', undefined, 'us.'],
    ['us', undefined, 'us'],
    ['Denuclearisation', undefined, 'denuclearization'],
    ['denuclearization', undefined, 'denuclearization'],
    ['half-way', undefined, 'halfway'],
    ['halfway', undefined, 'halfway'],
    ['colour', undefined, 'color'],
    ['said', 'say', 'say'],
    ['Kim’s', undefined, "kim's"],
    ['realise', undefined, 'realize'],
    ['promise', undefined, 'promise'],
    ['hour', undefined, 'hour'],
    ['neighbours', undefined, 'neighbors'],
    ['ｆｕｌｌｗｉｄｔｈ', undefined, 'fullwidth'],
    ['zero\u200Bwidth', undefined, 'zerowidth'],
  ])('%s (lemma %s) → %s', (surface, lemma, key) => {
    expect(matchKey(surface, lemma)).toBe(key);
  });

  it('keeps the pronoun "us" apart from the acronym "US"', () => {
    expect(matchKey('us')).not.toBe(matchKey('US'));
  });
});

describe('americanSpelling', () => {
  it.each([
    ['organisation', 'organization'],
    ['analyse', 'analyze'],
    ['centre', 'center'],
    ['defence', 'defense'],
    ['catalogue', 'catalog'],
    ['advertise', 'advertise'],
    ['exercise', 'exercise'],
    ['your', 'your'],
    ['vogue', 'vogue'],
  ])('%s → %s', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
  });
});

describe('foldCharacters / foldText', () => {
  it.each([
    ['\u201CUS hegemonism\u201D', '"US hegemonism"'],
    ['Kim\u2019s', "Kim's"],
    ['2009\u20142010', '2009-2010'],
    ['a\u00A0b', 'a b'],
    ['plain ascii', 'plain ascii'],
  ])('foldCharacters(%j) → %j', (input, out) => {
    expect(foldCharacters(input)).toBe(out);
  });

  it('folds case and collapses white space', () => {
    expect(foldText('  The\u00A0\u201CU.S.\u201D\r\n side ')).toBe('the "u.s." side');
  });
});
