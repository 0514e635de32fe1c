import data from './data/gazetteer.json' with { type: 'json' };

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
} = data;

const PLACE_FIRST: ReadonlySet<string> = new Set(data.placeWords.first);
const PLACE_LAST: ReadonlySet<string> = new Set(data.placeWords.last);

/**
 * Whether capitalized words name a place: the first is a word that opens a place's name ("Lake Orm",
 * "San Ardo") or the last one that closes it ("Palm Vale Beach", "Orm County"); two words at least.
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
  if (words.length < 2) return false;
  return PLACE_FIRST.has(words[0] ?? '') || PLACE_LAST.has(words[words.length - 1] ?? '');
}
