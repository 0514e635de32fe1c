import type { DocModel } from '../document/model.js';
import { rangeAt } from '../document/model.js';
import { PRONOUNS } from '../lexicon/index.js';
import { isBoiler, lower } from '../document/tokens.js';
import type { Range } from '../quotes/marks.js';
import type { PersonMention } from './types.js';

/**
 * The gender a pronoun word refers to a person by: `m` (he, him, his), `f` (she, her, hers), or
 * undefined for any other word (they, it, we … have no single person's gender).
 *
 * @param word - a word, lower case
 * @returns `m`, `f` or undefined
 * @example
 * ```ts
 * [pronounGender('his'), pronounGender('hers'), pronounGender('they')];
 * //=> ['m', 'f', undefined]
 * ```
 * @internal
 */
export function pronounGender(word: string): 'm' | 'f' | undefined {
  const info = PRONOUNS.get(word === 'his' ? 'he' : word === 'hers' ? 'she' : word);
  return info?.gender === 'm' || info?.gender === 'f' ? info.gender : undefined;
}

/**
 * The key of the nearest person mentioned before `offset` whose gender agrees.
 *
 * @param named - the document's name and descriptor mentions, in text order (pronouns are skipped)
 * @param offset - where the pronoun starts
 * @param gender - the pronoun's gender, `m` or `f`
 * @param genderOfKey - a person's gender by key (`m`, `f` or `any`, which agrees with both)
 * @returns the person's key, or undefined when no one before agrees
 * @internal
 */
export function resolvePronounAt(
  named: readonly PersonMention[],
  offset: number,
  gender: string,
  genderOfKey: (key: string) => string,
): string | undefined {
  for (let k = named.length - 1; k >= 0; k--) {
    const m = named[k] as PersonMention;
    if (m.start >= offset || m.kind === 'pronoun') continue;
    const g = genderOfKey(m.key);
    if (g === 'any' || g === gender) return m.key;
  }
  return undefined;
}

/**
 * The he/she pronouns of a document outside quotes and boilerplate, each resolved to the nearest
 * compatible person named before it outside quotes.
 *
 * @param doc - the document
 * @param mentions - the document's name and descriptor mentions, in text order
 * @param quotes - the document's quoted stretches, in text order
 * @param genderOfKey - a person's gender by key
 * @returns the pronoun mentions, in text order
 * @internal
 */
export function pronounMentions(
  doc: DocModel,
  mentions: readonly PersonMention[],
  quotes: readonly Range[],
  genderOfKey: (key: string) => string,
): PersonMention[] {
  const named = mentions.filter((m) => !m.inQuote);
  const found: PersonMention[] = [];
  for (let i = 0; i < doc.tokens.count; i++) {
    // he … hers have two to four letters: other tokens need no lower-cased copy to be passed over.
    const length = (doc.tokens.end[i] ?? 0) - (doc.tokens.start[i] ?? 0);
    if (length < 2 || length > 4) continue;
    const gender = pronounGender(lower(doc, i));
    if (gender === undefined || isBoiler(doc, i)) continue;
    const start = doc.tokens.start[i] ?? 0;
    if (rangeAt(quotes, start) >= 0) continue;
    const key = resolvePronounAt(named, start, gender, genderOfKey);
    if (key === undefined) continue;
    found.push({ start, end: doc.tokens.end[i] ?? start, kind: 'pronoun', key, inQuote: false });
  }
  return found;
}
