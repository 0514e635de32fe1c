import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_NOUNS, GENERIC_SOURCES, MEDIA_NOUNS, OUTLET_ALIASES, escapeRegExp } from '../../src/lexicon/index.js';
import { GENERIC_RE, sourceMatches } from '../../src/quotes/sources.js';

// The plain regular expressions the credited-source scanners stand in for: over a whole text, each
// scanner must find exactly what `text.matchAll` of its expression finds.
const ALIAS_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...OUTLET_ALIASES.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const NAME =
  "(\\p{Lu}[\\p{L}\\p{N}&.'\u2019-]*(?:[ \\t\u00A0]+(?:of[ \\t\u00A0]+|and[ \\t\u00A0]+)?\\p{Lu}[\\p{L}\\p{N}&.'\u2019-]*){0,3})";
const DOC_NOUNS = [...DOCUMENT_NOUNS].map(escapeRegExp).join('|');
const MEDIA = MEDIA_NOUNS.map((m) => m.replace(/ /g, '\\s+')).join('|');
const CONTEXT_RES = [
  new RegExp(`\\(${NAME}\\)\\s*[-\u2013\u2014]`, 'gu'),
  new RegExp(`(?<![\\p{L}])(?:[Aa]dditional\\s+)?[Rr]eporting\\s+by\\s+(?:the\\s+)?${NAME}`, 'gu'),
  new RegExp(`(?<![\\p{L}])[Aa]s\\s+reported\\s+by\\s+(?:the\\s+)?${NAME}`, 'gu'),
  new RegExp(`(?<![\\p{L}])[Aa]ccording\\s+to\\s+(?:a|an|the)\\s+${NAME}\\s+(?:${DOC_NOUNS})(?![\\p{L}])`, 'gu'),
  new RegExp(`(?<![\\p{L}])(?:${MEDIA})\\s+${NAME}`, 'gu'),
  new RegExp(`(?<![\\p{L}])[Aa]ccording\\s+to\\s+${NAME}(?![\\p{L}\\p{N}'\u2019])`, 'gu'),
];

function reference(text: string): ReturnType<typeof sourceMatches> {
  return {
    aliases: [...text.matchAll(ALIAS_RE)].map((m) => [m.index, m[0]]),
    generic: [...text.matchAll(new RegExp(GENERIC_RE.source, GENERIC_RE.flags))].map((m) => [m.index, m[0]]),
    contexts: CONTEXT_RES.map((re) => [...text.matchAll(re)].map((m): [number, string, string] => [m.index, m[0], m[1] ?? ''])),
  };
}

// Pieces that make the expressions match, nearly match and fail: every alias, head and media noun in
// both cases, capitalized lead words, crediting phrases, look-around neighbours (letters, digits,
// accented and astral letters, curly apostrophes, no-break spaces, line breaks).
const heads = [...GENERIC_SOURCES];
const pieces = [
  ...OUTLET_ALIASES.keys(),
  ...heads,
  ...heads.map((h) => (h[0] ?? '').toUpperCase() + h.slice(1)),
  ...MEDIA_NOUNS,
  'Russian',
  'North Korea\u2019s',
  "Russia's",
  'U.S.',
  'Kim',
  'Nordwire',
  'VNA',
  'Daily Courier',
  'Institute of Peace',
  'said',
  'reported',
  'according to',
  'According to a',
  'translation',
  'as reported by',
  'reporting by',
  'Additional reporting by',
  'the',
  'The',
  'multi',
  'x',
  '9',
  '(',
  ')',
  ' - ',
  '\u2014',
  ',',
  '.',
  ' ',
  ' ',
  '  ',
  '\n',
  '\u00A0',
  '\u00E9',
  '\u00DC',
  '\u{1D400}',
  '\u{1F600}',
  '\u2019',
  "'",
  '-',
];
const texts = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom('', ' ', ' ', '\n')), { maxLength: 30 })
  .map((xs) => xs.map(([p, s]) => p + s).join(''));

describe('sourceMatches', () => {
  it.each([
    ['an alias inside a longer word', 'Reutersville and AP-run Tass2 outlets'],
    ['a head inside a word, and one after capitalized words', 'multimedia firms; North Korea\u2019s State media said'],
    ['a media noun that starts a longer word', 'the newswire Nordwire and the statement of news agency VNA'],
    ['an astral letter before an alias', '\u{1D400}Tass and \u{1F600}Tass'],
    ['aliases that share a prefix, cut short or going on otherwise', 'the Bund, the BB, the Timesx, the Post. the Journal\nthe T'],
    ['an alias at the very end, and a first letter alone', 'cited the BBC. R'],
    ['head words that start no head, next to heads', 'statements of newsy Officialdom, then Foreign Ministry and officials said; spokes'],
  ])('finds what the plain expressions find: %s', (_name, text) => {
    expect(sourceMatches(text)).toEqual(reference(text));
  });

  it('finds what the plain expressions find in generated texts', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(sourceMatches(text)).toEqual(reference(text));
      }),
      { seed: 42, numRuns: 3000 },
    );
  });
});
