// `npm run bench -- workers [articles=1000]`: the per-document stages (read, quote-marks, credits) in worker threads
// against bare wink-nlp readDoc on one core, and analyze with 0, 1 and 2 workers. Each line is one child process
// (fresh heap); wall time and CPU time (all threads of the process) are both printed, since on a machine shared with
// other work the wall time of threads depends on what else runs.
//   npx tsx test/bench/workers.ts child <mode> <n>   one measurement (modes: readdoc, inthread, pool1, pool2, analyze0, analyze1, analyze2)
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runChild } from './child.js';
import { buildCorpus, sourceArticles } from './corpus.js';

interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

interface WorkersResult {
  readonly mode: string;
  readonly n: number;
  readonly tokens: number;
  /** The measured run (a warm pool for the pool and analyze modes). */
  readonly run: Timing;
  /** The first run, threads starting cold (pool and analyze modes with workers). */
  readonly cold?: Timing;
  /** Milliseconds each worker took to load the wink-nlp model. */
  readonly loadMs?: readonly number[];
  /** Peak resident memory of the process, all threads (MB). */
  readonly maxRssMB?: number;
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ out: T; t: Timing }> {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const out = await work();
  const c = process.cpuUsage(c0);
  return { out, t: { wall: (performance.now() - w0) / 1000, cpu: (c.user + c.system) / 1e6 } };
}

async function child(mode: string, n: number): Promise<WorkersResult> {
  const inputs = buildCorpus(sourceArticles(), n);
  // The same warm-up as the main bench: another corpus (another seed), outside the timing.
  const warm = buildCorpus(sourceArticles(), 40, 550, 7);
  if (mode === 'readdoc') {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const w = winkNLP(model); // wink-nlp as a user gets it: its default pipeline
    for (const a of warm) w.readDoc(a.text);
    const { out, t } = await timed(() => inputs.reduce((s, a) => s + w.readDoc(a.text).tokens().length(), 0));
    return { mode, n, tokens: out, run: t };
  }
  if (mode === 'inthread') {
    const { readCorpus } = await import('../../src/document/read.js');
    const { creditedSources, markedQuotes } = await import('../../src/quotes/index.js');
    const stages = (xs: typeof inputs): number => {
      const corpus = readCorpus(xs);
      corpus.docs.forEach(markedQuotes);
      corpus.docs.forEach(creditedSources);
      return corpus.docs.reduce((s, d) => s + d.tokens.count, 0);
    };
    stages(warm);
    const { out, t } = await timed(() => stages(inputs));
    return { mode, n, tokens: out, run: t };
  }
  if (mode.startsWith('pool')) {
    const workers = Number(mode.slice(4));
    const { WorkerPool } = await import('../../src/workers/pool.js');
    const { Run } = await import('../../src/progress.js');
    const { readCorpus } = await import('../../src/document/read.js');
    readCorpus(warm); // the main thread's share (adopting documents) warmed as the other modes are
    const pool = new WorkerPool();
    const read = async (): Promise<number> =>
      (await pool.read(inputs, new Run(undefined, undefined), workers, undefined)).corpus.docs.reduce((s, d) => s + d.tokens.count, 0);
    const cold = await timed(read);
    const { out, t } = await timed(read);
    await pool.close();
    return { mode, n, tokens: out, run: t, cold: cold.t, loadMs: pool.loadTimes };
  }
  const workers = Number(mode.slice('analyze'.length));
  const { analyze, closeWorkers } = await import('../../src/node.js');
  await analyze(warm.slice(0, 10), { workers: 0 });
  const tokensOf = (r: Awaited<ReturnType<typeof analyze>>): number => r.documents.reduce((s, d) => s + d.stats.tokens, 0);
  const cold = workers === 0 ? undefined : (await timed(() => analyze(inputs, { workers }))).t;
  const { out, t } = await timed(() => analyze(inputs, { workers }));
  await closeWorkers();
  return { mode, n, tokens: tokensOf(out), run: t, ...(cold === undefined ? {} : { cold }) };
}

const fmt = (x: number, d = 0): string => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/**
 * Runs every measurement in its own process and prints them with the speed-ups.
 * @param args - the command line after `workers`: the number of articles (default 1,000)
 */
export async function main(args: readonly string[]): Promise<void> {
  if (args[0] === 'child') {
    const r = await child(args[1] ?? 'readdoc', Number(args[2] ?? 1000));
    console.log(`RESULT ${JSON.stringify({ ...r, maxRssMB: process.resourceUsage().maxRSS / 1024 })}`);
    return;
  }
  const n = Number(args[0] ?? 1000);
  const script = fileURLToPath(import.meta.url);
  console.log(
    `workers bench: ${fmt(n)} bench articles; ${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} at start. Wall time depends on what else runs on the machine; CPU time counts all threads.\n`,
  );
  const results = new Map<string, WorkersResult>();
  const labels: Record<string, string> = {
    readdoc: 'bare wink readDoc, one core',
    inthread: 'read+quote-marks+credits, calling thread',
    pool1: 'read+quote-marks+credits, 1 worker',
    pool2: 'read+quote-marks+credits, 2 workers',
    analyze0: 'analyze, workers: 0',
    analyze1: 'analyze, workers: 1',
    analyze2: 'analyze, workers: 2',
  };
  for (const mode of Object.keys(labels)) {
    const r = runChild<WorkersResult>(script, [mode, String(n)], 900_000, 'none');
    if (typeof r === 'string') {
      console.log(`${(labels[mode] ?? mode).padEnd(42)} ${r}`);
      continue;
    }
    results.set(mode, r);
    const base = results.get('readdoc');
    const vsRead = base === undefined ? '' : `  ${fmt(base.run.wall / r.run.wall, 2)}x readDoc's speed (wall)`;
    const cold = r.cold === undefined ? '' : `  cold start: ${fmt(r.cold.wall, 2)} s wall, ${fmt(r.cold.cpu, 2)} s CPU`;
    const load = r.loadMs === undefined ? '' : `  model load per worker: ${r.loadMs.map((x) => fmt(x)).join(', ')} ms`;
    console.log(
      `${(labels[mode] ?? mode).padEnd(42)} ${fmt(r.run.wall, 2).padStart(6)} s wall ${fmt(r.run.cpu, 2).padStart(6)} s CPU  ` +
        `${fmt(r.tokens / r.run.wall).padStart(8)} tokens/s  peak RSS ${fmt(r.maxRssMB ?? Number.NaN)} MB${vsRead}${cold}${load}`,
    );
  }
  const ratio = (a: string, b: string): string => {
    const x = results.get(a);
    const y = results.get(b);
    return x === undefined || y === undefined
      ? 'not measured'
      : `${fmt(x.run.wall / y.run.wall, 2)}x wall, ${fmt(x.run.cpu / y.run.cpu, 2)}x CPU`;
  };
  console.log(`\nper-document stages, 2 workers against the calling thread: ${ratio('inthread', 'pool2')}`);
  console.log(`per-document stages, 2 workers against 1 worker:          ${ratio('pool1', 'pool2')}`);
  console.log(`analyze, workers: 2 against workers: 0:                   ${ratio('analyze0', 'analyze2')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
