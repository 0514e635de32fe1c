// A pool of worker threads for the per-document stages of analyze and the alignment stage's pair work (Node.js only: imported by src/node.ts, never by
// the main entry, which is bundled for browsers).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SpanRef } from '../align/content.js';
import type { PassagePair } from '../align/extend.js';
import type { PairWorkFactory, ScoredPair, SpanPairs } from '../align/pair-work.js';
import type { DiffOp } from '../align/types.js';
import { adoptDocuments, type LocalIds } from '../document/adopt.js';
import { Vocabulary, type DocModel } from '../document/model.js';
import { NarrativeDiffError, type NarrativeDiffErrorCode } from '../errors.js';
import type { Run } from '../progress.js';
import type { DocQuotes } from '../quotes/index.js';
import type { CreditedSource } from '../quotes/types.js';
import type { ArticleInput } from '../types.js';
import { awaited } from '../util/steps.js';
import { sendable, type Chunk, type ChunkResult } from './chunk.js';
import type { PairJob } from './pairs.js';
import { shareCorpus, type SharedCorpus } from './shared-corpus.js';
import type { OffloadRun, PerDocumentResults } from './stages.js';
import type { TaskMessage, WorkerMessage } from './protocol.js';

/**
 * How many documents, or characters of them, one chunk holds at most. Small enough that two to four workers
 * share a few hundred articles evenly and progress is reported often; large enough that sending a chunk (a
 * structured clone of its documents, well under a millisecond for 16 articles) costs little next to reading it.
 */
const CHUNK_DOCUMENTS = 16;
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

/** One `analyze` call's share of the pool. */
interface Call {
  readonly id: number;
  /** How many of its tasks may run at once: the `workers` it asked for. */
  readonly limit: number;
  running: number;
}

/** What a thread has been sent, and has made, for one call. */
interface SlotCall {
  /** Its vocabulary for reading, as the calling thread learns it. */
  readonly local: LocalIds;
  /** How many of the corpus's vocabulary strings it has been sent for pair work. */
  strings: number;
  /** The shared corpus it has been sent for pair work (held weakly: the alignment stage's end lets go of it). */
  corpus: WeakRef<SharedCorpus> | undefined;
}

/** A task waiting for, or being done by, a worker. */
interface Job {
  readonly task: number;
  readonly call: Call;
  /** What it is, for an error message ("reading inputs[3..18]"). */
  readonly what: string;
  /** Its message for a thread under its task number, given what the thread has been sent for the call so far (which it updates). */
  readonly message: (sent: SlotCall, task: number) => TaskMessage;
  /** Takes the thread's answer. */
  readonly settle: (m: Extract<WorkerMessage, { kind: 'read-done' | 'pairs-done' }>, sent: SlotCall) => void;
  readonly reject: (e: Error) => void;
}

/** A chunk read, and the vocabulary of the thread that read it (for the call). */
interface ChunkRead {
  readonly result: ChunkResult;
  readonly local: LocalIds;
}

/** A worker thread, the job it is doing, and what it has been sent for each call it has worked for. */
interface Slot {
  readonly worker: Worker;
  job: Job | undefined;
  readonly calls: Map<Call, SlotCall>;
}

/** Pairs of pair work per batch sent to a thread, and hit positions per batch of seed-and-extend. */
const PAIRS_PER_BATCH = 256;
const HITS_PER_BATCH = 16_384;

/**
 * The worker thread entry beside this file: worker.js once built; worker.ts when run from source (tsx, vitest), which
 * a thread can only load after registering tsx's loader in it (Node.js 20 ignores `--import` in a worker's execArgv).
 */
function spawnWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.js', here));
  // tsx's register() in its ES module build (require resolves the CommonJS build, whose register() looks for its hooks
  // in the wrong folder).
  const tsx = pathToFileURL(
    createRequire(here)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./worker.ts', here).href;
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

/** The error a worker's failure becomes: the worker's own `NarrativeDiffError` code if it threw one, else `WORKER_FAILED`. */
function failure(what: string, why: string, code?: string): NarrativeDiffError {
  if (code !== undefined && code !== 'WORKER_FAILED' && /^[A-Z_]+$/.test(code))
    return new NarrativeDiffError(code as NarrativeDiffErrorCode, why);
  return new NarrativeDiffError('WORKER_FAILED', `a worker thread failed ${what}: ${why}`);
}

/**
 * Worker threads that run the per-document stages (`read`, `quote-marks`, `credits`) chunk by chunk, and the
 * alignment stage's pair work batch by batch. Threads start when first needed (each imports the modules and loads the
 * wink-nlp model: 0.2–0.4 s measured from dist on a loaded 2-core machine) and stay for later calls; an idle thread
 * does not keep the process alive, and {@link WorkerPool.close} ends them all. Calls may overlap: each runs at most as
 * many tasks at once as it asked for workers, and the pool grows to the largest such number.
 * @internal
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private tasks = 0;
  private calls = 0;
  /** Per started thread, in the order they reported: milliseconds from its start to its model loaded, and of them loading the model. */
  readonly startTimes: { readonly startMs: number; readonly loadMs: number }[] = [];
  /** Tasks the threads have done, by kind: chunks read, batches of pair work. */
  readonly done = { read: 0, pairs: 0 };

  /** @param chunkDocuments - the most documents in one chunk (tests make it small to cut small corpora into many chunks) */
  constructor(readonly chunkDocuments = CHUNK_DOCUMENTS) {}

  /** How many threads are running. */
  get size(): number {
    return this.slots.length;
  }

  /**
   * Opens the pool's share of one `analyze` run: its per-document stages and pair work go to up to `workers` threads
   * until {@link PoolCall.close}.
   *
   * @param run - the analyze run: told the progress of `read` chunk by chunk (in input order)
   * @param workers - how many threads may work for this call at once
   * @param signal - the run's abort signal: once aborted, the threads working for this call are ended
   * @returns the call
   */
  open(run: Run, workers: number, signal: AbortSignal | undefined): PoolCall {
    return new PoolCall(this, { id: this.calls++, limit: Math.max(1, workers), running: 0 }, run, signal);
  }

  /**
   * The per-document stages alone: {@link PoolCall.read} in a call of its own.
   *
   * @param inputs - the checked inputs
   * @param run - the analyze run
   * @param workers - how many threads may work at once
   * @param signal - the run's abort signal
   * @returns the corpus and the other per-document stages' results
   */
  async read(inputs: readonly ArticleInput[], run: Run, workers: number, signal: AbortSignal | undefined): Promise<PerDocumentResults> {
    const call = this.open(run, workers, signal);
    try {
      return await call.read(inputs);
    } finally {
      call.close();
    }
  }

  /** Ends every thread; a later call starts new ones. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const job of this.queue.splice(0)) job.reject(new NarrativeDiffError('WORKER_FAILED', 'the worker pool was closed'));
    for (const s of slots) s.job?.reject(new NarrativeDiffError('WORKER_FAILED', 'the worker pool was closed'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** Queues a job and hands waiting jobs to threads. @internal */
  submit(job: Omit<Job, 'task'>): void {
    this.queue.push({ ...job, task: this.tasks++ });
    this.pump();
  }

  /** Drops a call's waiting jobs and, when `stop`, ends the threads working on its others (the pool replaces them when needed). @internal */
  cancel(call: Call, stop: boolean): void {
    for (let i = this.queue.length - 1; i >= 0; i--) if (this.queue[i]?.call === call) this.queue.splice(i, 1);
    if (!stop) return;
    for (const slot of [...this.slots]) {
      if (slot.job?.call !== call) continue;
      this.remove(slot);
      void slot.worker.terminate();
    }
  }

  /** Tells the threads that worked for a call to let go of what they hold for it. @internal */
  forget(call: Call): void {
    for (const slot of this.slots) {
      if (slot.calls.delete(call)) slot.worker.postMessage({ kind: 'forget', call: call.id } satisfies TaskMessage);
    }
  }

  /** Hands waiting jobs to idle threads, starting threads up to what the waiting calls asked for. */
  private pump(): void {
    for (let i = 0; i < this.queue.length;) {
      const job = this.queue[i] as Job;
      if (job.call.running >= job.call.limit) {
        i++;
        continue;
      }
      let slot = this.slots.find((s) => s.job === undefined);
      if (slot === undefined && this.slots.length < job.call.limit) slot = this.start();
      if (slot === undefined) return;
      this.queue.splice(i, 1);
      slot.job = job;
      job.call.running++;
      slot.worker.ref();
      let sent = slot.calls.get(job.call);
      if (sent === undefined) slot.calls.set(job.call, (sent = { local: { strings: [], global: [] }, strings: 0, corpus: undefined }));
      slot.worker.postMessage(job.message(sent, job.task));
    }
  }

  /** Starts one thread. */
  private start(): Slot {
    const started = performance.now();
    const worker = spawnWorker();
    const slot: Slot = { worker, job: undefined, calls: new Map() };
    this.slots.push(slot);
    worker.unref();
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'ready') {
        this.startTimes.push({ startMs: performance.now() - started, loadMs: m.loadMs });
        return;
      }
      const job = slot.job;
      if (job === undefined || job.task !== m.task) return;
      this.release(slot);
      const sent = slot.calls.get(job.call);
      if (m.kind === 'failed') job.reject(failure(job.what, `${m.name}: ${m.message}`, m.code));
      else if (sent === undefined) job.reject(failure(job.what, 'what it was sent for the call was lost'));
      else {
        this.done[m.kind === 'read-done' ? 'read' : 'pairs']++;
        job.settle(m, sent);
      }
      this.pump();
    });
    worker.on('error', (e: Error) => this.lost(slot, `${e.name}: ${e.message}`));
    worker.on('exit', (code) => this.lost(slot, `the thread exited with code ${code}`));
    return slot;
  }

  /** A thread that failed or exited on its own: its job fails and a new thread takes its place when needed. */
  private lost(slot: Slot, why: string): void {
    if (!this.slots.includes(slot)) return;
    const job = slot.job;
    this.remove(slot);
    if (job !== undefined) job.reject(failure(job.what, why));
    this.pump();
  }

  /** Marks a thread idle: it no longer keeps the process alive. */
  private release(slot: Slot): void {
    const job = slot.job;
    if (job !== undefined) job.call.running--;
    slot.job = undefined;
    slot.worker.unref();
  }

  /** Takes a thread out of the pool (its job, if any, is the caller's to settle). */
  private remove(slot: Slot): void {
    this.release(slot);
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }
}

/**
 * One `analyze` run's use of the pool: reading its documents, and its pair work, in up to as many threads as it asked
 * for; once its signal is aborted, every task of it still running or waiting fails with `ABORTED`.
 * @internal
 */
export class PoolCall implements OffloadRun {
  /** Rejects with ABORTED once the signal is aborted (and the call's threads are ended). */
  private readonly aborted: Promise<never>;
  private readonly onAbort: () => void;

  constructor(
    private readonly pool: WorkerPool,
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

  /** The alignment stage's pair work, in this call's threads (see {@link PairWorkFactory}). */
  readonly pairs: PairWorkFactory = (words, ctx) => {
    const vocab = ctx.vocab;
    // Laid out once for all threads, when the first batch is sent.
    let shared: SharedCorpus | undefined;
    const batches = <T>(jobs: readonly PairJob[]): Promise<T[][]> =>
      this.settled(
        jobs.map(
          (job) =>
            new Promise<T[]>((resolve, reject) => {
              this.pool.submit({
                call: this.call,
                what: `in the alignment stage (${job.what})`,
                message: (sent, task) => {
                  const strings: string[] = [];
                  for (; sent.strings < vocab.size; sent.strings++) strings.push(vocab.str(sent.strings));
                  shared ??= shareCorpus(words);
                  const corpus = sent.corpus?.deref() === shared ? undefined : shared;
                  sent.corpus = new WeakRef(shared);
                  return { kind: 'pairs', task, call: this.call.id, strings, corpus, job };
                },
                settle: (m) =>
                  m.kind === 'pairs-done'
                    ? resolve(m.result as T[])
                    : reject(failure(`in the alignment stage`, 'it answered another task')),
                reject,
              });
            }),
        ),
      );
    const spanJobs = (what: 'score' | 'diff', request: SpanPairs): PairJob[] => {
      const out: PairJob[] = [];
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
        const jobs: PairJob[] = [];
        for (let i = 0; i < hits.length;) {
          let positions = 0;
          let j = i;
          while (j < hits.length && (j === i || positions < HITS_PER_BATCH)) positions += hits[j++]!.pa.length;
          jobs.push({ what: 'extend', hits: hits.slice(i, j), minWords });
          i = j;
        }
        return (yield* awaited(batches<PassagePair>(jobs))).flat();
      },
      *score(request) {
        return (yield* awaited(batches<ScoredPair>(spanJobs('score', request)))).flat();
      },
      *diff(request) {
        return (yield* awaited(batches<DiffOp[]>(spanJobs('diff', request)))).flat();
      },
    };
  };

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
