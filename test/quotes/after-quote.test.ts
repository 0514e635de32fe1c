import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/document/read.js';
import { quoteStages } from '../helpers/stages.js';
import type { Quote } from '../../src/quotes/types.js';

const quotesOf = (text: string): Quote[] => quoteStages(readCorpus([{ id: 'd', text }])).quotes;

/** The quote with text `quote` is credited to `speaker` through the cue word `cue`. */
function expectSpeaker(text: string, quote: string, speaker: string, cue: string): void {
  const q = quotesOf(text).find((x) => x.text === quote);
  expect(q?.speaker?.name).toBe(speaker);
  expect(q?.cueMention?.text).toBe(cue);
}

/** The first quote of `text` has no speaker. */
function expectNoSpeaker(text: string): void {
  expect(quotesOf(text)[0]?.speaker ?? null).toBeNull();
}

// Fixture sentences are written for these tests (names of a made-up port town and its people).
// Issue 15's class "punctuation/words after the quote": a question or exclamation inside the marks, and a
// nested single quote closing with a doubled apostrophe ("…,'''"), before "Name said".
describe('extractQuotes: punctuation inside the marks before the speaker', () => {
  it.each([
    ['question, name, cue', '“Who pays for the bridge?” Marta Lind asked on Monday.', 'Who pays for the bridge?', 'Marta Lind', 'asked'],
    ['exclamation, name, cue', '“The ferry is back!” Oskar Berg said from the pier.', 'The ferry is back!', 'Oskar Berg', 'said'],
    [
      'question, title and name, cue',
      '"Where is the money?" Mayor Oskar Berg said of the dredging.',
      'Where is the money?',
      'Oskar Berg',
      'said',
    ],
    [
      'question, name, apposition, cue',
      '“Can the ferry run?” Marta Lind, the port director, asked.',
      'Can the ferry run?',
      'Marta Lind',
      'asked',
    ],
    ['doubled apostrophes around a question', "''Who will pay for it?'' Marta Lind asked.", 'Who will pay for it?', 'Marta Lind', 'asked'],
    [
      'nested single quote closed by three apostrophes, name, cue',
      "Oskar Berg spoke. ''He told me, 'We will open the harbour,''' Mr. Berg said.",
      "He told me, 'We will open the harbour,'",
      'Oskar Berg',
      'said',
    ],
    [
      'nested single quote closed by three apostrophes, cue, name',
      "''The sign on the pier says 'closed,''' said Marta Lind.",
      "The sign on the pier says 'closed,'",
      'Marta Lind',
      'said',
    ],
  ])('%s', (_label, text, quote, speaker, cue) => expectSpeaker(text, quote, speaker, cue));

  // Guards: these held before the change and must still hold.
  it.each([
    ['a pronoun after a question opens a new sentence', '“Who pays for the bridge?” He said the town would pay.'],
    ['a full stop inside the marks ends the sentence', '“The bridge is closed.” Marta Lind said the ferry would run.'],
    ['a name that no cue follows', '“Who pays for the bridge?” Marta Lind and Oskar Berg disagree.'],
  ])('%s', (_label, text) => expectNoSpeaker(text));
});

describe('extractQuotes: words between the quote and the speaker ending its sentence', () => {
  it.each([
    [
      'a fragment, words, name, cue',
      '“This will be hard” for the ferry company, Marta Lind said.',
      'This will be hard',
      'Marta Lind',
      'said',
    ],
    [
      'a comma quote, a clause, cue, name, apposition',
      '“The harbour is ready,” and the boats came in on Monday, said Oskar Berg, the port director.',
      'The harbour is ready,',
      'Oskar Berg',
      'said',
    ],
    [
      'a fragment, words, name, cue, time and place',
      'The ferry was “never on time” in the winter, Marta Lind said on Friday at the pier.',
      'never on time',
      'Marta Lind',
      'said',
    ],
  ])('%s', (_label, text, quote, speaker, cue) => expectSpeaker(text, quote, speaker, cue));

  // Guards: these held before the change and must still hold.
  it.each([
    ['a full stop inside the marks ends the sentence', '“The harbour is closed.” The boats stayed out, Oskar Berg said.'],
    ['a cue between the quote and the name', '“The harbour is closed” was written on the gate, and Oskar Berg said nothing.'],
    ['the cue does not end its clause', '“The harbour is closed” on Sundays, Oskar Berg said the mayor wanted.'],
    ['the cue takes an object', 'On the radio show “Harbour Hour” on Sunday, Oskar Berg called the plan reckless.'],
  ])('%s', (_label, text) => expectNoSpeaker(text));
  // Was a guard that Oskar Berg, inside the apposition, is not taken; since two asides may stand between a
  // name and its cue, the speaker is found: Ann Lee.
  it('a second comma ends an apposition, not the clause: the name before the asides speaks', () =>
    expectSpeaker(
      '“The harbour is closed,” Ann Lee, a rival of Oskar Berg, in the north, said.',
      'The harbour is closed,',
      'Ann Lee',
      'said',
    ));
});
