// Fixture written for these tests: three made-up reports of one visit, with one remark rendered in two
// translations and a partial quote, one remark carried word for word, and unrelated remarks of the same
// speaker that must stay apart.
import { readCorpus } from '../../src/document/read.js';
import type { Corpus } from '../../src/document/model.js';
import type { Quote } from '../../src/quotes/types.js';

export const DOCS = [
  {
    id: 'wire',
    text:
      'Minister Ana Petrova met the delegation on Monday.\n\n' +
      '\u201CWe firmly reject the blockade of our ports, and we are willing to hold detailed and in-depth talks with your government,\u201D Petrova told the envoy.\n\n' +
      'She also said: \u201CThe harvest this year was the best in a decade.\u201D',
  },
  {
    id: 'agency',
    text:
      'Petrova spoke after the meeting.\n\n' +
      '"We strictly oppose the blockade [of the northern ports]. We are always ready for profound negotiations with your administration,\u201D Petrova said.\n\n' +
      'Petrova said she values the readiness of the envoy to reject the blockade and to hold profound negotiations.\n\n' +
      '\u201CThe harvest this year was the best in a decade,\u201D she added.',
  },
  {
    id: 'daily',
    text:
      'Petrova complained of \u201Cthe blockade of our ports\u201D during the visit.\n\n' +
      '\u201COur farmers need rain before the spring,\u201D Petrova said.',
  },
] as const;

/** A document a test writes: its id and text. */
export interface TestDoc {
  readonly id: string;
  readonly text: string;
}

/**
 * Builds a quote over the first occurrence of `needle` in one of `docs` (quote marks left out).
 * @param docs - the test's documents
 * @param docId - the document holding the quote
 * @param needle - the quoted words
 * @param id - the quote's id
 * @param speaker - the speaker's name, or null
 * @param extra - fields to set or override
 * @returns the quote
 */
export function quoteIn(
  docs: readonly TestDoc[],
  docId: string,
  needle: string,
  id: string,
  speaker: string | null,
  extra: Partial<Quote> = {},
): Quote {
  const doc = docs.find((d) => d.id === docId);
  if (doc === undefined) throw new Error(`no document ${docId}`);
  const start = doc.text.indexOf(needle);
  if (start === -1) throw new Error(`no ${needle} in ${docId}`);
  const end = start + needle.length;
  return {
    id,
    docId,
    start,
    end,
    text: doc.text.slice(start, end),
    speaker: speaker === null ? null : { name: speaker },
    isSpeech: true,
    partial: false,
    insertions: [],
    ...extra,
  } as Quote;
}

/** The quote a document opens with (`"…," X said.`): from after the first mark to the `,"` that closes it. */
export function openingQuote(docs: readonly TestDoc[], docId: string, id: string, speaker: string): Quote {
  const text = docs.find((d) => d.id === docId)?.text ?? '';
  return quoteIn(docs, docId, text.slice(1, text.indexOf('," ')), id, speaker);
}

/** Builds a quote over the first occurrence of `needle` in a fixture document (quote marks left out). */
export function quoteOf(id: string, docId: string, needle: string, speaker: string | null, extra: Partial<Quote> = {}): Quote {
  return quoteIn(DOCS, docId, needle, id, speaker, extra);
}

export const QUOTES: readonly Quote[] = [
  quoteOf(
    'q1',
    'wire',
    'We firmly reject the blockade of our ports, and we are willing to hold detailed and in-depth talks with your government,',
    'Ana Petrova',
    { cue: 'told' },
  ),
  quoteOf('q2', 'wire', 'The harvest this year was the best in a decade.', 'Ana Petrova', { cue: 'said' }),
  quoteOf(
    'q3',
    'agency',
    'We strictly oppose the blockade [of the northern ports]. We are always ready for profound negotiations with your administration,',
    'Petrova',
    { cue: 'said' },
  ),
  quoteOf('q4', 'agency', 'The harvest this year was the best in a decade,', 'Petrova', { cue: 'added' }),
  quoteOf('q5', 'daily', 'the blockade of our ports', 'Petrova', { cue: 'complained', partial: true }),
  quoteOf('q6', 'daily', 'Our farmers need rain before the spring,', 'Petrova', { cue: 'said' }),
];

export function corpus(): Corpus {
  return readCorpus(DOCS.map((d) => ({ id: d.id, text: d.text })));
}
