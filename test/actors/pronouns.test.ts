import { describe, expect, it } from 'vitest';
import { pronounGender, resolvePronounAt } from '../../src/actors/pronouns.js';
import type { PersonMention } from '../../src/actors/types.js';
import { readCorpus } from '../../src/document/read.js';
import { quoteStages } from '../helpers/stages.js';

describe('pronounGender: which pronouns refer to one person of a gender', () => {
  it.each([
    ['he', 'm'],
    ['him', 'm'],
    ['his', 'm'],
    ['she', 'f'],
    ['her', 'f'],
    ['hers', 'f'],
    ['they', undefined],
    ['it', undefined],
    ['himself', undefined],
    ['the', undefined],
  ])('%s → %s', (word, gender) => {
    expect(pronounGender(word)).toBe(gender);
  });
});

describe('resolvePronounAt: the nearest agreeing person before the pronoun', () => {
  const genders: Record<string, string> = { ann: 'f', bob: 'm', kim: 'any' };
  const genderOf = (k: string): string => genders[k] ?? 'any';
  const at = (start: number, key: string, kind: PersonMention['kind'] = 'name'): PersonMention => ({
    start,
    end: start + 3,
    kind,
    key,
    inQuote: false,
  });
  it.each([
    ['the last person before it whose gender agrees', [at(0, 'bob'), at(10, 'ann')], 20, 'm', 'bob'],
    ['the nearest when both agree', [at(0, 'bob'), at(10, 'ann')], 20, 'f', 'ann'],
    ['a person of unknown gender agrees with both', [at(0, 'ann'), at(10, 'kim')], 20, 'm', 'kim'],
    ['mentions at or after the pronoun do not count', [at(0, 'ann'), at(20, 'bob')], 20, 'm', undefined],
    ['earlier pronouns are no antecedents', [at(0, 'ann'), at(10, 'bob', 'pronoun')], 20, 'm', undefined],
    ['descriptors are', [at(0, 'ann'), at(10, 'bob', 'descriptor')], 20, 'm', 'bob'],
    ['nobody before: nothing', [], 20, 'f', undefined],
  ])('%s', (_rule, named, offset, gender, key) => {
    expect(resolvePronounAt(named, offset, gender, genderOf)).toBe(key);
  });
});

describe('pronoun mentions in a document', () => {
  const pronounsOf = (text: string): [string, string][] => {
    const { actors } = quoteStages(readCorpus([{ id: 'd', text }]));
    const names = new Map([...actors.index.persons].map(([k, p]) => [k, p.name]));
    return (actors.index.mentions[0] ?? [])
      .filter((m) => m.kind === 'pronoun')
      .map((m) => [text.slice(m.start, m.end), names.get(m.key) ?? '']);
  };
  it.each([
    ['he goes to the man named before', 'Oskar Berg arrived on Monday. He was tired.', [['He', 'Oskar Berg']]],
    ['she skips a man for the woman before him', 'Anna Lind met David Berg. Then she left.', [['she', 'Anna Lind']]],
    ['a person of unknown gender is compatible with she', 'Anna Lind met Oskar Berg. Then she left.', [['she', 'Oskar Berg']]],
    ['an honorific gives the gender', 'Mr. Berg met Ms. Lind. Her car was late.', [['Her', 'Lind']]],
    ['a pronoun inside a quote is left alone', 'Oskar Berg said: "He is late."', []],
  ])('%s', (_rule, text, expected) => {
    expect(pronounsOf(text)).toEqual(expected);
  });
});
