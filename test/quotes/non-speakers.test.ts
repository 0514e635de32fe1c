import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/document/read.js';
import { quoteStages } from '../helpers/stages.js';

/** The speaker's name each quote of a one-document text is given (null for none). */
function speakers(text: string): (string | null)[] {
  const corpus = readCorpus([{ id: 'd', text }]);
  return quoteStages(corpus).quotes.map((q) => q.speaker?.name ?? null);
}

// Fixture sentences are written for these tests (a made-up port town, Nordwick, and its people).
// Issue 15: a speaker must be something that can speak, not a day, a date, a voice, an occasion or a place.
// (A document, "a statement", is a source of its own kind: another error class.)
describe('non-person noun phrases are no speakers', () => {
  it.each([
    ['a day between subject and cue', 'Harbour master Marta Lind on Tuesday said: “The pier is closed.”', ['Marta Lind']],
    ['a date between subject and cue', 'Harbour master Marta Lind on July 20 said: “The pier is closed.”', ['Marta Lind']],
    ['"early this week" between subject and cue', 'Harbour master Marta Lind early this week said: “The pier is closed.”', ['Marta Lind']],
    ['a day between speaker and cue after the quote', '“The pier is closed,” Marta Lind on Tuesday said.', ['Marta Lind']],
    ['a time after a bracketed aside', 'Ilsa Berg (D-Orm) last week said the ferry was not the “real problem.”', ['Ilsa Berg']],
    [
      'a time after a parenthetical',
      'Oskar Berg, who has been feuding with the harbour board this week, on Friday described his plan as a “big tent.”',
      ['Oskar Berg'],
    ],
    [
      '"less than two weeks ago"',
      'The Nordwick Harbour Board less than two weeks ago said for the first time that “the pier is closed.”',
      ['Nordwick Harbour Board'],
    ],
    ['an occasion after a preposition', 'Oskar Berg in his opening speech called the ferry pilots “heroes.”', ['Oskar Berg']],
    ['a voice after the cue', '“The pier is closed,” said a low voice.', [null]],
    ['an occasion as the subject of a participle cue', 'An interview aired on Sunday, saying: “The pier is closed.”', [null]],
    ['an occasion as the subject of a colon introduction', 'Two interviews ran Sunday: “The pier is closed.”', [null]],
    ['a day as the subject of a colon introduction', 'Nordwick harbour. Tuesday brought the news: “The pier is closed.”', [null]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('places are no antecedents of he or she', () => {
  it.each([
    ['a lake', 'Marta Lind sailed across Lake Orm on Friday. “The pier is closed,” she said.', ['Marta Lind']],
    ['a town opened by "San"', 'Marta Lind drove to San Ardo on Friday. “The pier is closed,” she said.', ['Marta Lind']],
    ['a town closed by "Beach"', 'Oskar Berg flew to Palm Vale Beach on Friday. “The pier is closed,” he said.', ['Oskar Berg']],
    ['a town opened by "Fort"', 'Oskar Berg fished in Fort Ardo on Friday. “The pier is closed,” he said.', ['Oskar Berg']],
    ['a demonym before a noun', 'Oskar Berg said he began calling Libyan groups. “The pier is closed,” he said.', ['Oskar Berg']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a place beside the speaker is part of the speaker phrase, not the speaker', () => {
  it.each([
    ['"of" a town and a region, no comma before the cue', 'Ilsa Berg of Ardo, Vermont says she will “stay on the water.”', ['Ilsa Berg']],
    [
      '"from" a town and a region between commas',
      'Oskar Berg, a ferry pilot from Ardo, Vermont, says the pier “is closed.”',
      ['Oskar Berg'],
    ],
    ['"from" a region after a descriptor', 'The senator from Vermont said the pier was “closed for good.”', ['senator from Vermont']],
    [
      'an age, a town and an abbreviated region between commas',
      'Lena Holm, 59, of Ardo, Md., who watched the vote on a screen on the quay, said the day brought back “the old harbour.”',
      ['Lena Holm'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

// Not an error before: guards that the place words leave speakers that can speak alone.
describe('organizations and people named with place words still speak', () => {
  it.each([
    ['an organization opened by "St."', '“The pier is closed,” the St. Ardo Harbour Coalition said.', ['St. Ardo Harbour Coalition']],
    ['a surname that is also a demonym', 'Lena Cuban runs the ferry. “The pier is closed,” Cuban said.', ['Lena Cuban']],
    ['a person whose first name opens the run', '“The pier is closed,” Michael Bay said.', ['Michael Bay']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
