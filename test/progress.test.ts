// Progress and cancel (issue 18): analyze reports each stage, yields to the event loop between batches, and
// stops with ABORTED when its signal is aborted; the report does not depend on being watched.
import { describe, expect, it } from 'vitest';
import { rejection } from './helpers/rejection.js';
import { analyze, ANALYZE_STAGES, NarrativeDiffError, type AnalyzeProgress } from '../src/index.js';
import { Run } from '../src/progress.js';
import { awaited, drain, type Steps } from '../src/util/steps.js';

/** Articles the team wrote for this test: short, with one shared sentence so every stage has work. */
function articles(n: number): { id: string; text: string }[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `a${String(i).padStart(3, '0')}`,
    text: `The harbour board of Tessaly met on day ${i} to discuss the new ferry timetable. "We will keep the night crossing," chair Orla Penn said. Ticket prices rise by ${i % 7} percent in spring.`,
  }));
}

describe('analyze options.onProgress', () => {
  it('reports every stage in order, starting at 0 and ending at its total', async () => {
    const seen: AnalyzeProgress[] = [];
    await analyze(articles(3), { onProgress: (p) => seen.push(p) });
    expect([...new Set(seen.map((p) => p.stage))]).toEqual([...ANALYZE_STAGES]);
    for (const stage of ANALYZE_STAGES) {
      const mine = seen.filter((p) => p.stage === stage);
      expect(mine[0]?.done).toBe(0);
      expect(mine.at(-1)?.done).toBe(mine.at(-1)?.total);
      expect(mine.every((p) => p.step === ANALYZE_STAGES.indexOf(stage) + 1 && p.steps === ANALYZE_STAGES.length)).toBe(true);
    }
  });

  it('reports reading in batches of documents, each batch further than the last', async () => {
    const seen: AnalyzeProgress[] = [];
    await analyze(articles(150), { onProgress: (p) => seen.push(p) });
    const read = seen.filter((p) => p.stage === 'read').map((p) => p.done);
    expect(read.length).toBeGreaterThan(3);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    expect(read.at(-1)).toBe(150);
  });

  it('lets timers run while it works: a timer set before the run fires before its last stage', async () => {
    // Reading 150 articles takes far longer than the 10 ms after which analyze yields, so the timer is due at the
    // first yield; a count of ticks depended on how busy the machine was.
    let fired = false;
    const timer = setTimeout(() => (fired = true), 0);
    let firedBeforeReport = false;
    await analyze(articles(150), {
      onProgress: (p) => {
        if (p.stage === 'report' && p.done === 0) firedBeforeReport = fired;
      },
    });
    clearTimeout(timer);
    expect(firedBeforeReport).toBe(true);
  });

  it('gives the same report whether or not anyone watches', async () => {
    const plain = await analyze(articles(20));
    const watched = await analyze(articles(20), { onProgress: () => undefined, signal: new AbortController().signal });
    expect(JSON.stringify(watched)).toBe(JSON.stringify(plain));
  });
});

describe('analyze options.signal', () => {
  it('rejects with ABORTED when the signal is already aborted, naming the reason', async () => {
    const c = new AbortController();
    c.abort(new Error('user closed the tab'));
    const e = await rejection(analyze(articles(2), { signal: c.signal }));
    expect(e.code).toBe('ABORTED');
    expect(e.message).toContain('user closed the tab');
  });

  it.each(['read', 'align', 'framing'] as const)('stops at the next batch when aborted during %s', async (stage) => {
    const c = new AbortController();
    const after: string[] = [];
    const e = await rejection(
      analyze(articles(100), {
        signal: c.signal,
        onProgress: (p) => {
          if (c.signal.aborted) after.push(p.stage);
          if (p.stage === stage) c.abort();
        },
      }),
    );
    expect(e.code).toBe('ABORTED');
    expect(after).toEqual([]);
  });

  it.each([
    [{ onProgress: 'yes' }, 'options.onProgress must be a function, found string'],
    [{ signal: true }, 'options.signal must be an AbortSignal, found boolean'],
    [{ signal: {} }, 'options.signal must be an AbortSignal, found object'],
  ])('refuses %j', async (options, message) => {
    const e = await rejection(analyze(articles(1), options as never));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toContain(message);
  });
});

describe('Run.steps: a whole-corpus stage hands the event loop back between its steps', () => {
  /** Steps that each keep the thread busy for `ms` milliseconds, counting how many ran. */
  function* busy(count: number, ms: number, ran: { steps: number }): Steps<string> {
    for (let i = 0; i < count; i++) {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // busy on purpose: a stage's work
      }
      ran.steps++;
      yield;
    }
    return 'done';
  }

  it('lets a callback queued before the stage run before the stage ends, and returns the result', async () => {
    const ran = { steps: 0 };
    let stepsWhenCalled = -1;
    setImmediate(() => (stepsWhenCalled = ran.steps));
    const out = await new Run(undefined, undefined).steps('align', busy(4, 15, ran));
    expect(out).toBe('done');
    expect(ran.steps).toBe(4);
    expect(stepsWhenCalled).toBeGreaterThanOrEqual(0);
    expect(stepsWhenCalled).toBeLessThan(4);
  });

  it('stops with ABORTED inside the stage when the signal is aborted between its steps', async () => {
    const ran = { steps: 0 };
    const controller = new AbortController();
    setImmediate(() => controller.abort(new Error('user left')));
    const e = await rejection(new Run(undefined, controller.signal).steps('quote-clusters', busy(50, 15, ran)));
    expect(e.code).toBe('ABORTED');
    expect(ran.steps).toBeLessThan(50);
  });

  it('gives the same result run through drain, without pausing', () => {
    expect(drain(busy(3, 0, { steps: 0 }))).toBe('done');
  });

  /** Steps that wait for a value made elsewhere (a promise, as worker threads give), then add one to it. */
  function* later(value: number | Promise<number>): Steps<number> {
    const x = yield* awaited(value);
    yield;
    return x + 1;
  }

  it('waits for work done elsewhere and sends its value back into the steps', async () => {
    expect(await new Run(undefined, undefined).steps('align', later(Promise.resolve(41)))).toBe(42);
    // A plain value is not waited for, so drain runs it too.
    expect(drain(later(41))).toBe(42);
  });

  it("ends the stage with the awaited work's rejection", async () => {
    const lost = new NarrativeDiffError('WORKER_FAILED', 'a worker thread failed: lost');
    const e = await rejection(new Run(undefined, undefined).steps('align', later(Promise.reject(lost))));
    expect(e).toBe(lost);
  });

  it('refuses to drain steps that wait for a promise (only Run.steps can wait)', () => {
    expect(() => drain(later(Promise.resolve(1)))).toThrow(/drained synchronously/);
  });
});
