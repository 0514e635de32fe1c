import type { SpanRef } from '../align/content.js';
import type { PassagePair } from '../align/extend.js';
import { diffAll, extendAll, scoreAll, type ScoredPair } from '../align/pair-work.js';
import { scoreContext, type ScoreContext } from '../align/score.js';
import type { PairHits } from '../align/seeds.js';
import type { DiffOp } from '../align/types.js';
import type { DocWords } from '../align/words.js';
import { Vocabulary, type DocModel } from '../document/model.js';
import type { Draft, QuoteSpan } from '../framing/draft.js';
import { draftAll, type DraftOptions } from '../framing/framing-work.js';
import { scorePieces } from '../framing/voice.js';
import { drain } from '../util/steps.js';
import { sharedDocument, sharedWords, type SharedCorpus, type SharedWords } from './shared-corpus.js';

/**
 * One batch of whole-corpus stages' work on documents or document pairs, done in a worker thread: the alignment
 * stage's seed-and-extend, scoring and diffing (documents numbered as the alignment stage reads them, in id order),
 * and the framing stage's drafts (documents in input order) and sentiment of pieces of text.
 * @internal
 */
export type Job =
  | { readonly what: 'extend'; readonly hits: readonly PairHits[]; readonly minWords: number }
  | { readonly what: 'score' | 'diff'; readonly spans: readonly SpanRef[]; readonly pairs: Int32Array }
  | {
      readonly what: 'drafts';
      readonly docs: Int32Array;
      readonly quotes: readonly (readonly QuoteSpan[])[];
      readonly options: DraftOptions;
    }
  | { readonly what: 'sentiments'; readonly slices: readonly (readonly string[])[] };

/** A draft as it comes back from a thread: without its document, which the calling thread puts back. @internal */
export type DraftBody = Omit<Draft, 'doc'>;

/** What a batch gives, by its kind. @internal */
export type JobResult = PassagePair[] | ScoredPair[] | DiffOp[][] | DraftBody[] | number[];

/**
 * What a worker thread keeps of one `analyze` call for its jobs: the corpus's vocabulary (its strings are sent in id
 * order, so interning them again gives the same ids), the documents (shared with the calling thread, see
 * {@link SharedCorpus}) and the alignment stage's words ({@link SharedWords}), and the scoring context, made once the vocabulary is
 * complete (it is before the first job is sent: every document has been read).
 * @internal
 */
export class CallJobs {
  private readonly vocab = new Vocabulary();
  private corpus: SharedCorpus | undefined;
  private alignWords: SharedWords | undefined;
  private readonly docs = new Map<number, DocModel>();
  private readonly words = new Map<number, DocWords>();
  private ctx: ScoreContext | undefined;

  /**
   * Takes the vocabulary's next strings, and the documents and the alignment stage's words when they come.
   *
   * @param strings - the strings after those sent before, in id order
   * @param corpus - the documents (sent with the call's first job for this thread)
   * @param alignWords - the alignment stage's words (sent with the call's first pair job for this thread)
   */
  add(strings: readonly string[], corpus: SharedCorpus | undefined, alignWords: SharedWords | undefined): void {
    for (const s of strings) this.vocab.intern(s);
    if (strings.length > 0) this.ctx = undefined;
    if (corpus !== undefined) {
      this.corpus = corpus;
      this.docs.clear();
      this.words.clear();
    }
    if (alignWords !== undefined) {
      this.alignWords = alignWords;
      this.words.clear();
    }
  }

  /**
   * Does one batch, as the calling thread would (`pairWorkHere`, `framingWorkHere`).
   *
   * @param job - the batch
   * @returns its results, in order
   */
  run(job: Job): JobResult {
    if (job.what === 'sentiments') return job.slices.flatMap((texts) => scorePieces(texts));
    if (job.what === 'drafts') {
      const docs = [...job.docs].map((i) => this.doc(i));
      return drain(draftAll(docs, job.quotes, this.vocab, job.options)).map(({ doc: _, ...body }) => body);
    }
    if (job.what === 'extend') return drain(extendAll((d) => this.wordsAt(d), job.hits, job.minWords));
    const docOf = (d: number): DocModel => this.wordsAt(d).doc;
    if (job.what === 'diff') return drain(diffAll(docOf, job));
    this.ctx ??= scoreContext(this.vocab);
    return drain(scoreAll(docOf, job, this.ctx));
  }

  /** The document at input position `i`. */
  private doc(i: number): DocModel {
    const corpus = this.corpus;
    if (corpus === undefined) throw new Error('the documents were not sent to this thread');
    let doc = this.docs.get(i);
    if (doc === undefined) this.docs.set(i, (doc = sharedDocument(corpus, i)));
    return doc;
  }

  /** The words of document `d` of the alignment stage's order. */
  private wordsAt(d: number): DocWords {
    let w = this.words.get(d);
    if (w !== undefined) return w;
    const i = this.alignWords?.order[d];
    if (this.alignWords === undefined || i === undefined)
      throw new Error(`document ${d} of the alignment stage's order was not sent to this thread`);
    this.words.set(d, (w = sharedWords(this.alignWords, d, this.doc(i))));
    return w;
  }
}
