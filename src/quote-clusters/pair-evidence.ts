import type { ClusterLexicon } from '../lexicon/cluster-words.js';
import { lexicalCore, pairFeatures, sameCue, sharesContext, speakerRelation, type LexicalCore, type PairFeatures } from './pair.js';
import { sameSpeaker, type Idf, type QuoteView } from './views.js';
import type { WordMatcher } from './word-matcher.js';
import type { WordSequences } from './word-sequences.js';

/** A pair's speaker relation, context and cue: the cases one lexical core's features are kept under. */
const RELATION_CASE: Readonly<Record<PairFeatures['speaker'], number>> = { same: 0, unknown: 1, different: 2 };

/** The index of a pair's case among the 3 × 2 × 2 cases of one core. */
function caseIndex(relation: PairFeatures['speaker'], context: boolean, cue: boolean): number {
  return RELATION_CASE[relation] * 4 + (context ? 2 : 0) + (cue ? 1 : 0);
}

/**
 * The evidence of pairs of views (by view index) for one clustering run, each computed once: the
 * word-level core per pair of word sequences (copies of a wire quote share it), the features per core
 * and case (relation, context, cue), and whether two speaker spellings name one person.
 * @internal
 */
export class PairEvidence {
  private readonly cores = new Map<number, Map<number, LexicalCore>>();
  private readonly features = new Map<LexicalCore, (PairFeatures | undefined)[]>();
  /** Each view's speaker spelling as a small id (-1 for none). */
  private readonly speakerOf: readonly number[];
  /** Whether two speaker spellings (by id) are one person, asked once per pair of spellings. */
  private readonly sameSpeakers = new Map<number, Map<number, boolean>>();

  /**
   * @param views - the views, in report order
   * @param seqs - their word sequences
   * @param matcher - the word matcher
   * @param lex - the lexicon
   * @param idf - the corpus IDF
   * @param minLinkScore - the least score of a link
   */
  constructor(
    readonly views: readonly QuoteView[],
    readonly seqs: WordSequences,
    private readonly matcher: WordMatcher,
    private readonly lex: ClusterLexicon,
    private readonly idf: Idf,
    private readonly minLinkScore: number,
  ) {
    const spellings = new Map<string, number>();
    this.speakerOf = views.map((v) => {
      if (v.speakerParts === null) return -1;
      const sig = JSON.stringify(v.speakerParts);
      let id = spellings.get(sig);
      if (id === undefined) spellings.set(sig, (id = spellings.size));
      return id;
    });
  }

  /**
   * The word-level core of a pair, as {@link pairFeatures} takes it: from the side with the lower quote id.
   * @param x - a view index
   * @param y - another
   * @returns the core, computed once per pair of word sequences
   */
  core(x: number, y: number): LexicalCore {
    const vx = this.views[x] as QuoteView;
    const vy = this.views[y] as QuoteView;
    const [lo, hi] = vx.quote.id > vy.quote.id ? [y, x] : [x, y];
    const sa = this.seqs.idOf[lo] as number;
    const sb = this.seqs.idOf[hi] as number;
    let row = this.cores.get(sa);
    if (row === undefined) this.cores.set(sa, (row = new Map()));
    let core = row.get(sb);
    if (core === undefined) {
      core = lexicalCore(this.views[lo] as QuoteView, this.views[hi] as QuoteView, this.matcher, this.lex, this.idf);
      row.set(sb, core);
    }
    return core;
  }

  /**
   * The features of a pair: they follow from its core, the speakers' relation, the shared context and
   * the cue, so they are kept per core and case, not per pair of quotes (the many links of a quote
   * carried by hundreds of outlets share a few).
   * @param x - a view index
   * @param y - another
   * @returns the pair's features (symmetric)
   */
  pair(x: number, y: number): PairFeatures {
    const a = x < y ? x : y;
    const b = x < y ? y : x;
    const va = this.views[a] as QuoteView;
    const vb = this.views[b] as QuoteView;
    const core = this.core(a, b);
    const relation = this.relation(a, b);
    const slot = caseIndex(relation, sharesContext(va, vb), sameCue(va, vb));
    let cases = this.features.get(core);
    if (cases === undefined) this.features.set(core, (cases = new Array<PairFeatures | undefined>(12).fill(undefined)));
    let f = cases[slot];
    if (f === undefined) cases[slot] = f = pairFeatures(va, vb, this.matcher, this.lex, this.idf, this.minLinkScore, core, relation);
    return f;
  }

  /**
   * {@link speakerRelation} of two views, with `sameSpeaker` asked once per pair of spellings: the same
   * few speakers stand behind most candidates.
   * @param x - a view index
   * @param y - another
   * @returns whether the speakers are one person, two, or unknown
   */
  relation(x: number, y: number): PairFeatures['speaker'] {
    const vx = this.views[x] as QuoteView;
    const vy = this.views[y] as QuoteView;
    const sx = this.speakerOf[x] ?? -1;
    const sy = this.speakerOf[y] ?? -1;
    if (sx < 0 || sy < 0) return speakerRelation(vx, vy);
    let row = this.sameSpeakers.get(sx);
    if (row === undefined) this.sameSpeakers.set(sx, (row = new Map()));
    let same = row.get(sy);
    if (same === undefined) row.set(sy, (same = sameSpeaker(vx.speakerParts ?? [], vy.speakerParts ?? [])));
    return same ? 'same' : vx.speakerWeak || vy.speakerWeak ? 'unknown' : 'different';
  }
}
