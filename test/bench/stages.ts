// Time of each stage of analyze on one bench corpus, to read before optimizing (not a target check):
//   npx tsx test/bench/stages.ts [articles=250]
// Runs the same stage calls as src/analyze.ts, in order, after the same warm-up as the bench.
import { buildCorpus, sourceArticles } from './corpus.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { alignCorpus, resolveAlignOptions } from '../../src/align/index.js';
import { readCorpus } from '../../src/document/read.js';
import { analyzeFraming, buildCoverage, resolveFramingOptions } from '../../src/framing/index.js';
import { clusterQuotes, extractQuotes } from '../../src/quotes/index.js';
import { resolveQuoteClusterOptions } from '../../src/quotes/clusters/index.js';
import { buildReport } from '../../src/report/build.js';
import { analyze } from '../../src/analyze.js';

const n = Number(process.argv[2] ?? 250);
const inputs = buildCorpus(sourceArticles(), n);
const w = winkNLP(model); // readDoc as a user gets it: wink-nlp's default pipeline
const warm = buildCorpus(sourceArticles(), 40, 550, 7);
for (const a of warm) w.readDoc(a.text);
// As the bench does: every stage runs once on a few other articles first (data loading, JIT).
await analyze(warm.slice(0, 10));
// Wall time, and the CPU time of this process, which other work on a busy machine disturbs less.
let t = performance.now();
let cpu = process.cpuUsage();
const lap = (label: string): void => {
  const now = performance.now();
  const used = process.cpuUsage(cpu);
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(
    `${label.padEnd(12)} ${((now - t) / 1000).toFixed(2).padStart(7)} s   cpu ${((used.user + used.system) / 1e6).toFixed(2).padStart(7)} s   ` +
      `heap ${heap.toFixed(0).padStart(5)} MB   peak RSS so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(5)} MB`,
  );
  t = now;
  cpu = process.cpuUsage();
};
let tokens = 0;
for (const a of inputs) tokens += w.readDoc(a.text).tokens().length();
lap('readDoc');
const corpus = readCorpus(inputs);
lap('readCorpus');
const alignments = alignCorpus(corpus, resolveAlignOptions({}));
lap('align');
const quotes = extractQuotes(corpus);
lap('quotes');
const quoteClusters = clusterQuotes(corpus, quotes, alignments, resolveQuoteClusterOptions({}));
lap('qclusters');
const coverage = buildCoverage(corpus, alignments, quoteClusters, quotes);
lap('coverage');
const framing = analyzeFraming(corpus, quotes, quoteClusters, alignments, resolveFramingOptions({}), coverage);
lap('framing');
buildReport({ corpus, alignments, quotes, quoteClusters, framing, coverage });
lap('report');
console.log(
  `${n} articles, ${tokens} wink tokens; ${alignments.length} alignments, ${quotes.length} quotes, ${quoteClusters.length} quote clusters; ` +
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
