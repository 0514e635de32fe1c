import { describe, expect, it } from 'vitest';
import { clauseSubject, isDocumentNp, npLeft, npRight, skipRight, subjectOf } from '../../src/quotes/phrases.js';
import { docOf, textOf, tokenOf } from './read-quote.js';

// Fixture sentences are written for these tests (a made-up port town and its people).
describe('subjectOf: the subject of a cue', () => {
  it.each([
    ['a name right before the cue', 'Marta Lind said it.', 'Marta Lind'],
    ['words between subject and cue skipped', 'Marta Lind has also said it.', 'Marta Lind'],
    ['a parenthetical between commas', 'Marta Lind, seated beside the mayor, said it.', 'Marta Lind'],
    ['a bracketed aside', 'Sen. Marta Lind (D-Ore.) said it.', 'Sen. Marta Lind'],
    ['a pronoun', 'Then she said it.', 'she'],
    ['an "of" between nouns', 'The head of Harbour Radio said it.', 'The head of Harbour Radio'],
    ['two names joined by "and"', 'Lind and Berg said it.', 'Lind and Berg'],
    ['no noun phrase before the cue', 'Then said it.', undefined],
  ])('%s', (_name, text, expected) => {
    const doc = docOf(text);
    expect(textOf(doc, subjectOf(doc, tokenOf(doc, 'said'), 0))).toBe(expected);
  });
});

describe('npLeft and npRight: a noun phrase ending or starting at a token', () => {
  it.each([
    ['a name', 'He met Marta Lind today.', 'Lind', 'Marta Lind'],
    ['"who" after a name points back to it', 'Marta Lind, who left.', 'who', 'Marta Lind'],
    ['a phrase must have a head (a name or noun)', 'It was very big.', 'big', undefined],
  ])('npLeft: %s', (_name, text, end, expected) => {
    const doc = docOf(text);
    expect(textOf(doc, npLeft(doc, tokenOf(doc, end), 0))).toBe(expected);
  });

  it.each([
    ['a name', 'said Marta Lind on Monday.', 'Marta', 'Marta Lind'],
    ['adverbs before it skipped', 'said only Marta Lind.', 'only', 'Marta Lind'],
    ['a pronoun', 'said she on Monday.', 'she', 'she'],
    ['no phrase at a verb', 'said walked home.', 'walked', undefined],
  ])('npRight: %s', (_name, text, start, expected) => {
    const doc = docOf(text);
    expect(textOf(doc, npRight(doc, tokenOf(doc, start), doc.tokens.count))).toBe(expected);
  });
});

describe('clauseSubject: the subject of a clause, before a verb', () => {
  it.each([
    ['the first noun phrase followed by a verb', 'Marta Lind attacked the plan', 'Marta Lind'],
    ['a noun phrase not followed by a verb is passed over', 'With the town in doubt, Marta Lind is firm', 'Marta Lind'],
    ['none without a verb after it', 'The harbour and the ferry', undefined],
  ])('%s', (_name, text, expected) => {
    const doc = docOf(text);
    expect(textOf(doc, clauseSubject(doc, 0, doc.tokens.count))).toBe(expected);
  });
});

describe('isDocumentNp and skipRight', () => {
  it.each([
    ['a translation', 'a Harbour Radio translation', true],
    ['a person', 'a Harbour Radio reporter', false],
  ])('isDocumentNp: %s', (_name, text, expected) => {
    const doc = docOf(text);
    expect(isDocumentNp(doc, [0, doc.tokens.count - 1])).toBe(expected);
  });

  it('skipRight passes over auxiliaries and adverbs to the verb', () => {
    const doc = docOf('has also repeatedly said it');
    expect(skipRight(doc, 0, doc.tokens.count)).toBe(tokenOf(doc, 'said'));
  });
});
