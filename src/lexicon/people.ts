import people from './data/people.json' with { type: 'json' };
import pronouns from './data/pronouns.json' with { type: 'json' };

/**
 * Words about people (`data/people.json`, `data/pronouns.json`): pronouns, honorifics and titles, role
 * nouns, gendered nouns, first names, demonyms, and capitalized words that are not people.
 * @internal
 */

/** Personal pronouns → gender and number. @internal */
export const PRONOUNS: ReadonlyMap<string, { gender: string; number: string }> = new Map(Object.entries(pronouns.pronouns));

/** Honorifics → the gender they imply (`m`, `f` or `any`). @internal */
export const HONORIFICS: ReadonlyMap<string, string> = new Map(Object.entries(people.honorifics));

/** Words of titles written before a name ("Foreign Minister", "US President"), lower case. @internal */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  [...people.titleWords, ...Object.keys(people.honorifics)].map((w) => w.toLowerCase()),
);

/** Role nouns (lower case, possibly several words) → the classes of office they name. @internal */
export const ROLE_CLASSES: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [cls, nouns] of Object.entries(people.roles)) {
    for (const n of nouns) m.set(n, [...(m.get(n) ?? []), cls]);
  }
  return m;
})();

/** Gendered nouns (lower case) → `m` or `f`. @internal */
export const GENDERED_NOUNS: ReadonlyMap<string, string> = new Map([
  ...people.genderedNouns.m.map((w) => [w, 'm'] as const),
  ...people.genderedNouns.f.map((w) => [w, 'f'] as const),
]);

/** First names (lower case) → usual gender (`any` when the name is given to both). @internal */
export const FIRST_NAMES: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const n of people.firstNames.m) m.set(n.toLowerCase(), 'm');
  for (const n of people.firstNames.f) m.set(n.toLowerCase(), m.get(n.toLowerCase()) === 'm' ? 'any' : 'f');
  return m;
})();

/** Demonyms and country adjectives (lower case) → the country they stand for. @internal */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries(people.demonyms));

/** Capitalized words that name places, groups and calendar words, not people. @internal */
export const NON_PERSON: ReadonlySet<string> = new Set(people.nonPersonWords);

/** Capitalized words that end names of organizations and places ("Committee", "House"). @internal */
export const ORG_HEADS: ReadonlySet<string> = new Set(people.orgHeads);
