import { describe, expect, it } from 'vitest';
import { pronounGender, resolvePronounAt, type Antecedent } from '../../src/actors/pronouns.js';
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

describe('resolvePronounAt: the most salient agreeing person before the pronoun', () => {
  const genders: Record<string, string> = { ann: 'f', bob: 'm', kim: 'any', lee: 'm' };
  const genderOf = (k: string): string => genders[k] ?? 'any';
  const at = (key: string, sentence: number, role: Antecedent['role'] = 'other'): Antecedent => ({ key, sentence, role });
  it.each([
    ['the last person before it whose gender agrees', [at('bob', 0), at('ann', 1)], 2, 'm', 'bob'],
    ['the nearest when both agree and weigh the same', [at('bob', 0), at('ann', 1)], 2, 'f', 'ann'],
    ['a person of unknown gender agrees with both', [at('ann', 0), at('kim', 1)], 2, 'm', 'kim'],
    ['a subject outweighs an object named after it', [at('bob', 1, 'subject'), at('lee', 1)], 2, 'm', 'bob'],
    ['an object outweighs a possessor named after it', [at('bob', 1), at('lee', 1, 'embedded')], 2, 'm', 'bob'],
    [
      'a subject one sentence back outweighs a possessor in the same sentence',
      [at('bob', 1, 'subject'), at('lee', 2, 'embedded')],
      2,
      'm',
      'bob',
    ],
    [
      'a subject two sentences back does not outweigh an object in the same sentence',
      [at('bob', 0, 'subject'), at('lee', 2)],
      2,
      'm',
      'lee',
    ],
    ['a person named in two sentences outweighs one named in one', [at('bob', 0), at('lee', 1), at('bob', 1)], 2, 'm', 'bob'],
    ['three mentions in one sentence weigh as one', [at('bob', 1), at('bob', 1), at('bob', 1), at('lee', 1, 'subject')], 2, 'm', 'lee'],
    ['a person far back is found when no one is nearer', [at('bob', 0, 'embedded'), at('ann', 30)], 31, 'm', 'bob'],
    ['nobody before: nothing', [], 2, 'f', undefined],
  ])('%s', (_rule, before, sentence, gender, key) => {
    expect(resolvePronounAt(before, sentence, gender, genderOf)).toBe(key);
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
    ['a person of unknown gender is compatible with she', 'Oskar Berg arrived on Monday. Then she left.', [['she', 'Oskar Berg']]],
    ['the subject before an object of unknown gender', 'Anna Lind met Oskar Berg. Then she left.', [['she', 'Anna Lind']]],
    ['an honorific gives the gender', 'Mr. Berg met Ms. Lind. Her car was late.', [['Her', 'Lind']]],
    ['a pronoun inside a quote is left alone', 'Oskar Berg said: "He is late."', []],
  ])('%s', (_rule, text, expected) => {
    expect(pronounsOf(text)).toEqual(expected);
  });
});

describe('pronoun mentions: the person the sentence is about, not one named later in it', () => {
  const pronounsOf = (text: string): string[] => {
    const { actors } = quoteStages(readCorpus([{ id: 'd', text }]));
    const names = new Map([...actors.index.persons].map(([k, p]) => [k, p.name]));
    return (actors.index.mentions[0] ?? []).filter((m) => m.kind === 'pronoun').map((m) => names.get(m.key) ?? '');
  };
  it.each([
    ['not a possessor', "Mark Dale's lawyer, Peter Voss, called the ruling unfair. He will appeal.", 'Peter Voss'],
    ['not an object', 'Peter Voss thanked Mark Dale at the hearing. Later he spoke to reporters.', 'Peter Voss'],
    ['not a name after a preposition', 'Asked about the letter from Mark Dale, Peter Voss smiled. He did not answer.', 'Peter Voss'],
    ['not the subject of what someone said', 'Peter Voss said Mark Dale was mistaken. He gave no reason.', 'Peter Voss'],
    [
      'a subject past an appositive',
      'Peter Voss, a lawyer who once worked for Mark Dale, filed the appeal. He expects a ruling soon.',
      'Peter Voss',
    ],
    [
      'a subject past an appositive in dashes',
      'Peter Voss \u2014 a former partner of Mark Dale \u2014 filed the appeal. He expects a ruling soon.',
      'Peter Voss',
    ],
    [
      'a subject after the speech verb',
      '"We will appeal," said Peter Voss, a friend of Mark Dale. He expects a ruling soon.',
      'Peter Voss',
    ],
    [
      'an appositive descriptor is the person it follows',
      'Ruth Vole of Orm, the party chairwoman, spoke first. Later Anna Dale, the party chairwoman, spoke. She was brief.',
      'Anna Dale',
    ],
    [
      'a subject past a party label in parentheses',
      'Rep. Peter Voss (D-Ore.) said the plan would help Mark Dale. He voted for it.',
      'Peter Voss',
    ],
    [
      'a subject past a quoted title',
      'Peter Voss, the host of the show "Orm Tonight," said Mark Dale was wrong. He did not apologize.',
      'Peter Voss',
    ],
    ['not an object after "to"', 'The plan to back Mark Dale was dropped by Peter Voss, who left. He was tired.', 'Peter Voss'],
    [
      'not a name shown to be a thing by ", which"',
      'Peter Voss sold the rights to Dunmore Lyle. Dunmore Lyle, which declined to comment, published it. He was pleased.',
      'Peter Voss',
    ],
    ['a surname the tagger takes for a verb after an honorific', 'Mr. Hurt met Mark Dale. He was pleased.', 'Hurt'],
    [
      'a lone first name after "named"',
      'Mark Dale spoke first. The woman who shouted was a nurse named Ruth. Later she apologized.',
      'Ruth',
    ],
    [
      'a lone first name after a gendered noun and a comma',
      'Peter Voss met the couple. The husband, Mark, said nothing. Later he left.',
      'Mark',
    ],
    [
      'not a descriptor whose person the text has not named for a while',
      'Peter Voss, the party leader, left for Orm. ' +
        'The town was quiet. '.repeat(13) +
        'Mark Dale spoke. The party leader nodded. He left.',
      'Mark Dale',
    ],
    ['not the subject of a subordinate clause', 'Peter Voss left the court before Mark Dale arrived. He was smiling.', 'Peter Voss'],
  ])('%s', (_rule, text, person) => {
    expect(pronounsOf(text)).toEqual([person]);
  });
});
