import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/document/read.js';
import { creditedSources } from '../../src/quotes/index.js';

const credits = (text: string): string[][] => {
  const doc = readCorpus([{ id: 'd', text }]).docs[0];
  if (doc === undefined) throw new Error('no document');
  return creditedSources(doc).map((c) => {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    return [c.name, c.kind, c.cue];
  });
};

describe('creditedSources', () => {
  it.each([
    ['agency then verb', 'The mayor resigned, Tass reported.', [['Tass', 'agency', 'reported']]],
    ['as reported by', 'The mayor resigned, as reported by Associated Press.', [['Associated Press', 'agency', 'as reported by']]],
    ['according to an alias', 'The mayor resigned, according to AP.', [['Associated Press', 'agency', 'according to']]],
    ['agency with "news agency"', 'The mayor resigned, Russia’s Tass news agency reported.', [['Tass', 'agency', 'reported']]],
    [
      'generic state media with its adjective',
      'The mayor resigned, Russian state media reported.',
      [['Russian state media', 'state-media', 'reported']],
    ],
    ['news agencies said', 'The talks went well, Russian news agencies said.', [['Russian news agencies', 'outlet', 'said']]],
    ['byline boilerplate', 'The mayor resigned.\n\nAdditional reporting by Reuters', [['Reuters', 'agency', 'Additional reporting by']]],
    ['dateline', 'OSLO (Reuters) - The mayor resigned.', [['Reuters', 'agency', 'dateline']]],
    ['told an outlet', 'The mayor told CNN he would resign.', [['CNN', 'outlet', 'told']]],
    ['negated: not carried by', 'The remarks were not carried by KCNA, the state agency.', []],
    ['a name with no credit', 'Reuters is a large company.', []],
    ['an alias inside a longer word is none', 'Reutersville reported the news.', []],
    ['an alias cut short is none', 'The mayor resigned, the BB reported.', []],
    ['a head inside a longer word is none', 'Multimedia firms reported it.', []],
    [
      'generic state media with a country’s possessive',
      'The mayor resigned, North Korea’s state media reported.',
      [["North Korea's state media", 'state-media', 'reported']],
    ],
    ['photo credits are not credits', 'The mayor resigned.\nPhoto: AFP/Getty Images', []],
    ['an unknown agency in a dateline', 'TERVIK, March 4 (Nordwire) - The mayor resigned.', [['Nordwire', 'agency', 'dateline']]],
    [
      'an unknown agency named as one',
      'The state news agency VNA reported that the mayor resigned.',
      [['VNA', 'agency', 'named as media']],
    ],
    ['an unknown outlet in a byline', 'The mayor resigned.\n\nAdditional reporting by Nordwire.', [['Nordwire', 'outlet', 'reporting by']]],
    ['according to an unknown outlet', 'The mayor resigned, according to Nordwire.', [['Nordwire', 'outlet', 'according to']]],
    [
      'according to an unknown outlet’s document',
      'He would stay, according to a Nordwire translation.',
      [['Nordwire', 'outlet', 'according to']],
    ],
    ['according to a person’s surname is no credit', 'Lena Ostrova studies the shoals. The ban will stay, according to Ostrova.', []],
    ['according to a first name and surname is no credit', 'The ban will stay, according to Peter Lind.', []],
  ])('%s', (_name, text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});
