// `npm run bench -- corpus [sizes…]`: the corpus path (narrative-diff/corpus, DuckDB on disk) against the
// in-memory path (analyze) at scale. The 2,000-article bench corpus (corpus.ts) is copied k times with its rare
// words renamed per copy (a suffix of letters), so that copies share only common words — stock phrases — and
// the absolute document-frequency cap has real work, as in issue 19's table. Each measurement runs in its own
// child process (fresh heap, own peak RSS). Targets (issue 19): 64,000 articles through `corpus add` in under
// 15 minutes and 3 GB, time per article flat (±25%) from 16,000 to 64,000, 1,000 more articles in under 30 s.
//   npm run bench -- corpus                    in-memory 2,000 and 4,000; corpus path 16,000 → 64,000, then +1,000
//   npm run bench -- corpus --max 16000        the corpus path up to 16,000 only (quicker)
//   npm run bench -- corpus --skip-memory      the corpus path only (not analyze at 2,000 and 4,000)
//   npm run bench -- corpus --workers N        corpus add with N threads reading the batches (default: one per core)
//   npm run bench -- corpus --recall           what the corpus path keeps of analyze's shared passages (2,000 articles)
//   npx tsx test/bench/corpus-scale.ts child corpus <max> [workers]   one measurement
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChild } from './child.js';
import { buildCorpus, sourceArticles } from './corpus.js';

const BASE = 2000;
/** Words in at least this share of the base corpus's articles are common ("said", "officials"): kept in every copy. Paragraphs recur across the base corpus, so a topic word is in 1 % of its articles; 10 % is a word of the language. */
const COMMON_SHARE = 0.1;
const CHILD_TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 1800) * 1000;
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/** Copy `k` of a word: the word with a suffix of letters naming the copy (copy 0 is the original). */
function renamed(word: string, k: number): string {
  let suffix = '';
  for (let x = k; x > 0; x = Math.floor(x / 26)) suffix = String.fromCharCode(97 + (x % 26)) + suffix;
  return k === 0 ? word : `${word}q${suffix}`;
}

/** The base corpus and its common words (lower case). */
function base(): { articles: { id: string; text: string }[]; common: Set<string> } {
  const articles = buildCorpus(sourceArticles(), BASE);
  const df = new Map<string, number>();
  for (const a of articles) for (const w of new Set(a.text.toLowerCase().match(WORD) ?? [])) df.set(w, (df.get(w) ?? 0) + 1);
  const common = new Set([...df].filter(([, n]) => n >= COMMON_SHARE * BASE).map(([w]) => w));
  return { articles, common };
}

/** Articles `from … to - 1` of the corpus of copies, made one at a time (the corpus never sits in memory whole). */
export function* copiesForDebug(from: number, to: number): Generator<{ id: string; text: string }> {
  yield* copies(base(), from, to);
}

function* copies(b: ReturnType<typeof base>, from: number, to: number): Generator<{ id: string; text: string }> {
  for (let i = from; i < to; i++) {
    const k = Math.floor(i / BASE);
    const a = b.articles[i % BASE] ?? { id: '', text: '' };
    yield {
      id: `c${k}-${a.id}`,
      text: k === 0 ? a.text : a.text.replace(WORD, (w) => (b.common.has(w.toLowerCase()) ? w : renamed(w, k))),
    };
  }
}

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

interface Checkpoint {
  documents: number;
  seconds: number;
  cpuSeconds: number;
  readSeconds: number;
  indexSeconds: number;
  maxRssMB: number;
  diskMB: number;
  pairs: number;
  capped: number;
  shingles: number;
}

interface CorpusResult {
  checkpoints: Checkpoint[];
  /** Seconds per article of the first and the last 8 batches of the largest size. */
  firstBatchesMsPerArticle: number;
  lastBatchesMsPerArticle: number;
  /** The same in CPU time of the process (DuckDB's threads included). */
  firstBatchesCpuMsPerArticle: number;
  lastBatchesCpuMsPerArticle: number;
  more: { documents: number; seconds: number; cpuSeconds: number; maxRssMB: number };
  stories: number;
  largestStory: number;
  report: { story: string; documents: number; seconds: number; cachedSeconds: number };
}

async function corpusChild(max: number, workers: number | undefined): Promise<CorpusResult> {
  const { openCorpus } = await import('../../src/corpus/index.js');
  const b = base();
  const dir = mkdtempSync(join(tmpdir(), 'nd-bench-corpus-'));
  try {
    const path = join(dir, 'bench.duckdb');
    const corpus = await openCorpus(path, workers === undefined ? { batchSize: 1000 } : { batchSize: 1000, workers });
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const checkpoints: Checkpoint[] = [];
    const perBatch: number[] = [];
    const perBatchCpu: number[] = [];
    let cpuBefore = 0;
    let read = 0;
    let index = 0;
    let pairs = 0;
    let capped = 0;
    let shingles = 0;
    const marks = [16000, 64000].filter((m) => m <= max);
    if (!marks.includes(max)) marks.push(max);
    let done = 0;
    for (const mark of marks) {
      await corpus.add(copies(b, done, mark), (s) => {
        read += s.readSeconds;
        index += s.indexSeconds;
        pairs += s.pairs;
        capped += s.capped;
        shingles += s.shingles;
        perBatch.push(((s.readSeconds + s.indexSeconds) * 1000) / s.documents);
        const cpu = process.cpuUsage(c0);
        const cpuNow = (cpu.user + cpu.system) / 1000;
        perBatchCpu.push((cpuNow - cpuBefore) / s.documents);
        cpuBefore = cpuNow;
        process.stderr.write(`\r${corpus.documents} articles, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      });
      done = mark;
      const c = process.cpuUsage(c0);
      checkpoints.push({
        documents: mark,
        seconds: (performance.now() - t0) / 1000,
        cpuSeconds: (c.user + c.system) / 1e6,
        readSeconds: read,
        indexSeconds: index,
        maxRssMB: process.resourceUsage().maxRSS / 1024,
        diskMB: dirBytes(dir) / 1e6,
        pairs,
        capped,
        shingles,
      });
    }
    process.stderr.write('\n');
    const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
    // 1,000 new articles (a further copy) into the full index.
    const m0 = performance.now();
    const mc = process.cpuUsage();
    await corpus.add(copies(b, max, max + 1000));
    const mcu = process.cpuUsage(mc);
    const more = {
      documents: 1000,
      seconds: (performance.now() - m0) / 1000,
      cpuSeconds: (mcu.user + mcu.system) / 1e6,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
    };
    const stories = await corpus.stories();
    const largest = stories.reduce((m, s) => Math.max(m, s.documents), 0);
    // A report for a story of median size among those with more than one document, made then read from the cache.
    const multi = stories.filter((s) => s.documents > 1).sort((x, y) => x.documents - y.documents);
    const pick = multi[Math.floor(multi.length / 2)] ?? stories[0];
    const r0 = performance.now();
    for await (const _ of corpus.report({ story: pick?.id ?? 's1' })) void _;
    const r1 = performance.now();
    for await (const _ of corpus.report({ story: pick?.id ?? 's1' })) void _;
    const r2 = performance.now();
    await corpus.close();
    return {
      checkpoints,
      firstBatchesMsPerArticle: mean(perBatch.slice(0, 8)),
      lastBatchesMsPerArticle: mean(perBatch.slice(-8)),
      firstBatchesCpuMsPerArticle: mean(perBatchCpu.slice(0, 8)),
      lastBatchesCpuMsPerArticle: mean(perBatchCpu.slice(-8)),
      more,
      stories: stories.length,
      largestStory: largest,
      report: { story: pick?.id ?? '', documents: pick?.documents ?? 0, seconds: (r1 - r0) / 1000, cachedSeconds: (r2 - r1) / 1000 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface MemoryResult {
  documents: number;
  seconds: number;
  cpuSeconds: number;
  maxRssMB: number;
  alignments: number;
}

async function memoryChild(n: number): Promise<MemoryResult> {
  const { analyze } = await import('../../src/analyze.js');
  const inputs = [...copies(base(), 0, n)];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const report = await analyze(inputs);
  const c = process.cpuUsage(c0);
  return {
    documents: n,
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: (c.user + c.system) / 1e6,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    alignments: report.alignments.length,
  };
}

interface RecallResult {
  documents: number;
  alignedPairs: number;
  candidatePairs: number;
  inCandidates: number;
  inOneStory: number;
}

/**
 * How much of what the in-memory path aligns the corpus path keeps: of the document pairs that share a passage in
 * `analyze`'s report, the share that are candidate pairs of the index, and the share inside one corpus story (the
 * ones a per-story report can show).
 */
async function recallChild(n: number): Promise<RecallResult> {
  const { analyze } = await import('../../src/analyze.js');
  const { openCorpus } = await import('../../src/corpus/index.js');
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const inputs = [...copies(base(), 0, n)];
  const report = await analyze(inputs);
  const aligned = new Set<string>();
  for (const a of report.alignments) {
    const docs = [...new Set(a.members.map((m) => m.docId))].sort();
    for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) aligned.add(`${docs[i]}\t${docs[j]}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'nd-bench-recall-'));
  try {
    const path = join(dir, 'recall.duckdb');
    const corpus = await openCorpus(path);
    await corpus.add(inputs);
    await corpus.close();
    const db = await DuckDBInstance.create(path);
    const conn = await db.connect();
    const rows = async (sql: string): Promise<string[]> =>
      (await conn.runAndReadAll(sql)).getRowsJS().map((r) => `${String(r[0])}\t${String(r[1])}`);
    const ids = `(SELECT doc, id FROM documents)`;
    const cur = `(SELECT doc, arg_max(story, batch) AS story FROM story_of GROUP BY doc)`;
    const candidates = new Set(
      await rows(`SELECT least(x.id, y.id), greatest(x.id, y.id) FROM pairs p JOIN ${ids} x ON x.doc = p.a JOIN ${ids} y ON y.doc = p.b`),
    );
    const together = new Set(
      await rows(
        `SELECT least(x.id, y.id), greatest(x.id, y.id) FROM ${cur} s JOIN ${cur} t ON s.story = t.story AND s.doc < t.doc
         JOIN ${ids} x ON x.doc = s.doc JOIN ${ids} y ON y.doc = t.doc`,
      ),
    );
    conn.closeSync();
    db.closeSync();
    let inCandidates = 0;
    let inOneStory = 0;
    for (const pair of aligned) {
      if (candidates.has(pair)) inCandidates++;
      if (together.has(pair)) inOneStory++;
    }
    return { documents: n, alignedPairs: aligned.size, candidatePairs: candidates.size, inCandidates, inOneStory };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (x: number, d = 0): string => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/**
 * Runs the corpus bench (or, as `child`, one of its measurements).
 * @param args - the arguments after `corpus`
 * @returns the exit code: 0 when every target was met
 */
export async function main(args: readonly string[]): Promise<number> {
  if (args[0] === 'child') {
    const n = Number(args[2]);
    const r =
      args[1] === 'memory'
        ? await memoryChild(n)
        : args[1] === 'recall'
          ? await recallChild(n)
          : await corpusChild(n, args[3] === undefined ? undefined : Number(args[3]));
    console.log(`RESULT ${JSON.stringify(r)}`);
    return 0;
  }
  if (args.includes('--recall')) {
    // What the corpus path keeps of the in-memory path's shared passages, on the 2,000-article bench corpus.
    const r = runChild<RecallResult>(fileURLToPath(import.meta.url), ['recall', String(BASE)], CHILD_TIMEOUT_MS, 'BENCH_TIMEOUT_S');
    if (typeof r === 'string') console.log(`recall: ${r}`);
    else
      console.log(
        `${fmt(r.documents)} articles: ${fmt(r.alignedPairs)} document pairs share a passage in analyze's report; ` +
          `${fmt((100 * r.inCandidates) / r.alignedPairs, 1)} % of them are candidate pairs of the index (${fmt(r.candidatePairs)} in all), ` +
          `${fmt((100 * r.inOneStory) / r.alignedPairs, 1)} % are inside one corpus story`,
      );
    return 0;
  }
  const maxAt = args.indexOf('--max');
  const max = maxAt >= 0 ? Number(args[maxAt + 1]) : 64000;
  const script = fileURLToPath(import.meta.url);
  console.log(`narrative-diff corpus bench — the ${fmt(BASE)}-article bench corpus copied with rare words renamed per copy`);
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} at start\n`,
  );
  let ok = true;
  const line = (label: string, value: string, pass?: boolean): void => {
    if (pass === false) ok = false;
    console.log(`${label.padEnd(60)} ${value.padEnd(22)} ${pass === undefined ? '' : pass ? 'ok' : 'MISSED'}`);
  };
  for (const n of args.includes('--skip-memory') ? [] : [2000, 4000]) {
    const r = runChild<MemoryResult>(script, ['memory', String(n)], CHILD_TIMEOUT_MS, 'BENCH_TIMEOUT_S');
    if (typeof r === 'string') line(`in memory (analyze), ${fmt(n)} articles`, r);
    else
      line(
        `in memory (analyze), ${fmt(n)} articles`,
        `${fmt(r.seconds, 1)} s (CPU ${fmt(r.cpuSeconds, 1)} s), peak RSS ${fmt(r.maxRssMB)} MB, ${fmt(r.alignments)} alignments`,
      );
  }
  const workersAt = args.indexOf('--workers');
  const workers = workersAt >= 0 ? [String(Number(args[workersAt + 1]))] : [];
  if (workers.length > 0) console.log(`corpus add with workers: ${workers[0]} (threads that read the batches)`);
  const r = runChild<CorpusResult>(script, ['corpus', String(max), ...workers], CHILD_TIMEOUT_MS, 'BENCH_TIMEOUT_S');
  if (typeof r === 'string') {
    line(`corpus path, ${fmt(max)} articles`, r, false);
    return 1;
  }
  console.log('');
  for (const c of r.checkpoints) {
    line(
      `corpus add, ${fmt(c.documents)} articles (batches of 1,000)`,
      `${fmt(c.seconds, 1)} s wall, CPU ${fmt(c.cpuSeconds, 1)} s; read+hash ${fmt(c.readSeconds, 1)} s, index join ${fmt(c.indexSeconds, 1)} s; ` +
        `${fmt((c.seconds * 1000) / c.documents, 2)} ms/article; peak RSS ${fmt(c.maxRssMB)} MB; disk ${fmt(c.diskMB)} MB; ` +
        `${fmt(c.shingles)} shingles, ${fmt(c.pairs)} pairs, ${fmt(c.capped)} capped`,
    );
  }
  const last = r.checkpoints[r.checkpoints.length - 1];
  const first = r.checkpoints[0];
  if (last !== undefined && last.documents >= 64000) {
    line('  64,000 articles under 15 minutes', `${fmt(last.seconds / 60, 1)} min`, last.seconds < 900);
    line('  ... and under 3 GB peak memory', `${fmt(last.maxRssMB)} MB`, last.maxRssMB < 3072);
  }
  if (first !== undefined && last !== undefined && last !== first) {
    // The machine is shared (other sessions come and go), so the target is judged on CPU time; wall time beside it.
    const wall = last.seconds / last.documents / (first.seconds / first.documents);
    const cpu = last.cpuSeconds / last.documents / (first.cpuSeconds / first.documents);
    line(
      `  time per article, ${fmt(last.documents)} / ${fmt(first.documents)} (whole runs)`,
      `CPU ${fmt(cpu, 2)} (wall ${fmt(wall, 2)})`,
      Math.abs(cpu - 1) <= 0.25,
    );
  }
  const flatCpu = r.lastBatchesCpuMsPerArticle / r.firstBatchesCpuMsPerArticle;
  const flatWall = r.lastBatchesMsPerArticle / r.firstBatchesMsPerArticle;
  line(
    '  time per article, last 8 batches / first 8 batches',
    `CPU ${fmt(r.lastBatchesCpuMsPerArticle, 2)} / ${fmt(r.firstBatchesCpuMsPerArticle, 2)} ms = ${fmt(flatCpu, 2)} ` +
      `(wall ${fmt(r.lastBatchesMsPerArticle, 2)} / ${fmt(r.firstBatchesMsPerArticle, 2)} ms = ${fmt(flatWall, 2)})`,
    Math.abs(flatCpu - 1) <= 0.25,
  );
  line(
    `  1,000 more articles into ${fmt(last?.documents ?? 0)}`,
    `${fmt(r.more.seconds, 1)} s (CPU ${fmt(r.more.cpuSeconds, 1)} s)`,
    r.more.seconds < 30,
  );
  line('  stories', `${fmt(r.stories)}, the largest ${fmt(r.largestStory)} articles`);
  line(
    `  report of story ${r.report.story} (${fmt(r.report.documents)} articles)`,
    `${fmt(r.report.seconds, 2)} s made, ${fmt(r.report.cachedSeconds, 2)} s cached`,
  );
  console.log(`\n${ok ? 'all targets met' : 'some targets missed'}`);
  return ok ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
