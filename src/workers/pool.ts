// A pool of worker threads for the per-document stages of analyze (Node.js only: imported by src/node.ts, never by
// the main entry, which is bundled for browsers).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { adoptDocuments, type LocalIds } from '../document/adopt.js';
import { Vocabulary, type DocModel } from '../document/model.js';
import { NarrativeDiffError, type NarrativeDiffErrorCode } from '../errors.js';
import type { Run } from '../progress.js';
import type { DocQuotes } from '../quotes/index.js';
import type { CreditedSource } from '../quotes/types.js';
import type { ArticleInput } from '../types.js';
import { sendable, type Chunk, type ChunkResult } from './chunk.js';
import type { PerDocumentResults } from './stages.js';
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

/** One `read` call's share of the pool. */
interface Call {
  readonly id: number;
  /** How many of its chunks may be read at once: the `workers` it asked for. */
  readonly limit: number;
  running: number;
}

/** A chunk waiting for, or being read by, a worker. */
interface Job {
  readonly task: number;
  readonly chunk: Chunk;
  readonly call: Call;
  readonly resolve: (r: ChunkRead) => void;
  readonly reject: (e: Error) => void;
}

/** A chunk read, and the vocabulary of the thread that read it (for the call). */
interface ChunkRead {
  readonly result: ChunkResult;
  readonly local: LocalIds;
}

/** A worker thread, the job it is reading, and its vocabulary for each call it has read for. */
interface Slot {
  readonly worker: Worker;
  job: Job | undefined;
  readonly vocabularies: Map<Call, LocalIds>;
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

/** The error a worker's failure becomes: the worker's own `NarrativeDiffError` code if it threw one, else `WORKER_FAILED`. */
function failure(chunk: Chunk, what: string, code?: string): NarrativeDiffError {
  const last = chunk.first + chunk.inputs.length - 1;
  if (code !== undefined && code !== 'WORKER_FAILED' && /^[A-Z_]+$/.test(code))
    return new NarrativeDiffError(code as NarrativeDiffErrorCode, what);
  return new NarrativeDiffError('WORKER_FAILED', `a worker thread failed reading inputs[${chunk.first}..${last}]: ${what}`);
}

/**
 * Worker threads that run the per-document stages (`read`, `quote-marks`, `credits`) chunk by chunk. Threads start
 * when first needed (each loads the wink-nlp model, about a second) and stay for later calls; an idle thread does
 * not keep the process alive, and {@link WorkerPool.close} ends them all. Calls may overlap: each reads at most as
 * many chunks at once as it asked for workers, and the pool grows to the largest such number.
 * @internal
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private tasks = 0;
  private calls = 0;
  /** Milliseconds each started thread took to load the model, in the order they reported. */
  readonly loadTimes: number[] = [];

  /** @param chunkDocuments - the most documents in one chunk (tests make it small to cut small corpora into many chunks) */
  constructor(private readonly chunkDocuments = CHUNK_DOCUMENTS) {}

  /** How many threads are running. */
  get size(): number {
    return this.slots.length;
  }

  /**
   * Runs the per-document stages on `inputs` with up to `workers` threads, and moves the documents into one
   * vocabulary in input order, so that the corpus is the one reading in a single thread gives.
   *
   * @param inputs - the checked inputs
   * @param run - the analyze run: told the progress of `read` chunk by chunk (in input order)
   * @param workers - how many threads may work for this call at once
   * @param signal - the run's abort signal: once aborted, the threads reading for this call are ended
   * @returns the corpus and the other per-document stages' results
   * @throws {NarrativeDiffError} `ABORTED` once the run's signal is aborted (the threads reading for it are ended),
   * `WORKER_FAILED` when a thread fails
   */
  async read(inputs: readonly ArticleInput[], run: Run, workers: number, signal: AbortSignal | undefined): Promise<PerDocumentResults> {
    const call: Call = { id: this.calls++, limit: Math.max(1, workers), running: 0 };
    const results = chunksOf(inputs, this.chunkDocuments).map(
      (chunk) =>
        new Promise<ChunkRead>((resolve, reject) => {
          this.queue.push({ task: this.tasks++, chunk, call, resolve, reject });
        }),
    );
    // Rejections are awaited in order below; a later chunk's must not count as unhandled meanwhile.
    for (const r of results) r.catch(() => undefined);
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        this.cancel(call, true);
        try {
          run.check();
        } catch (e) {
          reject(e as Error);
        }
      };
    });
    aborted.catch(() => undefined);
    if (signal !== undefined && onAbort !== undefined) signal.addEventListener('abort', onAbort, { once: true });
    try {
      await run.report('read', 0, inputs.length);
      this.pump();
      const vocab = new Vocabulary();
      const docs: DocModel[] = [];
      const marks: DocQuotes[] = [];
      const credits: CreditedSource[][] = [];
      for (let k = 0; k < results.length; k++) {
        const { result: r, local } = await Promise.race([results[k] as Promise<ChunkRead>, aborted]);
        adoptDocuments(r.docs, local, vocab);
        docs.push(...r.docs);
        marks.push(...r.marks);
        credits.push(...r.credits);
        if (k + 1 < results.length) await run.report('read', docs.length, inputs.length);
      }
      await run.report('read', inputs.length, inputs.length);
      return { corpus: { docs, vocab }, marks, credits };
    } catch (e) {
      this.cancel(call, false);
      throw e;
    } finally {
      if (signal !== undefined && onAbort !== undefined) signal.removeEventListener('abort', onAbort);
      this.forget(call);
    }
  }

  /** Ends every thread; a later call starts new ones. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const job of this.queue.splice(0)) job.reject(new NarrativeDiffError('WORKER_FAILED', 'the worker pool was closed'));
    for (const s of slots) s.job?.reject(new NarrativeDiffError('WORKER_FAILED', 'the worker pool was closed'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** Drops a call's waiting chunks and, when `stop`, ends the threads reading its others (the pool replaces them when needed). */
  private cancel(call: Call, stop: boolean): void {
    for (let i = this.queue.length - 1; i >= 0; i--) if (this.queue[i]?.call === call) this.queue.splice(i, 1);
    if (!stop) return;
    for (const slot of [...this.slots]) {
      if (slot.job?.call !== call) continue;
      this.remove(slot);
      void slot.worker.terminate();
    }
  }

  /** Tells the threads that read for a call to let go of its vocabulary. */
  private forget(call: Call): void {
    for (const slot of this.slots) {
      if (slot.vocabularies.delete(call)) slot.worker.postMessage({ kind: 'forget', call: call.id } satisfies TaskMessage);
    }
  }

  /** Hands waiting chunks to idle threads, starting threads up to what the waiting calls asked for. */
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
      if (!slot.vocabularies.has(job.call)) slot.vocabularies.set(job.call, { strings: [], global: [] });
      slot.worker.postMessage({ kind: 'read', task: job.task, call: job.call.id, chunk: job.chunk } satisfies TaskMessage);
    }
  }

  /** Starts one thread. */
  private start(): Slot {
    const worker = spawnWorker();
    const slot: Slot = { worker, job: undefined, vocabularies: new Map() };
    this.slots.push(slot);
    worker.unref();
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'ready') {
        this.loadTimes.push(m.loadMs);
        return;
      }
      const job = slot.job;
      if (job === undefined || job.task !== m.task) return;
      this.release(slot);
      const local = slot.vocabularies.get(job.call);
      if (m.kind === 'done' && local !== undefined) {
        // The thread's new strings, in the order it added them (a loop: a spread of tens of thousands overflows the stack).
        for (const str of m.result.strings) local.strings.push(str);
        job.resolve({ result: m.result, local });
      } else if (m.kind === 'done') job.reject(failure(job.chunk, 'its vocabulary was lost'));
      else job.reject(failure(job.chunk, `${m.name}: ${m.message}`, m.code));
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
    if (job !== undefined) job.reject(failure(job.chunk, why));
    this.pump();
  }

  /** Marks a thread idle: it no longer keeps the process alive. */
  private release(slot: Slot): void {
    const job = slot.job;
    if (job !== undefined) job.call.running--;
    slot.job = undefined;
    slot.worker.unref();
  }

  private remove(slot: Slot): void {
    this.release(slot);
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }
}
