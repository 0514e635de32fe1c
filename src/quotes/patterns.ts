/**
 * The patterns that find a quote's speaker and cue in the words around it: after the closing mark
 * (`"…," Lavrov said`, `said Lavrov`, `according to Lavrov`, `― Jorge Falcon`) and before the opening
 * one (`Lavrov said: "…"`, `Kim complained of "…"`, `Trump's claim that "…"`, a colon introduction).
 */
import type { DocModel } from '../document/model.js';
import { ACCORDING_TO, NOMINAL_CUES, type CueInfo } from '../lexicon/index.js';
import { isCap, isTerminatorToken, lower, posOf, tt } from '../document/tokens.js';
import { cueAt, isParticiple } from './cues.js';
import { documentBeforeColon, documentCueAt, documentHead, withDocumentTail } from './documents.js';
import {
  clauseSubject,
  isDocumentNp,
  isNonSpeakerNp,
  npLeft,
  npRight,
  skipRight,
  skipTimeRight,
  subjectOf,
  withOwnerTail,
  type Phrase,
} from './phrases.js';
import type { AttributionPattern } from './types.js';

/** Words that open a subordinate clause: a cue inside one that a comma closes introduces no quote. */
const SUBORDINATORS = new Set([
  'while',
  'although',
  'though',
  'if',
  'because',
  'when',
  'as',
  'since',
  'after',
  'before',
  'whereas',
  'unless',
]);
/** How many words may stand between a cue before a quote and the quote. */
const MAX_CUE_DISTANCE = 30;
/** How many words may stand between a belief cue ("hoped") and the quote it attributes. */
const MAX_BELIEF_DISTANCE = 15;

/** Whether tokens `i` and `i + 1` read the speaker phrase ("according to", from the attribution table). */
function isAccordingTo(doc: DocModel, i: number): boolean {
  return lower(doc, i) === ACCORDING_TO.first && lower(doc, i + 1) === ACCORDING_TO.second;
}

/**
 * Whether a phrase after "according to" only credits a source: a rendering of someone's words that is no
 * document speaker ("a Nordwire translation", "figures"), against "a report", "the memo" (documents.ts).
 */
function isCreditOnly(doc: DocModel, np: Phrase): boolean {
  return isDocumentNp(doc, np) && documentHead(doc, np) === undefined;
}

/** The cue at token `i` that only a document's words follow, when the clause's subject is a document ("The poll found"). */
function documentCueBefore(doc: DocModel, i: number, lo: number): CueInfo | undefined {
  const cue = documentCueAt(doc, i);
  if (cue === undefined) return undefined;
  const np = subjectOf(doc, i, lo);
  return np !== undefined && documentHead(doc, np) !== undefined ? cue : undefined;
}

/** Particles between a verb and its object ("put out a statement", "sent out a release"). */
const PARTICLES = new Set(['out', 'up', 'forth']);

/**
 * The author of a document that is the object of a verb: "Trump issued a statement saying …", "His office
 * put out a statement saying …" are Trump's and his office's words, as PolNeAR annotates them.
 */
function authorOf(doc: DocModel, np: Phrase, lo: number): Phrase | undefined {
  if (documentHead(doc, np) === undefined) return undefined;
  let v = np[0] - 1;
  if (v >= lo && PARTICLES.has(lower(doc, v))) v--;
  if (v < lo || posOf(doc, v) !== 'VERB' || cueAt(doc, v) !== undefined) return undefined;
  // "…, recently releasing a report saying": the clause's subject.
  const author = subjectOf(doc, v, lo) ?? (lower(doc, v).endsWith('ing') ? clauseSubject(doc, lo, v) : undefined);
  return author === undefined || documentHead(doc, author) !== undefined ? undefined : author;
}

/** A found speaker with how it was found, before the per-quote bookkeeping. @internal */
export interface Found {
  /** The speaker's noun phrase. */
  readonly np: Phrase;
  /** The cue's first and last token, when the pattern has a cue. */
  readonly cue?: [number, number];
  /** The cue's lemma. */
  readonly lemma?: string;
  /** The pattern that matched. */
  readonly pattern: AttributionPattern;
}

/**
 * Where the words after a quote start, past the commas and dashes that follow the closing mark.
 * @param doc - the document
 * @param after - the tokens after the quote (the context's `after`)
 * @returns the first word, one past the last token, and how many commas and dashes came first; undefined when no word follows
 * @internal
 */
export function wordsAfter(doc: DocModel, after: readonly number[]): { first: number; hi: number; a: number } | undefined {
  let a = 0;
  while (a < after.length && /^[,\u2015\u2014\u2013-]$/u.test(tt(doc, after[a] ?? -1))) a++;
  const first = after[a];
  if (first === undefined) return undefined;
  return { first, hi: (after[after.length - 1] ?? first) + 1, a };
}

/** Asides between a speaker after the quote and the cue (`"…," Lind, the mayor, a former judge, said`). @internal */
export const MAX_APPOSITIVES = 3;

/**
 * Patterns after the closing mark: `"…," Lavrov said`, `said Lavrov`, `according to Lavrov`,
 * `Lavrov was quoted as saying`, `― Jorge Falcon` (a name signing the quote).
 * @param doc - the document
 * @param after - the tokens after the quote (the context's `after`)
 * @returns the speaker and cue found, or undefined
 * @internal
 */
export function matchAfter(doc: DocModel, after: readonly number[]): Found | undefined {
  const words = wordsAfter(doc, after);
  if (words === undefined) return undefined;
  const { first, hi, a } = words;
  if (isAccordingTo(doc, first)) {
    const np = npRight(doc, first + 2, hi);
    // "according to a Nordwire translation" credits a source's rendering of words: the speaker is named
    // elsewhere. "according to a report from the ministry" is the report's. A time or a place is no speaker.
    if (np !== undefined && (isCreditOnly(doc, np) || isNonSpeakerNp(doc, np))) return undefined;
    if (np !== undefined)
      return { np: withDocumentTail(doc, np, hi), cue: [first, first + 1], lemma: ACCORDING_TO.lemma, pattern: 'according-to' };
  }
  const s = skipRight(doc, first, hi);
  const cue = cueAt(doc, s);
  if (cue !== undefined && cue.kind !== 'belief' && cue.lemma !== 'tell') {
    const np = npRight(doc, s + 1, hi);
    if (np !== undefined && !isNonSpeakerNp(doc, np))
      return { np: withDocumentTail(doc, np, hi), cue: [s, s], lemma: cue.lemma, pattern: 'quote-cue-speaker' };
  }
  // "“…,” read the email": a verb that only a document's words follow.
  const docCue = documentCueAt(doc, s);
  const docNp = docCue === undefined ? undefined : npRight(doc, s + 1, hi);
  if (docCue !== undefined && docNp !== undefined && documentHead(doc, docNp) !== undefined)
    return { np: withDocumentTail(doc, docNp, hi), cue: [s, s], lemma: docCue.lemma, pattern: 'quote-cue-speaker' };
  const bare = npRight(doc, first, hi);
  // "“…,” Tuesday …", "“…,” a low voice said": no speaker.
  if (bare === undefined || isNonSpeakerNp(doc, bare)) return undefined;
  // "“…,” a memo from the council said": a document's tail stands between it and the cue (not after a
  // capitalized article, which opens a new sentence: "“…!” A new ad released Friday accuses …").
  const np = withOwnerTail(doc, posOf(doc, bare[0]) === 'DET' && isCap(doc, bare[0]) ? bare : withDocumentTail(doc, bare, hi), hi);
  // "“…,” Lind on Tuesday said": the time between speaker and cue is passed over.
  let k = skipTimeRight(doc, np[1] + 1, hi);
  // "“…” ― Jorge Falcon": a name after a dash, alone at the end of its line, signs the quote.
  if (
    a > 0 &&
    /^[\u2015\u2014\u2013-]$/u.test(tt(doc, after[a - 1] ?? -1)) &&
    (k >= hi || !doc.text.slice(doc.tokens.end[np[1]], doc.tokens.start[k]).match(/^[^\n]*$/u) || isTerminatorToken(doc, k))
  ) {
    return { np, pattern: 'dash' };
  }
  if (tt(doc, k) === '(') {
    const close = after.findIndex((t) => t > k && tt(doc, t) === ')');
    if (close !== -1 && (after[close] ?? 0) - k <= 8) k = (after[close] ?? k) + 1;
  }
  if (tt(doc, k) === ',') {
    // "Lavrov, seated across a table from Kim, said"; "Lind, the attorney general of Orm, one of the states
    // suing the agency, said": up to MAX_APPOSITIVES asides, each closed by a comma, before the cue.
    const start = k;
    for (let n = 0; ; n++) {
      let close = -1;
      for (let m = k + 1; m < hi && m - k <= 16; m++) {
        if (isTerminatorToken(doc, m)) break;
        if (tt(doc, m) === ',') {
          close = m;
          break;
        }
      }
      if (close === -1) return undefined;
      k = close;
      const next = skipRight(doc, close + 1, hi);
      if (cueAt(doc, next) !== undefined || n + 1 >= MAX_APPOSITIVES || close - start > 32) break;
    }
    k++;
  }
  k = skipRight(doc, k, hi);
  // "Lavrov was quoted as saying"
  if (lower(doc, k) === 'quoted' && lower(doc, k + 1) === 'as' && lower(doc, k + 2) === 'saying') {
    return { np, cue: [k, k + 2], lemma: 'quote', pattern: 'quoted-as-saying' };
  }
  const c = cueAt(doc, k) ?? (documentHead(doc, np) === undefined ? undefined : documentCueAt(doc, k));
  if (c !== undefined && k < hi) return { np, cue: [k, k], lemma: c.lemma, pattern: 'quote-speaker-cue' };
  return undefined;
}

/**
 * Patterns before the opening mark: `Lavrov said: "…"`, `Kim complained of "…"`, `Trump's claim that "…"`,
 * `quoted Kim as saying`, a colon introduction.
 * @param doc - the document
 * @param before - the tokens before the quote (the context's `before`), or a paragraph's last sentence
 * @returns the speaker and cue found, or undefined
 * @internal
 */
export function matchBefore(doc: DocModel, before: readonly number[]): Found | undefined {
  if (before.length === 0) return undefined;
  const lo = before[0] ?? 0;
  // Only tokens of one run (no quote cut out in between) can be a subject and its cue: the first token
  // of the run each position belongs to.
  const runStarts: number[] = [];
  for (let r = 0; r < before.length; r++) {
    runStarts.push(r > 0 && before[r - 1] === (before[r] ?? 0) - 1 ? (runStarts[r - 1] ?? lo) : (before[r] ?? lo));
  }
  for (let b = before.length - 1; b >= 0; b--) {
    const i = before[b] ?? 0;
    const runStart = runStarts[b] ?? lo;
    if (isAccordingTo(doc, i)) {
      const hi = (before[before.length - 1] ?? i) + 1;
      const np = npRight(doc, i + 2, hi);
      if (np !== undefined && !isCreditOnly(doc, np) && !isNonSpeakerNp(doc, np))
        return { np: withDocumentTail(doc, np, hi), cue: [i, i + 1], lemma: ACCORDING_TO.lemma, pattern: 'according-to' };
    }
    // "Trump’s claim that there have been "…"": a possessor's words.
    if (NOMINAL_CUES.has(lower(doc, i)) && /^['\u2019]s$/u.test(tt(doc, i - 1)) && before.length - 1 - b <= MAX_BELIEF_DISTANCE) {
      const np = npLeft(doc, i - 2, runStart);
      if (np !== undefined && !isNonSpeakerNp(doc, np)) return { np, cue: [i, i], lemma: lower(doc, i), pattern: 'speaker-cue-quote' };
    }
    const cue = cueAt(doc, i) ?? documentCueBefore(doc, i, runStart);
    if (cue === undefined) continue;
    // "quoted Kim as saying", "Lavrov was quoted as saying"
    if (lower(doc, i) === 'saying' && lower(doc, i - 1) === 'as') {
      if (lower(doc, i - 2) === 'quoted') {
        const np = subjectOf(doc, i - 2, runStart);
        if (np !== undefined) return { np, cue: [i - 2, i], lemma: 'quote', pattern: 'quoted-as-saying' };
      }
      const np = npLeft(doc, i - 2, runStart);
      if (np !== undefined && lower(doc, np[0] - 1) === 'quoted' && !isNonSpeakerNp(doc, np))
        return { np, cue: [np[0] - 1, np[0] - 1], lemma: 'quote', pattern: 'quoted-as-saying' };
      continue;
    }
    // A cue far back, or one inside a subordinate clause that a comma closes before the quote
    // ("While Russia has emphasised …, Moscow …"), does not introduce this quote.
    const distance = before.length - 1 - b;
    if (distance > MAX_CUE_DISTANCE) break;
    // Views ("hoped", "worried about") attribute only what follows them closely.
    if (cue.kind === 'belief' && (distance > MAX_BELIEF_DISTANCE || posOf(doc, i + 1) === 'ADP')) continue;
    if (isParticiple(doc, i) || (lower(doc, i - 1) === 'to' && posOf(doc, i) === 'VERB')) {
      // "…, saying", "took to Twitter to accuse …": the clause's subject speaks.
      const to = lower(doc, i - 1) === 'to' ? i - 1 : i;
      const np = clauseSubject(doc, runStart, to);
      if (np !== undefined) return { np, cue: [i, i], lemma: cue.lemma, pattern: 'speaker-cue-quote' };
      continue;
    }
    // "Lind turned to the crowd and said “…”": the subject of the first verb of the coordination speaks.
    const subject = subjectOf(doc, i, runStart) ?? (lower(doc, i - 1) === 'and' ? clauseSubject(doc, runStart, i - 1) : undefined);
    if (subject === undefined) continue;
    const np = authorOf(doc, subject, runStart) ?? subject;
    const lead = lower(doc, np[0] - 1);
    if (SUBORDINATORS.has(lead) && before.slice(b + 1, -1).some((t) => tt(doc, t) === ',')) continue;
    if (cue.kind === 'belief') {
      // "Brandt said Marren wanted “…”": a view reported inside someone's speech is in the reporter's words.
      const k = lead === 'that' ? np[0] - 2 : np[0] - 1;
      const outer = k >= runStart ? cueAt(doc, k) : undefined;
      if (outer !== undefined && outer.kind === 'speech') {
        const outerNp = subjectOf(doc, k, runStart);
        if (outerNp !== undefined) return { np: outerNp, cue: [k, k], lemma: outer.lemma, pattern: 'speaker-cue-quote' };
      }
    }
    return { np, cue: [i, i], lemma: cue.lemma, pattern: 'speaker-cue-quote' };
  }
  const last = before[before.length - 1] ?? -1;
  if (tt(doc, last) === ':') {
    let from = lo;
    for (let b = before.length - 2; b >= 0; b--) {
      if (tt(doc, before[b] ?? 0) === ',') {
        from = (before[b] ?? 0) + 1;
        break;
      }
    }
    // "From the report:", "Transcript as follows:": a document names the words that follow.
    const np =
      clauseSubject(doc, from, last) ?? clauseSubject(doc, lo, last) ?? documentBeforeColon(doc, from, last) ?? roundupName(doc, before);
    if (np !== undefined) return { np, pattern: 'colon' };
  }
  return undefined;
}

/**
 * A roundup line's credit, "Marta Lind, Harbour Gazette: “…”": a name and a comma opening its paragraph, at
 * most eight words before the colon and no verb among them.
 */
function roundupName(doc: DocModel, before: readonly number[]): Phrase | undefined {
  const lo = before[0];
  const last = before[before.length - 1];
  if (lo === undefined || last === undefined || before.length > 9 || last - lo !== before.length - 1) return undefined;
  const para = doc.paragraphs[doc.sentences[doc.tokens.sentence[lo] ?? 0]?.paragraph ?? -1];
  if (para?.tokenStart !== lo || before.some((t) => posOf(doc, t) === 'VERB' || posOf(doc, t) === 'AUX')) return undefined;
  const np = npRight(doc, lo, last);
  return np !== undefined && tt(doc, np[1] + 1) === ',' && posOf(doc, np[1]) === 'PROPN' ? np : undefined;
}

/** How many words may stand between a quote and the comma before the speaker and cue that end its sentence. */
const MAX_CLAUSE_WORDS = 20;

/**
 * The speaker and cue that end the quote's sentence after more of the reporter's words: `"…" for the
 * harbour, Marta Lind said.`, `"…," and the ferry ran late, said Oskar Berg, the mayor.` The words between
 * the quote and the comma hold no cue, and the cue ends its clause (no verb after it before the next comma
 * or the sentence end): the whole sentence, the quote with it, is what the speaker said.
 * @param doc - the document
 * @param after - the tokens after the quote (the context's `after`)
 * @returns the speaker and cue found, or undefined
 * @internal
 */
export function matchClauseEnd(doc: DocModel, after: readonly number[]): Found | undefined {
  let depth = 0;
  for (let a = 0; a < after.length && a <= MAX_CLAUSE_WORDS; a++) {
    const i = after[a] ?? 0;
    const t = tt(doc, i);
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    if (cueAt(doc, i) !== undefined || isAccordingTo(doc, i)) return undefined;
    if (t !== ',' || depth > 0 || a === 0) continue;
    // Only the first comma: a later one ends an apposition ("“…” Ann Lee, a rival of Oskar Berg, said").
    if (after.slice(0, a).some((x) => tt(doc, x) === ',')) return undefined;
    const rest = after.slice(a);
    const f = matchAfter(doc, rest);
    if (f?.cue === undefined || (f.pattern !== 'quote-speaker-cue' && f.pattern !== 'quote-cue-speaker')) continue;
    if (f.pattern === 'quote-speaker-cue' && f.np[0] !== i + 1) continue;
    // The cue ends its clause: a comma, the sentence end, a time or a preposition follows it ("said on
    // Friday at the pier", "said of the plan"), not an object ("called his plan …").
    const from = skipTimeRight(doc, Math.max(f.cue[1], f.np[1]) + 1, (after[after.length - 1] ?? 0) + 1);
    if (from <= (after[after.length - 1] ?? 0) && tt(doc, from) !== ',' && !isTerminatorToken(doc, from) && posOf(doc, from) !== 'ADP')
      return undefined;
    let ok = true;
    for (const k of rest) {
      if (k < from) continue;
      if (tt(doc, k) === ',' || isTerminatorToken(doc, k)) break;
      if (posOf(doc, k) === 'VERB' || posOf(doc, k) === 'AUX') {
        ok = false;
        break;
      }
    }
    return ok ? f : undefined;
  }
  return undefined;
}
