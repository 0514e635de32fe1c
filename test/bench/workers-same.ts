// Are reports the same byte for byte whatever the number of worker threads? Analyzes each corpus in the calling
// thread and with 1, 2 and 4 workers (narrative-diff/node) and compares the JSON reports.
//   npx tsx test/bench/workers-same.ts [corpus…]   corpora: example lavrov basil bench250 bench2000 (default: all but bench2000)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, closeWorkers, toJSON, type ArticleInput } from '../../src/node.js';
import { LAVROV_TEXTS } from '../helpers/lavrov.js';
import { readBasil } from '../quote-clusters/basil-corpus.js';
import { buildCorpus, sourceArticles } from './corpus.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const corpora: Record<string, () => ArticleInput[]> = {
  example: () => {
    const dir = join(root, 'examples/corpus');
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(dir, f), 'utf8') }));
  },
  lavrov: () => Object.entries(LAVROV_TEXTS).map(([id, text]) => ({ id, text })),
  basil: () => readBasil().flatMap((t) => t.articles),
  bench250: () => buildCorpus(sourceArticles(), 250),
  bench2000: () => buildCorpus(sourceArticles(), 2000),
};

const asked = process.argv.slice(2);
const names = asked.length > 0 ? asked : ['example', 'lavrov', 'basil', 'bench250'];
let same = true;
for (const name of names) {
  const inputs = (corpora[name] ?? (() => []))();
  const line: string[] = [];
  let reference: string | undefined;
  for (const workers of [0, 1, 2, 4]) {
    const t0 = performance.now();
    const json = toJSON(await analyze(inputs, { workers }));
    const ms = performance.now() - t0;
    reference ??= json;
    if (json !== reference) same = false;
    line.push(
      `${workers}: ${createHash('sha256').update(json).digest('hex').slice(0, 12)} ${json === reference ? 'same' : 'DIFFERS'} ${Math.round(ms)} ms`,
    );
  }
  console.log(`${name} (${inputs.length} articles)  ${line.join('  ')}`);
}
await closeWorkers();
console.log(same ? 'all reports identical with 0, 1, 2 and 4 workers' : 'SOME REPORTS DIFFER');
process.exitCode = same ? 0 : 1;
