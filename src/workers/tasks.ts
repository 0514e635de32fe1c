// What the worker pool (pool.ts) and one analyze call's use of it (call.ts) share: the call, what a thread has been
// sent for it, the tasks waiting for a thread, and the error a thread's failure becomes.
import type { LocalIds } from '../document/adopt.js';
import { NarrativeDiffError, type NarrativeDiffErrorCode } from '../errors.js';
import type { TaskMessage, WorkerMessage } from './protocol.js';
import type { SharedCorpus, SharedWords } from './shared-corpus.js';

/** One `analyze` call's share of the pool. @internal */
export interface Call {
  readonly id: number;
  /** How many of its tasks may run at once: the `workers` it asked for. */
  readonly limit: number;
  running: number;
}

/** What a thread has been sent, and has made, for one call. @internal */
export interface SlotCall {
  /** Its vocabulary for reading, as the calling thread learns it. */
  readonly local: LocalIds;
  /** How many of the corpus's vocabulary strings it has been sent for the call's work. */
  strings: number;
  /** The documents it has been sent for the call's work. */
  corpus: SharedCorpus | undefined;
  /** The alignment stage's words it has been sent. */
  alignWords: SharedWords | undefined;
}

/** A task waiting for, or being done by, a worker. @internal */
export interface Job {
  readonly task: number;
  readonly call: Call;
  /** Its kind: `read`, or the kind of batch of work (`extend`, `score`, `diff`, `drafts`, `sentiments`). */
  readonly kind: string;
  /** What it is, for an error message ("reading inputs[3..18]"). */
  readonly what: string;
  /** Its message for a thread under its task number, given what the thread has been sent for the call so far (which it updates). */
  readonly message: (sent: SlotCall, task: number) => TaskMessage;
  /** Takes the thread's answer. */
  readonly settle: (m: Extract<WorkerMessage, { kind: 'read-done' | 'work-done' | 'seeds-done' }>, sent: SlotCall) => void;
  readonly reject: (e: Error) => void;
}

/** The error a worker's failure becomes: the worker's own `NarrativeDiffError` code if it threw one, else `WORKER_FAILED`. @internal */
export function failure(what: string, why: string, code?: string): NarrativeDiffError {
  if (code !== undefined && code !== 'WORKER_FAILED' && /^[A-Z_]+$/.test(code))
    return new NarrativeDiffError(code as NarrativeDiffErrorCode, why);
  return new NarrativeDiffError('WORKER_FAILED', `a worker thread failed ${what}: ${why}`);
}

/** What a call needs of the pool: to queue its tasks, drop them, and end its share. @internal */
export interface TaskQueue {
  /** The most documents in one chunk to read. */
  readonly chunkDocuments: number;
  /** Queues a task and hands waiting tasks to threads. */
  submit(job: Omit<Job, 'task'>): void;
  /** Drops a call's waiting tasks and, when `stop`, ends the threads working on its others. */
  cancel(call: Call, stop: boolean): void;
  /** Tells the threads that worked for a call to let go of what they hold for it. */
  forget(call: Call): void;
}
