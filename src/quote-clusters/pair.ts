import { beyondStockPhrases } from './stock-phrases.js';
import type { ClusterLexicon } from '../lexicon/cluster-words.js';
import { sharedRun } from './shared-run.js';
import type { QuoteClusterLink } from './types.js';
import { sameSpeaker, type Idf, type QuoteView } from './views.js';
import type { WordMatcher } from './word-matcher.js';

/**
 * The evidence of one pair of quotes: the fields a reported link carries (score, lexical, speaker, shared
 * rare words, context, cue), plus what they were computed from. @internal
 */
export interface PairFeatures extends Omit<QuoteClusterLink, 'a' | 'b'> {
  /** Matched weight (similarity × mean weight of the two words). */
  readonly matched: number;
  /** Matched weight counting exact lemmas only. */
  readonly exactMatched: number;
  /** 2·matched / (W_A + W_B). */
  readonly dice: number;
  /** matched / min(W_A, W_B): how much of the shorter quote the longer one covers. */
  readonly containment: number;
  /** Whether the pair counts as one remark. */
  readonly linked: boolean;
}

// One rounding for every stage (src/util/numbers.ts); re-exported for this folder's other files.
export { round4 } from '../util/numbers.js';

/**
 * The word-level evidence of a pair, which depends only on the two quotes' words. It keeps numbers,
 * not the word matches: a corpus has hundreds of thousands of candidate pairs.
 * @internal
 */
export interface LexicalCore {
  readonly matched: number;
  readonly exactMatched: number;
  readonly dice: number;
  readonly containment: number;
  readonly lexical: number;
  readonly rare: readonly string[];
  /** Whether every word of the shorter quote is matched to the same word in the other. */
  readonly wholeInside: boolean;
}

const NO_RARE: readonly string[] = Object.freeze([]);

/**
 * Compares the words of two quotes (x before y in id order): one-to-one matches, IDF-weighted overlap,
 * containment of a partial quote, shared rare words and runs. Two quotes with the same words give the
 * same core, so callers may cache it by the quotes' word sequences.
 * @internal
 */
export function lexicalCore(x: QuoteView, y: QuoteView, matcher: WordMatcher, lex: ClusterLexicon, idf: Idf): LexicalCore {
  const p = lex.params;
  const buf = matcher.matchInto(x, y);
  const short = x.total <= y.total ? x : y;
  let matched = 0;
  let exactMatched = 0;
  let rare: string[] | undefined;
  let exactCount = 0;
  let shortMatchedContent = 0;
  for (let k = 0; k < buf.count; k++) {
    const i = buf.i[k] ?? 0;
    const j = buf.j[k] ?? 0;
    const sim = buf.sim[k] ?? 0;
    const w = (sim * ((x.weights[i] ?? 0) + (y.weights[j] ?? 0))) / 2;
    matched += w;
    const kx = x.keys[i] ?? -1;
    const ky = y.keys[j] ?? -1;
    if (sim === 1 && kx === ky) {
      exactMatched += w;
      exactCount++;
    }
    if ((short === x ? x.stop[i] : y.stop[j]) !== true) shortMatchedContent++;
    if (x.stop[i] !== true && y.stop[j] !== true && (idf.rare(kx) || idf.rare(ky))) {
      const sx = matcher.corpus.vocab.str(kx);
      const sy = matcher.corpus.vocab.str(ky);
      (rare ??= []).push(kx === ky ? sx : [sx, sy].sort().join('~'));
    }
  }
  rare?.sort();
  const dice = x.total + y.total > 0 ? (2 * matched) / (x.total + y.total) : 0;
  const containment = Math.min(1, short.total > 0 ? matched / short.total : 0);
  // A partial quote counts by containment when the longer quote holds nearly all of it and it says
  // something specific: two content words, or a run of several words, with a rare one among them.
  const qualifies =
    containment >= 0.9 &&
    (shortMatchedContent >= p.link.minContainmentWords || (shortMatchedContent >= 1 && short.toks.length >= p.link.minContainmentRun)) &&
    (rare?.length ?? 0) >= p.link.minContainmentRare &&
    short.contentCount <= shortMatchedContent + 1;
  const base = qualifies ? Math.max(dice, containment) : dice;
  // A long run of the same words (MemeTracker's evidence) ties two quotes that overlap only in part:
  // one outlet quotes the first half of a statement with a sentence of the second, another the rest.
  // It can only raise a lower score, and a run is never longer than the words matched exactly nor
  // than a stretch of x's words that y holds.
  let runs = false;
  if (
    base < p.link.sharedRunLexical &&
    exactCount >= p.link.minSharedRun &&
    matcher.longestSharedStretch(x.toks.length) >= p.link.minSharedRun
  ) {
    const run = sharedRun(x, y);
    runs = run.length >= p.link.minSharedRun && run.content >= p.link.minSharedRunContent;
  }
  const lexical = Math.min(1, Math.max(base, runs ? p.link.sharedRunLexical : 0));
  const wholeInside = buf.count === short.toks.length && exactCount === buf.count;
  return { matched, exactMatched, dice, containment, lexical, rare: rare ?? NO_RARE, wholeInside };
}

/**
 * Whether two quotes cannot be linked whatever their words: two different speakers (one remark has one
 * speaker), or a one-word quote without one speaker named for both (the rules of
 * {@link pairFeatures}, read before any word is compared). `speaker` is {@link speakerRelation} of the
 * two, for a caller that has it already.
 * @internal
 */
export function cannotLink(
  a: QuoteView,
  b: QuoteView,
  lex: ClusterLexicon,
  speaker: PairFeatures['speaker'] = speakerRelation(a, b),
): boolean {
  // Two different speakers never link (pairFeatures): one remark has one speaker.
  if (speaker === 'different') return true;
  return speaker !== 'same' && Math.min(a.contentCount, b.contentCount) < 2;
}

/**
 * The least lexical evidence a link needs with this speaker relation: an unknown speaker needs many
 * words alike, two different ones nearly all; one speaker, none beyond the other rules.
 * @internal
 */
export function minLexicalFor(speaker: PairFeatures['speaker'], lex: ClusterLexicon): number {
  if (speaker === 'unknown') return lex.params.link.unknownSpeakerMinLexical;
  return speaker === 'different' ? lex.params.link.conflictOverrideLexical : 0;
}

/**
 * Whether the named speakers of two quotes are one person, two, or unknown (a missing or inferred name).
 * @internal
 */
export function speakerRelation(x: QuoteView, y: QuoteView): PairFeatures['speaker'] {
  if (x.speakerParts === null || y.speakerParts === null) return 'unknown';
  return sameSpeaker(x.speakerParts, y.speakerParts) ? 'same' : x.speakerWeak || y.speakerWeak ? 'unknown' : 'different';
}

/**
 * Scores one pair of quotes (from different documents, or the same one when checking compatibility):
 * IDF-weighted lemma overlap with near-synonyms, shared rare words, same speaker, surrounding aligned
 * passages and cue. Symmetric: (a, b) and (b, a) give the same score. `coreOf` may give the word-level
 * core (lexicalCore from the side with the lower quote id) or a function serving it from a cache, and
 * `relation` is {@link speakerRelation} of the two, for a caller that has them already.
 * @internal
 */
export function pairFeatures(
  a: QuoteView,
  b: QuoteView,
  matcher: WordMatcher,
  lex: ClusterLexicon,
  idf: Idf,
  minLinkScore: number,
  coreOf?: LexicalCore | ((x: QuoteView, y: QuoteView) => LexicalCore),
  relation?: PairFeatures['speaker'],
): PairFeatures {
  const p = lex.params;
  // Match from the lower id side so that greedy ties break the same way whichever order we are called in.
  const swap = a.quote.id > b.quote.id;
  const [x, y] = swap ? [b, a] : [a, b];
  const core = coreOf === undefined ? lexicalCore(x, y, matcher, lex, idf) : typeof coreOf === 'function' ? coreOf(x, y) : coreOf;
  const { matched, exactMatched, dice, containment, lexical, rare, wholeInside } = core;

  const speaker = relation ?? speakerRelation(x, y);
  const context = sharesContext(x, y);
  const cue = sameCue(x, y);

  const score = Math.min(
    1,
    lexical +
      (speaker === 'same' ? p.link.sameSpeakerBonus : 0) +
      (context ? p.link.contextBonus : 0) +
      (cue ? p.link.cueBonus : 0) +
      Math.min(p.link.maxRareWordBonus, p.link.rareWordBonus * rare.length),
  );

  let linked = score >= minLinkScore && lexical >= p.link.translationMinLexical;
  if (rare.length === 0 && !(dice >= 0.9 && Math.min(x.contentCount, y.contentCount) >= 4)) linked = false;
  if (speaker === 'unknown' && lexical < p.link.unknownSpeakerMinLexical) linked = false;
  // One word in quote marks ("Today", "misleading") is a title or a term unless one speaker is named for both.
  // and, even then, only in nearly the same words ("He's cool" is not "I'm not that cool").
  // A one-word partial quote ("whipsawed") held word for word in the other counts too.
  if (Math.min(x.contentCount, y.contentCount) < 2 && (speaker !== 'same' || (lexical < p.link.oneWordMinLexical && !wholeInside))) {
    linked = false;
  }
  // One remark has one speaker: two quotes credited to two different people are two remarks, however alike.
  if (speaker === 'different') linked = false;
  // Below the threshold on words alone, only a translation's signature links one speaker's quotes:
  // several rare words shared, at least two of them as near-synonym pairs (hegemonism~domination).
  if (
    lexical < Math.min(minLinkScore, p.link.translationBelowLexical) &&
    (speaker !== 'same' ||
      rare.length < p.link.translationMinRare ||
      rare.filter((r) => r.includes('~')).length < p.link.translationMinSynonyms)
  ) {
    linked = false;
  }

  // Words of a stock phrase both hold ("witch hunt", "bad deal") are no sign of one remark: a speaker repeats
  // them on many occasions. Unless nearly all words are the same, something rare must be shared beyond them.
  if (linked) {
    const beyond = beyondStockPhrases(x, y, rare, (k) => matcher.corpus.vocab.str(k));
    if (beyond.rare.length === 0 && !(dice >= 0.9 && beyond.content >= 4)) linked = false;
  }

  return { matched, exactMatched, dice, containment, lexical, speaker, sharedRare: rare, context, cue, score, linked };
}

/**
 * Whether an aligned passage stands around both quotes (the context of {@link pairFeatures}). Symmetric.
 * @param x - one quote
 * @param y - the other
 * @returns whether their sentences overlap members of one alignment
 * @example
 * sharesContext(viewInA1, viewInA1Too) //=> true
 * @internal
 */
export function sharesContext(x: QuoteView, y: QuoteView): boolean {
  for (const id of x.context) if (y.context.has(id)) return true;
  return false;
}

/**
 * Whether two quotes have the same cue verb (its lemma, or the cue in lower case): the cue of
 * {@link pairFeatures}. Symmetric.
 * @param x - one quote
 * @param y - the other
 * @returns whether both have a cue and it is the same
 * @example
 * sameCue(saidInA, saysInB) //=> true (cue lemma "say")
 * @internal
 */
export function sameCue(x: QuoteView, y: QuoteView): boolean {
  const cx = x.quote.cueLemma ?? x.quote.cue?.toLowerCase();
  const cy = y.quote.cueLemma ?? y.quote.cue?.toLowerCase();
  return cx !== undefined && cx === cy;
}
