import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/document/read.js';
import { quoteStages } from '../helpers/stages.js';

/** Each person's canonical name and the texts of its name mentions, for the given documents. */
function persons(texts: readonly string[]): [string, string[]][] {
  const { actors } = quoteStages(readCorpus(texts.map((text, i) => ({ id: `d${i}`, text }))));
  return actors.list.map((a) => [a.name, a.mentions.filter((m) => m.kind === 'name').map((m) => m.text)]);
}

describe('resolveActorIndex: one person per name across spellings and short forms', () => {
  it.each([
    [
      'spellings of one name are one person',
      ['Kim Jong Un spoke.', 'Kim Jong-un spoke.'],
      [['Kim Jong Un', ['Kim Jong Un', 'Kim Jong-un']]],
    ],
    ['a surname shortens the full name', ['Sergei Lavrov arrived. Lavrov spoke.'], [['Sergei Lavrov', ['Sergei Lavrov', 'Lavrov']]]],
    [
      'a short form may be read in another document',
      ['Sergei Lavrov arrived.', 'Lavrov spoke.'],
      [['Sergei Lavrov', ['Sergei Lavrov', 'Lavrov']]],
    ],
    ['titles are no part of the name', ['Foreign Minister Sergei Lavrov arrived.'], [['Sergei Lavrov', ['Sergei Lavrov']]]],
    ['a lone word beside no cue and no full name is nobody', ['They went to Berg.'], []],
    ['a lone word beside a cue verb is a speaker', ['"No," Berg said.'], [['Berg', ['Berg']]]],
  ])('%s', (_rule, texts, expected) => {
    expect(persons(texts)).toEqual(expected);
  });

  it('an honorific rules out a person of the other gender ("Mr. Obama" is not Michelle Obama)', () => {
    const found = persons(['Michelle Obama arrived. Barack Obama followed. Mr. Obama spoke.']);
    expect(found.find(([name]) => name === 'Barack Obama')?.[1]).toContain('Obama');
    expect(found.find(([name]) => name === 'Michelle Obama')?.[1]).not.toContain('Obama');
  });

  it('the canonical name is the full form written most', () => {
    expect(persons(['Kim Jong-un met Kim Jong Un and Kim Jong Un.']).map(([name]) => name)).toEqual(['Kim Jong Un']);
  });
});
