// `npm run bench -- report-size`: how big the report is against its input, at the 250- and 2,000-article
// bench corpora (corpus.ts), and how it grows. Targets (issue 14): JSON ≤ 5× the input bytes at 2,000
// articles, and JSON bytes at 2,000 / at 250 ≤ 9 (the corpus grows 8×: the report must grow about linearly).
// Prints the JSON bytes of each top-level section and of the largest fields inside them, and the Markdown
// and HTML sizes beside. Each size runs in its own child process (fresh heap, its own time limit).
//   npx tsx test/bench/report-size.ts                 both sizes and the verdict
//   npx tsx test/bench/report-size.ts child <n>       one size, one RESULT line
import { runChild } from './child.js';
import { fileURLToPath } from 'node:url';
import { buildCorpus, sourceArticles } from './corpus.js';

const SIZES = [250, 2000] as const;
const MAX_JSON_OVER_INPUT = 5;
const MAX_GROWTH = 9;
const CHILD_TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 600) * 1000;

interface SizeResult {
  readonly n: number;
  readonly seconds: number;
  readonly inputBytes: number;
  readonly jsonBytes: number;
  /** The same report without any line breaks or indentation (`JSON.stringify(report)`). */
  readonly compactBytes: number;
  /** JSON bytes of each top-level section, compact (as toJSON writes array elements). */
  readonly sections: Record<string, number>;
  /** JSON bytes of fields inside sections (`alignments[].pairs`, `coverage.items`, …). */
  readonly fields: Record<string, number>;
  readonly markdownBytes: number;
  readonly htmlBytes: number;
}

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Bytes of `value` as toJSON writes it inside an array element: compact (a section is within a few bytes a line of it). */
function bytesAt(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : utf8(text);
}

/** Bytes of one field of every element of an array (key, colon and comma included). */
function fieldBytes(list: readonly object[], field: string): number {
  let sum = 0;
  for (const el of list) {
    const v = (el as Record<string, unknown>)[field];
    if (v !== undefined) sum += utf8(JSON.stringify(field)) + 1 + bytesAt(v) + 1;
  }
  return sum;
}

async function child(n: number): Promise<SizeResult> {
  const { analyze, toHTML, toJSON, toMarkdown } = await import('../../src/index.js');
  const inputs = buildCorpus(sourceArticles(), n);
  const inputBytes = inputs.reduce((s, a) => s + utf8(a.text), 0);
  const t0 = performance.now();
  const report = await analyze(inputs);
  const seconds = (performance.now() - t0) / 1000;
  const top = report as unknown as Record<string, unknown>;
  const sections: Record<string, number> = {};
  for (const [k, v] of Object.entries(top)) sections[k] = bytesAt(v);
  const jsonBytes = utf8(toJSON(report));
  let compactBytes = 1;
  for (const [k, v] of Object.entries(top)) compactBytes += utf8(JSON.stringify(k)) + 2 + utf8(JSON.stringify(v));
  const fields: Record<string, number> = {};
  const perElement = (name: string, list: readonly object[]): void => {
    const keys = new Set<string>();
    for (const el of list) for (const k of Object.keys(el)) keys.add(k);
    for (const k of keys) fields[`${name}[].${k}`] = fieldBytes(list, k);
  };
  perElement('alignments', report.alignments);
  perElement('quoteClusters', report.quoteClusters);
  for (const [k, v] of Object.entries(report.framing)) fields[`framing.${k}`] = bytesAt(v);
  for (const [k, v] of Object.entries(report.coverage)) fields[`coverage.${k}`] = bytesAt(v);
  perElement('coverage.items', report.coverage.items);
  perElement('coverage.documents', report.coverage.documents);
  const texts = Object.fromEntries(inputs.map((a) => [a.id, a.text]));
  const markdownBytes = utf8(toMarkdown(report));
  const htmlBytes = utf8(toHTML(report, texts));
  return { n, seconds, inputBytes, jsonBytes, compactBytes, sections, fields, markdownBytes, htmlBytes };
}

const measure = (n: number): SizeResult | string =>
  runChild<SizeResult>(fileURLToPath(import.meta.url), [String(n)], CHILD_TIMEOUT_MS, 'BENCH_TIMEOUT_S');

const mb = (b: number): string => `${(b / 2 ** 20).toFixed(2)} MB`;
const x = (r: number): string => `${r.toFixed(2)}x`;

/** Measures both sizes in child processes and prints the table and the verdict; exit code 1 on a miss. */
export async function reportSize(args: readonly string[] = []): Promise<void> {
  // `--known-miss <target>` (json-over-input or growth): the target is measured and printed as it is, but a
  // miss already reported in an issue does not fail the run, so CI still guards the targets that are met.
  const knownMisses = args.flatMap((a, i) => (args[i - 1] === '--known-miss' ? [a] : []));
  console.log('narrative-diff report size — bench corpora built from ../shared/corpus, each size in a fresh process\n');
  const results: SizeResult[] = [];
  for (const n of SIZES) {
    const r = measure(n);
    if (typeof r === 'string') console.log(`n=${n}: ${r}`);
    else results.push(r);
  }
  const [small, big] = [results.find((r) => r.n === SIZES[0]), results.find((r) => r.n === SIZES[1])];
  const rows: [string, (r: SizeResult) => number][] = [
    ['input (article texts, UTF-8)', (r) => r.inputBytes],
    ['JSON report (toJSON, as the CLI writes it)', (r) => r.jsonBytes],
    ...Object.keys((big ?? small)?.sections ?? {}).map((k): [string, (r: SizeResult) => number] => [`  ${k}`, (r) => r.sections[k] ?? 0]),
    ...Object.keys((big ?? small)?.fields ?? {})
      .filter((k) => Math.max(small?.fields[k] ?? 0, big?.fields[k] ?? 0) >= 2 ** 16)
      .map((k): [string, (r: SizeResult) => number] => [`    ${k}`, (r) => r.fields[k] ?? 0]),
    ['JSON report without indentation', (r) => r.compactBytes],
    ['Markdown report', (r) => r.markdownBytes],
    ['HTML report (with texts)', (r) => r.htmlBytes],
  ];
  console.log(`${'bytes'.padEnd(44)} ${'n=250'.padStart(12)} ${'n=2,000'.padStart(12)} ${'2,000/250'.padStart(10)}`);
  for (const [label, get] of rows) {
    const a = small === undefined ? undefined : get(small);
    const b = big === undefined ? undefined : get(big);
    const growth = a !== undefined && b !== undefined && a > 0 ? x(b / a) : '';
    console.log(
      `${label.padEnd(44)} ${(a === undefined ? '—' : mb(a)).padStart(12)} ${(b === undefined ? '—' : mb(b)).padStart(12)} ${growth.padStart(10)}`,
    );
  }
  for (const r of results) console.log(`analyze n=${r.n}: ${r.seconds.toFixed(1)} s`);
  console.log('');
  let ok = results.length === SIZES.length;
  const verdict = (name: string, label: string, value: number | undefined, max: number): void => {
    const pass = value !== undefined && value <= max;
    const known = knownMisses.includes(name);
    if (!pass && !known) ok = false;
    const mark = pass ? 'PASS' : known ? `FAIL (a known miss, --known-miss ${name}: not counted in the exit code)` : 'FAIL';
    console.log(`${label.padEnd(44)} ${(value === undefined ? 'not measured' : x(value)).padStart(12)}  target ≤ ${max}  ${mark}`);
  };
  verdict('json-over-input', 'JSON / input, 2,000 articles', big && big.jsonBytes / big.inputBytes, MAX_JSON_OVER_INPUT);
  verdict('growth', 'JSON bytes 2,000 / 250', big && small && big.jsonBytes / small.jsonBytes, MAX_GROWTH);
  // Shown beside, not part of the verdict: the issue's own figures (8.9 → 99 MB) were of JSON.stringify(report).
  const info = (label: string, value: number | undefined): void =>
    console.log(`${label.padEnd(44)} ${(value === undefined ? 'not measured' : x(value)).padStart(12)}  (without indentation)`);
  info('JSON / input, 2,000 articles', big && big.compactBytes / big.inputBytes);
  info('JSON bytes 2,000 / 250', big && small && big.compactBytes / small.compactBytes);
  console.log(`\n${ok ? 'PASS' : 'FAIL'}`);
  process.exitCode = ok ? 0 : 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv[2] === 'child') {
    const r = await child(Number(process.argv[3] ?? 250));
    console.log(`RESULT ${JSON.stringify(r)}`);
  } else await reportSize(process.argv.slice(2));
}
