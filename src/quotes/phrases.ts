/**
 * Noun phrases around a cue: the subject before it ("Lavrov, seated across from Kim, said"), the speaker
 * after it ("said Marta Lind"), and the words that may stand between ("has also said").
 */
import type { DocModel } from '../document/model.js';
import { CUE_FORMS, DOCUMENT_NOUNS, MANNER_WORDS, OCCASION_WORDS, TIME_MODIFIERS, TIME_WORDS, isPlaceName } from '../lexicon/index.js';
import { isCap, isTerminatorToken, lower, posOf, tt } from '../document/tokens.js';
import { cueAt } from './cues.js';
import { documentHead, inNounSlot, isDocumentNoun } from './documents.js';

/** A noun phrase as its first and last token (inclusive). @internal */
export type Phrase = [number, number];

/** Words that may stand between a subject and its cue ("Lavrov has also said"). */
const SKIP_BETWEEN = new Set([
  'also',
  'then',
  'later',
  'again',
  'once',
  'previously',
  'recently',
  'earlier',
  'further',
  'has',
  'have',
  'had',
  'was',
  'is',
  'were',
  'are',
  'would',
  'will',
  'had',
  'did',
  'does',
  'do',
  'not',
  'never',
  'simply',
  'just',
  'repeatedly',
  'reportedly',
  'publicly',
  'privately',
  'flatly',
  'bluntly',
  'openly',
  'often',
  'frequently',
  'famously',
  'once',
  'even',
  'still',
  'so',
  'now',
]);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET']);
const AUX_WORDS = new Set(['is', 'was', 'has', 'had', 'have', 'are', 'were', 'will', 'would']);
const WH_WORDS = new Set(['when', 'where', 'why', 'how', 'while', 'whether']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);

/** Prepositions that tie a speaker to whom they speak for: "a spokesman for Lind", "one of the fishermen". */
const OWNER_PREPOSITIONS = new Set(['for', 'of', 'with', 'at']);

/**
 * A speaker phrase with the short prepositional phrase that says whose it is ("a spokesman for Marta Lind",
 * "one of the fishermen"), when one follows it: at most six words.
 * @param doc - the document
 * @param np - the phrase
 * @param hi - one past the last token the tail may take
 * @returns the phrase with its tail, or the phrase
 * @internal
 */
export function withOwnerTail(doc: DocModel, np: Phrase, hi: number): Phrase {
  if (!OWNER_PREPOSITIONS.has(lower(doc, np[1] + 1))) return np;
  const tail = npRight(doc, np[1] + 2, hi);
  return tail !== undefined && tail[1] - np[1] <= 6 ? [np[0], tail[1]] : np;
}

/**
 * The subject of the clause that runs from `lo` to `hi` (exclusive): the first noun phrase followed by
 * a verb, after the last comma that closes an opening phrase ("With leaders worried, Obama is …").
 * @param doc - the document
 * @param lo - first token of the clause
 * @param hi - one past its last token
 * @returns the subject's tokens, or undefined when no noun phrase is followed by a verb
 * @internal
 */
export function clauseSubject(doc: DocModel, lo: number, hi: number): Phrase | undefined {
  for (let i = lo; i < hi; i++) {
    if (posOf(doc, i) !== 'DET' && posOf(doc, i) !== 'PROPN' && posOf(doc, i) !== 'PRON' && !(isCap(doc, i) && npToken(doc, i))) continue;
    const head = npRight(doc, i, hi);
    if (head === undefined) continue;
    const np = withOwnerTail(doc, head, hi); // "A spokesman for Lind said"
    const k = skipRight(doc, np[1] + 1, hi);
    const p = posOf(doc, k);
    const followed = k < hi && (p === 'VERB' || p === 'AUX' || cueAt(doc, k) !== undefined || AUX_WORDS.has(lower(doc, np[1] + 1)));
    // "In a statement released Tuesday, Lind …": a document after a preposition is no subject.
    const framed = posOf(doc, np[0] - 1) === 'ADP' && documentHead(doc, np) !== undefined;
    if (followed && !isNonSpeakerNp(doc, np) && !framed) return np;
    i = np[1];
  }
  return undefined;
}

/** Possessive determiners: they open a noun phrase as "the" does ("his best friend said"). */
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Words that stand for people already named: "one said", "another added", "both agreed". */
const COUNT_HEADS = new Set(['one', 'another', 'others', 'both']);
/** An age standing as a noun: "the 46-year-old said". */
const AGE = /^\d+-year-old$/u;

/** Whether token `i` heads a noun phrase: a name, a noun, a capitalized word or an age ("the 46-year-old"). */
function isHead(doc: DocModel, i: number): boolean {
  const p = posOf(doc, i);
  return p === 'PROPN' || p === 'NOUN' || isCap(doc, i) || AGE.test(tt(doc, i)) || COUNT_HEADS.has(lower(doc, i));
}

/** Whether token `i` opens a noun phrase the way a determiner does ("the", "a", "his"). */
function isDeterminer(doc: DocModel, i: number): boolean {
  return posOf(doc, i) === 'DET' || POSSESSIVES.has(lower(doc, i));
}

/** Whether token `i` may be part of a noun phrase (a name, noun, determiner, "'s", "Mr."). */
function npToken(doc: DocModel, i: number): boolean {
  const w = tt(doc, i);
  if (w === "'s" || w === '\u2019s') return true;
  if (POSSESSIVES.has(lower(doc, i)) && posOf(doc, i) === 'PRON') return true;
  if (/^\p{Lu}\.$/u.test(w) || /^\p{Lu}\p{Ll}*\.$/u.test(w)) return true; // "J.", "Mr."
  const p = posOf(doc, i);
  // A cue form is a noun only where a noun stands: "the report said", not "officials report".
  if (NP_POS.has(p))
    return !CUE_FORMS.has(lower(doc, i)) || p === 'PROPN' || isCap(doc, i) || (isDocumentNoun(doc, i) && inNounSlot(doc, i));
  // A name the tagger took for a verb or an unknown word.
  return isCap(doc, i) && /\p{L}/u.test(w) && (p === 'X' || p === 'VERB');
}

/**
 * The noun phrase that ends at token `end` (inclusive), scanning left no further than `lo`
 * ("the chairwoman of the committee", "Obama and Clinton", "Kim, who").
 * @param doc - the document
 * @param end - its last token
 * @param lo - the first token it may start at
 * @returns its tokens, or undefined when none with a head (a name or noun) ends there
 * @internal
 */
export function npLeft(doc: DocModel, end: number, lo: number): Phrase | undefined {
  let j = end;
  if (j < lo) return undefined;
  if (SUBJECT_PRONOUNS.has(lower(doc, j))) return [j, j];
  let last = end;
  if (lower(doc, j) === 'who' || lower(doc, j) === 'which') {
    j--;
    if (tt(doc, j) === ',') j--;
    last = j;
  }
  let from = -1;
  let hasHead = false;
  while (j >= lo && end - j < 10 && npToken(doc, j)) {
    if (isHead(doc, j)) hasHead = true;
    from = j;
    if (isDeterminer(doc, j)) break;
    j--;
    // "chairwoman of the committee said", "the senator from Orm said", "a spokesman for Lind said": keep
    // "of", "from" and "for" between nouns.
    if (j > lo && ['of', 'from', 'for'].includes(lower(doc, j)) && npToken(doc, j - 1) && posOf(doc, j + 1) !== 'VERB') j--;
    // "Obama and Clinton said": two names joined.
    else if (j > lo && lower(doc, j) === 'and' && posOf(doc, j + 1) === 'PROPN' && posOf(doc, j - 1) === 'PROPN') j--;
  }
  if (from === -1 || !hasHead) return undefined;
  if (isDeterminer(doc, last) || (posOf(doc, last) === 'ADJ' && !AGE.test(tt(doc, last)))) return undefined;
  return [from, last];
}

/**
 * The noun phrase that starts at token `start` (adverbs before it skipped), scanning right no further than `hi` (exclusive).
 * @param doc - the document
 * @param start - its first token
 * @param hi - one past the last token it may take
 * @returns its tokens, or undefined when none with a head (a name or noun) starts there
 * @internal
 */
export function npRight(doc: DocModel, start: number, hi: number): Phrase | undefined {
  let j = start;
  while (j < hi && posOf(doc, j) === 'ADV' && !WH_WORDS.has(lower(doc, j))) j++;
  if (j >= hi) return undefined;
  if (SUBJECT_PRONOUNS.has(lower(doc, j))) return [j, j];
  const from = j;
  let hasHead = false;
  let last = -1;
  while (j < hi && j - from < 10 && npToken(doc, j)) {
    const p = posOf(doc, j);
    if (isHead(doc, j)) {
      hasHead = true;
      last = j;
    } else if (!isDeterminer(doc, j) && p !== 'ADJ' && p !== 'NUM') last = j;
    j++;
  }
  if (!hasHead || last < from) return undefined;
  return [from, last];
}

/**
 * Whether a noun phrase names a document a source put out ("a Nordwire translation", "the ministry's statement").
 * @param doc - the document
 * @param np - the phrase's tokens
 * @returns true when its last word is a document noun
 * @internal
 */
export function isDocumentNp(doc: DocModel, np: readonly [number, number]): boolean {
  return DOCUMENT_NOUNS.has(lower(doc, np[1]));
}

/**
 * Whether a noun phrase names something that cannot speak: a time ("Tuesday", "last week", "July 20"),
 * a manner of speaking ("a low voice"), an occasion ("two interviews") or a place ("Lake Orm", "San Ardo",
 * "Vermont", from the gazetteer). A document ("a statement") is a source of its own kind, not judged here.
 * @param doc - the document
 * @param np - the phrase's tokens
 * @returns true when the phrase is no speaker
 * @internal
 */
export function isNonSpeakerNp(doc: DocModel, np: readonly [number, number]): boolean {
  // A time: every word a time word, a number or a word that goes with them ("Tuesday", "last week", "July 20").
  const t = timeTail(doc, np, np[0]);
  if (t !== undefined && t <= np[0]) return true;
  // "a resolution Tuesday" is headed by "resolution", "USA Today" by "USA".
  const end = t === undefined ? np[1] : t - 1;
  const head = lower(doc, end);
  if (MANNER_WORDS.has(head) || (OCCASION_WORDS.has(head) && !isCap(doc, end))) return true;
  const words: string[] = [];
  for (let k = np[0]; k <= end; k++) {
    if (posOf(doc, k) === 'DET') continue;
    if (!isCap(doc, k)) return false;
    words.push(tt(doc, k));
  }
  return isPlaceName(words);
}

/** Whether tokens `a..b` (inclusive) are a place's name ("Vestland", "Lake Orm"), from the gazetteer. */
function isPlaceBetween(doc: DocModel, a: number, b: number): boolean {
  if (b < a || b - a > 4) return false;
  const words: string[] = [];
  for (let t = a; t <= b; t++) {
    if (!isCap(doc, t)) return false;
    words.push(tt(doc, t));
  }
  return isPlaceName(words);
}

/**
 * The first token of the time phrase that ends a noun phrase ("Lind last week", "Lind on July 20"), or
 * undefined when the phrase does not end in one.
 */
function timeTail(doc: DocModel, np: readonly [number, number], lo: number): number | undefined {
  let j = np[1];
  let time = false;
  while (j >= lo && (TIME_WORDS.has(lower(doc, j)) || TIME_MODIFIERS.has(lower(doc, j)) || posOf(doc, j) === 'NUM')) {
    if (TIME_WORDS.has(lower(doc, j))) time = true;
    j--;
  }
  return time ? j + 1 : undefined;
}

/**
 * Skips a time phrase rightwards from `i` ("on Tuesday", "last week", "July 20").
 * @param doc - the document
 * @param i - the first token to look at
 * @param hi - one past the last token to look at
 * @returns the first token after the time phrase, or `i` when none starts there
 * @internal
 */
export function skipTimeRight(doc: DocModel, i: number, hi: number): number {
  let j = i;
  let time = false;
  while (j < hi && (TIME_WORDS.has(lower(doc, j)) || TIME_MODIFIERS.has(lower(doc, j)) || posOf(doc, j) === 'NUM')) {
    if (TIME_WORDS.has(lower(doc, j))) time = true;
    j++;
  }
  return time ? j : i;
}

/** Skips adverbs and auxiliaries leftwards from `i`. */
function skipLeft(doc: DocModel, i: number, lo: number): number {
  let j = i;
  while (j >= lo && (SKIP_BETWEEN.has(lower(doc, j)) || posOf(doc, j) === 'AUX' || (posOf(doc, j) === 'ADV' && !isCap(doc, j)))) j--;
  return j;
}

/**
 * Skips adverbs and auxiliaries rightwards from `i` ("has also said").
 * @param doc - the document
 * @param i - the first token to look at
 * @param hi - one past the last token to look at
 * @returns the first token from `i` on that is none of them (`hi` at most)
 * @internal
 */
export function skipRight(doc: DocModel, i: number, hi: number): number {
  let j = i;
  while (j < hi && (SKIP_BETWEEN.has(lower(doc, j)) || posOf(doc, j) === 'AUX' || (posOf(doc, j) === 'ADV' && !isCap(doc, j)))) j++;
  return j;
}

/**
 * The subject of the cue at token `c`: "Lavrov said", "Lavrov, seated across a table from Kim, said",
 * "Sen. Claire McCaskill (D-Mo.) said".
 * @param doc - the document
 * @param c - the cue's token
 * @param lo - the first token the subject may start at
 * @returns the subject's tokens, or undefined
 * @internal
 */
export function subjectOf(doc: DocModel, c: number, lo: number): Phrase | undefined {
  let j = skipLeft(doc, c - 1, lo);
  // "Lind on Tuesday said", "Lind (D-Orm) last week said", "Lind, who …, on Friday said": a time between subject and cue is passed over.
  const t = j >= lo ? timeTail(doc, [j, j], lo) : undefined;
  if (t !== undefined) j = skipLeft(doc, t - 1, lo);
  if (j < lo) return undefined;
  // "Sen. Claire McCaskill (D-Mo.) said": a bracketed aside between subject and cue.
  if (tt(doc, j) === ')') {
    let k = j - 1;
    while (k >= lo && j - k <= 8 && tt(doc, k) !== '(') k--;
    if (k < lo || tt(doc, k) !== '(') return undefined;
    j = k - 1;
  }
  if (tt(doc, j) === ',') {
    // A parenthetical between subject and cue: find its opening comma.
    let close = j;
    let limit = 16;
    for (let k = j - 1; k >= lo && j - k <= limit; k--) {
      if (isTerminatorToken(doc, k)) break;
      if (tt(doc, k) !== ',') continue;
      const np = npLeft(doc, k - 1, lo);
      // "Lind, 59, of Orm, Vestland, who …, said": a place or an age between commas is part of the parenthetical.
      const age = np === undefined && posOf(doc, k - 1) === 'NUM';
      if (age || isPlaceBetween(doc, k + 1, close - 1) || (np !== undefined && isPlaceBetween(doc, np[0], np[1]))) {
        limit += close - k;
        close = k;
        continue;
      }
      return np === undefined || isNonSpeakerNp(doc, np) ? undefined : np;
    }
    return undefined;
  }
  let np = npLeft(doc, j, lo);
  // "Lind of Orm, Vestland said": the place after the comma belongs to the subject before it.
  if (np !== undefined && np[0] - 2 >= lo && tt(doc, np[0] - 1) === ',' && isPlaceBetween(doc, np[0], np[1]))
    np = npLeft(doc, np[0] - 2, lo);
  if (np === undefined || !isNonSpeakerNp(doc, np)) return np;
  // "Lind in her opening speech said": an occasion after a preposition is passed over too.
  let k = np[0] - 1;
  if (k >= lo && posOf(doc, k) === 'PRON') k--;
  if (k < lo || posOf(doc, k) !== 'ADP') return undefined;
  const before = npLeft(doc, skipLeft(doc, k - 1, lo), lo);
  return before === undefined || isNonSpeakerNp(doc, before) ? undefined : before;
}
