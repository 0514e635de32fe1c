import type { DocModel } from '../document/model.js';
import { rangeAt } from '../document/model.js';
import { lower } from '../document/tokens.js';
import { FIRST_NAMES, GENDERED_NOUNS } from '../lexicon/index.js';
import type { Range } from '../quotes/marks.js';
import { descriptorAfter, descriptorBefore } from './descriptors.js';
import { collapseSpaces, nameKey, namePartKey, nameParts } from './name-keys.js';
import { besideCue, nameRuns, type NameRun } from './name-runs.js';
import { addForm, genderOf, personOf, type PersonTable } from './person-table.js';
import { classifyRun, type RunClass } from './run-class.js';
import type { PersonMention } from './types.js';

/** A name run that may be a person, with its key and the folded words a short form is matched by. @internal */
export interface NameCandidate {
  readonly run: NameRun;
  readonly cls: RunClass;
  /** The name's words, hyphenated parts split. */
  readonly parts: readonly string[];
  /** Its key (see `nameKey`). */
  readonly key: string;
  /** The name as written (titles left out). */
  readonly text: string;
  /** The folded last word of the name (initials left out). */
  readonly lastWord: string | undefined;
  /** For two words or more, the folded first word (initials left out). */
  readonly firstWord: string | undefined;
}

/** Word → person key → count: which persons' names end (or else start) with a word, and how often they are written. */
type WordIndex = Map<string, Map<string, number>>;

/** The run as a candidate, or undefined when it is no person or has an empty key. */
function candidate(doc: DocModel, run: NameRun): NameCandidate | undefined {
  const cls = classifyRun(doc, run);
  if (cls === 'no') return undefined;
  const parts = nameParts(doc, run.nameFrom, run.to);
  const key = nameKey(parts);
  if (key === '') return undefined;
  const start = doc.tokens.start[run.nameFrom] ?? 0;
  const text = doc.text.slice(start, doc.tokens.end[run.to - 1]);
  const words = parts.filter((w) => w.length > 1 && !w.endsWith('.'));
  const last = words[words.length - 1];
  const lastWord = last === undefined ? undefined : namePartKey(last);
  const firstWord = words[0] !== undefined && words.length > 1 ? namePartKey(words[0]) : undefined;
  return { run, cls, parts, key, text, lastWord, firstWord };
}

/**
 * The name runs of a document that may be persons. Full names (titled, or of two words or more) become
 * persons at once, with their form, gender hints (honorific, first name) and the descriptors written
 * beside them; single names are decided later, once the corpus's full names are known.
 *
 * @param table - the persons so far (added to)
 * @param doc - the document
 * @returns the candidates, in text order
 * @internal
 */
export function collectNames(table: PersonTable, doc: DocModel): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const run of nameRuns(doc)) {
    const c = candidate(doc, run);
    if (c === undefined) continue;
    out.push(c);
    // A full name: titled, or of two words or more (initials left out), which is when it has a first word.
    if (c.cls !== 'person' || !(run.titled || c.firstWord !== undefined)) continue;
    const p = personOf(table, c.key);
    addForm(table, p, collapseSpaces(c.text));
    if (run.honorificGender !== undefined) p.genders.add(run.honorificGender);
    const first = FIRST_NAMES.get((c.parts[0] ?? '').toLowerCase());
    if (first !== undefined) p.genders.add(first);
    for (const d of [descriptorBefore(doc, run), descriptorAfter(doc, run)]) {
      if (d === undefined) continue;
      p.descriptors.push(d);
      if (d.gender !== 'any') p.genders.add(d.gender);
    }
  }
  return out;
}

function addTo(index: WordIndex, word: string, key: string): void {
  let inner = index.get(word);
  if (inner === undefined) {
    inner = new Map<string, number>();
    index.set(word, inner);
  }
  inner.set(key, (inner.get(key) ?? 0) + 1);
}

/**
 * Word → keys of the persons' full names that end with it (a surname), and failing those, that start
 * with it ("Kim" of "Kim Jong Un"), with how often each is written among the candidates.
 *
 * @param table - the persons so far
 * @param groups - the candidates, in groups read in order (one document's, or every document's)
 * @returns the index
 * @internal
 */
export function wordIndex(table: PersonTable, groups: readonly (readonly NameCandidate[])[]): WordIndex {
  const last: WordIndex = new Map();
  const first: WordIndex = new Map();
  for (const group of groups) {
    for (const c of group) {
      if (!table.persons.has(c.key)) continue;
      if (c.lastWord !== undefined) addTo(last, c.lastWord, c.key);
      if (c.firstWord !== undefined) addTo(first, c.firstWord, c.key);
    }
  }
  for (const [k, v] of first) if (!last.has(k)) last.set(k, v);
  return last;
}

/** The key counted most, the first of equals; undefined for none. */
function mostWritten(m: ReadonlyMap<string, number> | undefined): string | undefined {
  if (m === undefined) return undefined;
  let bestKey: string | undefined;
  let bestCount = -1;
  for (const [k, c] of m) {
    if (c > bestCount) {
      bestKey = k;
      bestCount = c;
    }
  }
  return bestKey;
}

/** The keys whose person's gender agrees with an honorific's ("Mr. Obama" is not Michelle Obama). */
function agreeing(table: PersonTable, m: Map<string, number> | undefined, gender: string | undefined): Map<string, number> | undefined {
  if (m === undefined || gender === undefined || gender === 'any') return m;
  return new Map(
    [...m].filter(([k]) => {
      const pg = genderOf(personOf(table, k));
      return pg === 'any' || pg === gender;
    }),
  );
}

/**
 * The person a single name shortens: of the full names in this document that end (or start) with it,
 * the one the corpus writes most; failing those, the corpus's most written one.
 */
function shortFormOf(table: PersonTable, c: NameCandidate, local: WordIndex, global: WordIndex): string | undefined {
  const g = c.run.honorificGender;
  const localKeys = agreeing(table, local.get(c.key), g);
  const globalKeys = global.get(c.key);
  if (localKeys !== undefined) {
    const ranked = new Map([...localKeys.keys()].map((k) => [k, globalKeys?.get(k) ?? 0]));
    const key = mostWritten(ranked);
    if (key !== undefined) return key;
  }
  return mostWritten(agreeing(table, globalKeys, g));
}

/**
 * Whether the words before token `from` introduce a name: "named" ("a resident named Ann"), or a
 * gendered noun and a comma before a known first name ("her husband, Mark,").
 */
function namedBefore(doc: DocModel, from: number): boolean {
  if (lower(doc, from - 1) === 'named') return true;
  return lower(doc, from - 1) === ',' && GENDERED_NOUNS.has(lower(doc, from - 2)) && FIRST_NAMES.has(lower(doc, from));
}

/** The person a name mention is of (counting its form for a single name), or undefined for a single name that names nobody. */
function personOfName(table: PersonTable, doc: DocModel, c: NameCandidate, local: WordIndex, global: WordIndex): string | undefined {
  if (table.persons.has(c.key)) return c.key;
  let key = shortFormOf(table, c, local, global);
  if (key === undefined) {
    if (c.cls === 'single' && !c.run.titled && !besideCue(doc, c.run) && !namedBefore(doc, c.run.from)) return undefined;
    key = c.key;
  }
  const p = personOf(table, key);
  addForm(table, p, collapseSpaces(c.text));
  if (c.run.honorificGender !== undefined) p.genders.add(c.run.honorificGender);
  return key;
}

/**
 * A document's name mentions: a full name is its person; a single name is the person it shortens (see
 * {@link shortFormOf}), or else a new person if it is titled, stands beside a cue verb or follows words that introduce a name (see namedBefore).
 *
 * @param table - the persons so far (single names may add persons and forms)
 * @param doc - the document
 * @param candidates - its name candidates (see {@link collectNames})
 * @param global - the corpus's word index (see {@link wordIndex})
 * @param quotes - its quoted stretches, in text order
 * @returns the name mentions, in text order
 * @internal
 */
export function nameMentions(
  table: PersonTable,
  doc: DocModel,
  candidates: readonly NameCandidate[],
  global: WordIndex,
  quotes: readonly Range[],
): PersonMention[] {
  const local = wordIndex(table, [candidates]);
  const out: PersonMention[] = [];
  for (const c of candidates) {
    const key = personOfName(table, doc, c, local, global);
    if (key === undefined) continue;
    const start = doc.tokens.start[c.run.nameFrom] ?? 0;
    const end = doc.tokens.end[c.run.to - 1] ?? start;
    out.push({ start, end, kind: 'name', key, inQuote: rangeAt(quotes, start) >= 0 });
  }
  return out;
}
