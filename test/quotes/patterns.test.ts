import { describe, expect, it } from 'vitest';
import { matchAfter, matchBefore } from '../../src/quotes/patterns.js';
import { readQuote, textOf } from './read-quote.js';

/** What a pattern found, as text: [speaker phrase, cue words, lemma, pattern], or undefined. */
function found(text: string, side: 'after' | 'before'): [string?, string?, string?, string?] | undefined {
  const { doc, ctx } = readQuote(text);
  const f = side === 'after' ? matchAfter(doc, ctx.after) : matchBefore(doc, ctx.before);
  return f === undefined ? undefined : [textOf(doc, f.np), textOf(doc, f.cue), f.lemma, f.pattern];
}

// Fixture sentences are written for these tests (a made-up port town and its people).
describe('matchAfter: a speaker and cue after the closing mark', () => {
  it.each([
    ['name, then cue', '“It is late,” Marta Lind said.', ['Marta Lind', 'said', 'say', 'quote-speaker-cue']],
    ['cue, then name', '“It is late,” said Marta Lind.', ['Marta Lind', 'said', 'say', 'quote-cue-speaker']],
    ['"according to" a person', '“It is late,” according to Marta Lind.', ['Marta Lind', 'according to', 'according to', 'according-to']],
    ['"quoted as saying"', '“It is late,” Lind was quoted as saying.', ['Lind', 'quoted as saying', 'quote', 'quoted-as-saying']],
    ['a parenthetical between name and cue', '“It is late,” Lind, seated beside Berg, said.', ['Lind', 'said', 'say', 'quote-speaker-cue']],
    ['a name alone after a dash signs the quote', '“It is late.” ― Marta Lind', ['Marta Lind', undefined, undefined, 'dash']],
    [
      'two asides between name and cue',
      '“It is late,” Lind, the harbour master of Orm, one of the ports closing this week, said.',
      ['Lind', 'said', 'say', 'quote-speaker-cue'],
    ],
    [
      'three asides: the third still ends at the cue',
      '“It is late,” Lind, the harbour master, a former pilot, aged 61, said.',
      ['Lind', 'said', 'say', 'quote-speaker-cue'],
    ],
    [
      'asides that end at no cue attribute nothing',
      '“It is late,” Lind, the harbour master, a former pilot, and the crew laughed.',
      undefined,
    ],
    ['"told" before a name names the listener, not the speaker', '“It is late,” told Marta Lind.', undefined],
    ['"according to" a document credits a source, not a speaker', '“It is late,” according to a Harbour Radio translation.', undefined],
    ['a name without a cue attributes nothing', '“It is late,” Marta Lind on Monday.', undefined],
  ])('%s', (_name, text, expected) => {
    expect(found(text, 'after')).toEqual(expected);
  });
});

describe('matchBefore: a speaker and cue before the opening mark', () => {
  it.each([
    ['name, cue, colon', 'Marta Lind said: “It is late.”', ['Marta Lind', 'said', 'say', 'speaker-cue-quote']],
    [
      'a cue word before a partial quote',
      'Marta Lind complained of “harbour hegemonism” today.',
      ['Marta Lind', 'complained', 'complain', 'speaker-cue-quote'],
    ],
    ['"according to" a person', 'According to Marta Lind, “it is late.”', ['Marta Lind', 'According to', 'according to', 'according-to']],
    ['a possessor’s claim', 'Lind’s claim that “it is late” was wrong.', ['Lind', 'claim', 'claim', 'speaker-cue-quote']],
    ['"quoted … as saying"', 'Harbour Radio quoted Lind as saying “it is late.”', ['Lind', 'quoted', 'quote', 'quoted-as-saying']],
    [
      'a participle after a comma: the clause’s subject speaks',
      'Lind attacked the plan, saying “it is late.”',
      ['Lind', 'saying', 'say', 'speaker-cue-quote'],
    ],
    [
      'a view inside someone’s speech is the speaker’s words',
      'Lind said Berg wanted “a quiet harbour.”',
      ['Lind', 'said', 'say', 'speaker-cue-quote'],
    ],
    [
      'a colon introduction without a cue',
      'Mayor Oskar Berg has one message: “Build it.”',
      ['Mayor Oskar Berg', undefined, undefined, 'colon'],
    ],
    [
      'a cue in a subordinate clause a comma closes does not introduce the quote',
      'While Lind said the ferry was late, the mayor called it “a plan.”',
      ['the mayor', 'called', 'call', 'speaker-cue-quote'],
    ],
    ['a view attributes only what follows it closely', 'Lind hoped about the ferry for “a quiet harbour.”', undefined],
    ['no cue and no colon: nothing', 'The so-called “harbour deal” was signed.', undefined],
  ])('%s', (_name, text, expected) => {
    expect(found(text, 'before')).toEqual(expected);
  });
});
