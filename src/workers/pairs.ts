import type { SpanRef } from '../align/content.js';
import type { PassagePair } from '../align/extend.js';
import { diffAll, extendAll, scoreAll, type ScoredPair } from '../align/pair-work.js';
import { scoreContext, type ScoreContext } from '../align/score.js';
import type { PairHits } from '../align/seeds.js';
import type { DiffOp } from '../align/types.js';
import type { DocWords } from '../align/words.js';
import { Vocabulary, type DocModel } from '../document/model.js';
import { drain } from '../util/steps.js';
import { sharedDocument, type SharedCorpus } from './shared-corpus.js';

/** One batch of pair work. @internal */
export type PairJob =
  | { readonly what: 'extend'; readonly hits: readonly PairHits[]; readonly minWords: number }
  | { readonly what: 'score' | 'diff'; readonly spans: readonly SpanRef[]; readonly pairs: Int32Array };

/** What a batch of pair work gives, by its kind. @internal */
export type PairJobResult = PassagePair[] | ScoredPair[] | DiffOp[][];

/**
 * What a worker thread keeps of one `analyze` call for its pair work: the corpus's vocabulary (its strings are sent
 * in id order, so interning them again gives the same ids), the documents (shared with the calling thread, see
 * {@link SharedCorpus}), and the scoring context, made once the vocabulary is complete (it is before the first pair
 * work is sent: every document has been read).
 * @internal
 */
export class PairState {
  private readonly vocab = new Vocabulary();
  private corpus: SharedCorpus | undefined;
  private readonly words = new Map<number, DocWords>();
  private ctx: ScoreContext | undefined;

  /**
   * Takes the vocabulary's next strings, and the documents when they come.
   *
   * @param strings - the strings after those sent before, in id order
   * @param corpus - the documents (sent with the call's first pair work)
   */
  add(strings: readonly string[], corpus: SharedCorpus | undefined): void {
    for (const s of strings) this.vocab.intern(s);
    if (strings.length > 0) this.ctx = undefined;
    if (corpus !== undefined) {
      this.corpus = corpus;
      this.words.clear();
    }
  }

  /**
   * Does one batch of pair work, as the calling thread would (`pairWorkHere`).
   *
   * @param job - the batch
   * @returns its results, in order
   */
  run(job: PairJob): PairJobResult {
    const corpus = this.corpus;
    if (corpus === undefined) throw new Error('the documents were not sent to this thread');
    const wordsOf = (i: number): DocWords => {
      let w = this.words.get(i);
      if (w === undefined) this.words.set(i, (w = sharedDocument(corpus, i)));
      return w;
    };
    if (job.what === 'extend') return drain(extendAll(wordsOf, job.hits, job.minWords));
    const docOf = (i: number): DocModel => wordsOf(i).doc;
    if (job.what === 'diff') return drain(diffAll(docOf, job));
    this.ctx ??= scoreContext(this.vocab);
    return drain(scoreAll(docOf, job, this.ctx));
  }
}
