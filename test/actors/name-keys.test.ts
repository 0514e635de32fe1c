import { describe, expect, it } from 'vitest';
import { collapseSpaces, nameKey, namePartKey, nameParts } from '../../src/actors/name-keys.js';
import { readCorpus } from '../../src/document/read.js';

describe('nameKey: spellings of one name agree', () => {
  it.each([
    ['-ey is read as -ei (Russian transliterations)', ['Sergey', 'Lavrov'], 'sergeilavrov'],
    ['-ei stays', ['Sergei', 'Lavrov'], 'sergeilavrov'],
    ['hyphenated and spaced parts agree', ['Kim', 'Jong', 'un'], 'kimjongun'],
    ['case does not count', ['Kim', 'Jong', 'Un'], 'kimjongun'],
    ['a final -y after a consonant is read as -i', ['Dmitry', 'Peskov'], 'dmitripeskov'],
    ['initials drop out', ['Donald', 'J.', 'Trump'], 'donaldtrump'],
    ['accents drop out', ['José', 'Núñez'], 'josenunez'],
  ])('%s: %j → %s', (_rule, parts, key) => {
    expect(nameKey(parts)).toBe(key);
  });
});

describe('namePartKey: one part folded', () => {
  it.each([
    ['-iy is read as -i', 'Dmitriy', 'dmitri'],
    ['-ey is read as -ei wherever a part ends in it', 'Alexey', 'alexei'],
    ['-ay keeps its y (a vowel before it)', 'Murray', 'murray'],
    ['punctuation drops out', "O'Brien", 'obrien'],
    ['one letter is an initial: nothing', 'J.', ''],
  ])('%s: %s → %s', (_rule, part, key) => {
    expect(namePartKey(part)).toBe(key);
  });
});

describe('nameParts: the words of a written name', () => {
  it.each([
    ['hyphenated words split', 'Kim Jong-un spoke.', 0, 2, ['Kim', 'Jong', 'un']],
    ['plain words stay whole', 'Sergei Lavrov spoke.', 0, 2, ['Sergei', 'Lavrov']],
  ])('%s', (_rule, text, from, to, parts) => {
    const doc = readCorpus([{ id: 'd', text }]).docs[0];
    if (doc === undefined) throw new Error('no document');
    expect(nameParts(doc, from, to)).toEqual(parts);
  });

  it('collapses runs of white space in a form', () => {
    expect(collapseSpaces('Kim \n Jong  Un')).toBe('Kim Jong Un');
  });
});
