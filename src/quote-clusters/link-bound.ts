import type { Corpus } from '../document/model.js';
import type { ClusterLexicon } from '../lexicon/cluster-words.js';
import { BucketSignatures } from './signature.js';
import type { WordSequences } from './word-sequences.js';

/** Slack for a bound near the threshold (bounds and scores sum the same weights in other orders). */
const MARGIN = 1e-7;

/**
 * An upper bound of a pair's lexical evidence from its words' bucket signatures (signature.ts): a few
 * operations per pair, where comparing the words one to one costs a sort and a merge. A pair it rules
 * out could not have linked, so the same pairs link with it or without it; it spares scoring most
 * candidates in full.
 * @internal
 */
export class LinkBound {
  private readonly signatures: BucketSignatures;

  /**
   * @param seqs - the word sequences of the run
   * @param corpus - their corpus
   * @param lex - the lexicon
   * @param provider - whether a word-similarity provider may match any two content words
   */
  constructor(
    private readonly seqs: WordSequences,
    corpus: Corpus,
    private readonly lex: ClusterLexicon,
    provider: boolean,
  ) {
    const groupsOf = (k: number): readonly number[] => lex.synonymGroups.get(corpus.vocab.str(k)) ?? [];
    this.signatures = new BucketSignatures(seqs.first, corpus.vocab.size, groupsOf, provider);
  }

  /**
   * Whether two sequences may reach a lexical score of `need` (false: they cannot).
   * @param sx - a sequence id
   * @param sy - another
   * @param need - the least lexical score a link of the two needs
   * @returns false when no matching of their words can give `need`
   */
  mayReach(sx: number, sy: number, need: number): boolean {
    const { minSharedRun, minSharedRunContent, sharedRunLexical } = this.lex.params.link;
    // A run of shared words lifts the score to sharedRunLexical only: below the need, no count matters.
    const runMayLift = !(sharedRunLexical < need - 1e-9 - MARGIN);
    const sig = this.signatures;
    sig.bound(sx, sy, runMayLift);
    const tx = this.seqs.first[sx]?.total ?? 0;
    const ty = this.seqs.first[sy]?.total ?? 0;
    const matched = (sig.weightA + sig.weightB) / 2;
    const dice = tx + ty > 0 ? (2 * matched) / (tx + ty) : 0;
    const shortTotal = Math.min(tx, ty);
    const containment = shortTotal > 0 ? Math.min(1, matched / shortTotal) : 0;
    if (Math.max(dice, containment) >= need - 2e-9 - MARGIN) return true;
    return runMayLift && sig.exact >= minSharedRun && sig.content >= minSharedRunContent;
  }
}
