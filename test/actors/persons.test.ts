import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, resolvePronounAt, roleAt, rolesIn, type PersonMention } from '../../src/actors/persons.js';
import { readCorpus } from '../../src/document/read.js';
import { quoteStages } from '../helpers/stages.js';
import { ROLE_CLASSES } from '../../src/lexicon/quote-words.js';

describe('nameKey', () => {
  it.each([
    [['Sergey', 'Lavrov'], 'sergeilavrov'],
    [['Sergei', 'Lavrov'], 'sergeilavrov'],
    [['Kim', 'Jong', 'un'], 'kimjongun'],
    [['Kim', 'Jong', 'Un'], 'kimjongun'],
    [['Dmitry', 'Peskov'], 'dmitripeskov'],
    [['Donald', 'J.', 'Trump'], 'donaldtrump'],
    [['José', 'Núñez'], 'josenunez'],
  ])('%j → %s', (parts, key) => {
    expect(nameKey(parts)).toBe(key);
  });
});

describe('resolvePronounAt', () => {
  /** The plain definition: from the last mention back, the first before `offset` (no pronoun) whose gender agrees. */
  function plain(named: readonly PersonMention[], offset: number, gender: string, genderOf: (k: string) => string): string | undefined {
    for (let k = named.length - 1; k >= 0; k--) {
      const m = named[k] as PersonMention;
      if (m.start >= offset || m.kind === 'pronoun') continue;
      const g = genderOf(m.key);
      if (g === 'any' || g === gender) return m.key;
    }
    return undefined;
  }

  it('finds what a pass over every mention finds, for mentions in text order (property)', () => {
    const genders: Record<string, string> = { a: 'm', b: 'f', c: 'any', d: 'm' };
    const genderOf = (k: string): string => genders[k] ?? 'any';
    const mention = fc.record({
      start: fc.integer({ min: 0, max: 60 }),
      len: fc.integer({ min: 1, max: 5 }),
      kind: fc.constantFrom('name' as const, 'descriptor' as const, 'pronoun' as const),
      key: fc.constantFrom('a', 'b', 'c', 'd'),
    });
    fc.assert(
      fc.property(
        fc.array(mention, { maxLength: 30 }),
        fc.integer({ min: -1, max: 70 }),
        fc.constantFrom('m', 'f'),
        (ms, offset, gender) => {
          const named: PersonMention[] = ms
            .map((m) => ({ start: m.start, end: m.start + m.len, kind: m.kind, key: m.key, inQuote: false }))
            .sort((x, y) => x.start - y.start);
          expect(resolvePronounAt(named, offset, gender, genderOf)).toBe(plain(named, offset, gender, genderOf));
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('rolesIn', () => {
  /** The plain definition: at every word, the longest of three, two or one words that is a role noun. */
  function plain(words: readonly string[]): string[] {
    const out = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      const role = roleAt(words, i);
      role?.classes.forEach((c) => out.add(c));
      i += (role?.length ?? 1) - 1;
    }
    return [...out];
  }

  it('finds what trying every word finds (property)', () => {
    // Words of the role nouns themselves, some joined by a space, and others.
    const roleWords = [...new Set([...ROLE_CLASSES.keys()].flatMap((r) => r.split(' ')))].slice(0, 60);
    const word = fc.oneof(
      fc.constantFrom(...roleWords),
      fc.constantFrom(...[...ROLE_CLASSES.keys()].slice(0, 20)),
      fc.constantFrom('the', 'of', 'x', "'s", 'north korean'),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (words) => {
        expect(rolesIn(words)).toEqual(plain(words));
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('resolveActors: outlets written like names', () => {
  it.each([
    ['an outlet of two words is nobody', 'Oskar Berg spoke to Al Jazeera on Monday.', ['Oskar Berg']],
    [
      'a name of two words that starts like an outlet is a person',
      'Oskar Berg met Al Lind on Monday. Lind said no.',
      ['Al Lind', 'Oskar Berg'],
    ],
  ])('%s', (_name, text, names) => {
    expect(
      quoteStages(readCorpus([{ id: 'd', text }]))
        .actors.list.map((a) => a.name)
        .sort(),
    ).toEqual(names);
  });
});
