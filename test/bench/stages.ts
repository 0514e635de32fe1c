// Time of each stage of analyze on one bench corpus, to read before optimizing (not a target check):
//   npx tsx test/bench/stages.ts [articles=250]
// Runs the same stage calls as src/analyze.ts, in order, after the same warm-up as the bench, and times
// wink-nlp's bare readDoc on the same text in the same process, so each stage can be read as a multiple
// of it. `npm run bench` prints the same breakdown for 2,000 articles.
import { keepReuseInStories } from '../../src/reuse/index.js';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { buildCorpus, sourceArticles } from './corpus.js';
import { alignCorpus, resolveAlignOptions } from '../../src/align/index.js';
import { analyze } from '../../src/analyze.js';
import { readCorpus } from '../../src/document/read.js';
import { resolveActors } from '../../src/actors/index.js';
import { buildCoverage } from '../../src/coverage/index.js';
import { analyzeFraming, resolveFramingOptions } from '../../src/framing/index.js';
import { extractQuotes, findCredits, findQuotes } from '../../src/quotes/index.js';
import { clusterQuotes, resolveQuoteClusterOptions } from '../../src/quote-clusters/index.js';
import { buildReport } from '../../src/report/build.js';
import { groupStories, resolveStoriesOption } from '../../src/stories/index.js';
import type { ArticleInput } from '../../src/types.js';

/** One timed step: wall and CPU seconds, heap after it and the peak RSS so far (MB). */
export interface StageTime {
  readonly stage: string;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly heapMB: number;
  readonly peakRssMB: number;
}

/** Times bare readDoc, then every stage of analyze, on the bench corpus of `n` articles. */
export async function stageTimes(n: number): Promise<{ tokens: number; times: StageTime[] }> {
  const inputs = buildCorpus(sourceArticles(), n);
  const w = winkNLP(model); // readDoc as a user gets it: wink-nlp's default pipeline
  const warm = buildCorpus(sourceArticles(), 40, 550, 7);
  for (const a of warm) w.readDoc(a.text);
  // As the bench does: every stage runs once on a few other articles first (data loading, JIT).
  await analyze(warm.slice(0, 10));
  let tokens = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const a of inputs) tokens += w.readDoc(a.text).tokens().length();
  const c = process.cpuUsage(c0);
  const readDoc: StageTime = {
    stage: 'readDoc',
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: (c.user + c.system) / 1e6,
    heapMB: process.memoryUsage().heapUsed / 2 ** 20,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
  return { tokens, times: [readDoc, ...timeStages(inputs)] };
}

/**
 * Times every stage of analyze on `inputs`, in order, in this process (warm it up first). The first
 * entry, 'start', is the moment before the first stage.
 */
export function timeStages(inputs: readonly ArticleInput[]): StageTime[] {
  // Wall time, and the CPU time of this process, which other work on a busy machine disturbs less.
  const times: StageTime[] = [];
  let t = performance.now();
  let cpu = process.cpuUsage();
  const lap = (stage: string): void => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    times.push({
      stage,
      seconds: (now - t) / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
      heapMB: process.memoryUsage().heapUsed / 2 ** 20,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    });
    t = performance.now();
    cpu = process.cpuUsage();
  };
  lap('start');
  const corpus = readCorpus(inputs);
  lap('readCorpus');
  // 'actors' is the quote marks and the actors stage (both were timed as part of 'quotes' before they were apart).
  const marks = findQuotes(corpus);
  const quoteRanges = marks.map((m) => m.ranges);
  const actors = resolveActors(corpus, quoteRanges);
  lap('actors');
  const stories = groupStories(corpus, actors.names, resolveStoriesOption(undefined));
  lap('stories');
  const found = alignCorpus(corpus, resolveAlignOptions({}));
  lap('align');
  const { alignments, commonPassages } = keepReuseInStories(corpus, found, stories);
  lap('reuse');
  const credits = findCredits(corpus);
  const quotes = extractQuotes(corpus, marks, actors.index, credits);
  lap('quotes');
  const quoteClusters = clusterQuotes(corpus, quotes, alignments, resolveQuoteClusterOptions({}), stories);
  lap('qclusters');
  const coverage = buildCoverage(corpus, alignments, quoteClusters, quotes);
  lap('coverage');
  const framing = analyzeFraming(
    corpus,
    { quotes, quoteClusters, alignments, coverage, actors, credits, storyOf: stories.storyOf },
    resolveFramingOptions({}),
  );
  lap('framing');
  buildReport({ corpus, stories: stories.stories, alignments, commonPassages, quotes, quoteClusters, framing, coverage });
  lap('report');
  return times.slice(1);
}

/** The breakdown as lines: each stage's seconds and its multiple of bare readDoc's time. */
export function formatStages(times: readonly StageTime[]): string[] {
  const read = times.find((x) => x.stage === 'readDoc')?.seconds ?? Number.NaN;
  return times.map(
    (x) =>
      `${x.stage.padEnd(12)} ${x.seconds.toFixed(2).padStart(7)} s  ${(x.seconds / read).toFixed(2).padStart(5)}x readDoc   ` +
      `cpu ${x.cpuSeconds.toFixed(2).padStart(7)} s   heap ${x.heapMB.toFixed(0).padStart(5)} MB   peak RSS so far ${x.peakRssMB.toFixed(0).padStart(5)} MB`,
  );
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = Number(process.argv[2] ?? 250);
  const { tokens, times } = await stageTimes(n);
  for (const line of formatStages(times)) console.log(line);
  console.log(`${n} articles, ${tokens} wink tokens; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
