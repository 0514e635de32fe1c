import { SPELLING_VARIANTS as spelling } from '../lexicon/spelling.js';

interface SuffixRule {
  readonly from: string;
  readonly to: string;
  readonly minLength: number;
  readonly except: ReadonlySet<string>;
}

const PAIRS: ReadonlyMap<string, string> = new Map(Object.entries(spelling.pairs));
// Longest suffix first, so "isations" wins over "ise".
const RULES: readonly SuffixRule[] = spelling.suffixRules
  .map((r) => ({ from: r.from, to: r.to, minLength: r.minLength, except: new Set(r.except) }))
  .sort((a, b) => b.from.length - a.from.length);

const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u02BC]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u301D\u301E]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
const NON_ASCII = /[^\x00-\x7F]/;
const ACRONYM = /^(?:[A-Z]\.){2,}$|^(?:[A-Z]\.)+[A-Z]$|^[A-Z]{2,4}$/;

/**
 * Folds the characters that differ between outlets without changing meaning: compatibility forms
 * (NFKC), zero-width characters, curly vs straight quote marks, the many dashes, non-breaking and other
 * spaces. Does not change case. For matching only.
 *
 * @param s - any text
 * @returns the folded text
 * @example
 * ```ts
 * foldCharacters('Kim\u2019s\u00A0\u201Cplan\u201D \u2014 maybe');
 * //=> `Kim's "plan" - maybe`
 * ```
 */
export function foldCharacters(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return s
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ');
}

/**
 * Maps British spellings to American ones (denuclearisation → denuclearization, colour → color,
 * half-way → halfway) from the data file `data/spelling-variants.json`. Expects lower case.
 *
 * @param word - a lower-case word
 * @returns the American spelling, or the word itself
 * @example
 * ```ts
 * americanSpelling('denuclearisation'); //=> 'denuclearization'
 * ```
 */
export function americanSpelling(word: string): string {
  const pair = PAIRS.get(word);
  if (pair !== undefined) return pair;
  for (const rule of RULES) {
    if (word.length >= rule.minLength && word.endsWith(rule.from) && !rule.except.has(word)) {
      return word.slice(0, word.length - rule.from.length) + rule.to;
    }
  }
  return word;
}

/**
 * The match key of one token: what two tokens must share to count as the same word when passages and
 * quotes are compared. Folds characters ({@link foldCharacters}), case, British/American spelling,
 * hyphenation (`half-way` = `halfway`), and acronyms with or without dots (`U.S.` = `US`, kept apart
 * from the pronoun `us`). Pass the lemma to fold inflection too.
 *
 * @param surface - the token as written
 * @param lemma - its lemma, if known (defaults to the surface)
 * @returns the key
 * @example
 * ```ts
 * matchKey('U.S.'); //=> 'us.'
 * matchKey('Denuclearisation'); //=> 'denuclearization'
 * matchKey('said', 'say'); //=> 'say'
 * ```
 */
export function matchKey(surface: string, lemma?: string): string {
  const folded = foldCharacters(surface);
  const bare = folded.endsWith("'s") && folded.length > 3 ? folded.slice(0, -2) : folded;
  if (ACRONYM.test(bare)) return `${bare.replace(/\./g, '').toLowerCase()}.`;
  // wink-nlp gives no lemma (null or empty) for some words it learned whole ("didnt" before a full stop).
  const base = foldCharacters(lemma || folded).toLowerCase();
  if (base.includes('-') && /[a-z]-[a-z]/.test(base)) {
    const joined = americanSpelling(base);
    return joined === base ? base.replace(/-/g, '') : joined.replace(/-/g, '');
  }
  return americanSpelling(base);
}

/**
 * Folds a whole string for comparison: {@link foldCharacters}, lower case, collapsed white space.
 *
 * @param s - any text
 * @returns the folded text
 * @example
 * ```ts
 * foldText('  The\u00A0\u201CU.S.\u201D '); //=> 'the "u.s."'
 * ```
 */
export function foldText(s: string): string {
  return foldCharacters(s).toLowerCase().replace(SPACES, ' ').trim();
}
