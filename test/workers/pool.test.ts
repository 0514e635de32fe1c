// Worker threads (narrative-diff/node, src/workers): the report is the same byte for byte with 1, 2 and 4 workers as
// in the calling thread, on the example corpus and on generated inputs; errors and aborts keep their codes.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { rejection } from '../helpers/rejection.js';
import { analyzeWith } from '../../src/analyze.js';
import { analyze as analyzeInThread, toJSON, type ArticleInput } from '../../src/index.js';
import { analyze, closeWorkers, type AnalyzeProgress } from '../../src/node.js';
import { Run } from '../../src/progress.js';
import { batchSeeds } from '../../src/corpus/seeds.js';
import { WorkerPool } from '../../src/workers/pool.js';
import { corpus } from '../helpers/generators.js';

const dir = fileURLToPath(new URL('../../examples/corpus/', import.meta.url));
const example: ArticleInput[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(dir, f), 'utf8') }));

/** A pool cutting every corpus into chunks of one document, so that even small corpora spread over every worker. */
const pool = new WorkerPool(1);

afterAll(async () => {
  await pool.close();
  await closeWorkers();
});

describe('analyze with worker threads', () => {
  it('gives the example corpus the same JSON report with 1, 2 and 4 workers as in the calling thread', async () => {
    const reference = toJSON(await analyzeInThread(example));
    for (const workers of [1, 2, 4]) expect(toJSON(await analyze(example, { workers }))).toBe(reference);
  }, 60_000);

  it('gives generated corpora the same JSON report with 1, 2 and 4 workers, one document per chunk', async () => {
    await fc.assert(
      fc.asyncProperty(corpus(6), async (inputs) => {
        const reference = toJSON(await analyzeInThread(inputs));
        for (const workers of [1, 2, 4]) {
          const report = await analyzeWith(inputs, undefined, (_, run, signal) => pool.open(run, workers, signal));
          expect(toJSON(report)).toBe(reference);
        }
      }),
      { seed: 19, numRuns: 12 },
    );
  }, 120_000);

  it("does the alignment stage's pair work and the framing stage's drafts and sentiments in the threads, with the same report", async () => {
    const before = new Map(pool.done);
    const report = await analyzeWith(example, undefined, (_, run, signal) => pool.open(run, 2, signal));
    for (const kind of ['read', 'extend', 'score', 'diff', 'drafts', 'sentiments']) {
      expect(pool.done.get(kind) ?? 0, kind).toBeGreaterThan(before.get(kind) ?? 0);
    }
    expect(report.alignments.length).toBeGreaterThan(0);
    expect(toJSON(report)).toBe(toJSON(await analyzeInThread(example)));
  });

  it("drafts with the caller's own lexicon in the threads as in the calling thread", async () => {
    // Every example article gets a label where it says "said": a term no default entry judges.
    const options = {
      framing: {
        lexicon: [{ term: 'said', category: 'evaluative' as const, direction: 'negative' as const, strength: 0.7 }],
        replaceLexicon: true,
      },
    };
    const reference = await analyzeInThread(example, options);
    expect(reference.framing.documents.some((d) => d.labels.some((l) => l.term === 'said'))).toBe(true);
    const report = await analyzeWith(example, options, (_, run, signal) => pool.open(run, 2, signal));
    expect(toJSON(report)).toBe(toJSON(reference));
  });

  it('stops with ABORTED when aborted while the threads draft the framing', async () => {
    const c = new AbortController();
    const onProgress = (p: AnalyzeProgress): void => {
      if (p.stage === 'framing' && p.done === 0) c.abort(new Error('stop framing'));
    };
    const e = await rejection(analyzeWith(example, { onProgress, signal: c.signal }, (_, run, signal) => pool.open(run, 2, signal)));
    expect(e.code).toBe('ABORTED');
    expect(e.message).toContain('stop framing');
  });

  it('stops with ABORTED when aborted while the threads align, and the pool works after', async () => {
    const c = new AbortController();
    const onProgress = (p: AnalyzeProgress): void => {
      if (p.stage === 'align' && p.done === 0) c.abort(new Error('stop aligning'));
    };
    const e = await rejection(analyzeWith(example, { onProgress, signal: c.signal }, (_, run, signal) => pool.open(run, 2, signal)));
    expect(e.code).toBe('ABORTED');
    expect(e.message).toContain('stop aligning');
    const report = await analyzeWith(example, undefined, (_, run, signal) => pool.open(run, 2, signal));
    expect(toJSON(report)).toBe(toJSON(await analyzeInThread(example)));
  });

  it('reports reading chunk by chunk, in input order, every stage in order', async () => {
    const seen: AnalyzeProgress[] = [];
    const onProgress = (p: AnalyzeProgress): number => seen.push(p);
    await analyzeWith(example, { onProgress }, (_, run, signal) => pool.open(run, 2, signal));
    const read = seen.filter((p) => p.stage === 'read').map((p) => p.done);
    expect(read).toEqual([0, 1, 2, 3, 4, 5]);
    const inThread: AnalyzeProgress[] = [];
    await analyzeInThread(example, { onProgress: (p) => inThread.push(p) });
    expect([...new Set(seen.map((p) => p.stage))]).toEqual([...new Set(inThread.map((p) => p.stage))]);
  });

  it('stops with ABORTED when aborted while workers read, and the pool works after', async () => {
    const c = new AbortController();
    const after: string[] = [];
    const onProgress = (p: AnalyzeProgress): void => {
      if (c.signal.aborted) after.push(p.stage);
      if (p.stage === 'read' && p.done === 2) c.abort(new Error('enough'));
    };
    const e = await rejection(analyzeWith(example, { onProgress, signal: c.signal }, (_, run, signal) => pool.open(run, 2, signal)));
    expect(e.code).toBe('ABORTED');
    expect(e.message).toContain('enough');
    expect(after).toEqual([]);
    const report = await analyzeWith(example, undefined, (_, run, signal) => pool.open(run, 2, signal));
    expect(toJSON(report)).toBe(toJSON(await analyzeInThread(example)));
  });

  it('serves overlapping calls, each its own report', async () => {
    const other = example.slice(1).reverse();
    const [a, b] = await Promise.all([
      analyzeWith(example, undefined, (_, run, signal) => pool.open(run, 2, signal)),
      analyzeWith(other, undefined, (_, run, signal) => pool.open(run, 1, signal)),
    ]);
    expect(toJSON(a)).toBe(toJSON(await analyzeInThread(example)));
    expect(toJSON(b)).toBe(toJSON(await analyzeInThread(other)));
  });

  it('turns an error thrown in a worker into WORKER_FAILED naming the inputs', async () => {
    // Past analyze's input checks: a text that is no string makes reading throw in the worker.
    const bad = [
      { id: 'a', text: 'Fine.' },
      { id: 'b', text: 42 as unknown as string },
    ];
    const run = new Run(undefined, undefined);
    const e = await rejection(pool.read(bad, run, 2, undefined));
    expect(e.code).toBe('WORKER_FAILED');
    expect(e.message).toContain('inputs[1..1]');
  });

  it("reads a corpus batch's seed shingles in the threads exactly as batchSeeds does in the calling thread", async () => {
    await fc.assert(
      fc.asyncProperty(corpus(6), async (inputs) => {
        const call = pool.open(new Run(undefined, undefined), 2, undefined);
        try {
          const got = await call.seeds(inputs);
          const want = batchSeeds(inputs);
          expect(got.count).toBe(want.count);
          for (const f of ['doc', 'pos', 'hi', 'lo'] as const)
            expect([...got[f].subarray(0, got.count)]).toEqual([...want[f].subarray(0, want.count)]);
        } finally {
          call.close();
        }
      }),
      { seed: 19, numRuns: 10 },
    );
  }, 120_000);

  it.each([
    [{ workers: -1 }, 'options.workers must be a whole number from 0 to 256, found -1'],
    [{ workers: 1.5 }, 'found 1.5'],
    [{ workers: '2' }, 'found string'],
  ])('refuses %j', async (options, message) => {
    const e = await rejection(analyze(example, options as never));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toContain(message);
  });

  it('refuses workers in the main entry, pointing to narrative-diff/node', async () => {
    const e = await rejection(analyzeInThread(example, { workers: 2 } as never));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toContain('narrative-diff/node');
  });

  it('lets a process end with its threads still running (no closeWorkers)', () => {
    const node = fileURLToPath(new URL('../../src/node.ts', import.meta.url));
    const script = `import { analyze } from ${JSON.stringify(node)};
      const r = await analyze([{ id: 'a', text: 'Kim met Lavrov.' }, { id: 'b', text: 'Lavrov met Kim.' }], { workers: 2 });
      console.log('documents', r.documents.length);`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout.trim()).toBe('documents 2');
    expect(r.status).toBe(0);
  }, 70_000);

  it('reads small inputs in the calling thread by default, and with workers: 0', async () => {
    const reference = toJSON(await analyzeInThread(example));
    expect(toJSON(await analyze(example))).toBe(reference);
    expect(toJSON(await analyze(example, { workers: 0 }))).toBe(reference);
  });
});
