import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BOILERPLATE_PATTERNS,
  GAZETTEER,
  SPELLING_VARIANTS,
  DEMONYMS,
  FIRST_NAMES,
  HONORIFICS,
  OUTLET_ALIASES,
  PRONOUNS,
  ROLE_CLASSES,
  escapeRegExp,
} from '../../src/lexicon/index.js';

const dir = new URL('../../src/lexicon/data/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('every word list is a versioned data file saying where it came from', () => {
  it('finds the data files', () => {
    expect(files.length).toBeGreaterThanOrEqual(11);
  });

  it.each(files)('%s has a version and a source', (file) => {
    const data = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { version?: unknown; source?: unknown };
    expect(['number', 'string']).toContain(typeof data.version);
    expect(typeof data.source).toBe('string');
    expect(String(data.source).length).toBeGreaterThan(40);
  });
});

describe('people and sources', () => {
  it.each([
    [() => PRONOUNS.get('she'), { gender: 'f', number: 'sg' }],
    [() => HONORIFICS.get('Mrs.'), 'f'],
    [() => FIRST_NAMES.get('maria'), 'f'],
    [() => DEMONYMS.get('russian'), 'russia'],
    [() => OUTLET_ALIASES.get('AP'), { name: 'Associated Press', kind: 'agency' }],
  ])('looks up %#', (get, expected) => {
    expect(get()).toEqual(expected);
  });

  it('maps a role noun to its classes', () => {
    expect(ROLE_CLASSES.get('leader')?.length).toBeGreaterThan(0);
  });

  it.each([
    ['A.P.', 'A\\.P\\.'],
    ['(x)', '\\(x\\)'],
  ])('escapes %s for a regular expression', (s, escaped) => {
    expect(escapeRegExp(s)).toBe(escaped);
  });
});

describe('document and gazetteer lists', () => {
  it.each([...BOILERPLATE_PATTERNS.lines, ...BOILERPLATE_PATTERNS.spans].map((p) => [p.kind, p] as const))(
    'boilerplate pattern of kind %s compiles',
    (_kind, p) => {
      expect(() => new RegExp(p.pattern, p.flags ?? '')).not.toThrow();
    },
  );

  it.each([
    ['colour', 'color'],
    ['aeroplane', 'airplane'],
  ])('spells %s as %s', (uk, us) => {
    expect(SPELLING_VARIANTS.pairs[uk]).toBe(us);
  });

  it('names North Korea with its capital among the aliases', () => {
    expect(GAZETTEER.states.find((s) => s.name === 'North Korea')?.aliases).toContain('Pyongyang');
  });
});
