// One analyze call's use of the worker pool (pool.ts): reading its documents in chunks, and sending batches of the
// alignment and framing stages' work on documents and document pairs, with the documents laid out once for all threads.
import type { SpanRef } from '../align/content.js';
import type { PassagePair } from '../align/extend.js';
import type { PairWorkFactory, ScoredPair, SpanPairs } from '../align/pair-work.js';
import type { DiffOp } from '../align/types.js';
import { adoptDocuments, type LocalIds } from '../document/adopt.js';
import { Vocabulary, type DocModel } from '../document/model.js';
import type { DraftOptions, FramingWorkFactory } from '../framing/framing-work.js';
import { segmentSentiments } from '../framing/voice.js';
import type { Run } from '../progress.js';
import type { DocQuotes } from '../quotes/index.js';
import type { CreditedSource } from '../quotes/types.js';
import type { ArticleInput } from '../types.js';
import { awaited } from '../util/steps.js';
import { joinSeeds, type BatchSeeds } from '../corpus/seeds.js';
import { sendable, type Chunk, type ChunkResult } from './chunk.js';
import type { DraftBody, Job as Batch } from './jobs.js';
import { shareCorpus, shareWords, type SharedCorpus, type SharedWords } from './shared-corpus.js';
import type { OffloadRun, PerDocumentResults } from './stages.js';
import { failure, type Call, type TaskQueue } from './tasks.js';

/**
 * How many documents, or characters of them, one chunk holds at most. Small enough that two to four workers
 * share a few hundred articles evenly and progress is reported often; large enough that sending a chunk (a
 * structured clone of its documents, well under a millisecond for 16 articles) costs little next to reading it.
 */
export const CHUNK_DOCUMENTS = 16;
const CHUNK_CHARS = 64 * 1024;

/** The inputs cut into chunks of consecutive documents, of at most `maxDocuments` each. */
function chunksOf(inputs: readonly ArticleInput[], maxDocuments: number): Chunk[] {
  const out: Chunk[] = [];
  let first = 0;
  let chars = 0;
  for (let i = 0; i < inputs.length; i++) {
    chars += inputs[i]?.text.length ?? 0;
    if (i + 1 - first >= maxDocuments || chars >= CHUNK_CHARS || i + 1 === inputs.length) {
      out.push({ inputs: inputs.slice(first, i + 1).map(sendable), first });
      first = i + 1;
      chars = 0;
    }
  }
  return out;
}

/** A chunk read, and the vocabulary of the thread that read it (for the call). */
interface ChunkRead {
  readonly result: ChunkResult;
  readonly local: LocalIds;
}

/**
 * Batches of work sent to a thread: pairs of passages to score or diff, hit positions of seed-and-extend, documents to
 * draft, reads of sentiment pieces; each a few milliseconds of work, so that two to four threads share a stage evenly.
 */
const PAIRS_PER_BATCH = 256;
const HITS_PER_BATCH = 16_384;
const DOCUMENTS_PER_BATCH = 16;
const READS_PER_BATCH = 4;

/**
 * One call's use of the pool: reading an `analyze` run's documents, its alignment and framing work, or a corpus batch's
 * seeds, in up to as many threads as it asked for; once its signal is aborted, every task of it still running or
 * waiting fails with `ABORTED`.
 * @internal
 */
export class PoolCall implements OffloadRun {
  /** The documents laid out for the threads, once per call (see {@link shareCorpus}). */
  private shared: { readonly docs: readonly DocModel[]; readonly layout: SharedCorpus } | undefined;
  /** Rejects with ABORTED once the signal is aborted (and the call's threads are ended). */
  private readonly aborted: Promise<never>;
  private readonly onAbort: () => void;

  constructor(
    private readonly pool: TaskQueue,
    private readonly call: Call,
    private readonly run: Run,
    private readonly signal: AbortSignal | undefined,
  ) {
    let fail: (e: Error) => void = () => undefined;
    this.aborted = new Promise<never>((_, reject) => (fail = reject));
    this.aborted.catch(() => undefined);
    this.onAbort = () => {
      this.pool.cancel(call, true);
      try {
        run.check();
      } catch (e) {
        fail(e as Error);
      }
    };
    signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  /**
   * Runs the per-document stages on `inputs`, and moves the documents into one vocabulary in input order, so that
   * the corpus is the one reading in a single thread gives.
   *
   * @param inputs - the checked inputs
   * @returns the corpus and the other per-document stages' results
   * @throws {NarrativeDiffError} `ABORTED` once the run's signal is aborted (the threads working for it are ended),
   * `WORKER_FAILED` when a thread fails
   */
  async read(inputs: readonly ArticleInput[]): Promise<PerDocumentResults> {
    const { call, run } = this;
    const results = chunksOf(inputs, this.pool.chunkDocuments).map(
      (chunk) =>
        new Promise<ChunkRead>((resolve, reject) => {
          const last = chunk.first + chunk.inputs.length - 1;
          this.pool.submit({
            call,
            kind: 'read',
            what: `reading inputs[${chunk.first}..${last}]`,
            message: (_, task) => ({ kind: 'read', task, call: call.id, chunk }),
            settle: (m, sent) => {
              if (m.kind !== 'read-done') return reject(failure(`reading inputs[${chunk.first}..${last}]`, 'it answered another task'));
              // The thread's new strings, in the order it added them (a loop: a spread of tens of thousands overflows the stack).
              for (const str of m.result.strings) sent.local.strings.push(str);
              resolve({ result: m.result, local: sent.local });
            },
            reject,
          });
        }),
    );
    // Rejections are awaited in order below; a later chunk's must not count as unhandled meanwhile.
    for (const r of results) r.catch(() => undefined);
    try {
      run.check(); // an abort before the listener was added fires no event
      await run.report('read', 0, inputs.length);
      const vocab = new Vocabulary();
      const docs: DocModel[] = [];
      const marks: DocQuotes[] = [];
      const credits: CreditedSource[][] = [];
      for (let k = 0; k < results.length; k++) {
        const { result: r, local } = await Promise.race([results[k] as Promise<ChunkRead>, this.aborted]);
        adoptDocuments(r.docs, local, vocab);
        docs.push(...r.docs);
        marks.push(...r.marks);
        credits.push(...r.credits);
        if (k + 1 < results.length) await run.report('read', docs.length, inputs.length);
      }
      await run.report('read', inputs.length, inputs.length);
      return { corpus: { docs, vocab }, marks, credits };
    } catch (e) {
      this.pool.cancel(call, false);
      throw e;
    }
  }

  /**
   * Reads a batch of a corpus index for its seed shingles (`narrative-diff/corpus`), chunk by chunk in this call's
   * threads; the seeds are those `batchSeeds` gives in one thread (a document's seeds and their stable hashes depend
   * on the document alone).
   *
   * @param inputs - the batch, checked
   * @returns its seeds, documents numbered by their position in the batch
   * @throws {NarrativeDiffError} `ABORTED` once the signal is aborted, `WORKER_FAILED` when a thread fails
   */
  async seeds(inputs: readonly ArticleInput[]): Promise<BatchSeeds> {
    const chunks = chunksOf(inputs, this.pool.chunkDocuments);
    const parts = await this.settled(
      chunks.map(
        (chunk) =>
          new Promise<{ seeds: BatchSeeds; first: number }>((resolve, reject) => {
            const what = `reading inputs[${chunk.first}..${chunk.first + chunk.inputs.length - 1}] of a corpus batch`;
            this.pool.submit({
              call: this.call,
              kind: 'seeds',
              what,
              message: (_, task) => ({ kind: 'seeds', task, call: this.call.id, inputs: chunk.inputs }),
              settle: (m) =>
                m.kind === 'seeds-done'
                  ? resolve({ seeds: m.result, first: chunk.first })
                  : reject(failure(what, 'it answered another task')),
              reject,
            });
          }),
      ),
    );
    return joinSeeds(parts);
  }

  /** The alignment stage's pair work, in this call's threads (see {@link PairWorkFactory}). */
  readonly pairs: PairWorkFactory = (words, ctx) => {
    const docs: DocModel[] = [];
    for (const w of words) docs[w.doc.index] = w.doc;
    const alignWords = shareWords(words);
    const send = <T>(jobs: readonly Batch[]): Promise<T[][]> => this.send<T>(jobs, docs, ctx.vocab, alignWords);
    const spanJobs = (what: 'score' | 'diff', request: SpanPairs): Batch[] => {
      const out: Batch[] = [];
      for (let k0 = 0; 2 * k0 < request.pairs.length; k0 += PAIRS_PER_BATCH) {
        const k1 = Math.min(request.pairs.length / 2, k0 + PAIRS_PER_BATCH);
        // The batch's spans, renumbered in order of first use.
        const local = new Map<number, number>();
        const spans: SpanRef[] = [];
        const pairs = new Int32Array(2 * (k1 - k0));
        for (let j = 2 * k0; j < 2 * k1; j++) {
          const s = request.pairs[j] ?? 0;
          let l = local.get(s);
          if (l === undefined) {
            local.set(s, (l = spans.length));
            spans.push(request.spans[s]!);
          }
          pairs[j - 2 * k0] = l;
        }
        out.push({ what, spans, pairs });
      }
      return out;
    };
    return {
      *extend(hits, minWords) {
        const jobs: Batch[] = [];
        for (let i = 0; i < hits.length;) {
          let positions = 0;
          let j = i;
          while (j < hits.length && (j === i || positions < HITS_PER_BATCH)) positions += hits[j++]!.pa.length;
          jobs.push({ what: 'extend', hits: hits.slice(i, j), minWords });
          i = j;
        }
        return (yield* awaited(send<PassagePair>(jobs))).flat();
      },
      *score(request) {
        return (yield* awaited(send<ScoredPair>(spanJobs('score', request)))).flat();
      },
      *diff(request) {
        return (yield* awaited(send<DiffOp[]>(spanJobs('diff', request)))).flat();
      },
    };
  };

  /** The framing stage's work on single documents, in this call's threads (see {@link FramingWorkFactory}). */
  readonly framing: FramingWorkFactory = (docs, vocab, options) => {
    const draftOptions: DraftOptions = {
      lexicon: options.lexicon,
      replaceLexicon: options.replaceLexicon,
      sentimentWordThreshold: options.sentimentWordThreshold,
    };
    const send = <T>(jobs: readonly Batch[]): Promise<T[][]> => this.send<T>(jobs, docs, vocab, undefined);
    return {
      *drafts(quotes) {
        const jobs: Batch[] = [];
        for (let i = 0; i < docs.length; i += DOCUMENTS_PER_BATCH) {
          // Documents by their position in `docs`, as the shared layout holds them.
          const positions = Array.from({ length: Math.min(DOCUMENTS_PER_BATCH, docs.length - i) }, (_, k) => i + k);
          jobs.push({
            what: 'drafts',
            docs: Int32Array.from(positions),
            // What drafting reads of each quote, not the whole quote.
            quotes: positions.map((j) =>
              (quotes[j] ?? []).map((q) => ({ start: q.start, end: q.end, partial: q.partial, isSpeech: q.isSpeech })),
            ),
            options: draftOptions,
          });
        }
        const bodies = (yield* awaited(send<DraftBody>(jobs))).flat();
        return bodies.map((body, i) => ({ doc: docs[i]!, ...body }));
      },
      sentiments: (texts) =>
        segmentSentiments(texts, function* (reads) {
          const jobs: Batch[] = [];
          for (let i = 0; i < reads.length; i += READS_PER_BATCH)
            jobs.push({ what: 'sentiments', slices: reads.slice(i, i + READS_PER_BATCH) });
          return (yield* awaited(send<number>(jobs))).flat();
        }),
    };
  };

  /**
   * Sends batches of work to this call's threads, each thread the documents (laid out once per call) and the
   * vocabulary strings it has not been sent yet, and `alignWords` when given and not sent yet.
   *
   * @param jobs - the batches
   * @param docs - the corpus's documents, in input order
   * @param vocab - the corpus's vocabulary, complete
   * @param alignWords - the alignment stage's words, for pair work
   * @returns each batch's results, in order of the batches
   */
  private send<T>(
    jobs: readonly Batch[],
    docs: readonly DocModel[],
    vocab: Vocabulary,
    alignWords: SharedWords | undefined,
  ): Promise<T[][]> {
    if (this.shared?.docs.length !== docs.length || docs.some((d, i) => this.shared?.docs[i] !== d)) {
      this.shared = { docs, layout: shareCorpus(docs) };
    }
    const layout = this.shared.layout;
    return this.settled(
      jobs.map(
        (job) =>
          new Promise<T[]>((resolve, reject) => {
            this.pool.submit({
              call: this.call,
              kind: job.what,
              what: `in the ${job.what === 'drafts' || job.what === 'sentiments' ? 'framing' : 'alignment'} stage (${job.what})`,
              message: (sent, task) => {
                const strings: string[] = [];
                for (; sent.strings < vocab.size; sent.strings++) strings.push(vocab.str(sent.strings));
                const corpus = sent.corpus === layout ? undefined : (sent.corpus = layout);
                const words = alignWords === undefined || sent.alignWords === alignWords ? undefined : (sent.alignWords = alignWords);
                return { kind: 'work', task, call: this.call.id, strings, corpus, alignWords: words, job };
              },
              settle: (m) =>
                m.kind === 'work-done' ? resolve(m.result as T[]) : reject(failure(`in a ${job.what} batch`, 'it answered another task')),
              reject,
            });
          }),
      ),
    );
  }

  /** Ends the call: its waiting tasks are dropped and its threads let go of what they hold for it. */
  close(): void {
    this.signal?.removeEventListener('abort', this.onAbort);
    this.pool.cancel(this.call, false);
    this.pool.forget(this.call);
  }

  /** The results of the call's tasks, in order, or the first failure (ABORTED once the signal is aborted). */
  private async settled<T>(results: readonly Promise<T>[]): Promise<T[]> {
    for (const r of results) r.catch(() => undefined);
    try {
      return await Promise.race([Promise.all(results), this.aborted]);
    } catch (e) {
      this.pool.cancel(this.call, false);
      throw e;
    }
  }
}
