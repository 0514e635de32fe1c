import type { DocModel } from '../document/model.js';
import { DEMONYMS, FIRST_NAMES, NON_PERSON, ORG_HEADS, OUTLET_ALIASES, TITLE_WORDS, isPlaceName, isStateAlias } from '../lexicon/index.js';
import { lower, posOf, tt } from '../document/tokens.js';
import { isUpperCase, type NameRun } from './name-runs.js';

/**
 * What a name run is: a person's name (`person`), a single word that may be one (`single`, decided
 * once the corpus's full names are known), or no person (`no`). @internal
 */
export type RunClass = 'person' | 'single' | 'no';

/**
 * Whether the words name an outlet rather than a person ("Al Jazeera", "Reuters"): the whole phrase
 * is an outlet's alias, or one of its words of four letters or more is.
 *
 * @param words - the name's words as written
 * @returns whether they name an outlet
 * @internal
 */
export function isOutletName(words: readonly string[]): boolean {
  return OUTLET_ALIASES.has(words.join(' ')) || words.some((w) => w.length > 3 && OUTLET_ALIASES.has(w));
}

/** Whether every word is a title, demonym or non-person word ("Foreign Minister", "Russian", "Kremlin"); titles count only without an honorific. */
function onlyTitleWords(words: readonly string[], honorificGender: string | undefined): boolean {
  return words.every((w) => {
    if (NON_PERSON.has(w)) return true;
    const lw = w.toLowerCase();
    return DEMONYMS.has(lw) || (honorificGender === undefined && TITLE_WORDS.has(lw));
  });
}

/**
 * Classifies a name run: outlets, organizations ("… Ministry"), title words alone, acronyms and names
 * after an article ("the Kremlin") are no person; a titled run or one of two words or more is a person
 * (with a non-person word in it or a place's name, only if it starts with a known first name); a lone word is `single`.
 *
 * @param doc - the document
 * @param run - the name run
 * @returns the run's class
 * @internal
 */
export function classifyRun(doc: DocModel, run: NameRun): RunClass {
  const words: string[] = [];
  for (let k = run.nameFrom; k < run.to; k++) words.push(tt(doc, k));
  if (words.length === 0 || isOutletName(words)) return 'no';
  const last = words[words.length - 1] ?? '';
  if (ORG_HEADS.has(last)) return 'no';
  // After an honorific ("Mr. King") the name may be a word that is elsewhere a title.
  if (onlyTitleWords(words, run.honorificGender)) return 'no';
  if (words.some((w) => w.length > 1 && isUpperCase(w) && !w.endsWith('.'))) return 'no';
  if (run.titled) return words.length > 1 ? 'person' : 'single';
  const prev = lower(doc, run.from - 1);
  if (prev === 'the' || prev === 'a' || prev === 'an') return 'no';
  if (words.length > 1) {
    // A place ("Lake Orm", "Palm Vale Beach", "San Ardo") is no person, unless a first name opens it ("Michael Bay").
    if (words.some((w) => NON_PERSON.has(w)) || isPlaceName(words))
      return FIRST_NAMES.has((words[0] ?? '').toLowerCase()) ? 'person' : 'no';
    return 'person';
  }
  if (NON_PERSON.has(last)) return 'no';
  // A state's demonym before a noun ("Libyan groups", from the gazetteer) is an adjective; "Cuban said" may be Mark Cuban.
  if (isStateAlias(last) && posOf(doc, run.to) === 'NOUN') return 'no';
  return 'single';
}
