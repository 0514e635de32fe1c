import data from './data/gazetteer.json' with { type: 'json' };
import { FIRST_NAMES, ORG_HEADS } from './people.js';

/** A state and the names, short forms, demonyms and capitals that refer to it. @internal */
export interface GazetteerState {
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * States often named in international news (`data/gazetteer.json`), the capitalized words that mark
 * a name as an organization, place or date rather than a person, and the words that open or close a
 * place's name ("Lake …", "… Beach"). Read by the framing stage's actors and the person finder.
 * @internal
 */
export const GAZETTEER: {
  readonly states: readonly GazetteerState[];
  readonly organizationWords: readonly string[];
  readonly placeWords: { readonly first: readonly string[]; readonly last: readonly string[] };
  readonly regions: readonly string[];
} = data;

const PLACE_FIRST: ReadonlySet<string> = new Set(data.placeWords.first);
const PLACE_LAST: ReadonlySet<string> = new Set(data.placeWords.last);
const ORG_WORDS: ReadonlySet<string> = new Set(data.organizationWords);
const REGIONS: ReadonlySet<string> = new Set(data.regions);

/**
 * Whether capitalized words name a place: a region ("Ohio", "New Hampshire", "Calif."), or the last is a word that closes a place's name ("Palm Vale
 * Beach", "Orm County"), or the first one that opens it ("Lake Orm", "San Ardo") and the last is no
 * organization's head word ("San Ardo Harbour Council" is an organization); two words at least, the
 * first no known first name ("Michael Bay" is a person), for the place words.
 *
 * @param words - the name's words as written
 * @returns whether they name a place
 * @example
 * ```ts
 * [isPlaceName(['Lake', 'Orm']), isPlaceName(['Orm', 'Beach']), isPlaceName(['Oskar', 'Berg'])];
 * //=> [true, true, false]
 * ```
 * @internal
 */
export function isPlaceName(words: readonly string[]): boolean {
  if (REGIONS.has(words.join(' '))) return true;
  // A known first name opens a person's name ("Michael Bay").
  if (words.length < 2 || FIRST_NAMES.has((words[0] ?? '').toLowerCase())) return false;
  const last = words[words.length - 1] ?? '';
  if (PLACE_LAST.has(last)) return true;
  // "St. Lucie" is a place, "St. Lucie Tea Party Coalition" an organization.
  return PLACE_FIRST.has(words[0] ?? '') && !ORG_HEADS.has(last) && !ORG_WORDS.has(last);
}

const STATE_ALIASES: ReadonlySet<string> = new Set(data.states.flatMap((st) => st.aliases));

/**
 * Whether a word is one of the gazetteer's names for a state: its name, demonym or capital ("Libyan",
 * "Tripoli"). Such a word alone names no person.
 *
 * @param word - a word as written
 * @returns whether it names a state
 * @example
 * ```ts
 * [isStateAlias('Libyan'), isStateAlias('Berg')];
 * //=> [true, false]
 * ```
 * @internal
 */
export function isStateAlias(word: string): boolean {
  return STATE_ALIASES.has(word);
}
