// A pool of worker threads for the per-document stages of analyze and the whole-corpus stages' work on documents and
// document pairs (Node.js only: imported by src/node.ts, never by the main entry, which is bundled for browsers).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { NarrativeDiffError } from '../errors.js';
import type { Run } from '../progress.js';
import type { ArticleInput } from '../types.js';
import { CHUNK_DOCUMENTS, PoolCall } from './call.js';
import type { PerDocumentResults } from './stages.js';
import type { TaskMessage, WorkerMessage } from './protocol.js';
import { failure, type Call, type Job, type SlotCall, type TaskQueue } from './tasks.js';

/** A worker thread, the job it is doing, and what it has been sent for each call it has worked for. */
interface Slot {
  readonly worker: Worker;
  job: Job | undefined;
  readonly calls: Map<Call, SlotCall>;
}

/**
 * Below this many characters in all, work goes to threads only when the caller asked for a number of them: while no
 * thread runs (measured with `npm run bench -- workers`: the per-document stages take about 1.8 s of CPU for 3.1 M
 * characters in the calling thread, a thread from dist starts and loads the model in 0.2–0.4 s), and once threads
 * run (two chunks: less cannot be shared).
 */
const MIN_CHARS_COLD = 1_000_000;
const MIN_CHARS_WARM = 128_000;

/**
 * Whether inputs of `chars` characters in all are worth sending to the pool's threads when the caller did not say.
 *
 * @param chars - the inputs' characters
 * @param pool - the pool (threads already running make smaller inputs worth it)
 * @returns whether to use the threads
 * @internal
 */
export function worthThreads(chars: number, pool: WorkerPool): boolean {
  return chars >= (pool.size > 0 ? MIN_CHARS_WARM : MIN_CHARS_COLD);
}

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

/**
 * Worker threads that run the per-document stages (`read`, `quote-marks`, `credits`) chunk by chunk, and the
 * alignment stage's pair work batch by batch. Threads start when first needed (each imports the modules and loads the
 * wink-nlp model: 0.2–0.4 s measured from dist on a loaded 2-core machine) and stay for later calls; an idle thread
 * does not keep the process alive, and {@link WorkerPool.close} ends them all. Calls may overlap: each runs at most as
 * many tasks at once as it asked for workers, and the pool grows to the largest such number.
 * @internal
 */
export class WorkerPool implements TaskQueue {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private tasks = 0;
  private calls = 0;
  /** Per started thread, in the order they reported: milliseconds from its start to its model loaded, and of them loading the model. */
  readonly startTimes: { readonly startMs: number; readonly loadMs: number }[] = [];
  /** Tasks the threads have done, by kind (`read` for chunks, else the kind of batch). */
  readonly done = new Map<string, number>();

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
      if (sent === undefined)
        slot.calls.set(job.call, (sent = { local: { strings: [], global: [] }, strings: 0, corpus: undefined, alignWords: undefined }));
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
        this.done.set(job.kind, (this.done.get(job.kind) ?? 0) + 1);
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
