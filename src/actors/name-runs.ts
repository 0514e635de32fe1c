import type { DocModel } from '../document/model.js';
import {
  CUE_FORMS,
  DEMONYMS,
  FIRST_NAMES,
  GENDERED_NOUNS,
  HONORIFICS,
  NON_PERSON,
  ORG_HEADS,
  ROLE_CLASSES,
  TITLE_WORDS,
} from '../lexicon/index.js';
import { isBoiler, isCap, lower, posOf, sameLine, tt } from '../document/tokens.js';

/** A run of capitalized name tokens on one line, its leading title words split off. @internal */
export interface NameRun {
  /** First token of the run, titles included. */
  readonly from: number;
  /** First token of the name proper. */
  readonly nameFrom: number;
  /** One past the last token. */
  readonly to: number;
  /** The gender of an honorific among its title words ("Mr." → m), if any. */
  readonly honorificGender: string | undefined;
  /** Whether title words precede the name ("President Donald Trump"). */
  readonly titled: boolean;
}

/**
 * Whether a word is written in capitals only (no lower-case letter changes when upper-cased).
 *
 * @param s - the word
 * @returns `s === s.toUpperCase()`
 * @internal
 */
export function isUpperCase(s: string): boolean {
  return s === s.toUpperCase();
}

/** Whether token `k` is a sentence mark standing alone: . ! ? " “ ” or : */
function afterSentenceMark(doc: DocModel, k: number): boolean {
  return /^[.!?"\u201C\u201D:]$/u.test(tt(doc, k));
}

/** Days of the week, which end a run of name tokens. */
const WEEKDAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** Initials: "J.", "G.K.". */
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const HAS_LOWER = /\p{Ll}/u;

/**
 * Whether token `i` may be part of a name: initials ("J.", "G.K."), an honorific or a title word in
 * capitals, a proper noun, or a capitalized noun or adjective (at a sentence start only a known first
 * name, an honorific, or a title before a proper noun, since any word is capitalized there).
 *
 * @param doc - the document
 * @param i - the token
 * @returns whether it may be a name token
 * @internal
 */
export function isNameToken(doc: DocModel, i: number): boolean {
  // Every branch below needs an upper-case first letter (honorifics and title words all have one).
  if (!isCap(doc, i)) return false; // so the text starts with an upper-case letter
  const s = tt(doc, i);
  if (INITIALS.test(s)) return true;
  if (!HAS_LOWER.test(s)) return HONORIFICS.has(s) || (s.length > 1 && isUpperCase(s) && TITLE_WORDS.has(s.toLowerCase()));
  const pos = posOf(doc, i);
  if (pos === 'PROPN') return true;
  const sentenceStart = i === 0 || afterSentenceMark(doc, i - 1) || !sameLine(doc, i - 1, i);
  // A title opening a sentence counts before a proper noun ("President Lee said").
  if (sentenceStart)
    return (
      FIRST_NAMES.has(s.toLowerCase()) ||
      HONORIFICS.has(s) ||
      (TITLE_WORDS.has(s.toLowerCase()) && posOf(doc, i + 1) === 'PROPN' && isCap(doc, i + 1))
    );
  return pos === 'NOUN' || pos === 'ADJ' || pos === 'X';
}

/** Whether token `j` continues a name run: a name token, or a surname the tagger took for a verb ("Loretta Lynch", "Mr. Hurt") after a known first name or an honorific. */
function continuesRun(doc: DocModel, j: number): boolean {
  // A day after a name is when, not part of it ("President Lee Monday said").
  if (isBoiler(doc, j) || WEEKDAYS.test(tt(doc, j))) return false;
  const nameLike =
    isNameToken(doc, j) ||
    (isCap(doc, j) && posOf(doc, j) === 'VERB' && (FIRST_NAMES.has(lower(doc, j - 1)) || HONORIFICS.has(tt(doc, j - 1))));
  return nameLike && sameLine(doc, j - 1, j) && doc.tokens.start[j] !== doc.tokens.end[j - 1];
}

/** Whether token `k` is a word that names a role, group or place, never a person's given name ("Widow", "Chairwoman", "Benghazi"). */
function namesNoPerson(doc: DocModel, k: number): boolean {
  const w = lower(doc, k);
  return (
    GENDERED_NOUNS.has(w) ||
    ROLE_CLASSES.has(w) ||
    TITLE_WORDS.has(w) ||
    DEMONYMS.has(w) ||
    NON_PERSON.has(tt(doc, k)) ||
    ORG_HEADS.has(tt(doc, k))
  );
}

/**
 * Splits the title words off a run of tokens `from..to`: "US President Donald Trump" → the name starts at
 * "Donald"; so does "Actress Ann Lee", at a known first name after a word that names no person.
 */
function withTitles(doc: DocModel, from: number, to: number, headline: boolean): NameRun {
  let nameFrom = from;
  let honorificGender: string | undefined;
  for (let k = from; k < to - 1; k++) {
    const w = tt(doc, k);
    const lw = w.toLowerCase();
    const title = TITLE_WORDS.has(lw);
    if (title || DEMONYMS.has(lw)) {
      if (title) nameFrom = k + 1;
      const g = HONORIFICS.get(w);
      if (g !== undefined) honorificGender = g;
    }
  }
  // A known first name after a word that names a role, group or place rather than a person starts the
  // name ("Actress Ann Lee", "Orm Widow Ann Lee", "Party Chairwoman Ann Lee"); after any other word it
  // may be a middle name ("Norbert Leo Butz").
  if (!FIRST_NAMES.has(lower(doc, nameFrom))) {
    for (let k = nameFrom + 1; k < to - 1; k++) {
      if (FIRST_NAMES.has(lower(doc, k)) && !INITIALS.test(tt(doc, k)) && namesNoPerson(doc, k - 1)) {
        nameFrom = k;
        break;
      }
    }
  }
  const titled = nameFrom > from;
  // In a headline every word is capitalized: of a run that opens with no known first name ("Top Lee
  // Aide", "Donor Lee") only the last word is surely a name, which the article's full names resolve.
  if (headline && !titled && to - nameFrom > 1 && !FIRST_NAMES.has(lower(doc, nameFrom))) nameFrom = to - 1;
  return { from, nameFrom, to, honorificGender, titled };
}

/**
 * Whether the paragraph is the document's headline written in title case: its first line, where at
 * least two words after the first that are never names (verbs, prepositions, adverbs …) are
 * capitalized ("Widow Speaks Out About …"). A sentence capitalizes names only.
 */
function isHeadline(doc: DocModel, paragraph: number): boolean {
  const p = doc.paragraphs[paragraph];
  if (p === undefined || paragraph > 0) return false;
  let capitalized = 0;
  for (let k = p.tokenStart + 1; k < p.tokenEnd && capitalized < 2; k++) {
    // Capitals after a mark (a sentence's or a quote's start) say nothing.
    if (!isCap(doc, k) || posOf(doc, k - 1) === 'PUNCT' || tt(doc, k) === 'I') continue;
    if (/^(?:VERB|AUX|ADP|ADV|DET|PRON|CCONJ|SCONJ)$/u.test(posOf(doc, k))) capitalized++;
  }
  return capitalized >= 2;
}

/**
 * Maximal runs of capitalized name tokens on one line (see {@link isNameToken}), with leading title
 * words split off.
 *
 * @param doc - the document
 * @returns the runs, in text order
 * @internal
 */
export function nameRuns(doc: DocModel): NameRun[] {
  const runs: NameRun[] = [];
  const headlines = new Map<number, boolean>();
  const n = doc.tokens.count;
  for (let i = 0; i < n; i++) {
    if (isBoiler(doc, i) || !isNameToken(doc, i)) continue;
    let j = i + 1;
    while (j < n && continuesRun(doc, j)) j++;
    const paragraph = doc.sentences[doc.tokens.sentence[i] ?? 0]?.paragraph ?? 0;
    let headline = headlines.get(paragraph);
    if (headline === undefined) headlines.set(paragraph, (headline = isHeadline(doc, paragraph)));
    runs.push(withTitles(doc, i, j, headline));
    i = j - 1;
  }
  return withHeadlineSurnames(doc, runs);
}

/**
 * The runs, those of the first line or opening a sentence shortened to their last word where the body
 * writes that word as the surname of a name that opens with a known first name: "Liberal Star Vole" in a
 * headline, or "Top Vole aides said" at a sentence start (when the document also writes "top"), is the
 * body's "Susan Vole", not a person of her own.
 */
function withHeadlineSurnames(doc: DocModel, runs: NameRun[]): NameRun[] {
  const inFirstLine = (r: NameRun): boolean => (doc.sentences[doc.tokens.sentence[r.from] ?? 0]?.paragraph ?? 0) === 0;
  // At a sentence start, only a word the document also writes in lower case ("Top", "top") is no name.
  let written: Set<string> | undefined;
  const lowerElsewhere = (k: number): boolean => {
    if (written === undefined) {
      written = new Set();
      for (let t = 0; t < doc.tokens.count; t++) if (!isCap(doc, t)) written.add(lower(doc, t));
    }
    return written.has(lower(doc, k));
  };
  const opensSentence = (r: NameRun): boolean =>
    doc.sentences[doc.tokens.sentence[r.from] ?? 0]?.tokenStart === r.from && r.nameFrom === r.from && lowerElsewhere(r.from);
  const fullName = (r: NameRun): boolean => r.to - r.nameFrom > 1 && FIRST_NAMES.has(lower(doc, r.nameFrom));
  const surnames = new Set<string>();
  for (const r of runs) if (!inFirstLine(r) && fullName(r)) surnames.add(tt(doc, r.to - 1));
  return runs.map((r) =>
    // The cheap tests first: the set of words written in lower case is built only when one is needed.
    r.to - r.nameFrom > 1 && !fullName(r) && surnames.has(tt(doc, r.to - 1)) && (inFirstLine(r) || opensSentence(r))
      ? { ...r, nameFrom: r.to - 1 }
      : r,
  );
}

/** The first token from `i` on that is no adverb or auxiliary. */
function nextSignificant(doc: DocModel, i: number): number {
  let j = i;
  while (j < doc.tokens.count && (posOf(doc, j) === 'ADV' || posOf(doc, j) === 'AUX')) j++;
  return j;
}

/**
 * Whether a cue verb stands next to the run ("Rinna added", "said Rinna"): then a lone capitalized
 * word is a speaker's name.
 *
 * @param doc - the document
 * @param run - the name run
 * @returns whether a speech or statement cue follows it on its line, or a speech cue precedes it
 * @internal
 */
export function besideCue(doc: DocModel, run: NameRun): boolean {
  const after = nextSignificant(doc, run.to);
  const cueAfter = CUE_FORMS.get(lower(doc, after));
  if (cueAfter !== undefined && cueAfter.kind !== 'belief' && sameLine(doc, run.to - 1, after)) return true;
  const before = CUE_FORMS.get(lower(doc, run.from - 1));
  return before !== undefined && before.kind === 'speech';
}
