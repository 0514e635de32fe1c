import { describe, expect, it } from 'vitest';
import { cueAt, isParticiple } from '../../src/quotes/cues.js';
import { docOf, tokenOf } from './read-quote.js';

// Fixture sentences are written for these tests (a made-up port town and its people).
describe('cueAt: a cue verb used as a verb', () => {
  it.each([
    ['a speech verb', 'Marta Lind said it.', 'said', { lemma: 'say', kind: 'speech' }],
    ['a view', 'Marta Lind hoped it would.', 'hoped', { lemma: 'hope', kind: 'belief' }],
    ['a capitalized word is a name, not a cue', 'The Harbour Post Said nothing.', 'Said', undefined],
    ['a cue word used as a noun ("a report")', 'A report came out.', 'report', undefined],
    ['a word that is no cue', 'Marta Lind walked home.', 'walked', undefined],
  ])('%s', (_name, text, word, expected) => {
    const doc = docOf(text);
    const cue = cueAt(doc, tokenOf(doc, word));
    expect(cue === undefined ? undefined : { lemma: cue.lemma, kind: cue.kind }).toEqual(expected);
  });

  it.each([-1, 99])('finds no cue outside the token table (%i)', (i) => {
    expect(cueAt(docOf('Lind said it.'), i)).toBeUndefined();
  });
});

describe('isParticiple: an -ing word that hangs a quote on the clause’s subject', () => {
  it.each([
    ['after a comma', 'Lind left, saying it was late.', 'saying', true],
    ['without a comma before it', 'Lind kept saying it was late.', 'saying', false],
    ['not an -ing word', 'Lind left, said Berg.', 'said', false],
  ])('%s', (_name, text, word, expected) => {
    const doc = docOf(text);
    expect(isParticiple(doc, tokenOf(doc, word))).toBe(expected);
  });
});
