import cues from './data/cues.json' with { type: 'json' };
import people from './data/people.json' with { type: 'json' };
import pronouns from './data/pronouns.json' with { type: 'json' };
import sources from './data/sources.json' with { type: 'json' };

/** The word lists of the quote stage, read once from `data/*.json` into lookup tables. @internal */

/** What a cue verb does: says something, reports it (a medium), or states a view. @internal */
export type CueKind = 'speech' | 'report' | 'belief';

/** A cue verb form and its lemma. @internal */
export interface CueInfo {
  readonly lemma: string;
  readonly kind: CueKind;
}

function inflect(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const y = /[^aeiou]y$/.test(lemma);
  return [
    lemma,
    y ? `${lemma.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`,
    y ? `${lemma.slice(0, -1)}ied` : `${stem}ed`,
    `${stem}ing`,
  ];
}

/** Cue verb forms (lower case) → lemma and kind. @internal */
export const CUE_FORMS: ReadonlyMap<string, CueInfo> = new Map(
  cues.verbs.flatMap((v) =>
    ((v as { forms?: string[] }).forms ?? inflect(v.lemma)).map((f) => [f, { lemma: v.lemma, kind: v.kind as CueKind }] as const),
  ),
);

/** Nouns that carry a possessor's words ("Trump’s claim that …", "Kim’s remarks about …"). @internal */
export const NOMINAL_CUES: ReadonlySet<string> = new Set(cues.nominal);

/** Personal pronouns → gender and number. @internal */
export const PRONOUNS: ReadonlyMap<string, { gender: string; number: string }> = new Map(Object.entries(pronouns.pronouns));

/** Honorifics → the gender they imply (`m`, `f` or `any`). @internal */
export const HONORIFICS: ReadonlyMap<string, string> = new Map(Object.entries(people.honorifics));
/** Words of titles written before a name ("Foreign Minister", "US President"). @internal */
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
/** First names → usual gender (`any` when the name is given to both). @internal */
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

/** A news organization. @internal */
export interface OutletInfo {
  readonly name: string;
  readonly kind: 'agency' | 'outlet';
}
/** Outlet aliases as written (case kept) → the outlet. @internal */
export const OUTLET_ALIASES: ReadonlyMap<string, OutletInfo> = new Map(
  sources.outlets.flatMap((o) => o.aliases.map((a) => [a, { name: o.name, kind: o.kind as 'agency' | 'outlet' }] as const)),
);
/** Generic media and official heads ("state media", "news agencies"). @internal */
export const GENERIC_SOURCES: readonly string[] = sources.generic.heads;
/** Lemmas of verbs that credit a source ("reported", "said"). @internal */
export const CREDIT_VERBS: ReadonlySet<string> = new Set(sources.creditVerbs);
/** Phrases that credit the source after them ("according to", "as reported by"). @internal */
export const CREDIT_PHRASES: readonly string[] = [...sources.creditPhrases].sort((a, b) => b.length - a.length);

/** Escapes a string for use inside a regular expression. @internal */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Nouns for what a source put out ("translation", "report"): the name before one is credited, not quoted. @internal */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(sources.documents.nouns);
/** Nouns that introduce a media organization's name ("news agency VNA"). @internal */
export const MEDIA_NOUNS: readonly string[] = [...sources.organizationContexts.mediaNouns].sort((a, b) => b.length - a.length);
