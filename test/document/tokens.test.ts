import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../src/document/model.js';
import { readCorpus } from '../../src/document/read.js';
import { isTerminatorToken, lower, sameLine, tt } from '../../src/document/tokens.js';

const docOf = (text: string): DocModel => readCorpus([{ id: 'd', text }]).docs[0] as DocModel;

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
