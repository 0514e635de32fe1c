// Order dependence, measured: analyzes corpora as given, reversed and shuffled, and prints per report
// section how many elements differ in canonical form (test/helpers/canonical.ts: document order taken out).
//   npx tsx test/bench/order.ts                  basil-dev (120 articles), 300 bench articles, 200 generated corpora
//   npx tsx test/bench/order.ts --src <dir>      the same, analyzing with <dir>/index.ts (another checkout's src)
//   npx tsx test/bench/order.ts --only hostile   only the corpora whose name holds the word
import fc from 'fast-check';
import type { ArticleInput, Report } from '../../src/index.js';
import { canonicalReport, compareCanonical } from '../helpers/canonical.js';
import { corpus, rendering, sentencePlan, sentenceText } from '../helpers/generators.js';
import { readBasil } from '../quote-clusters/basil-corpus.js';
import { buildCorpus, prng, sourceArticles } from './corpus.js';
import { CASES } from './hostile.js';

const only = process.argv.indexOf('--only');
const pick = only >= 0 ? (process.argv[only + 1] ?? '') : '';
const at = process.argv.indexOf('--src');
const src = at >= 0 ? process.argv[at + 1] : undefined;
const { analyze } = (await import(src === undefined ? '../../src/index.js' : `${src}/index.ts`)) as {
  analyze: (inputs: readonly ArticleInput[]) => Promise<Report>;
};

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const rnd = prng(seed);
  return xs
    .map((x) => ({ x, k: rnd() }))
    .sort((a, b) => a.k - b.k)
    .map((p) => p.x);
}

/** Element differences per section between the report of `inputs` and of each reordering. */
async function differences(inputs: readonly ArticleInput[]): Promise<Record<string, Record<string, number>>> {
  const given = canonicalReport(await analyze(inputs));
  const out: Record<string, Record<string, number>> = {};
  for (const [name, order] of [
    ['reversed', [...inputs].reverse()],
    ['shuffled', shuffle(inputs, 14)],
  ] as const) {
    const d = compareCanonical(given, canonicalReport(await analyze(order)));
    out[name] = Object.fromEntries(d.map((x) => [x.section, Math.max(x.onlyA, x.onlyB)]));
  }
  return out;
}

const show = (r: Record<string, number>): string =>
  Object.keys(r).length === 0
    ? 'none'
    : Object.entries(r)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');

/** `n` one-sentence documents, each one of 60 sentences written its own way (the short documents). */
function shortDocuments(n: number): ArticleInput[] {
  const plans = fc.sample(sentencePlan, { seed: 3, numRuns: 60 });
  const ways = fc.sample(rendering, { seed: 4, numRuns: n });
  return ways.map((r, i) => ({ id: `s${i}`, text: sentenceText(plans[i % plans.length]!, r) }));
}

/** A hostile benchmark case's inputs at size `n` (test/bench/hostile.ts). */
function hostile(name: string, n: number): ArticleInput[] {
  const built = CASES.find((c) => c.name === name)?.build(n);
  return Array.isArray(built) ? built : [];
}

const basil = readBasil().flatMap((t) => t.articles);
for (const [name, inputs] of [
  ['hostile one-sentence-docs (1,000)', hostile('one-sentence-docs', 1000)],
  ['hostile identical-copies (40)', hostile('identical-copies', 40)],
  ['hostile nested-marks (depth 200)', hostile('nested-marks', 200)],
  ['hostile quote-dense (200)', hostile('quote-dense', 200)],
  ['basil-dev (120)', basil],
  ['bench (300)', buildCorpus(sourceArticles(), 300)],
  ['one-sentence documents (1,000)', shortDocuments(1000)],
] as const) {
  if (!name.includes(pick)) continue;
  const d = await differences(inputs);
  for (const [order, r] of Object.entries(d)) console.log(`${name}, ${order}: ${show(r)}`);
}

const corpora = 'generated'.includes(pick) ? fc.sample(corpus(5), { seed: 14, numRuns: 200 }) : [];
let differing = 0;
const total: Record<string, number> = {};
for (const docs of corpora) {
  const d = await differences(docs);
  let any = false;
  for (const r of Object.values(d))
    for (const [k, v] of Object.entries(r)) {
      total[k] = (total[k] ?? 0) + v;
      any = true;
    }
  if (any) differing++;
}
if (corpora.length > 0)
  console.log(`generated (200 corpora of 2-5 documents, seed 14): ${differing} corpora differ; elements: ${show(total)}`);
