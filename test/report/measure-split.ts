// Measures reports per story and the flat exports on the bench corpus (read from ../shared at run time):
//   npx tsx test/report/measure-split.ts [articles, default 250]
// prints the stories, the full JSON report's size, the time to split it and the story reports' sizes, the
// summary's size, and each table's rows and sizes as CSV and JSON Lines.
import { jsonChunks } from '../../src/cli/json-stream.js';
import { analyze, corpusSummary, splitByStory, toCSV, toJSONLines } from '../../src/index.js';
import { buildCorpus, sourceArticles } from '../bench/corpus.js';

const n = Number(process.argv[2] ?? 250);
const ms = (t: number): string => `${(performance.now() - t).toFixed(0)} ms`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
const bytes = (chunks: Iterable<string>): number => {
  let b = 0;
  for (const c of chunks) b += Buffer.byteLength(c);
  return b;
};

let t = performance.now();
const report = await analyze(buildCorpus(sourceArticles(), n));
const sizes = report.stories.map((s) => s.docIds.length);
console.log(`analyze ${n} articles: ${ms(t)}; ${report.stories.length} stories (largest ${Math.max(...sizes)} documents)`);
console.log(`${report.alignments.length} alignments, ${report.commonPassages.length} common passages, ${report.quotes.length} quotes`);
t = performance.now();
console.log(`full JSON report: ${mb(bytes(jsonChunks(report)))} (${ms(t)})`);
t = performance.now();
let docs = 0;
for (const p of splitByStory(report)) docs += p.documents.length;
console.log(`splitByStory, all stories (${docs} documents): ${ms(t)}`);
let all = 0;
let largest = 0;
for (const p of splitByStory(report)) {
  const b = bytes(jsonChunks(p));
  all += b;
  largest = Math.max(largest, b);
}
console.log(`story JSON reports: ${mb(all)} in all, the largest ${mb(largest)}`);
t = performance.now();
console.log(`corpusSummary: ${(JSON.stringify(corpusSummary(report), null, 2).length / 1e3).toFixed(1)} KB (${ms(t)})`);
for (const table of ['alignments', 'quotes', 'labels'] as const) {
  t = performance.now();
  const csv = toCSV(report, table);
  const jsonl = toJSONLines(report, table);
  console.log(
    `${table}: ${csv.split('\r\n').length - 2} rows, CSV ${mb(Buffer.byteLength(csv))}, JSON Lines ${mb(Buffer.byteLength(jsonl))} (${ms(t)} both)`,
  );
}
