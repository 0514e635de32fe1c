import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { readCorpus } from '../../src/document/read.js';
import { scareQuotes } from '../../src/framing/scare-quotes.js';
import type { Quote } from '../../src/quotes/types.js';

/** A quote of the quotes stage around `words` (its first occurrence between quote marks), with or without a speaker. */
function quoteOf(text: string, words: string, speaker: string | null, partial = true): Quote {
  const at = text.indexOf(`"${words}`);
  if (at === -1) throw new Error(`no "${words}" in the text`);
  const start = at + 1;
  const end = start + words.length;
  const close = text.indexOf('"', end);
  return {
    id: 'q1',
    docId: 'a',
    start,
    end,
    text: words,
    speaker: speaker === null ? null : { name: speaker },
    isSpeech: speaker !== null,
    partial,
    insertions: [],
    openMark: { start: at, end: at + 1, text: '"' },
    closeMark: { start: close, end: close + 1, text: '"' },
  };
}

/** The scare quotes of a one-document text with one quote of the quotes stage. */
function scareOf(text: string, words: string, speaker: string | null = null, partial = true): string[] {
  const doc = readCorpus([{ id: 'a', text }]).docs[0];
  if (doc === undefined) throw new Error('no document');
  return scareQuotes(doc, [quoteOf(text, words, speaker, partial)]).map((s) => s.text);
}

describe('scareQuotes: a word in quotation marks no one is quoted as saying', () => {
  it.each<[string, string, string]>([
    ['a word before its noun', 'The "reform" bill cut school funds by a third.', 'reform'],
    ['a plural noun the writer keeps at a distance', 'Few of the "experts" on the panel had worked in a clinic.', 'experts'],
    ['a phrase after so-called', 'The so-called "peace plan" gave the north nothing.', 'peace plan'],
    ['a phrase after self-styled', 'A self-styled "citizen auditor" filmed the count.', 'citizen auditor'],
  ])('%s: %s', (_, text, words) => {
    expect(scareOf(text, words)).toEqual([`"${words}"`]);
  });

  it.each<[string, string, string, string | null, boolean?]>([
    ['a quote with a speaker', 'Lind called the plan "reckless" and left the room.', 'reckless', 'Lind'],
    ['a quotation of its own, not set in a sentence', 'Lind left.\n\n"Nobody" was there.', 'Nobody', null, false],
    ['a phrase of several words without so-called', 'The "peace plan" gave the north nothing.', 'peace plan', null],
    ['a title', 'She spoke on "Sunday" and then left.', 'Sunday', null],
    ['an acronym', 'Donors gave to "PACs" in both states.', 'PACs', null],
    ['a word named as such', 'The word "sanction" appears twice in the draft.', 'sanction', null],
    ['someone else’s description', 'The minister dismissed them as "amateurs" on Friday.', 'amateurs', null],
    ['the end of a sentence', 'Aides say the plan is "generous."', 'generous.', null],
    ['a sentence that reports speech', 'In his remarks the plan was "bold" and overdue.', 'bold', null],
  ])('not %s: %s', (_, text, words, speaker, partial = true) => {
    expect(scareOf(text, words, speaker, partial)).toEqual([]);
  });

  it('spans its quote marks and links to its quote', () => {
    const text = 'The "reform" bill cut school funds.';
    const doc = readCorpus([{ id: 'a', text }]).docs[0];
    if (doc === undefined) throw new Error('no document');
    const [s] = scareQuotes(doc, [quoteOf(text, 'reform', null)]);
    expect(s).toEqual({ start: 4, end: 12, text: '"reform"', quoteId: 'q1', words: 1 });
    expect(text.slice(s?.start, s?.end)).toBe(s?.text);
  });
});

describe('scare quotes in the report', () => {
  it('lists a scare quote of an analyzed document under framing.documents[].scareQuotes', async () => {
    const text = 'The council passed the "reform" bill on Tuesday. Rents rose by a fifth within the year.';
    const r = await analyze([{ id: 'a', text }]);
    const scare = r.framing.documents[0]?.scareQuotes ?? [];
    expect(scare.map((s) => s.text)).toEqual(['"reform"']);
    expect(r.quotes.find((q) => q.id === scare[0]?.quoteId)?.speaker).toBeNull();
  });
});
