// `npm run bench -- hostile [case…] [--no-fail]`: the hostile input families of issue 14, each built in code
// (generated text, nothing read from ../shared/corpus), run through the public API (`analyze`; the html cases
// through the CLI's HTML loader first) at two sizes, each size in its own child process (fresh heap, its own
// peak RSS, a time limit). Prints per size the time of analyze (wall and CPU), peak RSS and the bytes of the JSON
// report, and per case the growth per doubling (CPU time at 2n / at n, nothing subtracted; wall time beside it,
// which waits for a core on a busy machine), PASS when ≤ 2.5×; and the
// special target: the 440 KB quote-dense pair of documents in under 10 s of CPU time and 1 GB. When a case's first
// size takes under 1 s of CPU, each of its sizes runs three times and the least times count (one short run is mostly
// noise: a GC pause, a JIT tier-up; every size alike, so that the growth compares like with like).
//   npm run bench -- hostile                    every case (exit 1 if any FAIL)
//   npm run bench -- hostile nested giant-token only the cases named (a name's prefix selects too)
//   npm run bench -- hostile --no-fail          print only, exit 0 (also HOSTILE_NO_FAIL=1)
//   npm run bench -- hostile --list             the case names
//   HOSTILE_TIMEOUT_S=300                       time limit of one child (default 180 s)
//   npx tsx test/bench/hostile.ts child <case> <n>   one measurement (prints a RESULT line)
//   npx tsx test/bench/hostile.ts stages <case> <n> [per-document]  time of each stage of analyze on it (to find
//                                               the slow one); per-document: only document, marks, actors, quotes
import { runChild } from './child.js';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { prng } from './corpus.js';
import type { ArticleInput } from '../../src/index.js';

/** Growth per doubling of size allowed for every case (time at 2n / time at n). */
const MAX_GROWTH = 2.5;
/** The special target's limits: the 440 KB quote-dense pair. */
const SPECIAL_MAX_S = 10;
const SPECIAL_MAX_RSS_MB = 1024;
const CHILD_TIMEOUT_MS = Number(process.env.HOSTILE_TIMEOUT_S ?? 180) * 1000;

/** Whose part of issue 14 fixes the case (the stage the time goes to), for the table. */
type Owner = 'document/quotes/actors' | 'quote-clusters' | 'coverage/align' | 'cli';

interface Case {
  readonly name: string;
  readonly what: string;
  /** The two sizes measured (the second is twice the first), or one size for an absolute target. */
  readonly sizes: readonly number[];
  readonly unit: string;
  readonly owner: Owner;
  /** Inputs for analyze; for html cases, the HTML of one page (loaded through the CLI's loader). */
  readonly build: (n: number) => ArticleInput[] | { html: string };
  /** An absolute target at one size, instead of growth. */
  readonly limit?: { seconds: number; rssMB: number };
}

// ---------------------------------------------------------------------------------------------- generators

const SYLLABLES = ['ba', 'ko', 'ti', 'ren', 'mu', 'sal', 'de', 'vor', 'li', 'pan', 'gu', 'em', 'shi', 'tor', 'na', 'cel'];

/** The i-th distinct pseudo-word (base-16 digits spelled as syllables; two or more syllables). */
function word(i: number): string {
  let s = '';
  let k = i;
  do {
    s += SYLLABLES[k % SYLLABLES.length];
    k = Math.floor(k / SYLLABLES.length);
  } while (k > 0);
  return s.length < 4 ? `${s}ra` : s;
}

const COMMON = [
  'the', 'mayor', 'said', 'council', 'bridge', 'would', 'reopen', 'on', 'Monday', 'after', 'repairs', 'to', 'its',
  'deck', 'officials', 'told', 'reporters', 'that', 'traffic', 'was', 'expected', 'return', 'normal', 'by', 'week',
  'residents', 'welcomed', 'news', 'but', 'some', 'asked', 'why', 'work', 'took', 'so', 'long', 'a', 'spokesman',
]; // prettier-ignore

const NAMES = ['Maria Lopez', 'John Carter', 'Ana Silva', 'Peter Brandt', 'Leila Haddad', 'Tom Okafor', 'Sara Berg', 'Ivan Petrov'];

/** One ordinary sentence of common words, seeded; sometimes with a name, sometimes a short quote. */
function sentence(rnd: () => number): string {
  const n = 8 + Math.floor(rnd() * 10);
  const words: string[] = [];
  for (let k = 0; k < n; k++) words.push(COMMON[Math.floor(rnd() * COMMON.length)] ?? 'the');
  const s = words.join(' ');
  const name = NAMES[Math.floor(rnd() * NAMES.length)] ?? 'Maria Lopez';
  const body = s.charAt(0).toUpperCase() + s.slice(1);
  const r = rnd();
  if (r < 0.2) return `“${body},” ${name} said.`;
  if (r < 0.35) return `${body}, ${name} said.`;
  return `${body}.`;
}

/** An article of about `chars` characters: paragraphs of 2–5 generated sentences. */
function article(rnd: () => number, chars: number): string {
  const paras: string[] = [];
  let len = 0;
  while (len < chars) {
    const k = 2 + Math.floor(rnd() * 4);
    const p: string[] = [];
    for (let j = 0; j < k; j++) p.push(sentence(rnd));
    const text = p.join(' ');
    paras.push(text);
    len += text.length + 2;
  }
  return paras.join('\n\n');
}

const MIXED_MARKS = ['"', '“', '”', '‘', '’', '«', '»', '„', '‹', '›', "'"];

// ------------------------------------------------------------------------------------------------ the cases

const quoteDense = (n: number): ArticleInput[] => {
  const text = 'he said "x," she said '.repeat(n);
  return [
    { id: 'a', text },
    { id: 'b', text },
  ];
};

export const CASES: readonly Case[] = [
  {
    name: 'quote-dense',
    what: '`he said "x," she said ` × n, two documents',
    sizes: [500, 1000],
    unit: 'reps',
    owner: 'quote-clusters',
    build: quoteDense,
  },
  {
    name: 'quote-dense-440k',
    what: 'the same at n = 20,000 (440 KB each): < 10 s, < 1 GB',
    sizes: [20_000],
    unit: 'reps',
    owner: 'quote-clusters',
    build: quoteDense,
    limit: { seconds: SPECIAL_MAX_S, rssMB: SPECIAL_MAX_RSS_MB },
  },
  {
    name: 'straight-quotes',
    what: '`"a ` × n, one document',
    sizes: [16_000, 32_000],
    unit: 'reps',
    owner: 'document/quotes/actors',
    build: (n) => [{ id: 'a', text: '"a '.repeat(n) }],
  },
  {
    name: 'one-sentence-docs',
    what: 'n documents of one generated sentence each',
    sizes: [1000, 2000],
    unit: 'docs',
    owner: 'coverage/align',
    build: (n) => {
      const rnd = prng(14);
      return Array.from({ length: n }, (_, i) => ({ id: `d${i}`, text: sentence(rnd) }));
    },
  },
  {
    name: 'identical-copies',
    what: 'n identical copies of one generated 5 KB article',
    sizes: [100, 200],
    unit: 'copies',
    owner: 'quote-clusters',
    build: (n) => {
      const text = article(prng(5), 5000);
      return Array.from({ length: n }, (_, i) => ({ id: `c${i}`, text }));
    },
  },
  {
    name: 'distinct-words',
    what: 'one paragraph of n distinct words (no punctuation)',
    sizes: [35_000, 70_000],
    unit: 'words',
    owner: 'document/quotes/actors',
    build: (n) => [{ id: 'a', text: Array.from({ length: n }, (_, i) => word(i)).join(' ') }],
  },
  {
    name: 'mixed-marks',
    what: 'n KB of `a` between random quote marks of eleven kinds, no full stop',
    sizes: [64, 128],
    unit: 'KB',
    owner: 'document/quotes/actors',
    build: (n) => {
      const rnd = prng(3);
      const mark = (): string => MIXED_MARKS[Math.floor(rnd() * MIXED_MARKS.length)] ?? '"';
      let text = '';
      while (text.length < n * 1024) text += `${mark()}a${mark()} `;
      return [{ id: 'a', text }];
    },
  },
  {
    name: 'nested-marks',
    what: 'quote marks nested n deep (“ and ‘ alternating), then all closed',
    sizes: [2000, 4000],
    unit: 'depth',
    owner: 'document/quotes/actors',
    build: (n) => {
      const open: string[] = [];
      const close: string[] = [];
      for (let k = 0; k < n; k++) {
        open.push(`${k % 2 === 0 ? '“' : '‘'}${word(k)} said`);
        close.push(`${word(n + k)}${k % 2 === 0 ? '”' : '’'}`);
      }
      const text = `Maria Lopez said ${open.join(' ')} ${close.reverse().join(' ')} and left.`;
      return [
        { id: 'a', text },
        { id: 'b', text: `${text}\n\nA second paragraph.` },
      ];
    },
  },
  {
    name: 'giant-token',
    what: 'one token of n KB inside a sentence',
    sizes: [2048, 4096],
    unit: 'KB',
    owner: 'document/quotes/actors',
    build: (n) => [{ id: 'a', text: `The mayor said ${'ab'.repeat(n * 512)} was the word.` }],
  },
  {
    name: 'whitespace',
    what: 'whitespace-only text of n KB (spaces, tabs, line breaks)',
    sizes: [1024, 2048],
    unit: 'KB',
    owner: 'document/quotes/actors',
    build: (n) => {
      const unit = ' \n'; // space, line break: a paragraph and a wink-nlp sentence per line
      return [{ id: 'a', text: unit.repeat(Math.ceil((n * 1024) / unit.length)).slice(0, n * 1024) }];
    },
  },
  {
    name: 'html-comment',
    what: 'n KB of HTML: short paragraphs, each opening a `<!--` that nothing closes',
    sizes: [280, 560],
    unit: 'KB',
    owner: 'cli',
    build: (n) => htmlPage(n, 8, (rnd) => `${sentence(rnd)} <!-- ${COMMON[Math.floor(rnd() * COMMON.length)] ?? 'a'}\n\n`),
  },
  {
    name: 'html-deep',
    what: 'n thousand nested <div> elements around an article (the article extractor is given at most 256 levels)',
    sizes: [10, 20],
    unit: 'k levels',
    owner: 'cli',
    build: (n) => {
      const rnd = prng(11);
      const body = Array.from({ length: 40 }, () => `<p>${sentence(rnd)}</p>`).join('');
      return { html: `<html><body>${'<div>'.repeat(n * 1000)}${body}${'</div>'.repeat(n * 1000)}</body></html>` };
    },
  },
  {
    name: 'html-bare-lt',
    what: 'n KB of HTML: short paragraphs of text with a bare `<` and no `>` after',
    sizes: [280, 560],
    unit: 'KB',
    owner: 'cli',
    build: (n) => htmlPage(n, 9, (rnd) => `${sentence(rnd)} Prices rose 3 < 4 percent.\n\n`),
  },
];

/** An HTML page of about `kb` KB: paragraphs made by `paragraph` from a generator seeded with `seed`. */
function htmlPage(kb: number, seed: number, paragraph: (rnd: () => number) => string): { html: string } {
  const rnd = prng(seed);
  const parts = ['<html><body>'];
  for (let len = 0; len < kb * 1024;) {
    const p = paragraph(rnd);
    parts.push(p);
    len += p.length;
  }
  return { html: parts.join('') };
}

// ------------------------------------------------------------------------------------------------ the child

interface ChildResult {
  name: string;
  n: number;
  docs: number;
  chars: number;
  /** analyze (plus the HTML loader for html cases), wall s. */
  seconds: number;
  /** The same in CPU time of the child (all its threads), s. */
  cpuSeconds: number;
  /** The HTML loader alone, CPU s (html cases). */
  loadSeconds?: number;
  maxRssMB: number;
  /** Bytes of toJSON's report, or why it could not be written. */
  jsonBytes: number | string;
  quotes: number;
  alignments: number;
}

/** The CLI's HTML loader, called in this one place (its module may move; see src/cli). */
async function loadHtml(html: string): Promise<string> {
  const { htmlArticle } = await import('../../src/cli/html-article.js');
  return htmlArticle(html).text;
}

async function child(name: string, n: number): Promise<ChildResult> {
  const c = CASES.find((x) => x.name === name);
  if (c === undefined) throw new Error(`no case ${name}`);
  const { analyze, toJSON } = await import('../../src/index.js');
  const toInputs = async (built: ArticleInput[] | { html: string }): Promise<ArticleInput[]> =>
    Array.isArray(built) ? built : [{ id: 'page', text: await loadHtml(built.html) }];
  // Warm-up outside the timing (model loading, JIT): the same case at a small size.
  const small = Math.max(1, Math.floor((c.sizes[0] ?? n) / 16));
  await analyze(await toInputs(c.build(small)));
  const built = c.build(n);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const inputs = await toInputs(built);
  const c1 = process.cpuUsage(c0);
  // The documented limits guard users from inputs too large to analyze; the bench measures growth past them.
  const report = await analyze(inputs, { limits: { maxDocumentChars: 1e9, maxTotalChars: 1e9 } });
  const seconds = (performance.now() - t0) / 1000;
  const c2 = process.cpuUsage(c0);
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  let jsonBytes: number | string;
  try {
    jsonBytes = Buffer.byteLength(toJSON(report));
  } catch (e) {
    jsonBytes = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  return {
    name,
    n,
    docs: inputs.length,
    chars: inputs.reduce((s, a) => s + a.text.length, 0),
    seconds,
    cpuSeconds: (c2.user + c2.system) / 1e6,
    ...(Array.isArray(built) ? {} : { loadSeconds: (c1.user + c1.system) / 1e6 }),
    maxRssMB,
    jsonBytes,
    quotes: report.quotes.length,
    alignments: report.alignments.length,
  };
}

/**
 * CPU time below which one run says little (a GC pause or a JIT tier-up is a large share of it): when a case's first
 * size is that short, every size of the case runs {@link REPEATS} times.
 */
const SHORT_CPU_S = 1;
/** Runs of each size of a short case; the least times count, as the least disturbed by other work on the machine. */
const REPEATS = 3;

const runOnce = (name: string, n: number): ChildResult | string =>
  runChild<ChildResult>(fileURLToPath(import.meta.url), [name, String(n)], CHILD_TIMEOUT_MS, 'HOSTILE_TIMEOUT_S');

/** The least times of `first` and `runs - 1` more runs of one size (a failed run ends it). */
function best(name: string, n: number, first: ChildResult | string, runs: number): ChildResult | string {
  let out = first;
  for (let k = 1; k < runs && typeof out !== 'string'; k++) {
    const r = runOnce(name, n);
    if (typeof r === 'string') return r;
    out = {
      ...out,
      seconds: Math.min(out.seconds, r.seconds),
      cpuSeconds: Math.min(out.cpuSeconds, r.cpuSeconds),
      ...(out.loadSeconds !== undefined && r.loadSeconds !== undefined ? { loadSeconds: Math.min(out.loadSeconds, r.loadSeconds) } : {}),
      maxRssMB: Math.min(out.maxRssMB, r.maxRssMB),
    };
  }
  return out;
}

/**
 * Every size of a case, each in fresh processes: once, or {@link REPEATS} times each when the first size's first run
 * is short (the same number of runs for every size, so that the growth compares like with like).
 */
function measureCase(name: string, sizes: readonly number[]): (ChildResult | string)[] {
  let runs = 1;
  return sizes.map((n, i) => {
    const first = runOnce(name, n);
    if (i === 0 && typeof first !== 'string' && first.cpuSeconds < SHORT_CPU_S) runs = REPEATS;
    return best(name, n, first, runs);
  });
}

// ------------------------------------------------------------------------------------------------- the main

const fmt = (x: number, d = 0): string => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const mb = (bytes: number | string): string =>
  typeof bytes === 'number' ? `${fmt(bytes / 2 ** 20, 1)} MB` : (bytes.split(':')[0] ?? bytes);

/** Runs the cases named in `args` (all when none), prints the table; returns the exit code. */
export function main(args: readonly string[]): number {
  if (args[0] === 'child') return -1; // handled by the caller
  const noFail = args.includes('--no-fail') || process.env.HOSTILE_NO_FAIL === '1';
  if (args.includes('--list')) {
    for (const c of CASES) console.log(`${c.name.padEnd(18)} ${c.what}`);
    return 0;
  }
  const wanted = args.filter((a) => !a.startsWith('--'));
  const chosen = wanted.length === 0 ? CASES : CASES.filter((c) => wanted.some((w) => c.name === w || c.name.startsWith(w)));
  const unknown = wanted.filter((w) => !CASES.some((c) => c.name === w || c.name.startsWith(w)));
  if (unknown.length > 0) {
    console.error(`unknown case: ${unknown.join(', ')}; cases: ${CASES.map((c) => c.name).join(', ')}`);
    return 2;
  }
  console.log('narrative-diff hostile bench — generated inputs, each size in a fresh process; time is analyze (html: loader + analyze)');
  console.log(
    `growth is judged on CPU time (the child's, GC threads included): on a shared machine wall time also counts the waits for a core; when a case's first size takes under ${SHORT_CPU_S} s CPU, each of its sizes runs ${REPEATS} times and the least times count`,
  );
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} at start; target: time growth ≤ ${MAX_GROWTH}× per doubling\n`,
  );
  console.log(
    `${'case'.padEnd(18)} ${'size'.padStart(12)} ${'chars'.padStart(9)} ${'docs'.padStart(5)} ${'wall'.padStart(9)} ${'CPU'.padStart(9)} ${'peak RSS'.padStart(9)} ${'JSON'.padStart(10)}  ${'quotes'.padStart(7)}  owner`,
  );
  const verdicts: { name: string; line: string; pass: boolean }[] = [];
  for (const c of chosen) {
    const results: (ChildResult | string)[] = [];
    const measured = measureCase(c.name, c.sizes);
    for (const [k, n] of c.sizes.entries()) {
      const r = measured[k] ?? 'not run';
      results.push(r);
      const size = `${fmt(n)} ${c.unit}`;
      if (typeof r === 'string') console.log(`${c.name.padEnd(18)} ${size.padStart(12)}  ${r}`);
      else {
        const load = r.loadSeconds === undefined ? '' : `  (loader ${fmt(r.loadSeconds, 2)} s)`;
        console.log(
          `${c.name.padEnd(18)} ${size.padStart(12)} ${fmt(r.chars).padStart(9)} ${fmt(r.docs).padStart(5)} ${`${fmt(r.seconds, 2)} s`.padStart(9)} ${`${fmt(r.cpuSeconds, 2)} s`.padStart(9)} ` +
            `${`${fmt(r.maxRssMB)} MB`.padStart(9)} ${mb(r.jsonBytes).padStart(10)}  ${fmt(r.quotes).padStart(7)}  ${c.owner}${load}`,
        );
      }
    }
    const [a, b] = results;
    if (c.limit !== undefined) {
      // Judged on CPU time, as growth is: on a shared machine wall time also counts the waits for a core.
      const pass = typeof a === 'object' && a.cpuSeconds < c.limit.seconds && a.maxRssMB < c.limit.rssMB;
      const got =
        typeof a === 'object' ? `CPU ${fmt(a.cpuSeconds, 2)} s (wall ${fmt(a.seconds, 2)} s), ${fmt(a.maxRssMB)} MB` : (a ?? 'not run');
      verdicts.push({ name: c.name, line: `${got} (limit < ${c.limit.seconds} s CPU, < ${fmt(c.limit.rssMB)} MB)`, pass });
    } else if (typeof a === 'object' && typeof b === 'object') {
      // html: the loader's own growth counts too once it takes measurable time (it is part of the total).
      const loader = a.loadSeconds !== undefined && b.loadSeconds !== undefined && b.loadSeconds >= 0.2 ? b.loadSeconds / a.loadSeconds : 0;
      const growth = Math.max(b.cpuSeconds / a.cpuSeconds, loader);
      const rss = b.maxRssMB / a.maxRssMB;
      const json = typeof a.jsonBytes === 'number' && typeof b.jsonBytes === 'number' ? `, JSON ${fmt(b.jsonBytes / a.jsonBytes, 2)}×` : '';
      verdicts.push({
        name: c.name,
        line: `CPU time ${fmt(b.cpuSeconds / a.cpuSeconds, 2)}× per doubling (wall ${fmt(b.seconds / a.seconds, 2)}×)${loader > 0 ? ` (loader alone ${fmt(loader, 2)}×)` : ''}, peak RSS ${fmt(rss, 2)}×${json}${typeof b.jsonBytes === 'string' ? ' (JSON not written)' : ''}`,
        pass: growth <= MAX_GROWTH && typeof b.jsonBytes === 'number',
      });
    } else {
      verdicts.push({
        name: c.name,
        line: `not measured at both sizes: ${[a, b].filter((x) => typeof x === 'string').join('; ')}`,
        pass: false,
      });
    }
  }
  console.log('');
  for (const v of verdicts) console.log(`${v.name.padEnd(18)} ${v.pass ? 'PASS' : 'FAIL'}  ${v.line}`);
  const failed = verdicts.filter((v) => !v.pass).length;
  console.log(
    `\n${failed === 0 ? 'all hostile targets met' : `${failed} of ${verdicts.length} hostile cases FAIL`}${noFail && failed > 0 ? ' (--no-fail: exit 0)' : ''}`,
  );
  return failed > 0 && !noFail ? 1 : 0;
}

/** Where analyze's time goes on one case at one size (stages.ts's breakdown, after a warm-up). */
async function stages(name: string, n: number, perDocument: boolean): Promise<void> {
  const c = CASES.find((x) => x.name === name);
  if (c === undefined) throw new Error(`no case ${name}`);
  const { analyze } = await import('../../src/index.js');
  const { timeStages } = await import('./stages.js');
  const toInputs = async (built: ArticleInput[] | { html: string }): Promise<ArticleInput[]> =>
    Array.isArray(built) ? built : [{ id: 'page', text: await loadHtml(built.html) }];
  await analyze(await toInputs(c.build(Math.max(1, Math.floor((c.sizes[0] ?? n) / 16)))));
  const inputs = await toInputs(c.build(n));
  if (perDocument) {
    // The stages that read one document at a time, alone (the others may not finish on a hostile case).
    const { readCorpus } = await import('../../src/document/read.js');
    const { resolveActors } = await import('../../src/actors/index.js');
    const { extractQuotes, findCredits, findQuotes } = await import('../../src/quotes/index.js');
    let t = performance.now();
    let cpu = process.cpuUsage();
    const lap = (stage: string): void => {
      const used = process.cpuUsage(cpu);
      console.log(
        `${stage.padEnd(12)} ${((performance.now() - t) / 1000).toFixed(2).padStart(7)} s   CPU ${((used.user + used.system) / 1e6).toFixed(2).padStart(7)} s`,
      );
      t = performance.now();
      cpu = process.cpuUsage();
    };
    const corpus = readCorpus(inputs);
    lap('readCorpus');
    const marks = findQuotes(corpus);
    lap('quote marks');
    const actors = resolveActors(
      corpus,
      marks.map((m) => m.ranges),
    );
    lap('actors');
    const quotes = extractQuotes(corpus, marks, actors.index, findCredits(corpus));
    lap('quotes');
    console.log(`${quotes.length} quotes; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    return;
  }
  for (const t of timeStages(inputs)) {
    console.log(
      `${t.stage.padEnd(12)} ${t.seconds.toFixed(2).padStart(7)} s   heap ${t.heapMB.toFixed(0).padStart(5)} MB   peak RSS ${t.peakRssMB.toFixed(0).padStart(5)} MB`,
    );
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv[2] === 'stages') await stages(process.argv[3] ?? '', Number(process.argv[4] ?? 0), process.argv[5] === 'per-document');
  else if (process.argv[2] === 'child') {
    const r = await child(process.argv[3] ?? '', Number(process.argv[4] ?? 0));
    console.log(`RESULT ${JSON.stringify(r)}`);
  } else process.exitCode = main(process.argv.slice(2));
}
