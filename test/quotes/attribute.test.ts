import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/document/read.js';
import { quoteStages } from '../helpers/stages.js';

/** [speaker, cue, pattern, credited source] that the quote stage gives the `nth` quote of a text. */
function attribution(text: string, nth = 0): [string?, string?, string?, string?] | undefined {
  const q = quoteStages(readCorpus([{ id: 'd', text }])).quotes[nth];
  return q?.speaker == null ? undefined : [q.speaker.name, q.cue, q.attribution, q.creditedSource];
}

// Fixture sentences are written for these tests (a made-up port town and its people).
describe('attributeQuote: which words attribute a quote', () => {
  it.each([
    [
      'the words after the quote, when it ends with a comma',
      '“It is late,” Marta Lind said.',
      ['Marta Lind', 'said', 'quote-speaker-cue', undefined],
    ],
    ['the words before the quote', 'Marta Lind said: “It is late.”', ['Marta Lind', 'said', 'speaker-cue-quote', undefined]],
    ['after wins over before', 'Berg said “it is late,” Lind added.', ['Lind', 'added', 'quote-speaker-cue', undefined]],
    [
      'a person before speaks, an agency after is credited',
      'Lind said the port “cannot wait,” Tass reported.',
      ['Lind', 'said', 'speaker-cue-quote', 'Tass'],
    ],
    ['an agency alone speaks, as a source', '“It is late,” Reuters reported.', ['Reuters', 'reported', 'quote-speaker-cue', 'Reuters']],
    ['a full stop inside the marks ends the sentence before a capitalized name', '“It is late.” Marta Lind left.', undefined],
    [
      'a full stop inside the marks, then a lower-case cue',
      '“It is late.” said Marta Lind.',
      ['Marta Lind', 'said', 'quote-cue-speaker', undefined],
    ],
    [
      'a fragment mid-sentence is not attributed by the words after it without a comma',
      'He called it “a plan” when Lind said so.',
      ['he', 'called', 'speaker-cue-quote', undefined],
    ],
  ])('%s', (_name, text, expected) => {
    expect(attribution(text)).toEqual(expected);
  });

  it('reads the introduction a paragraph before ends with a colon or comma (intro-paragraph)', () => {
    expect(attribution('Marta Lind continued,\n\n“It is late.”')).toEqual(['Marta Lind', 'continued', 'intro-paragraph', undefined]);
  });
});
