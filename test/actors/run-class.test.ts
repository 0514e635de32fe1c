import { describe, expect, it } from 'vitest';
import { nameRuns } from '../../src/actors/name-runs.js';
import { classifyRun, isOutletName } from '../../src/actors/run-class.js';
import { readCorpus } from '../../src/document/read.js';
import { quoteStages } from '../helpers/stages.js';

describe('isOutletName: outlets are not persons', () => {
  it.each([
    ['an outlet of two words', ['Al', 'Jazeera'], true],
    ['an outlet of one word', ['Reuters'], true],
    ['a long word of the name is an outlet', ['Tass', 'Reuters'], true],
    ['a name that starts like an outlet', ['Al', 'Lind'], false],
    ['a person', ['Oskar', 'Berg'], false],
  ])('%s: %j → %s', (_rule, words, outlet) => {
    expect(isOutletName(words)).toBe(outlet);
  });
});

describe('classifyRun: person, single word, or no person', () => {
  const classes = (text: string): [string, string][] => {
    const doc = readCorpus([{ id: 'd', text }]).docs[0];
    if (doc === undefined) throw new Error('no document');
    return nameRuns(doc).map((r) => [text.slice(doc.tokens.start[r.nameFrom], doc.tokens.end[r.to - 1]), classifyRun(doc, r)]);
  };
  it.each([
    ['a name of two words is a person', 'They met Oskar Berg there.', [['Oskar Berg', 'person']]],
    ['a lone word is decided later', 'They met Berg there.', [['Berg', 'single']]],
    ['a titled lone word is a single name', 'They met President Berg there.', [['Berg', 'single']]],
    ['an outlet is nobody', 'They spoke to Al Jazeera there.', [['Al Jazeera', 'no']]],
    ['an organization (its head word) is nobody', 'They met the Foreign Ministry there.', [['Ministry', 'no']]],
    ['a word in capitals makes no name run', 'They met NATO there.', []],
    ['after "the", a lone capitalized word is nobody', 'They met the Berg there.', [['Berg', 'no']]],
  ])('%s', (_rule, text, expected) => {
    expect(classes(text)).toEqual(expected);
  });
});

describe('resolveActors: outlets written like names', () => {
  it.each([
    ['an outlet of two words is nobody', 'Oskar Berg spoke to Al Jazeera on Monday.', ['Oskar Berg']],
    [
      'a name of two words that starts like an outlet is a person',
      'Oskar Berg met Al Lind on Monday. Lind said no.',
      ['Al Lind', 'Oskar Berg'],
    ],
  ])('%s', (_name, text, names) => {
    expect(
      quoteStages(readCorpus([{ id: 'd', text }]))
        .actors.list.map((a) => a.name)
        .sort(),
    ).toEqual(names);
  });
});
