// How the quote-cluster stage grows, to read before and after a change to it (not a target check):
//   npx tsx test/bench/quote-clusters.ts bench 250 2000     bench corpora (read from ../shared at run time)
//   npx tsx test/bench/quote-clusters.ts dense 500 1000     two documents of `he said "x," she said ` × n
//   npx tsx test/bench/quote-clusters.ts copies 100 200     identical copies of one 5 KB article
// For each size: the time of clusterQuotes alone, the bytes of JSON.stringify(quoteClusters), the bytes of
// its links, the number of clusters and links, the peak RSS of the process so far, and the fields of the
// clusters that take the most bytes. The stages before it run as in src/analyze.ts (untimed); coverage,
// framing and the report are not run.
import { alignCorpus, resolveAlignOptions } from '../../src/align/index.js';
import { resolveActors } from '../../src/actors/index.js';
import { readCorpus } from '../../src/document/read.js';
import { extractQuotes, findCredits, findQuotes } from '../../src/quotes/index.js';
import { clusterQuotes, resolveQuoteClusterOptions } from '../../src/quote-clusters/index.js';
import { buildCorpus, prng, sourceArticles } from './corpus.js';

type Input = { id: string; text: string };

/** Two documents of `he said "x," she said ` repeated n times (the quote-dense case of issue 14). */
function dense(n: number): Input[] {
  const text = 'he said "x," she said '.repeat(n);
  return [
    { id: 'a', text },
    { id: 'b', text },
  ];
}

const WORDS = (
  'council budget harbour vote minister plan water school road tax police court report market farm bridge ' +
  'energy price strike union village river health doctor nurse border trade coast storm election mayor'
).split(' ');
const NAMES = ['Ana Petrova', 'Tom Okafor', 'Lena Brandt', 'Ravi Menon', 'Maria Costa'];

/** An article of about 5 KB written from a seeded word list: narration with quoted remarks of named speakers. */
function article(): string {
  const rnd = prng(14);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const words = (k: number): string => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  const paras: string[] = [];
  let size = 0;
  while (size < 5000) {
    const name = pick(NAMES);
    const p =
      rnd() < 0.5
        ? `The ${words(6)} was discussed on Monday. "We will ${words(9)} before the ${words(3)}," ${name} said.`
        : `${name} said: "The ${words(10)} is not what the ${words(4)} needs." The ${words(8)} followed.`;
    paras.push(p);
    size += p.length + 2;
  }
  return paras.join('\n\n');
}

/** k identical copies of one 5 KB article. */
function copies(k: number): Input[] {
  const text = article();
  return Array.from({ length: k }, (_, i) => ({ id: `c${String(i).padStart(4, '0')}`, text }));
}

function measure(name: string, n: number, inputs: Input[]): void {
  const corpus = readCorpus(inputs);
  const marks = findQuotes(corpus);
  const actors = resolveActors(
    corpus,
    marks.map((m) => m.ranges),
  );
  const alignments = alignCorpus(corpus, resolveAlignOptions({}));
  const quotes = extractQuotes(corpus, marks, actors.index, findCredits(corpus));
  const t = performance.now();
  const clusters = clusterQuotes(corpus, quotes, alignments, resolveQuoteClusterOptions({}));
  const seconds = (performance.now() - t) / 1000;
  const bytes = JSON.stringify(clusters).length;
  const linkBytes = clusters.reduce((s, c) => s + JSON.stringify(c.links).length, 0);
  const links = clusters.reduce((s, c) => s + c.links.length, 0);
  const inputBytes = inputs.reduce((s, a) => s + a.text.length, 0);
  const rss = process.resourceUsage().maxRSS / 1024;
  const fields = new Map<string, number>();
  for (const c of clusters) for (const [k, v] of Object.entries(c)) fields.set(k, (fields.get(k) ?? 0) + JSON.stringify(v).length);
  const top = [...fields].sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(
    `${name} n=${n}: input ${inputBytes} B, ${quotes.length} quotes; clusterQuotes ${seconds.toFixed(2)} s; ` +
      `quoteClusters ${bytes} B (links ${linkBytes} B), ${clusters.length} clusters, ${links} links; peak RSS ${rss.toFixed(0)} MB\n  ` +
      `bytes by field: ${top.map(([k, v]) => `${k} ${v}`).join(', ')}`,
  );
}

const [kind = 'bench', ...sizes] = process.argv.slice(2);
const ns = (sizes.length > 0 ? sizes : ['250']).map(Number);
for (const n of ns) {
  if (kind === 'bench') measure(kind, n, buildCorpus(sourceArticles(), n));
  else if (kind === 'dense') measure(kind, n, dense(n));
  else if (kind === 'copies') measure(kind, n, copies(n));
  else throw new Error(`unknown case ${kind}: expected bench, dense or copies`);
}
