import type { DocModel } from '../document/model.js';
import { CUE_FORMS, TIME_WORDS } from '../lexicon/index.js';
import { isCap, lower, posOf, tt } from '../document/tokens.js';

/**
 * How a mention stands in its sentence, which is how much it makes its person the one a later pronoun
 * means: the `subject` of a verb ("Ann Lee, a lawyer, said …", "… said Ann Lee"), `embedded` in another
 * phrase (a possessor, "Lee's office"; after a preposition, "a letter to Lee"), or `other` (an object,
 * a name in a list).
 * @internal
 */
export type MentionRole = 'subject' | 'embedded' | 'other';

/**
 * The salience weights: what a mention adds to its person's salience by role, and how much of it is
 * left one sentence later. Lappin and Leass (1994) rank subjects over objects over phrases embedded in
 * others and halve every weight per sentence; these are the same ranks with fewer factors, chosen by
 * measuring pronoun resolution on PolNeAR's train split (test/eval/pronouns.eval.ts).
 * @internal
 */
export const SALIENCE = {
  subject: 2,
  other: 1,
  embedded: 0.5,
  /** The share of a mention's weight left per sentence between it and the pronoun. */
  decay: 0.5,
} as const;

/** How far an appositive after a name may run before the verb ("Ann Lee, 49, a lawyer from Orm who …, said"). */
const APPOSITIVE_TOKENS = 40;

/** Words that open a subordinate clause: a subject after one is not what its sentence is about ("… before he left"). */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'that',
  'whether',
  'if',
  'when',
  'whenever',
  'while',
  'because',
  'before',
  'after',
  'since',
  'until',
  'as',
  'though',
  'although',
  'once',
  'unless',
  'where',
  'so',
  'than',
]);

/** Whether token `i` is the possessive ending of the word before it ("Lee's", "Lees'"). */
function isPossessiveMark(doc: DocModel, i: number): boolean {
  const w = lower(doc, i);
  return w === "'s" || w === "'";
}

/** Whether token `i` may stand between a subject and its verb: an adverb, auxiliary, particle, a day ("Lee on Monday said") or a quote mark. */
function isBetween(doc: DocModel, i: number): boolean {
  const w = lower(doc, i);
  return /^(?:ADV|AUX|PART)$/u.test(posOf(doc, i)) || TIME_WORDS.has(w) || w === 'on' || QUOTE_MARK.test(w);
}

/** A quote mark, which may close a title inside an appositive ('… star of the show "Orm," said'). */
const QUOTE_MARK = /^["'\u2018\u2019\u201C\u201D]$/u;

/** Whether a verb or auxiliary stands at token `i` or past words that may stand between ("has not yet said", "on Monday said"). */
function verbAhead(doc: DocModel, i: number, end: number): boolean {
  for (let j = i; j < end; j++) {
    if (posOf(doc, j) === 'VERB' || posOf(doc, j) === 'AUX') return true;
    if (!isBetween(doc, j)) return false;
  }
  return false;
}

/** Whether token `i` is a verb, or an auxiliary standing for one ("Lee is a lawyer"). */
const isVerb = (doc: DocModel, i: number): boolean => posOf(doc, i) === 'VERB' || posOf(doc, i) === 'AUX';

/** Whether token `i` sets off an appositive: a comma or a dash. */
const isAppositiveMark = (doc: DocModel, i: number): boolean => /^(?:,|-{1,2}|\u2013|\u2014)$/u.test(tt(doc, i));

/** Past a name joined to this one ("Lee and Park said"): the token after the other name, else `after` itself. */
function pastCoordinated(doc: DocModel, after: number, end: number): number {
  const w = lower(doc, after);
  if ((w !== 'and' && w !== 'or') || !isCap(doc, after + 1)) return after;
  let j = after + 1;
  while (j < end && isCap(doc, j)) j++;
  return j;
}

/**
 * Whether a verb follows the phrase ending before token `after`, past adverbs: at once ("Ann Lee has
 * said"), or, with `appositive`, also past an appositive or a phrase after a preposition ("Ann Lee, a
 * lawyer, said", "Ann Lee — a lawyer — said", "Ann Lee of Orm said", "Ann Lee (D-Orm) said").
 */
function verbFollows(doc: DocModel, after: number, sentenceEnd: number, appositive: boolean): boolean {
  if (after >= sentenceEnd) return false;
  const open = isAppositiveMark(doc, after) || posOf(doc, after) === 'ADP' || tt(doc, after) === '(';
  if (!open) return verbAhead(doc, after, sentenceEnd);
  if (!appositive) return false;
  const last = Math.min(sentenceEnd, after + APPOSITIVE_TOKENS);
  for (let k = after; k < last - 1; k++) {
    if ((isAppositiveMark(doc, k) || tt(doc, k) === ')') && verbAhead(doc, k + 1, sentenceEnd)) return true;
  }
  return false;
}

/**
 * The token before the phrase a mention heads, back over its title words and determiners ("the former
 * Sen. Lee") and the names joined to it ("Kim and Lee"), and over adverbs ("now Lee plans").
 */
function tokenBeforePhrase(doc: DocModel, first: number, sentenceStart: number): number {
  let k = first - 1;
  for (;;) {
    while (k >= sentenceStart && (isCap(doc, k) || /^(?:DET|ADJ|NUM)$/u.test(posOf(doc, k))) && tt(doc, k) !== 'I') k--;
    const w = lower(doc, k);
    if ((w === 'and' || w === 'or') && isCap(doc, k - 1)) k--;
    else break;
  }
  while (k >= sentenceStart && posOf(doc, k) === 'ADV' && !SUBORDINATORS.has(lower(doc, k))) k--;
  return k;
}

/** Whether a subject after token `before` heads a subordinate clause, or what a verb says ("Kim said Lee was …"). */
const opensClause = (doc: DocModel, before: number): boolean => SUBORDINATORS.has(lower(doc, before)) || isVerb(doc, before);

/**
 * One past the last token of a sentence, or of the next one when the sentence ends inside a parenthesis
 * the splitter broke at ("Ann Lee (D-Orm.) said": the sentence ends at "Orm.)").
 */
function clauseEnd(doc: DocModel, sentence: number): number {
  const s = doc.sentences[sentence];
  if (s === undefined) return doc.tokens.count;
  return continuesSentence(doc, sentence + 1) ? (doc.sentences[sentence + 1]?.tokenEnd ?? s.tokenEnd) : s.tokenEnd;
}

/**
 * Whether a sentence of the splitter continues the one before it: that one ends with a parenthesis
 * ("Ann Lee (D-Orm.)") and this one opens in lower case ("said …").
 *
 * @param doc - the document
 * @param sentence - the sentence's index
 * @returns whether it continues the sentence before
 * @internal
 */
export function continuesSentence(doc: DocModel, sentence: number): boolean {
  const s = doc.sentences[sentence];
  const prev = doc.sentences[sentence - 1];
  if (s === undefined || prev === undefined || prev.paragraph !== s.paragraph) return false;
  return tt(doc, prev.tokenEnd - 1) === ')' && !isCap(doc, s.tokenStart);
}

/**
 * The role of a mention in its sentence (see {@link MentionRole}): embedded when it is a possessor or
 * follows a preposition (unless a verb follows at once); a subject when a verb follows it (past an
 * appositive) or a speech verb comes just before it ("… said Ann Lee"), unless it opens a subordinate
 * clause or what a verb says ("… before Lee left", "Kim said Lee was …"), or is a verb's object; other
 * otherwise.
 *
 * @param doc - the document
 * @param first - the mention's first token
 * @param last - one past its last token
 * @returns its role
 * @example
 * ```ts
 * // In "Lee's aide, Ann Park, said …": Lee is embedded, Park a subject.
 * ```
 * @internal
 */
export function mentionRole(doc: DocModel, first: number, last: number): MentionRole {
  const sentence = doc.sentences[doc.tokens.sentence[first] ?? 0];
  const sentenceStart = sentence?.tokenStart ?? 0;
  const sentenceEnd = clauseEnd(doc, doc.tokens.sentence[first] ?? 0);
  const before = tokenBeforePhrase(doc, first, sentenceStart);
  const after = pastCoordinated(doc, last, sentenceEnd);
  // A possessor, or a name after "of" or "to", is part of a phrase headed by another word ("the rise of
  // Lee gave …", "the will to back Lee grew").
  if ((last < sentenceEnd && isPossessiveMark(doc, last)) || lower(doc, before) === 'of' || lower(doc, before) === 'to') return 'embedded';
  const cue = before >= sentenceStart ? CUE_FORMS.get(lower(doc, before)) : undefined;
  if (verbFollows(doc, after, sentenceEnd, false)) {
    if (before < sentenceStart) return 'subject';
    return opensClause(doc, before) ? 'other' : posOf(doc, before) === 'ADP' ? 'embedded' : 'subject';
  }
  if (before >= sentenceStart && posOf(doc, before) === 'ADP') return 'embedded';
  if (cue !== undefined && cue.kind === 'speech') return 'subject';
  if (before >= sentenceStart && isVerb(doc, before)) return 'other';
  return verbFollows(doc, after, sentenceEnd, true) ? 'subject' : 'other';
}

/**
 * The role of a he/she pronoun by its form: he and she are subjects (unless they open a subordinate
 * clause, see {@link mentionRole}), his and hers possessors, him an
 * object, her a possessor before a noun and an object otherwise.
 *
 * @param doc - the document
 * @param i - the pronoun's token
 * @returns its role
 * @internal
 */
export function pronounRole(doc: DocModel, i: number): MentionRole {
  const w = lower(doc, i);
  if (w === 'he' || w === 'she') {
    const sentence = doc.sentences[doc.tokens.sentence[i] ?? 0];
    const before = tokenBeforePhrase(doc, i, sentence?.tokenStart ?? 0);
    return before >= (sentence?.tokenStart ?? 0) && opensClause(doc, before) ? 'other' : 'subject';
  }
  if (w === 'his' || w === 'hers') return 'embedded';
  if (w === 'her') return /^(?:NOUN|ADJ|PROPN|NUM)$/u.test(posOf(doc, i + 1)) ? 'embedded' : 'other';
  return 'other';
}
