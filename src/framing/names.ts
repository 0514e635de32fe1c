import type { DocModel } from '../document/model.js';
import { TokenKind } from '../document/model.js';
import { isBoiler, isCap, lower, posOf, sameLine, tt } from '../document/tokens.js';
import { CUE_FORMS, FIRST_NAMES, ORG_HEADS } from '../lexicon/index.js';

// What may stand before the first word of a sentence or of a quote: after one of these, a capital says nothing.
const OPENING_MARK = /^[.!?"\u201C\u201D\u2018\u2019'([:;\u2014\u2013-]$/u;
const HAS_LOWER = /\p{Ll}/u;
const NEVER_NAMES = /^(?:VERB|AUX|ADP|ADV|DET|PRON|CCONJ|SCONJ|PART)$/u;

/** Whether token `i` is a word with a lower-case letter in it (not "US", not "I"). */
function mixedCaseWord(doc: DocModel, i: number): boolean {
  return doc.tokens.kind[i] === TokenKind.Word && HAS_LOWER.test(tt(doc, i));
}

/** Whether token `i` opens its sentence or a quote, where any word is capitalized. */
function opensSentence(doc: DocModel, i: number): boolean {
  const s = doc.sentences[doc.tokens.sentence[i] ?? 0];
  if (s === undefined || i <= s.tokenStart) return true;
  return OPENING_MARK.test(tt(doc, i - 1)) || doc.text.slice(doc.tokens.end[i - 1] ?? 0, doc.tokens.start[i] ?? 0).includes('\n');
}

/**
 * Whether sentence `s` is written in title case (a headline): two or more of its words after the first that
 * are never names (verbs, prepositions, adverbs, pronouns …) are capitalized ("Voters Reject Plan In Vote").
 * There a capital tells nothing of a name.
 */
function titleCase(doc: DocModel, s: number): boolean {
  const sentence = doc.sentences[s];
  if (sentence === undefined) return false;
  let capitalized = 0;
  for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd && capitalized < 2; i++) {
    if (isCap(doc, i) && mixedCaseWord(doc, i) && !opensSentence(doc, i) && NEVER_NAMES.test(posOf(doc, i))) capitalized++;
  }
  return capitalized >= 2;
}

/**
 * Which tokens of a document are written as part of a name rather than as words: a capitalized word inside
 * a sentence ("the Democratic leader", "the Patriot Act", "Vanity Fair"). At a sentence's or a quote's
 * start, where every word is capitalized, a word counts as a name when the document writes it capitalized
 * inside sentences and never in lower case, or when it opens the name of an organisation or a law ("Patriot
 * Act supporters say").
 * Headlines in title case have no name tokens: there every word is judged as a word.
 *
 * @param doc - the document
 * @returns one flag per token: 1 where the token is part of a name
 * @example
 * ```ts
 * // "Lawmakers of the Democratic Party met." → "Democratic" and "Party" are name tokens; "Lawmakers" is not.
 * ```
 * @internal
 */
export function nameTokens(doc: DocModel): Uint8Array {
  const n = doc.tokens.count;
  const mask = new Uint8Array(n);
  const headline = new Map<number, boolean>();
  const inHeadline = (i: number): boolean => {
    const s = doc.tokens.sentence[i] ?? 0;
    let h = headline.get(s);
    if (h === undefined) headline.set(s, (h = titleCase(doc, s)));
    return h;
  };
  // Words the document writes in lower case somewhere: at a sentence start they are words, not names.
  const lowerWords = new Set<string>();
  for (let i = 0; i < n; i++) if (mixedCaseWord(doc, i) && !isCap(doc, i)) lowerWords.add(lower(doc, i));
  const candidate = (i: number): boolean => isCap(doc, i) && mixedCaseWord(doc, i) && !isBoiler(doc, i) && !inHeadline(i);
  for (let i = 0; i < n; i++) if (candidate(i) && !opensSentence(doc, i)) mask[i] = 1;
  const capitalizedInside = new Set<string>();
  for (let i = 0; i < n; i++) if (mask[i] === 1) capitalizedInside.add(lower(doc, i));
  for (let i = 0; i < n; i++) {
    if (mask[i] === 1 || !candidate(i)) continue;
    const w = lower(doc, i);
    if ((!lowerWords.has(w) && capitalizedInside.has(w)) || opensOrgName(doc, mask, i) || opensQuotedTitle(doc, mask, i)) mask[i] = 1;
  }
  return mask;
}

/**
 * Whether the sentence-opening capital at token `i` begins the name of an organisation, a law or an event:
 * name tokens follow it on its line up to a head word such as "Act", "Party" or "Committee" ("Patriot Act
 * supporters say", "Democratic National Committee officials"). Before a person's name it stays a word
 * ("Corrupt Senator Vole" is judged).
 */
function opensOrgName(doc: DocModel, mask: Uint8Array, i: number): boolean {
  let j = i + 1;
  while (j < doc.tokens.count && mask[j] === 1 && doc.tokens.sentence[j] === doc.tokens.sentence[i] && sameLine(doc, j - 1, j)) j++;
  return j > i + 1 && ORG_HEADS.has(tt(doc, j - 1));
}

/**
 * Whether the capital at token `i` opens a title set in quotation marks mid-sentence: a quote mark before
 * it, a name token after it, and a word of the sentence before the mark (the book "Radical Chic", the film
 * "Fatal Attraction"). A quoted sentence opens with a capital too, but stands first or after a cue verb ("said").
 */
function opensQuotedTitle(doc: DocModel, mask: Uint8Array, i: number): boolean {
  const s = doc.sentences[doc.tokens.sentence[i] ?? 0];
  if (s === undefined || i - 1 <= s.tokenStart || !/^["\u201C\u2018]$/u.test(tt(doc, i - 1))) return false;
  const before = tt(doc, i - 2);
  const sameSentence = doc.tokens.sentence[i + 1] === doc.tokens.sentence[i];
  return mask[i + 1] === 1 && sameSentence && /\p{L}/u.test(before) && !CUE_FORMS.has(before.toLowerCase());
}

/**
 * Whether a lexicon term matched at tokens `first..last` is part of a name, so it judges nothing: one of
 * its words is a name token and the term is written in lower case in the lexicon ("democratic" in "the
 * Democratic leader", "patriot" in "the Patriot Act"). A term of two or more words that makes up a whole
 * capitalized run by itself is still the term ("the Hermit Kingdom", "the Deep State"), and so is a term
 * that opens a run going on with a person's first name (a nickname: "Crooked Hillary").
 *
 * @param doc - the document
 * @param names - its name tokens ({@link nameTokens})
 * @param first - the term's first token
 * @param last - one past its last token
 * @param term - the term as written in the lexicon
 * @returns whether the match is part of a name
 * @example
 * ```ts
 * // "Senators renewed the Patriot Act." — "patriot" matched at token 3
 * insideName(doc, nameTokens(doc), 3, 4, 'patriot'); //=> true
 * ```
 * @internal
 */
export function insideName(doc: DocModel, names: Uint8Array, first: number, last: number, term: string): boolean {
  if (/^\p{Lu}/u.test(term)) return false;
  let named = false;
  for (let i = first; i < last && !named; i++) named = names[i] === 1;
  if (!named) return false;
  const whole = last - first > 1 && names[first - 1] !== 1 && names[last] !== 1;
  // A nickname: the term opens a run that goes on with a person's first name ("Crooked Hillary").
  const nickname = names[first - 1] !== 1 && names[last] === 1 && FIRST_NAMES.has(lower(doc, last));
  return !whole && !nickname;
}
