/** Cue words: the verbs ("said", "told", "hoped") that attribute a quote to a speaker. */
import type { DocModel } from '../document/model.js';
import { CUE_FORMS, type CueInfo } from '../lexicon/quote-words.js';
import { lower, mayLowerBeIn, posOf, tt, wordEndsTable } from '../document/tokens.js';

/** `/^\p{Ll}/u.test(tt(doc, i))`, read by character code when the token starts with an ASCII character. */
function startsLower(doc: DocModel, i: number): boolean {
  if (i < 0 || i >= doc.tokens.count) return false;
  const at = doc.tokens.start[i] ?? 0;
  if ((doc.tokens.end[i] ?? 0) <= at) return false;
  const c = doc.text.charCodeAt(at);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(tt(doc, i));
}

/** Lengths, first and last letters of the cue forms: most tokens are none, seen without a lower-cased copy. */
const CUE_TABLE = wordEndsTable(CUE_FORMS.keys());

/**
 * The cue verb at token `i`, if it is one used as a verb.
 * @param doc - the document
 * @param i - a token index (any: outside the table there is no cue)
 * @returns the cue's lemma and kind, or undefined
 * @internal
 */
export function cueAt(doc: DocModel, i: number): CueInfo | undefined {
  // Cue verbs are lower case in running text ("The Washington Post", "United States" are names).
  if (!startsLower(doc, i) || !mayLowerBeIn(doc, i, CUE_TABLE)) return undefined;
  const cue = CUE_FORMS.get(lower(doc, i));
  if (cue === undefined) return undefined;
  const pos = posOf(doc, i);
  if (pos === 'NOUN' || pos === 'ADJ' || pos === 'PROPN') {
    // "a report", "the call" are nouns; "Obama and Clinton call them" is a verb the tagger missed.
    const prev = posOf(doc, i - 1);
    if (lower(doc, i) !== 'says' && prev !== 'PROPN' && prev !== 'PRON') return undefined;
  }
  return cue;
}

/**
 * Whether token `i` is a participle that hangs a quote on the clause's subject ("Trump attacked Clinton, saying, …").
 * @param doc - the document
 * @param i - a token index
 * @returns true for an "-ing" word right after a comma
 * @internal
 */
export function isParticiple(doc: DocModel, i: number): boolean {
  return lower(doc, i).endsWith('ing') && tt(doc, i - 1) === ',';
}
