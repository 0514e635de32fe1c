import { describe, expect, it } from 'vitest';
import { nameRuns } from '../../src/actors/name-runs.js';
import { readCorpus } from '../../src/document/read.js';

/** Each run as [its text, its name's text, honorific gender]. */
function runs(text: string): [string, string, string | undefined][] {
  const doc = readCorpus([{ id: 'd', text }]).docs[0];
  if (doc === undefined) throw new Error('no document');
  const span = (a: number, b: number): string => text.slice(doc.tokens.start[a], doc.tokens.end[b - 1]);
  return nameRuns(doc).map((r) => [span(r.from, r.to), span(r.nameFrom, r.to), r.honorificGender]);
}

describe('nameRuns: capitalized names with their titles split off', () => {
  it.each([
    [
      'titles before the name are split off',
      'They met US President Donald Trump.',
      [['US President Donald Trump', 'Donald Trump', undefined]],
    ],
    ['an honorific gives a gender', 'They met Mr. Berg.', [['Mr. Berg', 'Berg', 'm']]],
    ['initials are part of a name', 'They met Donald J. Trump.', [['Donald J. Trump', 'Donald J. Trump', undefined]]],
    [
      'a role word before a known first name is no part of the name',
      'They met Actress Diane Vole.',
      [['Actress Diane Vole', 'Diane Vole', undefined]],
    ],
    ['nor is a place before a role word', 'Orm Widow Ruth Vole Speaks.', [['Orm Widow Ruth Vole', 'Ruth Vole', undefined]]],
    [
      'an unknown word before a known first name may be a given name',
      'They met Norval Leo Vole.',
      [['Norval Leo Vole', 'Norval Leo Vole', undefined]],
    ],
    [
      'in a title-case headline, a run opening with no known first name is its last word',
      'Top Donor Vole Speaks Out About Orm Plan.\n\nRuth Vole spoke.',
      [
        ['Top Donor Vole', 'Vole', undefined],
        ['Orm Plan', 'Plan', undefined],
        ['Ruth Vole', 'Ruth Vole', undefined],
      ],
    ],
    [
      'a first line in sentence case is no headline',
      'Oskar Vole met Anna Dale on Monday.\n\nHe left.',
      [
        ['Oskar Vole', 'Oskar Vole', undefined],
        ['Anna Dale', 'Anna Dale', undefined],
        ['Monday', 'Monday', undefined],
      ],
    ],
    [
      'a first-line name is its last word when the body gives that surname a first name',
      'Famed Prize-winner Vole unsure.\n\nSusan Vole spoke.',
      [
        ['Famed Prize-winner Vole', 'Vole', undefined],
        ['Susan Vole', 'Susan Vole', undefined],
      ],
    ],
    [
      'a sentence-opening word the text also writes in lower case is no part of a known surname',
      'it rained.\n\nSusan Vole won. Top Vole aides met top donors.',
      [
        ['Susan Vole', 'Susan Vole', undefined],
        ['Top Vole', 'Vole', undefined],
      ],
    ],
    [
      'a sentence-opening word written only capitalized may be a first name',
      'it rained.\n\nSusan Vole won. Lia Vole spoke.',
      [
        ['Susan Vole', 'Susan Vole', undefined],
        ['Lia Vole', 'Lia Vole', undefined],
      ],
    ],
    ['a title opening a sentence before a proper noun', 'President Vole spoke.', [['President Vole', 'Vole', undefined]]],
    [
      'a line break ends a run',
      'They met Oskar\nBerg came.',
      [
        ['Oskar', 'Oskar', undefined],
        ['Berg', 'Berg', undefined],
      ],
    ],
  ])('%s', (_rule, text, expected) => {
    expect(runs(text)).toEqual(expected);
  });
});
