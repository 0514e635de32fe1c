// `npm run bench -- workers [articles=1000]`: the per-document stages (read, quote-marks, credits) in worker threads
// against bare wink-nlp readDoc on one core, and analyze with 0, 1 and 2 workers. Each line is one child process
// (fresh heap) that runs its work twice on the same inputs and prints the second run (JIT warm, threads running; the
// first run beside it). Wall time, CPU time of all threads, and CPU time of the busiest thread (Linux /proc) are
// printed: on a machine shared with other work the wall time of threads depends on what else runs, while the busiest
// thread's CPU time is what the wall time would come down to on an idle machine (a lower bound).
//   npm run bench -- workers stages [n] [rounds=3]   the calling thread's CPU time and the wall time per stage of analyze,
//                                       workers: 0 and 2 alternating; medians of the rounds after the first
//   npx tsx test/bench/workers.ts child <mode> <n>   one measurement (modes: readdoc, inthread, pool1, pool2, analyze0, analyze1, analyze2)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runChild } from './child.js';
import { buildCorpus, sourceArticles } from './corpus.js';

interface Timing {
  readonly wall: number;
  /** CPU seconds of the whole process (every thread). */
  readonly cpu: number;
  /** CPU seconds of the calling thread alone. */
  readonly mainCpu: number;
  /** CPU seconds of the busiest other thread (a worker when there are any; else a V8 helper thread). */
  readonly otherCpu: number;
}

interface WorkersResult {
  readonly mode: string;
  readonly n: number;
  readonly tokens: number;
  /** The measured run: the second on the same inputs (JIT warm, worker threads running). */
  readonly run: Timing;
  /** The first run on the same inputs (worker threads starting cold). */
  readonly cold: Timing;
  /** Per worker: milliseconds from its start to its model loaded (under tsx: the TypeScript is compiled too), and of them loading the model. */
  readonly starts?: readonly { readonly startMs: number; readonly loadMs: number }[];
  /** Peak resident memory of the process, all threads (MB). */
  readonly maxRssMB?: number;
}

/** CPU seconds of every thread of this process so far, by thread id (Linux /proc; empty elsewhere). */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) / 100); // utime + stime, in clock ticks of 1/100 s
    }
  } catch {
    // not Linux: no per-thread figures
  }
  return out;
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ out: T; t: Timing }> {
  const t0 = threadCpu();
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const out = await work();
  const wall = (performance.now() - w0) / 1000;
  const c = process.cpuUsage(c0);
  const t1 = threadCpu();
  const main = String(process.pid);
  let otherCpu = 0;
  for (const [tid, cpu] of t1) if (tid !== main) otherCpu = Math.max(otherCpu, cpu - (t0.get(tid) ?? 0));
  const mainCpu = (t1.get(main) ?? 0) - (t0.get(main) ?? 0);
  return { out, t: { wall, cpu: (c.user + c.system) / 1e6, mainCpu, otherCpu } };
}

/** Runs `work` twice on the same inputs and keeps the second run's figures, the first's as `cold`. */
async function twice(work: () => Promise<number> | number): Promise<{ tokens: number; run: Timing; cold: Timing }> {
  const cold = await timed(work);
  const { out, t } = await timed(work);
  return { tokens: out, run: t, cold: cold.t };
}

async function child(mode: string, n: number): Promise<WorkersResult> {
  const inputs = buildCorpus(sourceArticles(), n);
  if (mode === 'readdoc') {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const w = winkNLP(model); // wink-nlp as a user gets it: its default pipeline
    return { mode, n, ...(await twice(() => inputs.reduce((s, a) => s + w.readDoc(a.text).tokens().length(), 0))) };
  }
  if (mode === 'inthread') {
    const { readCorpus } = await import('../../src/document/read.js');
    const { creditedSources, markedQuotes } = await import('../../src/quotes/index.js');
    return {
      mode,
      n,
      ...(await twice(() => {
        const corpus = readCorpus(inputs);
        corpus.docs.forEach(markedQuotes);
        corpus.docs.forEach(creditedSources);
        return corpus.docs.reduce((s, d) => s + d.tokens.count, 0);
      })),
    };
  }
  if (mode.startsWith('pool')) {
    const workers = Number(mode.slice(4));
    const { WorkerPool } = await import('../../src/workers/pool.js');
    const { Run } = await import('../../src/progress.js');
    const pool = new WorkerPool();
    const read = async (): Promise<number> =>
      (await pool.read(inputs, new Run(undefined, undefined), workers, undefined)).corpus.docs.reduce((s, d) => s + d.tokens.count, 0);
    const r = await twice(read);
    await pool.close();
    return { mode, n, ...r, starts: pool.startTimes };
  }
  const workers = Number(mode.slice('analyze'.length));
  const { analyze, closeWorkers } = await import('../../src/node.js');
  const r = await twice(async () => (await analyze(inputs, { workers })).documents.reduce((s, d) => s + d.stats.tokens, 0));
  await closeWorkers();
  return { mode, n, ...r };
}

/** Milliseconds from starting dist/workers/worker.js to its model loaded, three times; undefined when not built. */
function distStartMs(): number[] | undefined {
  const entry = fileURLToPath(new URL('../../dist/workers/worker.js', import.meta.url));
  if (!existsSync(entry)) return undefined;
  const script = `const { Worker } = require('node:worker_threads');
    (async () => { const out = [];
      for (let k = 0; k < 3; k++) { const t0 = performance.now(); const w = new Worker(${JSON.stringify(entry)});
        await new Promise((r) => w.once('message', r)); out.push(performance.now() - t0); await w.terminate(); }
      console.log(JSON.stringify(out)); })();`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 120_000 });
  try {
    return JSON.parse(r.stdout) as number[];
  } catch {
    return undefined;
  }
}

/** CPU seconds of the calling thread so far (Linux /proc; NaN elsewhere). */
function callingThreadCpu(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/**
 * Prints, per stage of analyze with 0 and 2 workers (alternating, in one process), the calling thread's CPU time and
 * the wall time; the first round warms up, and the medians of the other rounds close the output.
 */
async function stagesOfCallingThread(n: number, rounds: number): Promise<void> {
  const { analyze, closeWorkers } = await import('../../src/node.js');
  const inputs = buildCorpus(sourceArticles(), n);
  console.log(
    `calling thread's CPU seconds and wall seconds per stage of analyze, ${fmt(n)} bench articles (one process, ` +
      `workers 0 and 2 alternating, ${rounds} rounds; the first warms up)`,
  );
  const kept: Record<string, { cpu: Map<string, number[]>; wall: Map<string, number[]> }> = {};
  for (let r = 0; r < rounds; r++) {
    for (const workers of [0, 2]) {
      const cpu = new Map<string, number>();
      const wall = new Map<string, number>();
      let stage = '';
      let last = { cpu: callingThreadCpu(), wall: performance.now() };
      const t0 = last;
      const lap = (next: string): void => {
        const now = { cpu: callingThreadCpu(), wall: performance.now() };
        if (stage !== '') {
          cpu.set(stage, now.cpu - last.cpu);
          wall.set(stage, (now.wall - last.wall) / 1000);
        }
        [last, stage] = [now, next];
      };
      await analyze(inputs, { workers, onProgress: (p) => p.stage !== stage && lap(p.stage) });
      lap('');
      cpu.set('total', last.cpu - t0.cpu);
      wall.set('total', (last.wall - t0.wall) / 1000);
      const line = (m: Map<string, number>): string => [...m].map(([k, v]) => `${k} ${fmt(v, 2)}`).join('  ');
      console.log(`round ${r + 1}, workers: ${workers}\n  CPU   ${line(cpu)}\n  wall  ${line(wall)}`);
      if (r === 0) continue;
      const k = (kept[String(workers)] ??= { cpu: new Map(), wall: new Map() });
      for (const [m, into] of [
        [cpu, k.cpu],
        [wall, k.wall],
      ] as const)
        for (const [stageName, v] of m) into.set(stageName, [...(into.get(stageName) ?? []), v]);
    }
  }
  await closeWorkers();
  const median = (xs: readonly number[]): number => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
  for (const [workers, k] of Object.entries(kept)) {
    const line = (m: Map<string, number[]>): string => [...m].map(([stageName, v]) => `${stageName} ${fmt(median(v), 2)}`).join('  ');
    console.log(`median of ${rounds - 1} rounds, workers: ${workers}\n  CPU   ${line(k.cpu)}\n  wall  ${line(k.wall)}`);
  }
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
  if (args[0] === 'stages') return stagesOfCallingThread(Number(args[1] ?? 1000), Math.max(2, Number(args[2] ?? 3)));
  const n = Number(args[0] ?? 1000);
  const script = fileURLToPath(import.meta.url);
  console.log(
    `workers bench: ${fmt(n)} bench articles (${fmt(
      buildCorpus(sourceArticles(), n).reduce((c, a) => c + a.text.length, 0),
    )} characters); ${cpus().length} cores, load average ${loadavg()
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
  const busiest = (t: Timing): number => Math.max(t.mainCpu, t.otherCpu);
  console.log(
    `${''.padEnd(42)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)} ${'busiest'.padStart(8)} ${'main'.padStart(6)}  ${'tokens/s'.padStart(9)}  ` +
      `x readDoc: wall, busiest  first run: wall, CPU   peak RSS`,
  );
  for (const mode of Object.keys(labels)) {
    const r = runChild<WorkersResult>(script, [mode, String(n)], 900_000, 'none');
    if (typeof r === 'string') {
      console.log(`${(labels[mode] ?? mode).padEnd(42)} ${r}`);
      continue;
    }
    results.set(mode, r);
    const base = results.get('readdoc');
    const vsRead = base === undefined ? '' : `${fmt(base.run.wall / r.run.wall, 2)}x, ${fmt(busiest(base.run) / busiest(r.run), 2)}x`;
    const load =
      r.starts === undefined
        ? ''
        : `  worker start (model load) ms: ${r.starts.map((x) => `${fmt(x.startMs)} (${fmt(x.loadMs)})`).join(', ')}`;
    console.log(
      `${(labels[mode] ?? mode).padEnd(42)} ${fmt(r.run.wall, 2).padStart(7)} ${fmt(r.run.cpu, 2).padStart(7)} ${fmt(busiest(r.run), 2).padStart(8)} ` +
        `${fmt(r.run.mainCpu, 2).padStart(6)}  ${fmt(r.tokens / r.run.wall).padStart(9)}  ${vsRead.padEnd(22)} ` +
        `${fmt(r.cold.wall, 2).padStart(6)}, ${fmt(r.cold.cpu, 2).padStart(6)}   ${fmt(r.maxRssMB ?? Number.NaN)} MB${load}`,
    );
  }
  const dist = distStartMs();
  console.log(
    dist === undefined
      ? '\nworker start from dist: not measured (npm run build first)'
      : `\nworker start from dist (start to model loaded, 3 threads one after another): ${dist.map((x) => fmt(x)).join(', ')} ms`,
  );
  console.log(
    '(busiest: CPU seconds of the busiest thread, what the wall time would come down to on an idle machine; main: of the calling thread)',
  );
  const ratio = (a: string, b: string): string => {
    const x = results.get(a);
    const y = results.get(b);
    if (x === undefined || y === undefined) return 'not measured';
    return `${fmt(x.run.wall / y.run.wall, 2)}x wall, ${fmt(busiest(x.run) / busiest(y.run), 2)}x by the busiest thread, ${fmt(x.run.cpu / y.run.cpu, 2)}x total CPU`;
  };
  console.log(`per-document stages, 2 workers against the calling thread: ${ratio('inthread', 'pool2')}`);
  console.log(`per-document stages, 2 workers against 1 worker:          ${ratio('pool1', 'pool2')}`);
  console.log(`analyze, workers: 2 against workers: 0:                   ${ratio('analyze0', 'analyze2')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
