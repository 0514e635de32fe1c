/**
 * Documents as speakers: a quote the story takes from a text ("the statement said", "according to a
 * report", "read the email", "a memo from the port authority said") is the document's, a speaker of kind
 * `document`, unless a person named in the phrase wrote it ("Oskar Berg's tweet", "a letter from Marta
 * Lind"): that person speaks, as in "Lind said in a letter".
 */
import type { DocModel } from '../document/model.js';
import type { PersonMention } from '../actors/index.js';
import { DOCUMENT_CUES, DOCUMENT_SPEAKER_NOUNS, TIME_MODIFIERS, TIME_WORDS, type CueInfo } from '../lexicon/index.js';
import { isTerminatorToken, lower, posOf, sameLine, spanOf, tt } from '../document/tokens.js';
import { cueAt } from './cues.js';
import type { Speaker } from './types.js';

/** Prepositions that open a document's author ("a statement from the ministry", "a study by economists"). */
const AUTHOR_WORDS = new Set(['from', 'by']);
/** Prepositions that may follow a document's head noun inside its phrase ("a letter to the council"). */
const TAIL_WORDS = new Set(['from', 'by', 'of', 'to', 'for', 'on', 'in', 'about', 'against']);
/** Tags of the words of a noun phrase in a document's tail. */
const TAIL_NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Possessive determiners: a word after one stands where a noun does ("its report"). */
const POSSESSIVE_DETS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
/** How many words a document's tail ("released Tuesday by the ministry") may take. */
const MAX_TAIL = 8;

/**
 * Whether token `i` is a document noun ("statement", "memo", "poll"): lower case and in the list. A
 * capitalized one is part of a name ("Bill", "The Post").
 * @param doc - the document
 * @param i - a token index
 * @returns true for a document noun
 * @internal
 */
export function isDocumentNoun(doc: DocModel, i: number): boolean {
  return /^\p{Ll}/u.test(tt(doc, i)) && DOCUMENT_SPEAKER_NOUNS.has(lower(doc, i));
}

/**
 * Whether token `i` stands where a noun does: after a determiner, an adjective, a possessive ("the
 * report", "a new report", "Lind's report", "its report"), or after names or nouns that follow one ("the
 * Senate report", "the police report"). A word that is also a cue verb ("report", "note", "tweet") is a
 * noun only there: in "officials report" it is the verb, and so in "the agency reports" and "The Times
 * reports" (an -s form after anything but a determiner, an adjective or a possessive).
 * @param doc - the document
 * @param i - a token index
 * @returns true when the words before it make it a noun
 * @internal
 */
export function inNounSlot(doc: DocModel, i: number): boolean {
  const det = (j: number): boolean =>
    ['DET', 'ADJ', 'NUM'].includes(posOf(doc, j)) || /^['\u2019]s$/u.test(tt(doc, j)) || POSSESSIVE_DETS.has(lower(doc, j));
  // An -s form after a name is the name's verb: "The Times reports", "the Washington Post reports".
  if (lower(doc, i).endsWith('s')) return i > 0 && det(i - 1);
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    if (det(j)) return true;
    // A plural noun is no modifier: "the harbour officials report" is their verb ("news" is no plural).
    const w = lower(doc, j);
    const plural = w.endsWith('s') && w !== 'news';
    if (posOf(doc, j) !== 'PROPN' && (posOf(doc, j) !== 'NOUN' || plural)) return false;
  }
  return false;
}

/**
 * The head of a document phrase: the document noun before the first preposition or verb of the phrase
 * ("statement" in "a statement from the ministry", "report" in "a report released Tuesday").
 * @param doc - the document
 * @param np - the phrase's first and last token
 * @returns the head's token, or undefined when the phrase names no document
 * @internal
 */
export function documentHead(doc: DocModel, np: readonly [number, number]): number | undefined {
  let end = np[1];
  for (let t = np[0] + 1; t <= np[1]; t++) {
    if (posOf(doc, t) === 'ADP' || (posOf(doc, t) === 'VERB' && !isDocumentNoun(doc, t))) {
      end = t - 1;
      break;
    }
  }
  return isDocumentNoun(doc, end) ? end : undefined;
}

/**
 * The last token of a document phrase with its tail: prepositional phrases ("from the port authority",
 * "by two economists", "on Tuesday"), a participle that is no cue ("released", "obtained") and a time
 * ("last week"), up to {@link MAX_TAIL} words after the phrase.
 * @param doc - the document
 * @param np - the document phrase ({@link documentHead} defined)
 * @param hi - one past the last token the tail may take
 * @returns the tail's last token, or `np[1]` when none follows
 * @internal
 */
export function documentTailEnd(doc: DocModel, np: readonly [number, number], hi: number): number {
  let end = np[1];
  let participle = false;
  for (let j = end + 1; j < hi && j - np[1] <= MAX_TAIL; j = end + 1) {
    const w = lower(doc, j);
    if (!participle && posOf(doc, j) === 'VERB' && /(?:ed|en|wn)$/u.test(w) && cueAt(doc, j) === undefined) {
      // "a report released Tuesday", "a memo obtained by the council"
      participle = true;
      end = j;
    } else if (TIME_WORDS.has(w) || (TIME_MODIFIERS.has(w) && TIME_WORDS.has(lower(doc, j + 1)))) {
      end = j;
    } else if (TAIL_WORDS.has(w)) {
      // The noun phrase after the preposition, its words capitalized or not ("the State Department's inspector").
      let k = j + 1;
      while (k < hi && k - j <= 8 && (TAIL_NP.has(posOf(doc, k)) || /^['\u2019]s$/u.test(tt(doc, k)))) k++;
      if (k === j + 1) break;
      end = k - 1;
    } else break;
  }
  return end;
}

/**
 * The document a speaker phrase names, when it names one and no person named in it wrote it.
 * @param doc - the document
 * @param np - the phrase's first and last token
 * @param inside - the person mentions (names and descriptors) inside the phrase
 * @returns the speaker (kind `document`, named by the phrase up to its head without its article), or
 *   undefined when the phrase is no document or its author is a person ("Lind's memo", "a letter from Lind")
 * @example
 * // "the congressional report said" → { name: 'congressional report', kind: 'document', mention: … }
 * @internal
 */
export function documentSpeaker(doc: DocModel, np: readonly [number, number], inside: readonly PersonMention[]): Speaker | undefined {
  const head = documentHead(doc, np);
  if (head === undefined) return undefined;
  // The author: a person before the head ("Lind's memo") or after "from" or "by" ("a letter from Lind").
  const headEnd = doc.tokens.end[head] ?? 0;
  let authorFrom = Infinity;
  for (let t = head + 1; t <= np[1]; t++) {
    if (AUTHOR_WORDS.has(lower(doc, t))) {
      authorFrom = doc.tokens.start[t] ?? Infinity;
      break;
    }
  }
  if (inside.some((m) => m.end <= headEnd || m.start >= authorFrom)) return undefined;
  const mention = spanOf(doc, np[0], np[1]);
  const named = spanOf(doc, np[0], head).text.replace(/^(?:the|a|an)\s+/iu, '');
  return { name: named.replace(/\s+/gu, ' '), mention, kind: 'document' };
}

/**
 * The cue at token `i` that attributes a quote to a document only ("the memo read", "the poll found").
 * @param doc - the document
 * @param i - a token index
 * @returns the cue's lemma and kind, or undefined
 * @internal
 */
export function documentCueAt(doc: DocModel, i: number): CueInfo | undefined {
  return /^\p{Ll}/u.test(tt(doc, i)) ? DOCUMENT_CUES.get(lower(doc, i)) : undefined;
}

/**
 * A speaker phrase with its document tail ({@link documentTailEnd}) when it names a document, else as it is.
 * @param doc - the document
 * @param np - the phrase's first and last token
 * @param hi - one past the last token the tail may take
 * @returns the phrase, longer by the tail when it is a document's
 * @internal
 */
export function withDocumentTail(doc: DocModel, np: readonly [number, number], hi: number): [number, number] {
  return documentHead(doc, np) === undefined ? [np[0], np[1]] : [np[0], documentTailEnd(doc, np, hi)];
}

/**
 * The document named just before a colon that introduces a quote without a verb ("From the report:",
 * "Transcript as follows:", "The memo in full:"): a document noun at most three words before the colon, a
 * capital allowed only where it opens the sentence.
 * @param doc - the document
 * @param lo - the first token the phrase may start at
 * @param colon - the colon's token
 * @returns the document phrase, or undefined
 * @internal
 */
export function documentBeforeColon(doc: DocModel, lo: number, colon: number): [number, number] | undefined {
  for (let t = colon - 1; t >= lo && colon - t <= 4; t--) {
    const opens = t === lo || isTerminatorToken(doc, t - 1) || !sameLine(doc, t - 1, t);
    if (!isDocumentNoun(doc, t) && !(opens && DOCUMENT_SPEAKER_NOUNS.has(lower(doc, t)))) continue;
    let start = t;
    while (start - 1 >= lo && t - start < 4 && (TAIL_NP.has(posOf(doc, start - 1)) || /^['\u2019]s$/u.test(tt(doc, start - 1)))) start--;
    // "Lind had one message:", "… delivered a blunt message:": a verb's object is its subject's words.
    const p = posOf(doc, start - 1);
    return start > lo && (p === 'VERB' || p === 'AUX') ? undefined : [start, t];
  }
  return undefined;
}
