import { describeType, NarrativeDiffError } from './errors.js';
import { Awaiting, type Steps } from './util/steps.js';

/** The stages of {@link analyze}, in the order they run. */
export const ANALYZE_STAGES = [
  'read',
  'quote-marks',
  'actors',
  'stories',
  'align',
  'reuse',
  'credits',
  'quotes',
  'quote-clusters',
  'coverage',
  'framing',
  'report',
] as const;

/** One stage of {@link analyze}. */
export type AnalyzeStage = (typeof ANALYZE_STAGES)[number];

/** What {@link AnalyzeOptions.onProgress} is told: where the run is. */
export interface AnalyzeProgress {
  /** The stage running. */
  readonly stage: AnalyzeStage;
  /** Its place among the stages, from 1. */
  readonly step: number;
  /** How many stages there are. */
  readonly steps: number;
  /**
   * Work done in this stage: documents for the stages that read documents one by one (`read`, `quote-marks`,
   * `credits`), else 0 when the stage starts and 1 when it ends.
   */
  readonly done: number;
  /** The work of this stage in the same unit as `done`. */
  readonly total: number;
}

/** How many documents, or characters of them, a stage handles before it reports and yields to the event loop. */
const BATCH_DOCUMENTS = 64;
const BATCH_CHARS = 256 * 1024;

/** Time between yields to the event loop, in milliseconds: often enough for a responsive page or server. */
const SLICE_MS = 10;

/**
 * Lets pending timers and I/O run. `setImmediate` in Node.js (a timer of 0 ms waits at least 1 ms there, which
 * added 30 ms to every small run); a message to a channel in browsers (timers are clamped to 4 ms there).
 */
function yieldToEventLoop(): Promise<void> {
  const g = globalThis as { setImmediate?: (f: () => void) => unknown };
  if (typeof g.setImmediate === 'function') {
    const immediate = g.setImmediate;
    return new Promise((resolve) => immediate(resolve));
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.addEventListener('message', () => {
      channel.port1.close();
      resolve();
    });
    channel.port1.start();
    channel.port2.postMessage(null);
  });
}

/**
 * One run of `analyze`: tells the caller's `onProgress` where it is, yields to the event loop between batches,
 * and stops with `ABORTED` once the caller's signal is aborted.
 * @internal
 */
export class Run {
  private lastYield = performance.now();

  constructor(
    private readonly onProgress: ((p: AnalyzeProgress) => void) | undefined,
    private readonly signal: AbortSignal | undefined,
  ) {}

  /** Throws `ABORTED` when the signal has been aborted. */
  check(): void {
    if (this.signal?.aborted !== true) return;
    const reason: unknown = this.signal.reason;
    const why = reason instanceof Error ? reason.message : reason === undefined ? '' : String(reason);
    throw new NarrativeDiffError('ABORTED', `analyze was aborted by options.signal${why ? ` (${why})` : ''}; nothing was returned`);
  }

  /** Reports `done` of `total` for `stage`, checks the signal, and yields when the last yield is a time slice ago. */
  async report(stage: AnalyzeStage, done: number, total: number): Promise<void> {
    this.onProgress?.({ stage, step: ANALYZE_STAGES.indexOf(stage) + 1, steps: ANALYZE_STAGES.length, done, total });
    this.check();
    if (this.sliceOver()) await this.yieldNow();
  }

  /** Whether a time slice has passed since the last yield. */
  private sliceOver(): boolean {
    return performance.now() - this.lastYield >= SLICE_MS;
  }

  /** Checks the signal, lets the event loop run, and checks the signal again (it may be aborted meanwhile). */
  private async yieldNow(): Promise<void> {
    this.check();
    await yieldToEventLoop();
    this.lastYield = performance.now();
    this.check();
  }

  /** Runs a whole-corpus stage between a start and an end report. */
  async stage<T>(stage: AnalyzeStage, work: () => T): Promise<T> {
    await this.report(stage, 0, 1);
    const out = work();
    await this.report(stage, 1, 1);
    return out;
  }

  /**
   * Runs a whole-corpus stage written as {@link Steps}: between its steps, when a time slice has passed, the
   * signal is checked and the event loop gets a turn.
   */
  async steps<T>(stage: AnalyzeStage, work: Steps<T>): Promise<T> {
    await this.report(stage, 0, 1);
    let sent: unknown;
    for (;;) {
      const r = work.next(sent);
      sent = undefined;
      if (r.done === true) {
        await this.report(stage, 1, 1);
        return r.value;
      }
      if (r.value instanceof Awaiting) {
        // Work in other threads (its rejection, ABORTED among them, ends the stage).
        sent = await r.value.promise;
        this.check();
        this.lastYield = performance.now();
      } else if (this.sliceOver()) await this.yieldNow();
    }
  }

  /**
   * Runs a per-document stage over `items` in batches (by count and by characters), reporting and yielding
   * after each batch; the results keep the items' order.
   */
  async batches<I, O>(
    stage: AnalyzeStage,
    items: readonly I[],
    size: (item: I) => number,
    work: (item: I, index: number) => O,
  ): Promise<O[]> {
    await this.report(stage, 0, items.length);
    const out: O[] = [];
    let inBatch = 0;
    let chars = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as I;
      out.push(work(item, i));
      inBatch++;
      chars += size(item);
      if (i + 1 < items.length && (inBatch >= BATCH_DOCUMENTS || chars >= BATCH_CHARS)) {
        await this.report(stage, i + 1, items.length);
        inBatch = 0;
        chars = 0;
      }
    }
    await this.report(stage, items.length, items.length);
    return out;
  }
}

/**
 * Checks `options.onProgress` and `options.signal`.
 * @internal
 */
export function validateRunOptions(onProgress: unknown, signal: unknown): void {
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new NarrativeDiffError('INVALID_OPTION', `options.onProgress must be a function, found ${describeType(onProgress)}`);
  }
  const isSignal = typeof signal === 'object' && signal !== null && typeof (signal as { aborted?: unknown }).aborted === 'boolean';
  if (signal !== undefined && !isSignal) {
    throw new NarrativeDiffError('INVALID_OPTION', `options.signal must be an AbortSignal, found ${describeType(signal)}`);
  }
}
