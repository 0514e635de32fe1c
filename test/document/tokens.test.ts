import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../src/document/model.js';
import { readCorpus } from '../../src/document/read.js';
import { CUE_FORMS, NOMINAL_CUES } from '../../src/lexicon/index.js';
import { isLowerWord, isTerminatorToken, lower, mayLowerBeIn, sameLine, tt, wordEndsTable } from '../../src/document/tokens.js';

const docOf = (text: string): DocModel => readCorpus([{ id: 'd', text }]).docs[0] as DocModel;

// Word lists the shortcuts stand in for, and words written for these tests.
const lists: readonly (readonly string[])[] = [
  [...CUE_FORMS.keys()],
  [...NOMINAL_CUES],
  ['according', 'to', 'said', "ship's", 'o\u2019clock', 'caf\u00e9', 'a b'],
];
// Pieces of token texts: the listed words in several cases, look-alikes, letters outside ASCII that
// lower-case to ASCII ones or to more units (Kelvin sign, dotted capital I), curly apostrophes.
const pieces = [
  ...lists.flat().slice(0, 400),
  'Said',
  'SAID',
  'ACCORDING',
  'According',
  'accordin',
  'To',
  'TO',
  'tO',
  'Ship\u2019s',
  'O\u2019CLOCK',
  'CAF\u00c9',
  '\u212Aim',
  'S\u0130D',
  '\u0130',
  'x',
  'Q',
  '9',
  '.',
  ',',
  '\u2019',
  "'",
  '-',
];
const texts = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', ' ', '', '\n', ', ')), { minLength: 1, maxLength: 20 })
  .map((xs) => xs.map(([p, s]) => p + s).join(''));

describe('mayLowerBeIn', () => {
  it.each([
    ['a listed word in capitals', 'SAID', 'said', true],
    ['a word of another length', 'sayings', 'said', false],
    ['a word of the same length and another first letter', 'paid', 'said', false],
    ['a word of the same length and first letter, another last letter', 'sail', 'said', false],
    ['a listed word with a capital last letter', 'saiD', 'said', true],
    ['a token outside ASCII', '\u212Aim', 'kim', true],
  ])('%s', (_name, text, word, expected) => {
    expect(mayLowerBeIn(docOf(text), 0, wordEndsTable([word]))).toBe(expected);
  });

  it('is true for every token whose lower-cased text is in the list (generated texts)', () => {
    const tables = lists.map((l) => [new Set(l), wordEndsTable(l)] as const);
    fc.assert(
      fc.property(texts, (text) => {
        const doc = docOf(text);
        for (let i = -1; i <= doc.tokens.count; i++) {
          for (const [set, table] of tables) if (set.has(lower(doc, i))) expect(mayLowerBeIn(doc, i, table)).toBe(true);
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('isLowerWord', () => {
  it.each([
    ['the word in capitals', 'ACCORDING to', 0, 'according', true],
    ['a longer word', 'accordingly', 0, 'according', false],
    ['the next token', 'According to', 1, 'to', true],
    ['past the last token', 'to', 1, 'to', false],
  ])('%s', (_name, text, i, word, expected) => {
    expect(isLowerWord(docOf(text), i, word)).toBe(expected);
  });

  it('is lower(doc, i) === word for words of letters a-z other than k (generated texts)', () => {
    const words = ['according', 'to', 'said', 'as', 'saying', 'quoted', 'sid', 'i'];
    fc.assert(
      fc.property(texts, (text) => {
        const doc = docOf(text);
        for (let i = -1; i <= doc.tokens.count; i++) for (const w of words) expect(isLowerWord(doc, i, w)).toBe(lower(doc, i) === w);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('token texts', () => {
  it.each([
    ['the text of a token', 'Lind said.', 0, 'Lind', 'lind'],
    ['curly apostrophes folded for word lists', 'Kim\u2019s aide', 1, '\u2019s', "'s"],
    ['nothing before the first token', 'Lind', -1, '', ''],
    ['nothing past the last token', 'Lind', 1, '', ''],
  ])('tt and lower: %s', (_name, text, i, original, lowered) => {
    const doc = docOf(text);
    expect([tt(doc, i), lower(doc, i)]).toEqual([original, lowered]);
  });

  it.each([
    ['a full stop', 'Lind left.', 2, true],
    ['a question mark', 'Did he?', 2, true],
    ['a comma', 'Lind, Berg', 1, false],
    ['an ellipsis of three full stops', 'Lind...', 1, false],
    ['outside the table', 'Lind.', 5, false],
  ])('isTerminatorToken: %s', (_name, text, i, expected) => {
    expect(isTerminatorToken(docOf(text), i)).toBe(expected);
  });

  it.each([
    ['words on one line', 'Lind said', true],
    ['a line break between them', 'Lind\nsaid', false],
  ])('sameLine: %s', (_name, text, expected) => {
    expect(sameLine(docOf(text), 0, 1)).toBe(expected);
  });
});
