/** Cue words: the verbs ("said", "told", "hoped") that attribute a quote to a speaker. */
import type { DocModel } from '../document/model.js';
import { CUE_FORMS, DOCUMENT_SPEAKER_NOUNS, type CueInfo } from '../lexicon/index.js';
import { lower, posOf, tt } from '../document/tokens.js';

/**
 * The cue verb at token `i`, if it is one used as a verb.
 * @param doc - the document
 * @param i - a token index (any: outside the table there is no cue)
 * @returns the cue's lemma and kind, or undefined
 * @internal
 */
export function cueAt(doc: DocModel, i: number): CueInfo | undefined {
  // Cue verbs are lower case in running text ("The Washington Post", "United States" are names).
  if (!/^\p{Ll}/u.test(tt(doc, i))) return undefined;
  const cue = CUE_FORMS.get(lower(doc, i));
  if (cue === undefined) return undefined;
  const pos = posOf(doc, i);
  if (pos === 'NOUN' || pos === 'ADJ' || pos === 'PROPN') {
    // "a report", "the call" are nouns; "Obama and Clinton call them", "the document states" are verbs the tagger missed.
    const prev = posOf(doc, i - 1);
    if (lower(doc, i) !== 'says' && prev !== 'PROPN' && prev !== 'PRON' && !isDocumentAt(doc, i - 1)) return undefined;
  }
  return cue;
}

/** Whether token `i` is a document noun in lower case ("document", "ad"): a word after it may be its verb. */
function isDocumentAt(doc: DocModel, i: number): boolean {
  return /^\p{Ll}/u.test(tt(doc, i)) && DOCUMENT_SPEAKER_NOUNS.has(lower(doc, i));
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
