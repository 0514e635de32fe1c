import type { DocModel } from '../document/model.js';
import { isCap, lower, posOf, tt } from '../document/tokens.js';
import { TITLE_WORDS } from '../lexicon/index.js';
import type { LabelSpan, Naming } from './types.js';

// How the words around a label decide whom it may name (issue 17): whether it names anyone at all, and
// the person a sentence says it of ("As a boss on the show, Ann Lee …", "Ann Lee is a racist").

/** A quote mark standing alone. */
const QUOTE_MARK = /^["'\u201C\u201D\u2018\u2019]$/u;

/**
 * The subject a sentence-opening "As a …" phrase describes ("As a reality TV boss on the show, Ann Lee
 * demeaned …"): the person named right after the phrase's comma.
 *
 * @param doc - the document
 * @param names - its namings
 * @param label - the label
 * @returns the naming of the person, or undefined
 * @internal
 */
export function asPhraseSubject(doc: DocModel, names: readonly Naming[], label: LabelSpan): Naming | undefined {
  const sentence = doc.tokens.sentence[label.first] ?? 0;
  const start = doc.sentences[sentence]?.tokenStart ?? 0;
  if (lower(doc, start) !== 'as' || label.first - start > 6) return undefined;
  let k = label.last;
  while (k < doc.tokens.count && k - label.last <= 8 && doc.tokens.sentence[k] === sentence && tt(doc, k) !== ',') k++;
  if (tt(doc, k) !== ',') return undefined;
  // Past a closing quote mark ('As a boss on "The Show," Ann Lee …').
  const next = QUOTE_MARK.test(tt(doc, k + 1)) ? k + 2 : k + 1;
  return names.find((m) => m.kind === 'person' && m.first === next);
}

/** Forms of the verbs that say what their subject is ("is", "became", "remains"). */
const COPULAS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  'become',
  'becomes',
  'became',
  'remain',
  'remains',
  'remained',
]);

/**
 * The person a label is said of: the subject of a copula before its phrase ("Ann Lee, 43, will become the
 * first senator …": the last person named before the verb in the sentence), or the person just before an
 * "as" ("showed Ann Lee as the favored candidate").
 *
 * @param doc - the document
 * @param names - its namings
 * @param label - the label
 * @param personAt - whether a token is part of a person's name
 * @returns the naming of the person, or undefined
 * @internal
 */
export function predicateSubject(
  doc: DocModel,
  names: readonly Naming[],
  label: LabelSpan,
  personAt: (k: number) => boolean,
): Naming | undefined {
  const sentence = doc.tokens.sentence[label.first];
  const inPhrase = (k: number): boolean => k >= 0 && label.first - k <= 7 && doc.tokens.sentence[k] === sentence && !personAt(k);
  // Back over the words of the phrase to its article or possessor ("a racist", "the state's first senator"):
  // without one the label names the office ("will be president").
  let k = label.first - 1;
  while (inPhrase(k) && /^(?:ADJ|NOUN|NUM|ADV|VERB)$/u.test(posOf(doc, k))) k--;
  if (!inPhrase(k)) return undefined;
  if (posOf(doc, k) === 'PART') {
    k--;
    while (inPhrase(k) && posOf(doc, k) === 'PROPN') k--;
  } else if (posOf(doc, k) === 'DET') k--;
  else return undefined;
  while (k >= 0 && posOf(doc, k) === 'ADV') k--;
  const w = lower(doc, k);
  if (w === 'as') return names.find((m) => m.kind === 'person' && m.last === k);
  if (!COPULAS.has(w)) return undefined;
  return names.findLast((m) => m.kind === 'person' && m.last <= k && doc.tokens.sentence[m.first] === sentence);
}

/**
 * Whether a label names no one actor whatever stands around it: a plural ("leaders", "hostile regimes"), a
 * verb ("championed", "states that"), a modifier of the noun after it ("racist elements", "state law"; a
 * person label, or a state label other than "administration" — "administration official" is the
 * government's), or a capitalized word inside a sentence that is no title ("Patriot" the company).
 *
 * @param doc - the document
 * @param label - the label
 * @returns whether it names no one
 * @internal
 */
export function namesNoOne(doc: DocModel, label: LabelSpan): boolean {
  const head = label.last - 1;
  const w = lower(doc, head);
  if (/[^s']s$/u.test(w) && label.usualReferent === undefined) return true;
  const pos = posOf(doc, head);
  if (pos === 'VERB' || pos === 'AUX' || pos === 'ADV') return true;
  const next = label.last;
  const sameSentence = doc.tokens.sentence[next] === doc.tokens.sentence[head];
  // A noun after the label that a determiner follows is a verb the tagger took for a noun ("the congressman grabs the camera").
  const modifies = sameSentence && posOf(doc, next) === 'NOUN' && !isCap(doc, next) && !/^(?:DET|PRON)$/u.test(posOf(doc, next + 1));
  if (modifies && (label.category === 'person-label' || w !== 'administration')) return true;
  if (pos === 'ADJ' && sameSentence && /^(?:ADJ|NOUN|PROPN)$/u.test(posOf(doc, next))) return true;
  if (label.category !== 'person-label' || !isCap(doc, label.first) || TITLE_WORDS.has(lower(doc, label.first))) return false;
  const opens =
    doc.sentences[doc.tokens.sentence[label.first] ?? 0]?.tokenStart === label.first ||
    /^["'\u201C\u2018(]$/u.test(tt(doc, label.first - 1));
  return !opens;
}
