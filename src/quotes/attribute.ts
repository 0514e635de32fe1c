import { lowerBound, type DocModel } from '../document/model.js';
import type { TextSpan } from '../document/types.js';
import { nameKey, type ActorIndex, type PersonMention } from '../actors/index.js';
import {
  ACCORDING_TO,
  CUE_FORMS,
  DOCUMENT_NOUNS,
  GENERIC_SOURCES,
  NOMINAL_CUES,
  OUTLET_ALIASES,
  PRONOUNS,
  escapeRegExp,
  type CueInfo,
} from '../lexicon/index.js';
import type { MarkedQuote, Range } from './marks.js';
import {
  isBoiler,
  isCap,
  isLowerWord,
  isTerminatorToken,
  lower,
  mayLowerBeIn,
  posOf,
  spanOf,
  tokenAt,
  tokenBefore,
  tt,
  wordEndsTable,
} from '../document/tokens.js';
import type { AttributionPattern, Speaker } from './types.js';

/** What attribution found for one quote. @internal */
export interface Attribution {
  readonly speaker: Speaker;
  readonly cue?: TextSpan;
  readonly cueLemma?: string;
  readonly pattern: AttributionPattern;
  /** A news source named as the speaker or credited in the attributing words. */
  readonly sourceName?: string;
  readonly sourceMention?: TextSpan;
}

/** The words around a quote that may attribute it. @internal */
export interface QuoteContext {
  /** Tokens before the opening mark back to the start of the sentence, quotes left out. */
  readonly before: readonly number[];
  /** Tokens after the closing mark up to the end of the sentence or the next quote. */
  readonly after: readonly number[];
  /** Character range of the attributing sentence(s), for credited sources. */
  readonly clause: Range;
}

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
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);

function isTerminator(doc: DocModel, i: number): boolean {
  return isTerminatorToken(doc, i);
}

/** `/^\p{Ll}/u.test(tt(doc, i))`, read by character code when the token starts with an ASCII character. */
function startsLower(doc: DocModel, i: number): boolean {
  if (i < 0 || i >= doc.tokens.count) return false;
  const at = doc.tokens.start[i] ?? 0;
  if ((doc.tokens.end[i] ?? 0) <= at) return false;
  const c = doc.text.charCodeAt(at);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(tt(doc, i));
}

/** Lengths, first and last letters of the cue forms, nominal cues and words between subject and cue: most tokens are none, seen without a lower-cased copy. */
const CUE_TABLE = wordEndsTable(CUE_FORMS.keys());
const SKIP_TABLE = wordEndsTable(SKIP_BETWEEN);
const NOMINAL_TABLE = wordEndsTable(NOMINAL_CUES);

function cueAt(doc: DocModel, i: number): CueInfo | undefined {
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

/** Participles that hang a quote on the clause's subject ("Trump attacked Clinton, saying, …"). */
function isParticiple(doc: DocModel, i: number): boolean {
  return lower(doc, i).endsWith('ing') && tt(doc, i - 1) === ',';
}

/**
 * The subject of the clause that runs from `lo` to `hi` (exclusive): the first noun phrase followed by
 * a verb, after the last comma that closes an opening phrase ("With leaders worried, Obama is …").
 */
function clauseSubject(doc: DocModel, lo: number, hi: number): [number, number] | undefined {
  for (let i = lo; i < hi; i++) {
    if (posOf(doc, i) !== 'DET' && posOf(doc, i) !== 'PROPN' && posOf(doc, i) !== 'PRON' && !(isCap(doc, i) && npToken(doc, i))) continue;
    const np = npRight(doc, i, hi);
    if (np === undefined) continue;
    const k = skipRight(doc, np[1] + 1, hi);
    const p = posOf(doc, k);
    if (k < hi && (p === 'VERB' || p === 'AUX' || cueAt(doc, k) !== undefined || AUX_WORDS.has(lower(doc, np[1] + 1)))) return np;
    i = np[1];
  }
  return undefined;
}

function npToken(doc: DocModel, i: number): boolean {
  const w = tt(doc, i);
  if (w === "'s" || w === '\u2019s') return true;
  if (/^\p{Lu}\.$/u.test(w) || /^\p{Lu}\p{Ll}*\.$/u.test(w)) return true; // "J.", "Mr."
  const p = posOf(doc, i);
  if (NP_POS.has(p)) return !CUE_FORMS.has(lower(doc, i)) || p === 'PROPN' || isCap(doc, i);
  // A name the tagger took for a verb or an unknown word.
  return isCap(doc, i) && /\p{L}/u.test(w) && (p === 'X' || p === 'VERB');
}

/** The noun phrase that ends at token `end` (inclusive), scanning left no further than `lo`. */
function npLeft(doc: DocModel, end: number, lo: number): [number, number] | undefined {
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
    const p = posOf(doc, j);
    if (p === 'PROPN' || p === 'NOUN' || isCap(doc, j)) hasHead = true;
    from = j;
    if (p === 'DET') break;
    j--;
    // "chairwoman of the committee said": keep "of" between nouns.
    if (j > lo && lower(doc, j) === 'of' && npToken(doc, j - 1) && posOf(doc, j + 1) !== 'VERB') j--;
    // "Obama and Clinton said": two names joined.
    else if (j > lo && lower(doc, j) === 'and' && posOf(doc, j + 1) === 'PROPN' && posOf(doc, j - 1) === 'PROPN') j--;
  }
  if (from === -1 || !hasHead) return undefined;
  if (posOf(doc, last) === 'DET' || posOf(doc, last) === 'ADJ') return undefined;
  return [from, last];
}

/** The noun phrase that starts at token `start`, scanning right no further than `hi` (exclusive). */
function npRight(doc: DocModel, start: number, hi: number): [number, number] | undefined {
  let j = start;
  while (j < hi && posOf(doc, j) === 'ADV' && !WH_WORDS.has(lower(doc, j))) j++;
  if (j >= hi) return undefined;
  if (SUBJECT_PRONOUNS.has(lower(doc, j))) return [j, j];
  const from = j;
  let hasHead = false;
  let last = -1;
  while (j < hi && j - from < 10 && npToken(doc, j)) {
    const p = posOf(doc, j);
    if (p === 'PROPN' || p === 'NOUN' || isCap(doc, j)) {
      hasHead = true;
      last = j;
    } else if (p !== 'DET' && p !== 'ADJ' && p !== 'NUM') last = j;
    j++;
  }
  if (!hasHead || last < from) return undefined;
  return [from, last];
}

/** Whether a noun phrase names a document a source put out ("a Nordwire translation", "the ministry's statement"). */
function isDocumentNp(doc: DocModel, np: readonly [number, number]): boolean {
  return DOCUMENT_NOUNS.has(lower(doc, np[1]));
}

/** Skips adverbs and auxiliaries leftwards from `i`. */
function skipLeft(doc: DocModel, i: number, lo: number): number {
  let j = i;
  while (
    j >= lo &&
    ((mayLowerBeIn(doc, j, SKIP_TABLE) && SKIP_BETWEEN.has(lower(doc, j))) ||
      posOf(doc, j) === 'AUX' ||
      (posOf(doc, j) === 'ADV' && !isCap(doc, j)))
  )
    j--;
  return j;
}

function skipRight(doc: DocModel, i: number, hi: number): number {
  let j = i;
  while (
    j < hi &&
    ((mayLowerBeIn(doc, j, SKIP_TABLE) && SKIP_BETWEEN.has(lower(doc, j))) ||
      posOf(doc, j) === 'AUX' ||
      (posOf(doc, j) === 'ADV' && !isCap(doc, j)))
  )
    j++;
  return j;
}

/** The subject of the cue at token `c`: "Lavrov said", "Lavrov, seated across a table from Kim, said". */
function subjectOf(doc: DocModel, c: number, lo: number): [number, number] | undefined {
  let j = skipLeft(doc, c - 1, lo);
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
    for (let k = j - 1; k >= lo && j - k <= 16; k--) {
      if (isTerminator(doc, k)) break;
      if (tt(doc, k) === ',') return npLeft(doc, k - 1, lo);
    }
    return undefined;
  }
  return npLeft(doc, j, lo);
}

// Per list of a document's mentions, the first name mention (in list order) for the key of each last word:
// what looking through the list for a key finds, worked out once per document rather than once per lookup.
const lastWordNames = new WeakMap<readonly PersonMention[], { readonly doc: DocModel; readonly first: Map<string, PersonMention> }>();

/** The first name mention whose last token's {@link nameKey} (hyphenated parts split) is each key. */
function nameByLastWord(doc: DocModel, mentions: readonly PersonMention[]): Map<string, PersonMention> {
  const known = lastWordNames.get(mentions);
  if (known !== undefined && known.doc === doc) return known.first;
  const first = new Map<string, PersonMention>();
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    const key = nameKey(tt(doc, tokenAt(doc, m.end) - 1).split(/[-\u2010\u2011]/u));
    if (!first.has(key)) first.set(key, m);
  }
  lastWordNames.set(mentions, { doc, first });
  return first;
}

/**
 * Turns a speaker noun phrase into a {@link Speaker}: a person's canonical name when the phrase names
 * one (a name, a descriptor, a pronoun resolved before), a news source's canonical name, or the phrase
 * itself ("a source", "officials").
 */
function speakerOf(
  doc: DocModel,
  np: [number, number],
  mentions: readonly PersonMention[],
  index: ActorIndex,
): { speaker: Speaker; source?: string } {
  const span = spanOf(doc, np[0], np[1]);
  const w = lower(doc, np[0]);
  // Mentions are in text order (by start): a binary search finds the first starting at the span's start.
  const lo = lowerBound(mentions.length, (k) => (mentions[k] as PersonMention).start < span.start);
  if (np[0] === np[1] && PRONOUNS.has(w)) {
    // The first pronoun mention starting there (those before `lo` start earlier).
    let m: PersonMention | undefined;
    for (let k = lo; k < mentions.length && (mentions[k] as PersonMention).start === span.start; k++) {
      if ((mentions[k] as PersonMention).kind === 'pronoun') {
        m = mentions[k];
        break;
      }
    }
    const p = m === undefined ? undefined : index.persons.get(m.key);
    if (p !== undefined) return { speaker: { name: p.name, mention: span, kind: 'pronoun' } };
    return { speaker: { name: span.text.toLowerCase(), mention: span, kind: 'pronoun' } };
  }
  // Only the mentions from `lo` on, up to the span's end, can lie inside it (no pass over the document's mentions).
  const inside: PersonMention[] = [];
  for (let k = lo; k < mentions.length; k++) {
    const m = mentions[k] as PersonMention;
    if (m.start > span.end) break;
    if (m.kind !== 'pronoun' && m.end <= span.end) inside.push(m);
  }
  // The head of an English noun phrase comes last: "Clinton spokesman Jesse Lehrich" is Lehrich.
  const named = [...inside].reverse().find((m) => m.kind === 'name') ?? inside[inside.length - 1];
  if (named !== undefined) {
    const p = index.persons.get(named.key);
    if (p !== undefined) return { speaker: { name: p.name, mention: span, kind: named.kind === 'name' ? 'name' : 'descriptor' } };
  }
  // A surname the name finder missed here ("Lynch said", tagged a verb): the person of that name.
  for (let t = np[1]; t >= np[0]; t--) {
    if (!isCap(doc, t) || posOf(doc, t) === 'DET') continue;
    const here = nameByLastWord(doc, mentions).get(nameKey([tt(doc, t)]));
    const p = here === undefined ? undefined : index.persons.get(here.key);
    if (p !== undefined) return { speaker: { name: p.name, mention: span, kind: 'name' } };
    break;
  }
  const bare = span.text.replace(/^(?:the|a|an)\s+/iu, '');
  // The loop below looks at each alias's first occurrence; a phrase with none of them written in it is passed over.
  if (ANY_ALIAS.test(span.text)) {
    for (const [alias, info] of OUTLET_ALIASES) {
      const at = span.text.indexOf(alias);
      if (at === -1) continue;
      const before = span.text[at - 1];
      const after = span.text[at + alias.length];
      if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) {
        return { speaker: { name: info.name, mention: span, kind: 'source' }, source: info.name };
      }
    }
  }
  const bareLower = bare.toLowerCase();
  if (GENERIC_SOURCES.some((g) => bareLower.endsWith(g) && /media|agenc|television|newspaper/u.test(g))) {
    return { speaker: { name: bare, mention: span, kind: 'source' }, source: bare };
  }
  return { speaker: { name: bare.replace(/\s+/gu, ' '), mention: span, kind: 'other' } };
}

/** Any outlet alias written anywhere (no word boundaries): a phrase it does not match contains no alias. */
const ANY_ALIAS = new RegExp([...OUTLET_ALIASES.keys()].map(escapeRegExp).join('|'));

/** A found speaker with how it was found, before the per-quote bookkeeping. */
interface Found {
  readonly np: [number, number];
  readonly cue?: [number, number];
  readonly lemma?: string;
  readonly pattern: AttributionPattern;
}

/** Patterns after the closing mark: `"…," Lavrov said`, `said Lavrov`, `according to Lavrov`. */
function matchAfter(doc: DocModel, after: readonly number[]): Found | undefined {
  let a = 0;
  while (a < after.length && /^[,\u2015\u2014\u2013-]$/u.test(tt(doc, after[a] ?? -1))) a++;
  const first = after[a];
  if (first === undefined) return undefined;
  const hi = (after[after.length - 1] ?? first) + 1;
  if (isLowerWord(doc, first, ACCORDING_TO.first) && isLowerWord(doc, first + 1, ACCORDING_TO.second)) {
    const np = npRight(doc, first + 2, hi);
    // "according to a Nordwire translation" credits a source's document: the speaker is named elsewhere.
    if (np !== undefined && isDocumentNp(doc, np)) return undefined;
    if (np !== undefined) return { np, cue: [first, first + 1], lemma: ACCORDING_TO.lemma, pattern: 'according-to' };
  }
  const s = skipRight(doc, first, hi);
  const cue = cueAt(doc, s);
  if (cue !== undefined && cue.kind !== 'belief' && cue.lemma !== 'tell') {
    const np = npRight(doc, s + 1, hi);
    if (np !== undefined) return { np, cue: [s, s], lemma: cue.lemma, pattern: 'quote-cue-speaker' };
  }
  const np = npRight(doc, first, hi);
  if (np === undefined) return undefined;
  let k = np[1] + 1;
  // "“…” ― Jorge Falcon": a name after a dash, alone at the end of its line, signs the quote.
  if (
    a > 0 &&
    /^[\u2015\u2014\u2013-]$/u.test(tt(doc, after[a - 1] ?? -1)) &&
    (k >= hi || !doc.text.slice(doc.tokens.end[np[1]], doc.tokens.start[k]).match(/^[^\n]*$/u) || isTerminator(doc, k))
  ) {
    return { np, pattern: 'dash' };
  }
  if (tt(doc, k) === '(') {
    const close = after.findIndex((t) => t > k && tt(doc, t) === ')');
    if (close !== -1 && (after[close] ?? 0) - k <= 8) k = (after[close] ?? k) + 1;
  }
  if (tt(doc, k) === ',') {
    // "Lavrov, seated across a table from Kim, said"
    let close = -1;
    for (let m = k + 1; m < hi && m - k <= 16; m++) {
      if (isTerminator(doc, m)) break;
      if (tt(doc, m) === ',') {
        close = m;
        break;
      }
    }
    if (close === -1) return undefined;
    k = close + 1;
  }
  k = skipRight(doc, k, hi);
  // "Lavrov was quoted as saying"
  if (lower(doc, k) === 'quoted' && lower(doc, k + 1) === 'as' && lower(doc, k + 2) === 'saying') {
    return { np, cue: [k, k + 2], lemma: 'quote', pattern: 'quoted-as-saying' };
  }
  const c = cueAt(doc, k);
  if (c !== undefined && k < hi) return { np, cue: [k, k], lemma: c.lemma, pattern: 'quote-speaker-cue' };
  return undefined;
}

/** Patterns before the opening mark: `Lavrov said: "…"`, `Kim complained of "…"`, a colon introduction. */
function matchBefore(doc: DocModel, before: readonly number[]): Found | undefined {
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
    if (isLowerWord(doc, i, ACCORDING_TO.first) && isLowerWord(doc, i + 1, ACCORDING_TO.second)) {
      const np = npRight(doc, i + 2, (before[before.length - 1] ?? i) + 1);
      if (np !== undefined && !isDocumentNp(doc, np)) return { np, cue: [i, i + 1], lemma: ACCORDING_TO.lemma, pattern: 'according-to' };
    }
    // "Trump’s claim that there have been "…"": a possessor's words.
    if (
      mayLowerBeIn(doc, i, NOMINAL_TABLE) &&
      NOMINAL_CUES.has(lower(doc, i)) &&
      /^['\u2019]s$/u.test(tt(doc, i - 1)) &&
      before.length - 1 - b <= MAX_BELIEF_DISTANCE
    ) {
      const np = npLeft(doc, i - 2, runStart);
      if (np !== undefined) return { np, cue: [i, i], lemma: lower(doc, i), pattern: 'speaker-cue-quote' };
    }
    const cue = cueAt(doc, i);
    if (cue === undefined) continue;
    // "quoted Kim as saying", "Lavrov was quoted as saying"
    if (lower(doc, i) === 'saying' && lower(doc, i - 1) === 'as') {
      if (lower(doc, i - 2) === 'quoted') {
        const np = subjectOf(doc, i - 2, runStart);
        if (np !== undefined) return { np, cue: [i - 2, i], lemma: 'quote', pattern: 'quoted-as-saying' };
      }
      const np = npLeft(doc, i - 2, runStart);
      if (np !== undefined && lower(doc, np[0] - 1) === 'quoted')
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
    const np = subjectOf(doc, i, runStart);
    if (np === undefined) continue;
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
    const np = clauseSubject(doc, from, last) ?? clauseSubject(doc, lo, last);
    if (np !== undefined) return { np, pattern: 'colon' };
  }
  return undefined;
}

/** The character range of a quote, marks included. @internal */
export function quoteRange(q: MarkedQuote): Range {
  const first = q.pieces[0];
  const last = q.pieces[q.pieces.length - 1];
  return { start: first?.open?.start ?? first?.start ?? 0, end: last?.close?.end ?? last?.end ?? 0 };
}

// Per list of quote ranges (one per document), which tokens start inside one of them: every quote of a
// document asks this of the tokens around it, and the ranges do not change.
const insideMasks = new WeakMap<readonly Range[], { readonly doc: DocModel; readonly mask: Uint8Array }>();

/** Per token of `doc`, 1 when it starts inside one of `ranges` (`r.start <= start < r.end`). @internal */
export function insideMask(doc: DocModel, ranges: readonly Range[]): Uint8Array {
  const known = insideMasks.get(ranges);
  if (known !== undefined && known.doc === doc) return known.mask;
  const n = doc.tokens.count;
  const mask = new Uint8Array(n);
  for (const r of ranges) {
    for (let i = tokenAt(doc, r.start); i < n && (doc.tokens.start[i] ?? 0) < r.end; i++) mask[i] = 1;
  }
  insideMasks.set(ranges, { doc, mask });
  return mask;
}

/**
 * The words around a quote that may attribute it: back to its sentence's start (other quotes left
 * out) and on to its sentence's end or the next quote, within its paragraphs.
 * @internal
 */
export function quoteContext(doc: DocModel, q: MarkedQuote, all: readonly Range[], paragraphs: readonly Range[]): QuoteContext {
  const r = quoteRange(q);
  const firstPara = paragraphs[q.pieces[0]?.paragraph ?? 0] ?? r;
  const lastPara = paragraphs[q.pieces[q.pieces.length - 1]?.paragraph ?? 0] ?? r;
  const inQuote = insideMask(doc, all);
  const { start: starts, end: ends, count } = doc.tokens;
  const text = doc.text;
  // The one unit of a token of one unit, -1 for longer ones: what isCharToken and isTerminator compare.
  const unit = (i: number): number => {
    const at = starts[i] ?? 0;
    return (ends[i] ?? 0) - at === 1 ? text.charCodeAt(at) : -1;
  };
  const before: number[] = [];
  let closers = 0;
  for (let i = tokenBefore(doc, r.start); i >= 0 && (starts[i] ?? 0) >= firstPara.start; i--) {
    if (inQuote[i] === 1) continue;
    const c = unit(i);
    if (c === 41 /* ) */) closers++;
    else if (c === 40 /* ( */) closers = Math.max(0, closers - 1);
    else if ((closers === 0 && (c === 46 || c === 33 || c === 63)) /* . ! ? */ || isBoiler(doc, i)) break;
    before.push(i);
  }
  before.reverse(); // collected right to left
  const after: number[] = [];
  let depth = 0; // a full stop inside "(D-Ore.)" ends no sentence
  for (let i = tokenAt(doc, r.end); i < count && (ends[i] ?? 0) <= lastPara.end; i++) {
    if (inQuote[i] === 1 || isBoiler(doc, i)) break;
    after.push(i);
    const c = unit(i);
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === 46 || c === 33 || c === 63) /* . ! ? */) break;
  }
  const clauseStart = before.length > 0 ? (doc.tokens.start[before[0] ?? 0] ?? r.start) : r.start;
  const clauseEnd = after.length > 0 ? (doc.tokens.end[after[after.length - 1] ?? 0] ?? r.end) : r.end;
  return { before, after, clause: { start: clauseStart, end: clauseEnd } };
}

/** Whether the after-words may attribute this quote (a quote ending "," or "?" and "he said"). */
function afterAllowed(doc: DocModel, q: MarkedQuote, after: readonly number[]): boolean {
  const last = q.pieces[q.pieces.length - 1];
  if (last === undefined || after.length === 0) return false;
  const tail = doc.text.slice(Math.max(last.start, last.end - 2), last.end);
  const first = after[0] ?? 0;
  if (/[,\u2014\u2013\u2026-]$/u.test(tail) || /^[,\u2015\u2014\u2013-]$/u.test(tt(doc, first))) return true;
  if (!/[\p{P}]$/u.test(tail)) {
    // A fragment mid-sentence ("called it “a fraud” when he said …"): only a comma hands it on.
    return /^[,\u2014\u2013-]$/u.test(tt(doc, first));
  }
  if (/[.!?]$/u.test(tail)) {
    // A full stop inside the marks ends the sentence unless a lower-case cue or pronoun follows.
    const w = tt(doc, first);
    return /^\p{Ll}/u.test(w) || (cueAt(doc, first) !== undefined && !isCap(doc, first));
  }
  return true;
}

/**
 * Attributes one quote from the words around it (see {@link AttributionPattern}); `undefined` when
 * nothing does.
 * @internal
 */
export function attributeQuote(
  doc: DocModel,
  q: MarkedQuote,
  ctx: QuoteContext,
  prevParagraph: readonly number[] | undefined,
  mentions: readonly PersonMention[],
  index: ActorIndex,
): Attribution | undefined {
  const make = (f: Found): Attribution => {
    const { speaker, source } = speakerOf(doc, f.np, mentions, index);
    const cue = f.cue === undefined ? undefined : spanOf(doc, f.cue[0], f.cue[1]);
    return {
      speaker,
      ...(cue !== undefined && { cue }),
      ...(f.lemma !== undefined && { cueLemma: f.lemma }),
      pattern: f.pattern,
      ...(source !== undefined && { sourceName: source, sourceMention: speaker.mention }),
    };
  };
  const after = afterAllowed(doc, q, ctx.after) ? matchAfter(doc, ctx.after) : undefined;
  const before = matchBefore(doc, ctx.before);
  const a = after === undefined ? undefined : make(after);
  const b = before === undefined ? undefined : make(before);
  // "He said Russia "…," Reuters reported": the person speaks, the agency is credited.
  if (a !== undefined && b !== undefined && a.speaker.kind === 'source' && b.speaker.kind !== 'source') {
    return { ...b, ...(a.sourceName !== undefined && { sourceName: a.sourceName, sourceMention: a.sourceMention }) };
  }
  if (a !== undefined) return a;
  if (b !== undefined) return b;
  if (ctx.before.length === 0 && prevParagraph !== undefined && prevParagraph.length > 0) {
    const lastTok = prevParagraph[prevParagraph.length - 1] ?? -1;
    if (tt(doc, lastTok) === ':' || tt(doc, lastTok) === ',') {
      const intro = matchBefore(doc, prevParagraph);
      if (intro !== undefined) return { ...make(intro), pattern: 'intro-paragraph' };
    }
  }
  return undefined;
}
