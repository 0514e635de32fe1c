// `npm run bench`: throughput of analyze against bare wink-nlp readDoc, scaling 250 → 2,000 articles,
// peak memory, and what all-pairs string-similarity over sentences would cost instead of the index.
// Each measurement runs in its own child process (fresh heap, its own peak RSS, a time limit), on
// corpora built from the real articles in ../shared/corpus (see corpus.ts).
//   npm run bench                     everything
//   npm run bench -- report-size [--known-miss <target>]   report bytes against input bytes (report-size.ts)
//   npx tsx test/bench/run.ts child <mode> <n>   one measurement (modes: readdoc, align, analyze, stages)
//   npm run bench -- hostile [case…]  the hostile input families instead (test/bench/hostile.ts)
//   npm run bench -- workers [n]      per-document stages in 1 and 2 worker threads against bare readDoc (test/bench/workers.ts)
//   npm run bench -- corpus [--max N] the on-disk corpus index at 16,000 and 64,000 articles (test/bench/corpus-scale.ts)
import { runChild } from './child.js';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildCorpus, prng, sourceArticles } from './corpus.js';

const SIZES = [250, 2000] as const;
/** Time limit of one measurement (BENCH_TIMEOUT_S, default 600 s). */
const CHILD_TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 600) * 1000;
/**
 * analyze on 2,000 articles is skipped when analyze on 250 already took longer than this (s), since it
 * cannot then meet the 2,000/250 target and would only run into the time limit; BENCH_FORCE=1 runs it.
 */
const SKIP_LARGE_AFTER_S = 120;

interface ChildResult {
  mode: string;
  n: number;
  tokens: number;
  seconds: number;
  maxRssMB: number;
  detail?: Record<string, number>;
}

async function child(mode: string, n: number): Promise<ChildResult> {
  if (mode === 'stages') {
    const { stageTimes } = await import('./stages.js');
    const t0 = performance.now();
    const { tokens, times } = await stageTimes(n);
    const detail = Object.fromEntries(times.map((x) => [x.stage, x.seconds]));
    return { mode, n, tokens, seconds: (performance.now() - t0) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024, detail };
  }
  // The baseline is wink-nlp as a user gets it: its default pipeline (which analyze does not use whole).
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const inputs = buildCorpus(sourceArticles(), n);
  const w = winkNLP(model);
  // Warm up outside the timing: load the model and let the JIT compile the code measured, on articles of
  // another corpus (another seed), so that the small corpus is not charged for compilation.
  const warm = buildCorpus(sourceArticles(), 40, 550, 7);
  for (const a of warm) w.readDoc(a.text);
  if (mode === 'align') {
    const { readCorpus } = await import('../../src/document/read.js');
    const { alignCorpus, resolveAlignOptions } = await import('../../src/align/index.js');
    alignCorpus(readCorpus(warm), resolveAlignOptions({}));
  } else if (mode === 'analyze') {
    const { analyze } = await import('../../src/analyze.js');
    await analyze(warm.slice(0, 10));
  }
  let tokens = 0;
  for (const a of inputs) tokens += a.text.length; // replaced below for readdoc; chars as a fallback
  const t0 = performance.now();
  const detail: Record<string, number> = {};
  if (mode === 'readdoc') {
    tokens = 0;
    for (const a of inputs) tokens += w.readDoc(a.text).tokens().length();
  } else if (mode === 'align') {
    const { readCorpus } = await import('../../src/document/read.js');
    const { alignCorpus, resolveAlignOptions } = await import('../../src/align/index.js');
    const corpus = readCorpus(inputs);
    const t1 = performance.now();
    const alignments = alignCorpus(corpus, resolveAlignOptions({}));
    const t2 = performance.now();
    detail.readCorpusSeconds = (t1 - t0) / 1000;
    detail.alignSeconds = (t2 - t1) / 1000;
    detail.alignments = alignments.length;
    detail.members = alignments.reduce((s, a) => s + a.members.length, 0);
    detail.pairs = alignments.reduce((s, a) => s + a.pairs.length, 0);
    tokens = corpus.docs.reduce((s, d) => s + d.tokens.count, 0);
  } else if (mode === 'analyze') {
    const { analyze } = await import('../../src/analyze.js');
    // Bare readDoc on the same text in this process, just before and just after analyze, so that the speed
    // ratio compares runs made minutes apart at most, on a machine whose speed drifts (their mean is used).
    const readPass = (): { wall: number; cpu: number } => {
      const w0 = performance.now();
      const c0 = process.cpuUsage();
      for (const a of inputs) w.readDoc(a.text);
      const c = process.cpuUsage(c0);
      return { wall: (performance.now() - w0) / 1000, cpu: (c.user + c.system) / 1e6 };
    };
    const before = readPass();
    const c0 = process.cpuUsage();
    const a0 = performance.now();
    const report = await analyze(inputs);
    const analyzeSeconds = (performance.now() - a0) / 1000;
    const c = process.cpuUsage(c0);
    const after = readPass();
    detail.alignments = report.alignments.length;
    detail.quotes = report.quotes.length;
    detail.readDocSeconds = (before.wall + after.wall) / 2;
    detail.readDocCpuSeconds = (before.cpu + after.cpu) / 2;
    detail.analyzeCpuSeconds = (c.user + c.system) / 1e6;
    tokens = report.documents.reduce((s, d) => s + d.stats.tokens, 0);
    return { mode, n, tokens, seconds: analyzeSeconds, maxRssMB: process.resourceUsage().maxRSS / 1024, detail };
  }
  const seconds = (performance.now() - t0) / 1000;
  return { mode, n, tokens, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, detail };
}

const measure = (mode: string, n: number): ChildResult | string =>
  runChild<ChildResult>(fileURLToPath(import.meta.url), [mode, String(n)], CHILD_TIMEOUT_MS, 'BENCH_TIMEOUT_S');

/** Times string-similarity on a sample of sentence pairs of the 250-article corpus and extrapolates. */
async function allPairsEstimate(): Promise<{ sentences: number; pairs: number; sample: number; perPairUs: number; hours: number }> {
  const { compareTwoStrings } = await import('string-similarity');
  const { readCorpus } = await import('../../src/document/read.js');
  const corpus = readCorpus(buildCorpus(sourceArticles(), SIZES[0]));
  const sentences: string[] = [];
  for (const d of corpus.docs) for (const s of d.sentences) if (!s.boilerplate) sentences.push(d.text.slice(s.start, s.end));
  const pairs = (sentences.length * (sentences.length - 1)) / 2;
  const rnd = prng(7);
  const sample = 200_000;
  let sink = 0;
  const t0 = performance.now();
  for (let k = 0; k < sample; k++) {
    const a = sentences[Math.floor(rnd() * sentences.length)] ?? '';
    const b = sentences[Math.floor(rnd() * sentences.length)] ?? '';
    sink += compareTwoStrings(a, b);
  }
  const perPairUs = ((performance.now() - t0) * 1000) / sample;
  if (sink < 0) console.log(sink); // keeps the loop from being optimized away
  return { sentences: sentences.length, pairs, sample, perPairUs, hours: (pairs * perPairUs) / 1e6 / 3600 };
}

const fmt = (x: number, d = 0): string => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

async function main(): Promise<void> {
  if (process.argv[2] === 'hostile') {
    // The hostile input families of issue 14 (test/bench/hostile.ts): `npm run bench -- hostile [case…] [--no-fail]`.
    const { main: hostile } = await import('./hostile.js');
    process.exitCode = hostile(process.argv.slice(3));
    return;
  }
  if (process.argv[2] === 'workers') return (await import('./workers.js')).main(process.argv.slice(3));
  if (process.argv[2] === 'corpus') {
    // The corpus path at 16,000 and 64,000 articles against the in-memory path (test/bench/corpus-scale.ts).
    process.exitCode = await (await import('./corpus-scale.js')).main(process.argv.slice(3));
    return;
  }
  if (process.argv[2] === 'report-size') return (await import('./report-size.js')).reportSize(process.argv.slice(3));
  if (process.argv[2] === 'child') {
    const r = await child(process.argv[3] ?? 'readdoc', Number(process.argv[4] ?? 250));
    console.log(`RESULT ${JSON.stringify(r)}`);
    return;
  }
  console.log('narrative-diff bench — corpora built from ../shared/corpus paragraphs (seeded), each run in a fresh process');
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} at start (other work on the machine slows every figure alike)\n`,
  );
  const results = new Map<string, ChildResult>();
  for (const mode of ['readdoc', 'align', 'analyze']) {
    for (const n of SIZES) {
      const small = results.get(`${mode}${SIZES[0]}`);
      if (
        mode === 'analyze' &&
        n === SIZES[1] &&
        process.env.BENCH_FORCE !== '1' &&
        (small === undefined || small.seconds > SKIP_LARGE_AFTER_S)
      ) {
        console.log(
          `${mode.padEnd(8)} n=${String(n).padStart(4)}  skipped: n=${SIZES[0]} ${small === undefined ? 'did not finish' : `took ${fmt(small.seconds, 0)} s`} (> ${SKIP_LARGE_AFTER_S} s); BENCH_FORCE=1 measures it`,
        );
        continue;
      }
      const r = measure(mode, n);
      if (typeof r === 'string') {
        console.log(`${mode.padEnd(8)} n=${String(n).padStart(4)}  ${r}`);
        continue;
      }
      results.set(`${mode}${n}`, r);
      const extra = Object.entries(r.detail ?? {})
        .map(([k, v]) => `${k}=${fmt(v, Number.isInteger(v) ? 0 : 2)}`)
        .join(' ');
      console.log(
        `${mode.padEnd(8)} n=${String(n).padStart(4)}  ${fmt(r.tokens).padStart(9)} tokens  ${fmt(r.seconds, 2).padStart(7)} s  ` +
          `${fmt(r.tokens / r.seconds).padStart(8)} tokens/s  peak RSS ${fmt(r.maxRssMB)} MB  ${extra}`,
      );
    }
  }
  let ok = true;
  const read = results.get('readdoc2000');
  const line = (label: string, value: string, pass: boolean | undefined): void => {
    if (pass === false) ok = false;
    console.log(`${label.padEnd(52)} ${value.padEnd(16)} ${pass === undefined ? '' : pass ? 'ok' : 'MISSED'}`);
  };
  console.log('');
  for (const mode of ['analyze', 'align']) {
    const big = results.get(`${mode}2000`);
    const small = results.get(`${mode}250`);
    const read250 = results.get('readdoc250');
    const label = mode === 'align' ? 'readCorpus+align' : 'analyze';
    const sameProcess = big?.detail?.readDocSeconds;
    if (big !== undefined && sameProcess !== undefined) {
      // Same text, so the speed ratio is the inverse time ratio (token counts differ a little by tokenizer).
      // The target reads the ratio to bare readDoc timed in the same process around analyze; CPU time
      // (this process's, garbage collection threads included) and readDoc's own run are shown beside it.
      const ratio = sameProcess / big.seconds;
      line(`${label} speed / readDoc speed (2,000 articles)`, `${fmt(ratio, 2)}x`, ratio >= 0.5);
      const cpuRead = big.detail?.readDocCpuSeconds ?? Number.NaN;
      const cpuAnalyze = big.detail?.analyzeCpuSeconds ?? Number.NaN;
      line('  the same in CPU time', `${fmt(cpuRead / cpuAnalyze, 2)}x`, undefined);
      if (read !== undefined) line('  against readDoc run in its own process', `${fmt(read.seconds / big.seconds, 2)}x`, undefined);
    } else if (read !== undefined && big !== undefined) {
      const ratio = read.seconds / big.seconds;
      line(`${label} speed / readDoc speed (2,000 articles)`, `${fmt(ratio, 2)}x`, mode === 'analyze' ? ratio >= 0.5 : undefined);
    } else if (read250 !== undefined && small !== undefined) {
      const ratio = read250.seconds / small.seconds;
      line(`${label} speed / readDoc speed (250 articles)`, `${fmt(ratio, 2)}x`, mode === 'analyze' ? ratio >= 0.5 : undefined);
    } else if (mode === 'analyze') line('analyze speed / readDoc speed', 'not measured', false);
    if (big !== undefined && small !== undefined) {
      const ratio = big.seconds / small.seconds;
      line(`${label} time 2,000 / time 250`, fmt(ratio, 2), mode === 'analyze' ? ratio <= 9 : undefined);
    } else if (mode === 'analyze') line('analyze time 2,000 / time 250', 'not measured', false);
  }
  const alignBig = results.get('align2000');
  if (alignBig?.detail?.alignSeconds !== undefined) {
    line('align stage alone (index+extend+cluster), 2,000', `${fmt(alignBig.tokens / alignBig.detail.alignSeconds)} tokens/s`, undefined);
  }
  const peak = Math.max(...[...results.values()].map((r) => r.maxRssMB));
  const unfinished = SIZES.flatMap((n) => ['readdoc', 'align', 'analyze'].filter((m) => !results.has(`${m}${n}`)).map((m) => `${m} ${n}`));
  line(
    unfinished.length === 0 ? 'peak RSS over all runs' : `peak RSS over the runs that finished (not: ${unfinished.join(', ')})`,
    `${fmt(peak)} MB`,
    unfinished.length === 0 ? peak < 1536 : false,
  );
  // Where analyze's time goes, each stage as a multiple of bare readDoc timed in the same process: the
  // figure to read before optimizing (analyze at half readDoc's speed allows 2x readDoc in all).
  const big = SIZES[1];
  const stages = measure('stages', big);
  if (typeof stages === 'string') console.log(`\nstages of analyze, ${big} articles: ${stages}`);
  else {
    const read = stages.detail?.readDoc ?? Number.NaN;
    console.log(`\nstages of analyze, ${fmt(big)} articles (one process; multiples of bare readDoc's ${fmt(read, 2)} s there):`);
    for (const [stage, sec] of Object.entries(stages.detail ?? {})) {
      if (stage !== 'readDoc') console.log(`  ${stage.padEnd(12)} ${fmt(sec, 2).padStart(7)} s  ${fmt(sec / read, 2).padStart(5)}x`);
    }
  }
  const est = await allPairsEstimate();
  console.log(
    `\nall-pairs string-similarity over the 250-article corpus: ${fmt(est.sentences)} sentences → ${fmt(est.pairs)} pairs; ` +
      `measured ${fmt(est.perPairUs, 2)} µs per pair on a random sample of ${fmt(est.sample)} pairs; ` +
      `extrapolated ${fmt(est.hours, 1)} h (${fmt(est.hours * 3600)} s) — an estimate, not a run.`,
  );
  const analyze250 = results.get('analyze250');
  if (analyze250 !== undefined) console.log(`analyze on the same 250 articles: ${fmt(analyze250.seconds, 1)} s (measured).`);
  console.log(`\n${ok ? 'all targets met' : 'some targets missed'}`);
  process.exitCode = ok ? 0 : 1;
}

await main();
