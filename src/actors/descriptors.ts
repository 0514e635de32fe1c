import type { DocModel } from '../document/model.js';
import { DEMONYMS, GENDERED_NOUNS, NON_PERSON, ROLE_CLASSES, TITLE_WORDS } from '../lexicon/index.js';
import { isBoiler, isCap, lower, posOf, sameLine, tt } from '../document/tokens.js';
import type { NameRun } from './name-runs.js';

/** A descriptor of a person: the offices it names and the countries it ties them to. @internal */
export interface Descriptor {
  readonly text: string;
  readonly roles: readonly string[];
  readonly countries: readonly string[];
  /** `m`, `f` or `any`, from its gendered nouns ("chairwoman"). */
  readonly gender: string;
}

/** A descriptor written without a name after it ("the North Korean ruler"), in tokens. @internal */
export interface AnaphoricDescriptor {
  /** The token "the". */
  readonly from: number;
  /** One past its last token. */
  readonly to: number;
  readonly d: Descriptor;
}

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

/** Parts of speech a descriptor's words may have (a PART only as the possessive 's). */
const DESCRIPTOR_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);

/** The countries demonyms stand for ("Russia" for "Russian"). */
const DEMONYM_COUNTRIES: ReadonlySet<string> = new Set(DEMONYMS.values());

/**
 * The role nouns' classes of the longest role phrase (three, two or one words) that starts at word `i`,
 * with its length in words; undefined when none starts there.
 *
 * @param words - a phrase's words, lower case
 * @param i - where the role would start
 * @returns the role's classes and its length in words, or undefined
 * @example
 * ```ts
 * roleAt(['the', 'head', 'of', 'state'], 1)?.length;
 * //=> 3
 * ```
 * @internal
 */
export function roleAt(words: readonly string[], i: number): { readonly classes: readonly string[]; readonly length: number } | undefined {
  for (const length of [3, 2, 1]) {
    const classes = ROLE_CLASSES.get(words.slice(i, i + length).join(' '));
    if (classes !== undefined) return { classes, length };
  }
  return undefined;
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
    const role = roleAt(words, i);
    if (role === undefined) continue;
    role.classes.forEach((c) => out.add(c));
    i += role.length - 1;
  }
  return [...out];
}

/**
 * Countries a phrase ties to ("North Korean" → North Korea, "Russia’s" → Russia, "US").
 *
 * @param words - the phrase's words, lower case as the demonym table has them
 * @returns the countries, each once, in the order found
 * @internal
 */
export function countriesIn(words: readonly string[]): string[] {
  const out = new Set<string>();
  const clean = words.map((w) => w.replace(/['\u2019]s$/u, ''));
  for (let i = 0; i < clean.length; i++) {
    const two = `${clean[i]} ${clean[i + 1] ?? ''}`;
    const d2 = DEMONYMS.get(two);
    if (d2 !== undefined || DEMONYM_COUNTRIES.has(two)) {
      out.add(d2 ?? two);
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

/**
 * The descriptor written in tokens `from..to`, if it names a role.
 *
 * @param doc - the document
 * @param from - first token
 * @param to - one past the last token
 * @returns the descriptor (its text, roles, countries and gender), or undefined when it names no role
 * @internal
 */
export function makeDescriptor(doc: DocModel, from: number, to: number): Descriptor | undefined {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const w = lower(doc, k);
    if (w === "'s" && words.length > 0) words[words.length - 1] += "'s";
    else words.push(w);
  }
  // A role after "for" is the office sought, not held ("the Republican nominee for president").
  const sought = words.indexOf('for');
  const roles = rolesIn(sought < 0 ? words : words.slice(0, sought));
  if (roles.length === 0) return undefined;
  let gender = 'any';
  for (const w of words) gender = GENDERED_NOUNS.get(w) ?? gender;
  const start = doc.tokens.start[from] ?? 0;
  const end = doc.tokens.end[to - 1] ?? start;
  return { text: doc.text.slice(start, end), roles, countries: countriesIn(words), gender };
}

/** Whether the words ending at token `k` (not before `lo`) are a role noun ("ruler", "head of state"). */
function endsWithRole(doc: DocModel, k: number, lo: number): boolean {
  for (let len = 1; len <= 3 && k - len + 1 >= lo; len++) {
    const words: string[] = [];
    for (let j = k - len + 1; j <= k; j++) words.push(lower(doc, j));
    if (ROLE_CLASSES.has(words.join(' '))) return true;
  }
  return false;
}

/** Whether token `k` may be part of a descriptor: an adjective, noun, proper noun, number or possessive 's. */
function descriptorToken(doc: DocModel, k: number): boolean {
  const pos = posOf(doc, k);
  return DESCRIPTOR_POS.has(pos) && (pos !== 'PART' || lower(doc, k) === "'s");
}

/**
 * Whether token `k` is the word `w` (lower case) in any case. The length is compared first: most tokens
 * then need no lower-cased copy (lower-casing every token of a large corpus was a measurable cost).
 */
function isWordToken(doc: DocModel, k: number, w: string): boolean {
  return (doc.tokens.end[k] ?? 0) - (doc.tokens.start[k] ?? 0) === w.length && lower(doc, k) === w;
}

/** Whether token `k` is an "of" inside a title ("head of state"). */
function titleOf(doc: DocModel, k: number): boolean {
  return isWordToken(doc, k, 'of') && OF_HEADS.has(lower(doc, k - 1));
}

/**
 * The descriptor written before a name run, if any ("North Korean leader Kim", "Russia’s Foreign
 * Minister Lavrov", or an appositive before it: "the Russian Foreign Minister, Sergei Lavrov").
 *
 * @param doc - the document
 * @param run - the name run
 * @returns the descriptor, or undefined
 * @internal
 */
export function descriptorBefore(doc: DocModel, run: NameRun): Descriptor | undefined {
  const appositive = !run.titled && tt(doc, run.from - 1) === ',';
  const end = appositive ? run.from - 1 : run.nameFrom;
  let from = appositive ? end : run.from;
  let k = from - 1;
  while (k >= 0 && end - k <= 7 && sameLine(doc, k, k + 1)) {
    const w = lower(doc, k);
    // Another name ends the descriptor ("… Lavrov Meets Kim" in a headline): titles, demonyms and
    // countries ("North Korea’s") belong to it, other capitalized words do not.
    const nextIsPossessive = /^['\u2019]s$/u.test(tt(doc, k + 1));
    if (isCap(doc, k) && !TITLE_WORDS.has(w) && !DEMONYMS.has(w) && !NON_PERSON.has(tt(doc, k)) && !nextIsPossessive) break;
    if (!descriptorToken(doc, k) && !titleOf(doc, k)) break;
    from = k;
    k--;
  }
  if (from >= end) return undefined;
  return makeDescriptor(doc, from, end);
}

/**
 * The appositive after a name run (", a specialist in …", ", the interim chairwoman of …").
 *
 * @param doc - the document
 * @param run - the name run
 * @returns the descriptor, or undefined
 * @internal
 */
export function descriptorAfter(doc: DocModel, run: NameRun): Descriptor | undefined {
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

/** Whether token `k` starts a name: a capitalized proper noun. */
function startsName(doc: DocModel, k: number): boolean {
  return isCap(doc, k) && posOf(doc, k) === 'PROPN';
}

/** The descriptor "the …" starting at token `i` and ending in a role noun, as its end token; -1 when there is none. */
function descriptorEnd(doc: DocModel, i: number): number {
  const n = doc.tokens.count;
  let k = i + 1;
  let lastRole = -1;
  while (k < n && k - i <= 6 && sameLine(doc, k - 1, k) && (descriptorToken(doc, k) || titleOf(doc, k))) {
    if (posOf(doc, k) !== 'ADJ' && endsWithRole(doc, k, i + 1)) lastRole = k;
    k++;
  }
  return lastRole >= 0 && lastRole === k - 1 ? k : -1;
}

/**
 * Anaphoric descriptors ("the North Korean ruler"): "the", descriptor words ending in a role noun,
 * and no name after them (then they introduce the name rather than refer back).
 *
 * @param doc - the document
 * @returns the descriptors, in text order, none overlapping
 * @internal
 */
export function anaphoricDescriptors(doc: DocModel): AnaphoricDescriptor[] {
  const out: AnaphoricDescriptor[] = [];
  // A descriptor found runs on to token `next`: a "the" before it starts none.
  let next = 0;
  for (let i = 0; i < doc.tokens.count; i++) {
    if (i < next || !isWordToken(doc, i, 'the') || isBoiler(doc, i)) continue;
    const k = descriptorEnd(doc, i);
    if (k < 0) continue;
    // Followed by a name ("the North Korean leader Kim", "the leader, Kim") it introduces, not refers.
    if (startsName(doc, k)) continue;
    if (tt(doc, k) === ',' && startsName(doc, k + 1)) continue;
    const d = makeDescriptor(doc, i + 1, k);
    if (d !== undefined) out.push({ from: i, to: k, d });
    next = k;
  }
  return out;
}
