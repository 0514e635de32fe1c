import type { DocModel } from '../document/model.js';
import { rangeAt, tokenAt } from '../document/model.js';
import { PRONOUNS } from '../lexicon/index.js';
import { isBoiler, isTerminatorToken, lower, posOf, tt } from '../document/tokens.js';
import type { Range } from '../quotes/marks.js';
import { continuesSentence, mentionRole, pronounRole, SALIENCE, type MentionRole } from './salience.js';
import type { PersonMention } from './types.js';

/**
 * The gender a pronoun word refers to a person by: `m` (he, him, his), `f` (she, her, hers), or
 * undefined for any other word (they, it, we … have no single person's gender).
 *
 * @param word - a word, lower case
 * @returns `m`, `f` or undefined
 * @example
 * ```ts
 * [pronounGender('his'), pronounGender('hers'), pronounGender('they')];
 * //=> ['m', 'f', undefined]
 * ```
 * @internal
 */
export function pronounGender(word: string): 'm' | 'f' | undefined {
  const info = PRONOUNS.get(word === 'his' ? 'he' : word === 'hers' ? 'she' : word);
  return info?.gender === 'm' || info?.gender === 'f' ? info.gender : undefined;
}

/** A person mentioned before a pronoun (by name, descriptor or a pronoun resolved before): who, in which sentence, in what role. @internal */
export interface Antecedent {
  readonly key: string;
  /** Index of the sentence of the mention. */
  readonly sentence: number;
  readonly role: MentionRole;
}

/** Sentences back past which a person is no longer weighed once a compatible one has been found. */
const WINDOW = 12;

/**
 * The person a he/she pronoun most likely means: of the persons mentioned before it whose gender
 * agrees, the most salient, where each mention adds its role's weight ({@link SALIENCE}) shrunk by the
 * sentences between it and the pronoun; of equals, the one mentioned last. A subject outweighs an
 * object named after it, and the person a paragraph keeps naming outweighs one named once.
 *
 * @param before - the mentions before the pronoun, in text order
 * @param sentence - the pronoun's sentence
 * @param gender - the pronoun's gender, `m` or `f`
 * @param genderOfKey - a person's gender by key (`m`, `f` or `any`, which agrees with both)
 * @returns the person's key, or undefined when no one before agrees
 * @internal
 */
export function resolvePronounAt(
  before: readonly Antecedent[],
  sentence: number,
  gender: string,
  genderOfKey: (key: string) => string,
): string | undefined {
  // Per person: the weight of its strongest mention in each sentence (a person named three times in one
  // sentence is not three times as salient), summed over sentences, each shrunk by its distance.
  const strongest = new Map<string, Map<number, number>>();
  let nearest: string | undefined;
  for (let k = before.length - 1; k >= 0; k--) {
    const a = before[k] as Antecedent;
    if (sentence - a.sentence > WINDOW && nearest !== undefined) break;
    const g = genderOfKey(a.key);
    if (g !== 'any' && g !== gender) continue;
    nearest ??= a.key;
    let bySentence = strongest.get(a.key);
    if (bySentence === undefined) strongest.set(a.key, (bySentence = new Map()));
    bySentence.set(a.sentence, Math.max(bySentence.get(a.sentence) ?? 0, SALIENCE[a.role]));
  }
  // Map order is the order of the last mentions, latest first: of equals, the one mentioned last wins.
  let best = nearest;
  let bestScore = 0;
  for (const [key, bySentence] of strongest) {
    let score = 0;
    for (const [s, w] of bySentence) score += w * SALIENCE.decay ** (sentence - s);
    if (score > bestScore) {
      best = key;
      bestScore = score;
    }
  }
  return best;
}

/** How far a name's phrase may run before an appositive descriptor ("Ann Lee of Orm County, the …"). */
const APPOSITIVE_GAP = 6;

/** Whether the phrase from token `first` stands in apposition to a name ending before `nameEnd`: a comma before it and no verb between. */
function appositiveTo(doc: DocModel, nameEnd: number, first: number): boolean {
  if (nameEnd < 0 || tt(doc, first - 1) !== ',' || first - 1 - nameEnd > APPOSITIVE_GAP) return false;
  for (let k = nameEnd; k < first - 1; k++) if (/^(?:VERB|AUX)$/u.test(posOf(doc, k)) || isTerminatorToken(doc, k)) return false;
  return true;
}

/**
 * The keys of a document's names that it shows to be things, not people: a name followed by ", which"
 * ("Norton, which declined to comment"), unless the person's gender is known.
 */
function thingsNamed(doc: DocModel, mentions: readonly PersonMention[], genderOfKey: (key: string) => string): Set<string> {
  const things = new Set<string>();
  for (const m of mentions) {
    const after = tokenAt(doc, m.end);
    if (tt(doc, after) === ',' && lower(doc, after + 1) === 'which' && genderOfKey(m.key) === 'any') things.add(m.key);
  }
  return things;
}

/**
 * The he/she pronouns of a document outside quotes and boilerplate, each resolved to the most salient
 * compatible person before it (see {@link resolvePronounAt}): persons named or described outside quotes,
 * and those the pronouns before it were resolved to.
 *
 * @param doc - the document
 * @param mentions - the document's name and descriptor mentions, in text order
 * @param quotes - the document's quoted stretches, in text order
 * @param genderOfKey - a person's gender by key
 * @param isPerson - whether a key's person can be a pronoun's antecedent (no organisation or place)
 * @returns the pronoun mentions, in text order
 * @internal
 */
export function pronounMentions(
  doc: DocModel,
  mentions: readonly PersonMention[],
  quotes: readonly Range[],
  genderOfKey: (key: string) => string,
  isPerson: (key: string) => boolean = () => true,
): PersonMention[] {
  const things = thingsNamed(doc, mentions, genderOfKey);
  const named = mentions.filter((m) => !m.inQuote && isPerson(m.key) && !things.has(m.key));
  const before: Antecedent[] = [];
  const found: PersonMention[] = [];
  // Sentences numbered as written: one the splitter broke after a parenthesis counts once ("Ann Lee (D-Orm.) said").
  const sentenceOf = new Int32Array(doc.sentences.length);
  for (let k = 1; k < sentenceOf.length; k++) sentenceOf[k] = (sentenceOf[k - 1] ?? 0) + (continuesSentence(doc, k) ? 0 : 1);
  let next = 0;
  let previousEnd = -1;
  const lastNamed = new Map<string, number>();
  for (let i = 0; i < doc.tokens.count; i++) {
    // he … hers have two to four letters: other tokens need no lower-cased copy to be passed over.
    const start = doc.tokens.start[i] ?? 0;
    const length = (doc.tokens.end[i] ?? 0) - start;
    if (length < 2 || length > 4) continue;
    const gender = pronounGender(lower(doc, i));
    if (gender === undefined || isBoiler(doc, i)) continue;
    if (rangeAt(quotes, start) >= 0) continue;
    for (; next < named.length && (named[next] as PersonMention).start < start; next++) {
      const m = named[next] as PersonMention;
      const first = tokenAt(doc, m.start);
      const last = tokenAt(doc, m.end);
      // A descriptor in apposition to the name before it ("Ann Lee, the party chair, …", "Ann Lee of
      // Orm, the party chair, …") is that person again, whoever the descriptor was matched to.
      if (m.kind === 'descriptor' && appositiveTo(doc, previousEnd, first)) continue;
      // A descriptor ("the candidate") stands for a person named not long before; one matched to a person
      // the text has not named for a while more likely means someone else, and is left out.
      const here = sentenceOf[doc.tokens.sentence[first] ?? 0] ?? 0;
      if (m.kind === 'descriptor' && here - (lastNamed.get(m.key) ?? -Infinity) > WINDOW) continue;
      if (m.kind === 'name') lastNamed.set(m.key, here);
      previousEnd = last;
      before.push({ key: m.key, sentence: here, role: mentionRole(doc, first, last) });
    }
    const sentence = sentenceOf[doc.tokens.sentence[i] ?? 0] ?? 0;
    const key = resolvePronounAt(before, sentence, gender, genderOfKey);
    if (key === undefined) continue;
    before.push({ key, sentence, role: pronounRole(doc, i) });
    found.push({ start, end: doc.tokens.end[i] ?? start, kind: 'pronoun', key, inQuote: false });
  }
  return found;
}
