import { tokenText, type Corpus } from '../../document/model.js';
import { foldCharacters } from '../../document/normalize.js';
import { nearSynonyms, type ClusterLexicon } from './lexicon.js';
import type { WordSimilarity } from './types.js';
import { sameSpeaker, type Idf, type QuoteView } from './views.js';

/** A sequence of weighted word tokens of one document: a quote, or a sentence reported in indirect speech. @internal */
export interface WordSeq {
  readonly doc: QuoteView['doc'];
  readonly toks: readonly number[];
  readonly keys: readonly number[];
  readonly weights: readonly number[];
  readonly stop: readonly boolean[];
  readonly total: number;
}

/** One word of A matched to one word of B. @internal */
export interface WordMatch {
  /** Position in A's `toks`. */
  readonly i: number;
  /** Position in B's `toks`. */
  readonly j: number;
  /** 1 for the same lemma, less for near-synonyms. */
  readonly sim: number;
  /** Whether the lemmas are the same. */
  readonly exact: boolean;
}

/**
 * Decides how similar two words are: same lemma, near-synonyms (table), or the user's provider. Results
 * for key pairs are memoized, and the provider is asked with the pair in sorted order so that it cannot
 * make the score asymmetric.
 * @internal
 */
export class WordMatcher {
  private readonly memo = new Map<number, number>();
  /** Vocabulary ids of the keys that stand in a near-synonym group: most words stand in none. */
  private readonly inGroup: ReadonlySet<number>;

  constructor(
    readonly corpus: Corpus,
    private readonly lex: ClusterLexicon,
    private readonly provider: WordSimilarity | undefined,
  ) {
    const ids = new Set<number>();
    for (const key of lex.synonymGroups.keys()) {
      const id = corpus.vocab.lookup(key);
      if (id !== -1) ids.add(id);
    }
    this.inGroup = ids;
  }

  /** Similarity of token `ta` of `a` and token `tb` of `b` (positions in their `toks`), in [0, 1]. */
  sim(a: WordSeq, ia: number, b: WordSeq, ib: number): number {
    const ka = a.keys[ia] ?? -1;
    const kb = b.keys[ib] ?? -2;
    if (ka === kb) return 1;
    if (a.stop[ia] === true || b.stop[ib] === true) return 0;
    // Without a provider only the table can match two different words: skip the memo for the many
    // words it does not hold.
    if (this.provider === undefined && !(this.inGroup.has(ka) && this.inGroup.has(kb))) return 0;
    // One number per unordered pair of vocabulary ids (ids stay far below 2^26): no string per lookup.
    const memoKey = Math.min(ka, kb) * 67_108_864 + Math.max(ka, kb);
    const known = this.memo.get(memoKey);
    if (known !== undefined) return known;
    const p = this.lex.params.match;
    const sa = this.corpus.vocab.str(ka);
    const sb = this.corpus.vocab.str(kb);
    let v = 0;
    if (nearSynonyms(this.lex, sa, sb)) v = p.nearSynonym;
    else if (this.provider !== undefined) {
      const wa = foldCharacters(tokenText(a.doc, a.toks[ia] ?? 0)).toLowerCase();
      const wb = foldCharacters(tokenText(b.doc, b.toks[ib] ?? 0)).toLowerCase();
      if (/^\p{L}{3,}$/u.test(wa) && /^\p{L}{3,}$/u.test(wb)) {
        const [x, y] = wa <= wb ? [wa, wb] : [wb, wa];
        const s = this.provider(x, y);
        if (s >= p.minProviderSimilarity) v = s * p.provider;
      }
    }
    this.memo.set(memoKey, v);
    return v;
  }

  /**
   * Matches the words of A to words of B one to one, best first: higher similarity, then closer
   * relative position (so that a repeated word pairs with its counterpart), then text order.
   */
  match(a: WordSeq, b: WordSeq): WordMatch[] {
    const cands: { i: number; j: number; sim: number; d: number }[] = [];
    const na = a.toks.length;
    const nb = b.toks.length;
    const push = (i: number, j: number): void => {
      const sim = this.sim(a, i, b, j);
      if (sim > 0) cands.push({ i, j, sim, d: Math.abs(i / Math.max(1, na) - j / Math.max(1, nb)) });
    };
    if (this.provider !== undefined) {
      for (let i = 0; i < na; i++) for (let j = 0; j < nb; j++) push(i, j);
    } else {
      // Without a provider a word matches only the same key or a near-synonym in the table: look those
      // up instead of trying every pair of words.
      const sameKey = new Map<number, number[]>();
      const grouped: number[] = [];
      for (let j = 0; j < nb; j++) {
        const k = b.keys[j] ?? -1;
        const list = sameKey.get(k);
        if (list === undefined) sameKey.set(k, [j]);
        else list.push(j);
        if (b.stop[j] !== true && this.inGroup.has(k)) grouped.push(j);
      }
      for (let i = 0; i < na; i++) {
        const k = a.keys[i] ?? -1;
        for (const j of sameKey.get(k) ?? []) push(i, j);
        if (a.stop[i] === true || !this.inGroup.has(k)) continue;
        for (const j of grouped) if ((b.keys[j] ?? -1) !== k) push(i, j);
      }
    }
    cands.sort((x, y) => y.sim - x.sim || x.d - y.d || x.i - y.i || x.j - y.j);
    const usedA = new Uint8Array(na);
    const usedB = new Uint8Array(nb);
    const out: WordMatch[] = [];
    for (const c of cands) {
      if (usedA[c.i] || usedB[c.j]) continue;
      usedA[c.i] = 1;
      usedB[c.j] = 1;
      out.push({ i: c.i, j: c.j, sim: c.sim, exact: c.sim === 1 && a.keys[c.i] === b.keys[c.j] });
    }
    return out.sort((x, y) => x.i - y.i);
  }
}

/** The evidence of one pair of quotes. @internal */
export interface PairFeatures {
  readonly matches: readonly WordMatch[];
  /** Matched weight (similarity × mean weight of the two words). */
  readonly matched: number;
  /** Matched weight counting exact lemmas only. */
  readonly exactMatched: number;
  /** 2·matched / (W_A + W_B). */
  readonly dice: number;
  /** matched / min(W_A, W_B): how much of the shorter quote the longer one covers. */
  readonly containment: number;
  /** Lexical evidence used for the link: containment for a qualifying partial quote, dice otherwise. */
  readonly lexical: number;
  readonly speaker: 'same' | 'unknown' | 'different';
  /** Rare words (or `a~b` near-synonym pairs) the two share. */
  readonly sharedRare: readonly string[];
  readonly context: boolean;
  readonly cue: boolean;
  readonly score: number;
  /** Whether the pair counts as one remark. */
  readonly linked: boolean;
}

/** Rounds a score to 4 decimals so reports stay short and byte-stable. @internal */
export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** The word-level evidence of a pair, which depends only on the two quotes' words. @internal */
export interface LexicalCore {
  readonly matches: readonly WordMatch[];
  readonly matched: number;
  readonly exactMatched: number;
  readonly dice: number;
  readonly containment: number;
  readonly lexical: number;
  readonly rare: readonly string[];
}

/**
 * Compares the words of two quotes (x before y in id order): one-to-one matches, IDF-weighted overlap,
 * containment of a partial quote, shared rare words and runs. Two quotes with the same words give the
 * same core, so callers may cache it by the quotes' word sequences.
 * @internal
 */
export function lexicalCore(x: QuoteView, y: QuoteView, matcher: WordMatcher, lex: ClusterLexicon, idf: Idf): LexicalCore {
  const p = lex.params;
  const matches = matcher.match(x, y);
  let matched = 0;
  let exactMatched = 0;
  const rare: string[] = [];
  let xShortRare = 0;
  for (const m of matches) {
    const wx = x.weights[m.i] ?? 0;
    const wy = y.weights[m.j] ?? 0;
    const w = (m.sim * (wx + wy)) / 2;
    matched += w;
    if (m.exact) exactMatched += w;
    const kx = x.keys[m.i] ?? -1;
    const ky = y.keys[m.j] ?? -1;
    if (x.stop[m.i] !== true && y.stop[m.j] !== true && (idf.rare(kx) || idf.rare(ky))) {
      const sx = matcher.corpus.vocab.str(kx);
      const sy = matcher.corpus.vocab.str(ky);
      rare.push(kx === ky ? sx : [sx, sy].sort().join('~'));
      xShortRare++;
    }
  }
  rare.sort();
  const dice = x.total + y.total > 0 ? (2 * matched) / (x.total + y.total) : 0;
  const short = x.total <= y.total ? x : y;
  const containment = Math.min(1, short.total > 0 ? matched / short.total : 0);
  const shortMatchedContent = matches.filter((m) => (short === x ? x.stop[m.i] : y.stop[m.j]) !== true).length;
  // A partial quote counts by containment when the longer quote holds nearly all of it and it says
  // something specific: two content words, or a run of several words, with a rare one among them.
  const qualifies =
    containment >= 0.9 &&
    (shortMatchedContent >= p.link.minContainmentWords || (shortMatchedContent >= 1 && short.toks.length >= p.link.minContainmentRun)) &&
    xShortRare >= p.link.minContainmentRare &&
    short.contentCount <= shortMatchedContent + 1;
  // A long run of the same words (MemeTracker's evidence) ties two quotes that overlap only in part:
  // one outlet quotes the first half of a statement with a sentence of the second, another the rest.
  const run = sharedRun(x, y);
  const runs = run.length >= p.link.minSharedRun && run.content >= p.link.minSharedRunContent;
  const lexical = Math.min(1, Math.max(qualifies ? Math.max(dice, containment) : dice, runs ? p.link.sharedRunLexical : 0));
  return { matches, matched, exactMatched, dice, containment, lexical, rare };
}

/**
 * Scores one pair of quotes (from different documents, or the same one when checking compatibility):
 * IDF-weighted lemma overlap with near-synonyms, shared rare words, same speaker, surrounding aligned
 * passages and cue. Symmetric: (a, b) and (b, a) give the same score.
 * @internal
 */
export function pairFeatures(
  a: QuoteView,
  b: QuoteView,
  matcher: WordMatcher,
  lex: ClusterLexicon,
  idf: Idf,
  minLinkScore: number,
  coreOf?: (x: QuoteView, y: QuoteView) => LexicalCore,
): PairFeatures {
  const p = lex.params;
  // Match from the lower id side so that greedy ties break the same way whichever order we are called in.
  const swap = a.quote.id > b.quote.id;
  const [x, y] = swap ? [b, a] : [a, b];
  const core = coreOf === undefined ? lexicalCore(x, y, matcher, lex, idf) : coreOf(x, y);
  const { matches, matched, exactMatched, dice, containment, lexical, rare } = core;
  const short = x.total <= y.total ? x : y;

  let speaker: PairFeatures['speaker'] = 'unknown';
  if (x.speakerParts !== null && y.speakerParts !== null) {
    speaker = sameSpeaker(x.speakerParts, y.speakerParts) ? 'same' : x.speakerWeak || y.speakerWeak ? 'unknown' : 'different';
  }
  let context = false;
  for (const id of x.context) if (y.context.has(id)) context = true;
  const cx = x.quote.cueLemma ?? x.quote.cue?.toLowerCase();
  const cy = y.quote.cueLemma ?? y.quote.cue?.toLowerCase();
  const cue = cx !== undefined && cx === cy;

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
  const wholeInside = matches.length === short.toks.length && matches.every((m) => m.exact);
  if (Math.min(x.contentCount, y.contentCount) < 2 && (speaker !== 'same' || (lexical < p.link.oneWordMinLexical && !wholeInside))) {
    linked = false;
  }
  // Many words the same (or one quote held whole in the other) outweigh two attributions that disagree:
  // one of them is wrong, or one outlet credits the words to whoever relayed them.
  if (
    speaker === 'different' &&
    !(lexical >= p.link.conflictOverrideLexical && Math.min(x.contentCount, y.contentCount) >= p.link.conflictOverrideWords)
  ) {
    linked = false;
  }
  // Below the threshold on words alone, only a translation's signature links one speaker's quotes:
  // several rare words shared, at least two of them as near-synonym pairs (hegemonism~domination).
  if (
    lexical < Math.min(minLinkScore, p.link.translationBelowLexical) &&
    (speaker !== 'same' || rare.length < p.link.translationMinRare || rare.filter((r) => r.includes('~')).length < p.link.translationMinSynonyms)
  ) {
    linked = false;
  }

  return {
    matches: swap ? matches.map((m) => ({ ...m, i: m.j, j: m.i })).sort((u, v) => u.i - v.i) : matches,
    matched,
    exactMatched,
    dice,
    containment,
    lexical,
    speaker,
    sharedRare: rare,
    context,
    cue,
    score,
    linked,
  };
}

/** The longest run of consecutive words two quotes share (same lemmas), with its count of content words. */
export function sharedRun(a: WordSeq, b: WordSeq): { length: number; content: number } {
  const m = b.toks.length;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  let prevC = new Int32Array(m + 1);
  let curC = new Int32Array(m + 1);
  let best = { length: 0, content: 0 };
  for (let i = 1; i <= a.toks.length; i++) {
    for (let j = 1; j <= m; j++) {
      if (a.keys[i - 1] === b.keys[j - 1]) {
        cur[j] = (prev[j - 1] ?? 0) + 1;
        curC[j] = (prevC[j - 1] ?? 0) + (a.stop[i - 1] === true ? 0 : 1);
        const len = cur[j] ?? 0;
        const c = curC[j] ?? 0;
        if (len > best.length || (len === best.length && c > best.content)) best = { length: len, content: c };
      } else {
        cur[j] = 0;
        curC[j] = 0;
      }
    }
    [prev, cur] = [cur, prev];
    [prevC, curC] = [curC, prevC];
  }
  return best;
}
