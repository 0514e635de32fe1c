import { describe, expect, it } from 'vitest';
import { anaphoricDescriptors, countriesIn, roleAt, rolesIn } from '../../src/actors/descriptors.js';
import { readCorpus } from '../../src/document/read.js';
import { quoteStages } from '../helpers/stages.js';

describe('rolesIn: the offices a phrase names', () => {
  it.each([
    ['a one-word role', ['the', 'foreign', 'minister'], ['foreign minister']],
    ['the longest role wins over its parts', ['the', 'head', 'of', 'state'], ['leader', 'president']],
    ['a synonym of a role gives its class', ['the', 'strongman'], ['leader']],
    ['two roles in one phrase', ['spokesman', 'and', 'envoy'], ['spokesperson', 'envoy']],
    ['no role: nothing', ['the', 'north', 'korean'], []],
  ])('%s', (_rule, words, classes) => {
    expect(rolesIn(words)).toEqual(classes);
  });

  it.each([
    ['three words', ['head', 'of', 'state'], 0, 3],
    ['one word', ['minister', 'of'], 0, 1],
    ['none', ['of', 'state'], 0, undefined],
  ])('roleAt: %s', (_rule, words, i, length) => {
    expect(roleAt(words, i)?.length).toBe(length);
  });
});

describe('countriesIn: the countries a phrase ties to', () => {
  it.each([
    ['a demonym of two words', ['north', 'korean', 'leader'], ['north korea']],
    ['a demonym', ['russian', 'foreign', 'minister'], ['russia']],
    ["a country's possessive", ["russia's", 'top', 'diplomat'], ['russia']],
    ['a country of two words', ['north', 'korea', 'leader'], ['north korea']],
    ['no country', ['the', 'leader'], []],
  ])('%s', (_rule, words, countries) => {
    expect(countriesIn(words)).toEqual(countries);
  });
});

describe('anaphoricDescriptors: "the … <role>" with no name after it', () => {
  const found = (text: string): string[] => {
    const doc = readCorpus([{ id: 'd', text }]).docs[0];
    if (doc === undefined) throw new Error('no document');
    return anaphoricDescriptors(doc).map((a) => a.d.text);
  };
  it.each([
    ['a descriptor standing for a name', 'Later the North Korean ruler spoke.', ['North Korean ruler']],
    ['followed by the name it introduces: none', 'Later the North Korean leader Kim Jong Un spoke.', []],
    ['an appositive name after a comma: none', 'Later the leader, Kim Jong Un, spoke.', []],
    ['no role noun at its end: none', 'Later the North Korean army spoke.', []],
  ])('%s', (_rule, text, texts) => {
    expect(found(text)).toEqual(texts);
  });
});

describe('descriptors resolved to persons', () => {
  const describedAs = (text: string): [string, string][] => {
    const { actors } = quoteStages(readCorpus([{ id: 'd', text }]));
    return actors.list.flatMap((a) => a.mentions.filter((m) => m.kind === 'descriptor').map((m): [string, string] => [m.text, a.name]));
  };
  it.each([
    [
      'a descriptor used later is the person introduced with it',
      'North Korean leader Kim Jong Un met Sergei Lavrov. Later the North Korean ruler smiled.',
      [['the North Korean ruler', 'Kim Jong Un']],
    ],
    [
      'an appositive after the name introduces it (and is itself a mention of the person)',
      'Oskar Berg, the Valdorian foreign minister, arrived. The foreign minister spoke.',
      [
        ['the Valdorian foreign minister', 'Oskar Berg'],
        ['The foreign minister', 'Oskar Berg'],
      ],
    ],
    ['another country rules a person out', 'Russian Foreign Minister Sergei Lavrov arrived. The American foreign minister spoke.', []],
    ['no person introduced with that role: nobody', 'Sergei Lavrov arrived. The North Korean ruler spoke.', []],
  ])('%s', (_rule, text, expected) => {
    expect(describedAs(text)).toEqual(expected);
  });
});
