import { lowerBound, POS_TAGS, rangeAt, TokenFlag, type Corpus, type DocModel } from '../document/model.js';
import {
  CUE_FORMS,
  DEMONYMS,
  FIRST_NAMES,
  GENDERED_NOUNS,
  HONORIFICS,
  NON_PERSON,
  ORG_HEADS,
  OUTLET_ALIASES,
  PRONOUNS,
  ROLE_CLASSES,
  TITLE_WORDS,
} from '../lexicon/index.js';
import type { Range } from '../quotes/marks.js';
import {
  isBoiler,
  isCap,
  isLowerWord,
  lower,
  mayLowerBeIn,
  posOf,
  sameLine,
  tokenTextCached,
  tt,
  wordEndsTable,
} from '../document/tokens.js';
import type { Actor, ActorMention } from '../quotes/types.js';

/** A descriptor of a person: the offices it names and the countries it ties them to. @internal */
export interface Descriptor {
  readonly text: string;
  readonly roles: readonly string[];
  readonly countries: readonly string[];
  readonly gender: string;
}

/** One resolved mention of a person inside the stage. @internal */
export interface PersonMention {
  readonly start: number;
  readonly end: number;
  readonly kind: 'name' | 'pronoun' | 'descriptor';
  /** Key of the person (see {@link ActorIndex.persons}). */
  readonly key: string;
  /** Whether it stands inside a quote (then it is no antecedent for a pronoun outside). */
  readonly inQuote: boolean;
}

interface Person {
  readonly key: string;
  readonly forms: Map<string, { count: number; order: number }>;
  readonly descriptors: Descriptor[];
  genders: Set<string>;
}

/** Everyone the quote stage found, and where each document mentions them. @internal */
export interface ActorIndex {
  /** Persons by key. */
  readonly persons: ReadonlyMap<
    string,
    { readonly name: string; readonly aliases: readonly string[]; readonly gender: string; readonly descriptors: readonly Descriptor[] }
  >;
  /** Per document (by index): mentions in text order. */
  readonly mentions: readonly (readonly PersonMention[])[];
}

interface NameRun {
  /** First token of the run, titles included. */
  readonly from: number;
  /** First token of the name proper. */
  readonly nameFrom: number;
  /** One past the last token. */
  readonly to: number;
  readonly honorificGender: string | undefined;
  readonly titled: boolean;
}

const CONNECT_OF = new Set(['of']);

/**
 * Folds a written name to a key: "Kim Jong-un" and "Kim Jong Un" agree, so do "Sergey" and "Sergei"
 * (a final -ey/-iy/-y read as -i, the usual spread of Russian transliterations); initials drop out.
 *
 * @param parts - the words of the name, hyphenated parts split
 * @returns the key, lower case, without separators
 * @example
 * ```ts
 * [nameKey(['Sergey', 'Lavrov']), nameKey(['Sergei', 'Lavrov']), nameKey(['Kim', 'Jong', 'un'])];
 * //=> ['sergeilavrov', 'sergeilavrov', 'kimjongun']
 * ```
 * @internal
 */
export function nameKey(parts: readonly string[]): string {
  let key = '';
  for (const p of parts) key += namePartKey(p);
  return key;
}

// Name parts recur across a corpus (every "Lavrov" in every article): each is folded once per process.
// The fold of a part never changes, so the cache only saves time; it is capped so it cannot grow unbounded.
const partKeys = new Map<string, string>();

/** One name part folded for {@link nameKey}: no accents, case or punctuation, -ey/-iy/-y endings as -ei/-i; '' for one letter. */
function namePartKey(part: string): string {
  let k = partKeys.get(part);
  if (k === undefined) {
    const bare = part
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, '');
    k =
      bare.length > 1
        ? bare
            .replace(/ey$/u, 'ei')
            .replace(/iy$/u, 'i')
            .replace(/([^aeiou])y$/u, '$1i')
        : '';
    if (partKeys.size >= 100_000) partKeys.clear();
    partKeys.set(part, k);
  }
  return k;
}

/** `s.replace(/\s+/gu, ' ')`, returning `s` itself when it is ASCII with no white space but single spaces. */
function collapseSpaces(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128 || (c >= 9 && c <= 13) || (c === 32 && s.charCodeAt(k + 1) === 32)) return s.replace(/\s+/gu, ' ');
  }
  return s;
}

function nameParts(doc: DocModel, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const w = tokenTextCached(doc, i);
    // Split at hyphens; a word without one is its own part (what the split would give).
    if (w.includes('-') || w.includes('\u2010') || w.includes('\u2011')) out.push(...w.split(/[-\u2010\u2011]/u));
    else out.push(w);
  }
  return out;
}

/** `/^(?:\p{Lu}\.)+$/u.test(s)`, read by character codes when `s` is ASCII. */
function isInitials(s: string): boolean {
  const n = s.length;
  if (n < 2) return false;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return /^(?:\p{Lu}\.)+$/u.test(s);
    // Up to here every character was ASCII, so the k-th is where the pattern wants a capital (even k) or a dot.
    if (k % 2 === 0 ? c < 65 || c > 90 : c !== 46) return false;
  }
  return n % 2 === 0;
}

/** `/^\p{Lu}/u.test(s)`, read by character code when `s` starts with an ASCII character. */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}

/** Whether token `k` is one of . ! ? " “ ” : alone (`/^[.!?"\u201C\u201D:]$/u` on its text). */
function afterSentenceMark(doc: DocModel, k: number): boolean {
  if (k < 0 || k >= doc.tokens.count) return false;
  const at = doc.tokens.start[k] ?? 0;
  if ((doc.tokens.end[k] ?? 0) - at !== 1) return false;
  const c = doc.text.charCodeAt(at);
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0x201d || c === 58;
}

/** `/\p{Ll}/u.test(s)`, read by character codes while `s` is ASCII. */
function hasLowerCase(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return /\p{Ll}/u.test(s);
  }
  return false;
}

function isNameToken(doc: DocModel, i: number): boolean {
  // Every branch below needs an upper-case first letter (honorifics and title words all have one).
  if (!isCap(doc, i)) return false;
  const s = tokenTextCached(doc, i);
  if (isInitials(s)) return true; // initials ("J.", "G.K.")
  if (!startsUpper(s) || !hasLowerCase(s)) return HONORIFICS.has(s) || (s.length > 1 && isUpperCase(s) && TITLE_WORDS.has(s.toLowerCase()));
  const pos = posOf(doc, i);
  if (pos === 'PROPN') return true;
  const sentenceStart = i === 0 || afterSentenceMark(doc, i - 1) || !sameLine(doc, i - 1, i);
  if (sentenceStart) return FIRST_NAMES.has(s.toLowerCase()) || HONORIFICS.has(s);
  return pos === 'NOUN' || pos === 'ADJ' || pos === 'X';
}

const TITLE_OR_DEMONYM_TABLE = wordEndsTable([...TITLE_WORDS, ...DEMONYMS.keys()]);

/** Maximal runs of capitalized name tokens on one line, with leading titles split off. */
function nameRuns(doc: DocModel): NameRun[] {
  const runs: NameRun[] = [];
  const n = doc.tokens.count;
  const flags = doc.tokens.flags;
  // The token that ends a run is asked again as the next run's start: its answer is kept (it is pure).
  let knownAt = -1;
  let knownName = false;
  const nameAt = (k: number): boolean => {
    if (k !== knownAt) {
      knownName = isNameToken(doc, k);
      knownAt = k;
    }
    return knownName;
  };
  for (let i = 0; i < n; i++) {
    // A name token is capitalized (isNameToken's first test), read here from the flags at once.
    const f = flags[i] ?? 0;
    if ((f & TokenFlag.Boilerplate) !== 0 || (f & TokenFlag.Capitalized) === 0) continue;
    if (isBoiler(doc, i) || !nameAt(i)) continue;
    let j = i + 1;
    while (
      j < n &&
      !isBoiler(doc, j) &&
      (nameAt(j) ||
        // A surname the tagger took for a verb ("Loretta Lynch") after a known first name.
        (isCap(doc, j) && posOf(doc, j) === 'VERB' && FIRST_NAMES.has(lower(doc, j - 1)))) &&
      sameLine(doc, j - 1, j) &&
      doc.tokens.start[j] !== doc.tokens.end[j - 1]
    )
      j++;
    // The name proper starts after the last title word ("US President Donald Trump" → "Donald Trump").
    let nameFrom = i;
    let honorificGender: string | undefined;
    for (let k = i; k < j - 1; k++) {
      // Most tokens of a run have no title word's or demonym's length and first and last letters (an ASCII
      // token's toLowerCase is lower's): passed over without a lower-cased copy.
      if (!mayLowerBeIn(doc, k, TITLE_OR_DEMONYM_TABLE)) continue;
      const w = tokenTextCached(doc, k);
      const lw = w.toLowerCase();
      const title = TITLE_WORDS.has(lw);
      if (title || DEMONYMS.has(lw)) {
        if (title) nameFrom = k + 1;
        const g = HONORIFICS.get(w);
        if (g !== undefined) honorificGender = g;
      }
    }
    runs.push({ from: i, nameFrom, to: j, honorificGender, titled: nameFrom > i });
    i = j - 1;
  }
  return runs;
}

function nextSignificant(doc: DocModel, i: number): number {
  let j = i;
  while (j < doc.tokens.count && (posOf(doc, j) === 'ADV' || posOf(doc, j) === 'AUX')) j++;
  return j;
}

/** Whether a cue verb stands next to the run ("Rinna added", "said Rinna"). */
function besideCue(doc: DocModel, run: NameRun): boolean {
  const after = nextSignificant(doc, run.to);
  const cueAfter = CUE_FORMS.get(lower(doc, after));
  if (cueAfter !== undefined && cueAfter.kind !== 'belief' && sameLine(doc, run.to - 1, after)) return true;
  const before = CUE_FORMS.get(lower(doc, run.from - 1));
  return before !== undefined && before.kind === 'speech';
}

type RunClass = 'person' | 'single' | 'no';

/** `s === s.toUpperCase()`, read by character codes (no upper-cased copy) while `s` is ASCII. */
function isUpperCase(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return s === s.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** The first space-separated word of every outlet alias of two words or more. */
const ALIAS_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...OUTLET_ALIASES.keys()].filter((a) => a.includes(' ')).map((a) => a.slice(0, a.indexOf(' '))),
);

/** `OUTLET_ALIASES.has(words.join(' '))`, without joining words whose first one starts no alias of several words. */
function isOutletPhrase(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  if (words.length === 1) return OUTLET_ALIASES.has(first);
  // An alias written as these words joined has the first of them (with no space in it) as its first word.
  if (!first.includes(' ') && !ALIAS_FIRST_WORDS.has(first)) return false;
  return OUTLET_ALIASES.has(words.join(' '));
}

function classify(doc: DocModel, run: NameRun): RunClass {
  const words: string[] = [];
  for (let k = run.nameFrom; k < run.to; k++) words.push(tokenTextCached(doc, k));
  if (words.length === 0) return 'no';
  if (isOutletPhrase(words) || words.some((w) => w.length > 3 && OUTLET_ALIASES.has(w))) return 'no';
  const last = words[words.length - 1] ?? '';
  if (ORG_HEADS.has(last)) return 'no';
  // After an honorific ("Mr. King") the name may be a word that is elsewhere a title.
  if (
    words.every((w) => {
      if (NON_PERSON.has(w)) return true;
      const lw = w.toLowerCase();
      return DEMONYMS.has(lw) || (run.honorificGender === undefined && TITLE_WORDS.has(lw));
    })
  )
    return 'no';
  if (words.some((w) => w.length > 1 && isUpperCase(w) && !w.endsWith('.'))) return 'no';
  if (run.titled) return words.length > 1 ? 'person' : 'single';
  // The word before, compared in place (these words have no k: see isLowerWord).
  const prev = run.from - 1;
  if (isLowerWord(doc, prev, 'the') || isLowerWord(doc, prev, 'a') || isLowerWord(doc, prev, 'an')) return 'no';
  if (words.length > 1) {
    if (words.some((w) => NON_PERSON.has(w))) return FIRST_NAMES.has((words[0] ?? '').toLowerCase()) ? 'person' : 'no';
    return 'person';
  }
  if (NON_PERSON.has(last)) return 'no';
  return 'single';
}

/**
 * The role classes a lower-case phrase names, longest role nouns first (at each word the longest of three,
 * two or one words that is a role noun, then on after it).
 *
 * @param words - the phrase's words, lower case
 * @returns the classes, each once, in the order they are found
 * @example
 * ```ts
 * rolesIn(['the', 'foreign', 'minister']).includes('minister');
 * //=> true
 * ```
 * @internal
 */
export function rolesIn(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    // No role starts with a word that is no role's first word (a word with a space in it is looked up as before).
    const w = words[i] ?? '';
    if (!ROLE_FIRST_WORDS.has(w) && !w.includes(' ')) continue;
    const role = roleAt(words, i);
    if (role === undefined) continue;
    role.classes.forEach((c) => out.add(c));
    i += role.length - 1;
  }
  return [...out];
}

/**
 * The role nouns' classes of the longest role phrase (three, two or one words) that starts at word `i`,
 * with its length in words; undefined when none starts there.
 * @internal
 */
export function roleAt(words: readonly string[], i: number): { readonly classes: readonly string[]; readonly length: number } | undefined {
  for (const length of [3, 2, 1]) {
    const classes = ROLE_CLASSES.get(words.slice(i, i + length).join(' '));
    if (classes !== undefined) return { classes, length };
  }
  return undefined;
}

/** The countries demonyms stand for ("Russia" for "Russian"), as a set rather than a list built per word. */
const DEMONYM_COUNTRIES: ReadonlySet<string> = new Set(DEMONYMS.values());

/** Countries a phrase ties to ("North Korean", "Russia’s", "US"). */
function countriesIn(words: readonly string[]): string[] {
  const out = new Set<string>();
  const clean = words.map((w) => w.replace(/['\u2019]s$/u, ''));
  for (let i = 0; i < clean.length; i++) {
    const two = `${clean[i]} ${clean[i + 1] ?? ''}`;
    const d2 = DEMONYMS.get(two);
    if (d2 !== undefined) {
      out.add(d2);
      i++;
      continue;
    }
    if (DEMONYM_COUNTRIES.has(two)) {
      out.add(two);
      i++;
      continue;
    }
    const w = clean[i] ?? '';
    const d = DEMONYMS.get(w);
    if (d !== undefined) out.add(d);
    else if (DEMONYM_COUNTRIES.has(w)) out.add(w);
  }
  return [...out];
}

function makeDescriptor(doc: DocModel, from: number, to: number): Descriptor | undefined {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const w = lower(doc, k);
    if (w === "'s" && words.length > 0) words[words.length - 1] += "'s";
    else words.push(w);
  }
  const roles = rolesIn(words);
  if (roles.length === 0) return undefined;
  let gender = 'any';
  for (const w of words) gender = GENDERED_NOUNS.get(w) ?? gender;
  const start = doc.tokens.start[from] ?? 0;
  const end = doc.tokens.end[to - 1] ?? start;
  return { text: doc.text.slice(start, end), roles, countries: countriesIn(words), gender };
}

const DESCRIPTOR_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);
/** DESCRIPTOR_POS as one bit per index of POS_TAGS, read from the token table without a tag string. */
const DESCRIPTOR_POS_BITS = POS_TAGS.reduce((bits, t, i) => (DESCRIPTOR_POS.has(t) ? bits | (1 << i) : bits), 0);
const PART_INDEX = POS_TAGS.indexOf('PART');
const ADJ_INDEX = POS_TAGS.indexOf('ADJ');
/** Nouns that take an "of" inside a title ("head of state", "secretary of state"). */
const OF_HEADS = new Set([
  'head',
  'secretary',
  'minister',
  'chief',
  'chairman',
  'chairwoman',
  'director',
  'member',
  'leader',
  'president',
  'governor',
  'mayor',
  'chair',
]);

/** The first word of every role noun: no role starts with a word not in here. */
const ROLE_FIRST_WORDS: ReadonlySet<string> = new Set([...ROLE_CLASSES.keys()].map((r) => r.split(' ')[0] ?? r));
/** The last word of every role noun: no role ends with a word not in here. */
const ROLE_LAST_WORDS: ReadonlySet<string> = new Set([...ROLE_CLASSES.keys()].map((r) => r.slice(r.lastIndexOf(' ') + 1)));

const ROLE_LAST_TABLE = wordEndsTable(ROLE_LAST_WORDS);

/** Whether the words ending at token `k` (not before `lo`) are a role noun ("ruler", "head of state"). */
function endsWithRole(doc: DocModel, k: number, lo: number): boolean {
  // Most tokens have no role's last word's length, first and last letters: passed over without a lower-cased copy.
  if (!mayLowerBeIn(doc, k, ROLE_LAST_TABLE)) return false;
  const last = lower(doc, k);
  if (!ROLE_LAST_WORDS.has(last) && !last.includes(' ')) return false;
  // The one, two and three words ending at k, each built from the previous one (what joining them gives).
  let words = last;
  for (let len = 1; len <= 3; len++) {
    if (k - len + 1 < lo) break;
    if (len > 1) words = `${lower(doc, k - len + 1)} ${words}`;
    if (ROLE_CLASSES.has(words)) return true;
  }
  return false;
}

function descriptorToken(doc: DocModel, k: number): boolean {
  // posOf(doc, k) reads POS_TAGS[pos ?? 16] ('X' past the end): the same index decides here.
  const p = doc.tokens.pos[k] ?? 16;
  return ((DESCRIPTOR_POS_BITS >>> p) & 1) === 1 && p < 32 && (p !== PART_INDEX || lower(doc, k) === "'s");
}

/** The descriptor written before a name run, if any ("North Korean leader", "Russia’s Foreign Minister"). */
function descriptorBefore(doc: DocModel, run: NameRun): Descriptor | undefined {
  // "the Russian Foreign Minister, Sergei Lavrov": an appositive before the name; otherwise the
  // words right before it and its own title words ("North Korean leader Kim", "Foreign Minister Lavrov").
  const appositive = !run.titled && tt(doc, run.from - 1) === ',';
  const end = appositive ? run.from - 1 : run.nameFrom;
  let from = appositive ? end : run.from;
  let k = from - 1;
  while (k >= 0 && end - k <= 7 && sameLine(doc, k, k + 1)) {
    const w = lower(doc, k);
    // Another name ends the descriptor ("… Lavrov Meets Kim" in a headline): titles, demonyms and
    // countries ("North Korea’s") belong to it, other capitalized words do not.
    const word = tt(doc, k);
    const nextIsPossessive = /^['\u2019]s$/u.test(tt(doc, k + 1));
    if (isCap(doc, k) && !TITLE_WORDS.has(w) && !DEMONYMS.has(w) && !NON_PERSON.has(word) && !nextIsPossessive) break;
    if (descriptorToken(doc, k) || (CONNECT_OF.has(w) && OF_HEADS.has(lower(doc, k - 1)))) {
      from = k;
      k--;
      continue;
    }
    break;
  }
  if (from >= end) return undefined;
  return makeDescriptor(doc, from, end);
}

/** The appositive after a name run (", a specialist in …", ", the interim chairwoman of …"). */
function descriptorAfter(doc: DocModel, run: NameRun): Descriptor | undefined {
  if (tt(doc, run.to) !== ',') return undefined;
  const det = lower(doc, run.to + 1);
  if (det !== 'a' && det !== 'an' && det !== 'the') return undefined;
  let k = run.to + 2;
  while (k < doc.tokens.count && k - run.to < 8 && descriptorToken(doc, k) && sameLine(doc, k - 1, k)) k++;
  // "Kim, the Russian minister invited …" is a new clause, not an appositive.
  const next = posOf(doc, k);
  if (next === 'VERB' || next === 'AUX') return undefined;
  return makeDescriptor(doc, run.to + 2, k);
}

/** Whether `text` at `at` spells the lower-case ASCII word `w` in any case (`w` of letters a-z only). */
function isWordAt(text: string, at: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) if ((text.charCodeAt(at + k) | 32) !== w.charCodeAt(k)) return false;
  return true;
}

/** `lower(doc, k) === w` for a lower-case ASCII word `w` of letters a-z, without slicing the token. */
function isToken(doc: DocModel, k: number, w: string): boolean {
  if (k < 0 || k >= doc.tokens.count) return false;
  const at = doc.tokens.start[k] ?? 0;
  return (doc.tokens.end[k] ?? 0) - at === w.length && isWordAt(doc.text, at, w);
}

/**
 * The tokens the descriptor and pronoun passes start from, found in one pass over a document's tokens:
 * every "the" (in any case), and every token of two to four units starting with h or s in either case
 * (he, him, his, she, her, hers all do), in text order.
 */
function passStarts(doc: DocModel): { readonly the: number[]; readonly pronouns: number[] } {
  const the: number[] = [];
  const pronouns: number[] = [];
  const { count: n, start: starts, end: ends } = doc.tokens;
  const text = doc.text;
  for (let i = 0; i < n; i++) {
    const at = starts[i] ?? 0;
    const len = (ends[i] ?? 0) - at;
    if (len < 2 || len > 4) continue;
    // (`| 32` lower-cases an ASCII capital: h, s and t are 104, 115, 116.)
    const c = text.charCodeAt(at) | 32;
    if (c === 104 || c === 115) pronouns.push(i);
    else if (c === 116 && len === 3 && isWordAt(text, at, 'the')) the.push(i);
  }
  return { the, pronouns };
}

/** Anaphoric descriptors ("the North Korean ruler") that no name follows; `the`: the document's tokens "the", in order. */
function anaphoricDescriptors(doc: DocModel, the: readonly number[]): { from: number; to: number; d: Descriptor }[] {
  const out: { from: number; to: number; d: Descriptor }[] = [];
  const n = doc.tokens.count;
  // A descriptor found runs on to token `next`: a "the" before it starts none.
  let next = 0;
  for (const i of the) {
    if (i < next) continue;
    if (isBoiler(doc, i)) continue;
    let k = i + 1;
    let lastRole = -1;
    while (
      k < n &&
      k - i <= 6 &&
      sameLine(doc, k - 1, k) &&
      (descriptorToken(doc, k) || (isToken(doc, k, 'of') && OF_HEADS.has(lower(doc, k - 1))))
    ) {
      if ((doc.tokens.pos[k] ?? 16) !== ADJ_INDEX && endsWithRole(doc, k, i + 1)) lastRole = k;
      k++;
    }
    if (lastRole < 0 || lastRole !== k - 1) continue;
    // Followed by a name ("the North Korean leader Kim", "the leader, Kim") it introduces, not refers.
    const after = k < n ? tt(doc, k) : '';
    if (isCap(doc, k) && posOf(doc, k) === 'PROPN') continue;
    if (after === ',' && isCap(doc, k + 1) && posOf(doc, k + 1) === 'PROPN') continue;
    const d = makeDescriptor(doc, i + 1, k);
    if (d !== undefined) out.push({ from: i, to: k, d });
    next = k;
  }
  return out;
}

/** Words whose pronoun (his → he, hers → she) has a gender: the only lower-case forms the pronoun pass keeps. */
const GENDERED_PRONOUN_WORDS: readonly string[] = [...PRONOUNS.keys(), 'his', 'hers'].filter((w) => {
  const info = PRONOUNS.get(w === 'his' ? 'he' : w === 'hers' ? 'she' : w);
  return info !== undefined && (info.gender === 'm' || info.gender === 'f');
});
/** Whether every gendered pronoun word is lower-case ASCII letters (what the by-code comparison below needs). */
const GENDERED_ASCII = GENDERED_PRONOUN_WORDS.every((w) => /^[a-z]+$/u.test(w));

/**
 * `lower(doc, i)` where it may be a gendered pronoun word, '' where it cannot be: an ASCII token is compared
 * with those words by character codes (`c | 32` equals a lower-case letter only for that letter in either
 * case), so the many other short words are passed over without a lower-cased copy; others go through `lower`.
 */
function pronounWord(doc: DocModel, i: number, len: number): string {
  if (!GENDERED_ASCII) return lower(doc, i);
  const text = doc.text;
  const at = doc.tokens.start[i] ?? 0;
  for (let k = 0; k < len; k++) if (text.charCodeAt(at + k) >= 128) return lower(doc, i);
  for (const w of GENDERED_PRONOUN_WORDS) if (w.length === len && isWordAt(text, at, w)) return w;
  return '';
}

function genderOf(p: Person): string {
  const g = [...p.genders].filter((x) => x !== 'any');
  return g.length === 1 ? (g[0] ?? 'any') : 'any';
}

function inRanges(ranges: readonly Range[], start: number): boolean {
  return rangeAt(ranges, start) >= 0;
}

/**
 * Finds the people of a corpus and resolves their mentions: written names (one canonical name per
 * person across documents: "Kim Jong Un" = "Kim Jong-un" = "Kim"; "Sergey" = "Sergei" Lavrov),
 * descriptors introduced for them and used later ("North Korean leader Kim Jong Un" … "the North Korean
 * ruler"), and he/she pronouns resolved to the nearest compatible named person before them.
 *
 * @param corpus - the documents
 * @param quoteRanges - per document, the quoted stretches in text order (names inside them are
 *   mentions, but no antecedent for a pronoun outside)
 * @returns persons by key and per-document mentions in text order
 * @internal
 */
export function resolveActorIndex(corpus: Corpus, quoteRanges: readonly (readonly Range[])[]): ActorIndex {
  const persons = new Map<string, Person>();
  let order = 0;
  const person = (key: string): Person => {
    let p = persons.get(key);
    if (p === undefined) {
      p = { key, forms: new Map(), descriptors: [], genders: new Set() };
      persons.set(key, p);
    }
    return p;
  };
  const addForm = (p: Person, form: string): void => {
    const f = p.forms.get(form);
    if (f === undefined) p.forms.set(form, { count: 1, order: order++ });
    else f.count++;
  };

  interface Pending {
    readonly run: NameRun;
    readonly cls: RunClass;
    readonly parts: string[];
    readonly key: string;
    readonly text: string;
    /** The folded last word of the name and, for two words or more, its folded first word (initials left out). */
    readonly lastWord: string | undefined;
    readonly firstWord: string | undefined;
  }
  const pendingByDoc: Pending[][] = [];
  // Pass 1: full names (two words or more) in every document.
  for (const doc of corpus.docs) {
    const pend: Pending[] = [];
    for (const run of nameRuns(doc)) {
      // (A single name beside no cue is decided later, once the corpus's full names are known.)
      const cls = classify(doc, run);
      if (cls === 'no') continue;
      const parts = nameParts(doc, run.nameFrom, run.to);
      const start = doc.tokens.start[run.nameFrom] ?? 0;
      const text = doc.text.slice(start, doc.tokens.end[run.to - 1]);
      const key = nameKey(parts);
      if (key === '') continue;
      // The words wordIndex reads, folded once here rather than each time an index is built.
      const ws = parts.filter((w) => w.length > 1 && !w.endsWith('.'));
      const l = ws[ws.length - 1];
      const lastWord = l === undefined ? undefined : namePartKey(l);
      const firstWord = ws[0] !== undefined && ws.length > 1 ? namePartKey(ws[0]) : undefined;
      pend.push({ run, cls, parts, key, text, lastWord, firstWord });
      if (cls === 'person' && (run.titled || ws.length > 1)) {
        const p = person(key);
        addForm(p, collapseSpaces(text));
        if (run.honorificGender !== undefined) p.genders.add(run.honorificGender);
        const first = FIRST_NAMES.get((parts[0] ?? '').toLowerCase());
        if (first !== undefined) p.genders.add(first);
        for (const d of [descriptorBefore(doc, run), descriptorAfter(doc, run)]) {
          if (d === undefined) continue;
          p.descriptors.push(d);
          if (d.gender !== 'any') p.genders.add(d.gender);
        }
      }
    }
    pendingByDoc.push(pend);
  }
  // Word → full-name keys that end with it (a surname), and failing those, that start with it
  // ("Kim" of "Kim Jong Un"), per document, then corpus-wide. Counts say how often each is written.
  // With `only`, just the entries of those words are built: what `get` gives for them is the same.
  // (The names come in groups, read in order: one document's, or every document's without a flattened copy.)
  const wordIndex = (groups: readonly (readonly Pending[])[], only?: ReadonlySet<string>): Map<string, Map<string, number>> => {
    const last = new Map<string, Map<string, number>>();
    const first = new Map<string, Map<string, number>>();
    const add = (m: Map<string, Map<string, number>>, k: string, key: string): void => {
      if (only !== undefined && !only.has(k)) return;
      let inner = m.get(k);
      if (inner === undefined) {
        inner = new Map<string, number>();
        m.set(k, inner);
      }
      inner.set(key, (inner.get(key) ?? 0) + 1);
    };
    for (const pend of groups) {
      for (const p of pend) {
        if (!persons.has(p.key)) continue;
        if (p.lastWord !== undefined) add(last, p.lastWord, p.key); // nameKey([last word])
        if (p.firstWord !== undefined) add(first, p.firstWord, p.key);
      }
    }
    for (const [k, v] of first) if (!last.has(k)) last.set(k, v);
    return last;
  };
  const globalIndex = wordIndex(pendingByDoc);
  const best = (m: Map<string, number> | undefined): string | undefined => {
    if (m === undefined) return undefined;
    let bestKey: string | undefined;
    let bestCount = -1;
    for (const [k, c] of m) if (c > bestCount) [bestKey, bestCount] = [k, c];
    return bestKey;
  };

  const mentions: PersonMention[][] = [];
  corpus.docs.forEach((doc, d) => {
    const pend = pendingByDoc[d] ?? [];
    // Only names that are nobody's full name read this document's index (persons only grow, so a
    // document whose names all are persons at the start never reads it).
    // It is read only for the keys of those names (persons only grow, so no other name reads it later).
    let unknown: Set<string> | undefined;
    for (const p of pend) if (!persons.has(p.key)) (unknown ??= new Set()).add(p.key);
    const local = unknown !== undefined ? wordIndex([pend], unknown) : new Map<string, Map<string, number>>();
    const quotes = quoteRanges[d] ?? [];
    const out: PersonMention[] = [];
    for (const p of pend) {
      let key: string | undefined;
      if (persons.has(p.key)) key = p.key;
      else {
        // A single name: the full name in this document that it shortens, else one in the corpus.
        // "Mr. Obama" is not Michelle Obama: an honorific's gender rules out the other.
        const g = p.run.honorificGender;
        const agrees = (m: Map<string, number> | undefined): Map<string, number> | undefined =>
          m === undefined || g === undefined || g === 'any'
            ? m
            : new Map(
                [...m].filter(([k]) => {
                  const pg = genderOf(person(k));
                  return pg === 'any' || pg === g;
                }),
              );
        const localKeys = agrees(local.get(p.key));
        // Of this document's candidates, the one the corpus writes most (the first of equals): `best` over
        // the local keys ranked by their corpus counts, read in place rather than copied into a new map.
        const globalKeys = globalIndex.get(p.key);
        let ranked: string | undefined;
        if (localKeys !== undefined) {
          let bestCount = -1;
          for (const k of localKeys.keys()) {
            const c = globalKeys?.get(k) ?? 0;
            if (c > bestCount) {
              ranked = k;
              bestCount = c;
            }
          }
        }
        key = ranked ?? best(agrees(globalKeys));
        if (key === undefined) {
          if (p.cls === 'single' && !p.run.titled && !besideCue(doc, p.run)) continue;
          key = p.key;
          const single = person(key);
          if (p.run.honorificGender !== undefined) single.genders.add(p.run.honorificGender);
        }
        addForm(person(key), collapseSpaces(p.text));
        if (p.run.honorificGender !== undefined) person(key).genders.add(p.run.honorificGender);
      }
      const start = doc.tokens.start[p.run.nameFrom] ?? 0;
      const end = doc.tokens.end[p.run.to - 1] ?? start;
      out.push({ start, end, kind: 'name', key, inQuote: inRanges(quotes, start) });
    }
    mentions.push(out);
  });

  // Descriptors used as names ("the North Korean ruler"): the person introduced with a matching one.
  // Persons by the roles of their descriptors, in the order they were found, so that each descriptor
  // looks only at the persons who could fit it rather than at every person of the corpus.
  // Each person's descriptors reduced to their distinct roles-and-countries shapes, all that fitting reads:
  // a person named in every article of a large corpus has as many descriptors, mostly the same ones.
  const byRole = new Map<string, Person[]>();
  const shapes = new Map<Person, Descriptor[]>();
  for (const p of persons.values()) {
    const distinct = new Map<string, Descriptor>();
    for (const x of p.descriptors) {
      const sig = `${x.roles.join(',')}|${x.countries.join(',')}`;
      if (!distinct.has(sig)) distinct.set(sig, x);
    }
    shapes.set(p, [...distinct.values()]);
    const roles = new Set(p.descriptors.flatMap((x) => x.roles));
    for (const r of roles) {
      const list = byRole.get(r);
      if (list === undefined) byRole.set(r, [p]);
      else list.push(p);
    }
  }
  const rank = new Map([...persons.values()].map((p, i) => [p, i]));
  // How often each person's names are written (forms no longer change from here on).
  const written = new Map<Person, number>();
  const counts = (p: Person): number => {
    let c = written.get(p);
    if (c === undefined) {
      c = 0;
      for (const f of p.forms.values()) c += f.count;
      written.set(p, c);
    }
    return c;
  };
  // The persons a descriptor may stand for depend only on its roles and countries, and persons no longer
  // change from here on: they are worked out once per distinct descriptor shape of the corpus.
  const fitting = new Map<string, { readonly candidates: readonly Person[]; mostWritten?: string | undefined }>();
  const candidatesFor = (dd: Descriptor): { readonly candidates: readonly Person[]; mostWritten?: string | undefined } => {
    const sig = `${dd.roles.join('\u0000')}\u0001${dd.countries.join('\u0000')}`;
    let c = fitting.get(sig);
    if (c !== undefined) return c;
    // A descriptor whose countries agree beats one that names none; one that names others is out.
    const fit = (p: Person): number =>
      Math.max(
        0,
        ...(shapes.get(p) ?? [])
          .filter((x) => x.roles.some((r) => dd.roles.includes(r)))
          .map((x) =>
            dd.countries.length === 0 || x.countries.length === 0 ? 1 : dd.countries.every((co) => x.countries.includes(co)) ? 2 : 0,
          ),
      );
    const pool = new Set(dd.roles.flatMap((r) => byRole.get(r) ?? []));
    const ordered = pool.size > 1 ? [...pool].sort((x, y) => (rank.get(x) ?? 0) - (rank.get(y) ?? 0)) : [...pool];
    const scored = ordered.map((p) => [p, fit(p)] as const).filter(([, f]) => f > 0);
    const top = Math.max(0, ...scored.map(([, f]) => f));
    c = { candidates: scored.filter(([, f]) => f === top).map(([p]) => p) };
    fitting.set(sig, c);
    return c;
  };
  // Per document, the tokens the pronoun pass looks at (found with the descriptor pass's "the" tokens).
  const pronounTokens: number[][] = [];
  corpus.docs.forEach((doc, d) => {
    const out = mentions[d] ?? [];
    const quotes = quoteRanges[d] ?? [];
    const inDoc = new Set(out.map((m) => m.key));
    const starts = passStarts(doc);
    pronounTokens[d] = starts.pronouns;
    for (const a of anaphoricDescriptors(doc, starts.the)) {
      const start = doc.tokens.start[a.from] ?? 0;
      const end = doc.tokens.end[a.to - 1] ?? start;
      const fits = candidatesFor(a.d);
      const candidates = fits.candidates;
      if (candidates.length === 0) continue;
      const local = candidates.filter((p) => inDoc.has(p.key));
      let key: string | undefined;
      if (local.length > 0) {
        // The most recent of them before the descriptor: name mentions are in text order here (descriptors
        // found so far follow them), so the first from the end that fits.
        for (let k = out.length - 1; k >= 0; k--) {
          const m = out[k] as PersonMention;
          if (m.kind === 'name' && m.start < start && local.some((p) => p.key === m.key)) {
            key = m.key;
            break;
          }
        }
        key ??= local[0]?.key;
      } else {
        if (!('mostWritten' in fits)) fits.mostWritten = [...candidates].sort((x, y) => counts(y) - counts(x))[0]?.key;
        key = fits.mostWritten;
      }
      if (key !== undefined) out.push({ start, end, kind: 'descriptor', key, inQuote: inRanges(quotes, start) });
    }
    out.sort((x, y) => x.start - y.start);
  });

  // Pronouns: the nearest compatible named person before, outside quotes. Genders no longer change here.
  const genders = new Map<string, string>();
  const genderOfKey = (k: string): string => {
    let g = genders.get(k);
    if (g === undefined) {
      g = genderOf(person(k));
      genders.set(k, g);
    }
    return g;
  };
  corpus.docs.forEach((doc, d) => {
    const named = (mentions[d] ?? []).filter((m) => !m.inQuote);
    const quotes = quoteRanges[d] ?? [];
    const found: PersonMention[] = [];
    const { start: starts, end: ends } = doc.tokens;
    // he, him, his, she, her, hers: tokens of two to four units starting with h or s (passStarts).
    for (const i of pronounTokens[d] ?? []) {
      const len = (ends[i] ?? 0) - (starts[i] ?? 0);
      const w = pronounWord(doc, i, len);
      if (w === '') continue;
      const info = PRONOUNS.get(w === 'his' ? 'he' : w === 'hers' ? 'she' : w);
      if (info === undefined || (info.gender !== 'm' && info.gender !== 'f') || isBoiler(doc, i)) continue;
      const start = doc.tokens.start[i] ?? 0;
      if (inRanges(quotes, start)) continue;
      const key = resolvePronounAt(named, start, info.gender, genderOfKey);
      if (key === undefined) continue;
      found.push({ start, end: doc.tokens.end[i] ?? start, kind: 'pronoun', key, inQuote: false });
    }
    mentions[d] = [...(mentions[d] ?? []), ...found].sort((x, y) => x.start - y.start || x.end - y.end);
  });

  const out = new Map<string, { name: string; aliases: string[]; gender: string; descriptors: Descriptor[] }>();
  for (const p of persons.values()) {
    const forms = [...p.forms.entries()].sort((a, b) => b[1].count - a[1].count || a[1].order - b[1].order);
    // The canonical name is the most frequent full form; a lone surname only when there is no other.
    const full = forms.filter(([f]) => /\s/u.test(f));
    const name = (full[0] ?? forms[0])?.[0] ?? p.key;
    const aliases = [...new Set([...forms.map(([f]) => f), ...p.descriptors.map((x) => x.text)])].filter((f) => f !== name);
    out.set(p.key, { name, aliases, gender: genderOf(p), descriptors: p.descriptors });
  }
  return { persons: out, mentions };
}

/** The key of the nearest person mentioned before `offset` whose gender agrees (`m`/`f`); `named` in text order (by start). @internal */
export function resolvePronounAt(
  named: readonly PersonMention[],
  offset: number,
  gender: string,
  genderOfKey: (key: string) => string,
): string | undefined {
  // Mentions in text order: those at or after `offset` are a tail, passed over at once (a binary search
  // for the last one before it) rather than one by one for every pronoun of the document.
  const lo = lowerBound(named.length, (k) => (named[k] as PersonMention).start < offset);
  for (let k = lo - 1; k >= 0; k--) {
    const m = named[k] as PersonMention;
    if (m.start >= offset || m.kind === 'pronoun') continue;
    const g = genderOfKey(m.key);
    if (g === 'any' || g === gender) return m.key;
  }
  return undefined;
}

/**
 * Turns the stage's actor index into the public form: one {@link Actor} per person, with canonical
 * name, aliases and every mention (names, descriptors, pronouns) in document then text order.
 * @internal
 */
export function actorsFromIndex(corpus: Corpus, index: ActorIndex): Actor[] {
  const byKey = new Map<string, ActorMention[]>();
  corpus.docs.forEach((doc, d) => {
    for (const m of index.mentions[d] ?? []) {
      const list = byKey.get(m.key) ?? [];
      list.push({ docId: doc.id, start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), kind: m.kind });
      byKey.set(m.key, list);
    }
  });
  const actors: Actor[] = [];
  for (const [key, p] of index.persons) {
    const mentions = byKey.get(key) ?? [];
    if (mentions.length === 0) continue;
    actors.push({ name: p.name, aliases: p.aliases, mentions });
  }
  // Most mentioned first; ties by name, so the order is stable.
  return actors.sort((a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
