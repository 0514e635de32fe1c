// `npm run same`: are the reports of four fixed corpora byte for byte what they were when the hashes in
// reports.sha256.json were saved? Guards refactoring: a change that should not change any output proves it.
//   npm run same              compare (exit 1 on any difference, naming the corpus and format)
//   npm run same -- --save    save the current hashes as the reference (only for an intended change)
// The corpora: the team's example corpus, the five lavrov-kim-2018 articles, all of basil-dev in one run and
// the 250-article bench corpus; the last three are read from ../shared at run time, so only hashes are kept
// here. Each report is written whole to <os temp dir>/narrative-diff-same/<corpus>.<format>, outside the
// project (three of them hold the real articles' text), to diff against a saved copy.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, toHTML, toJSON, toMarkdown, type ArticleInput } from '../../src/index.js';
import { buildCorpus, sourceArticles } from '../bench/corpus.js';
import { LAVROV_TEXTS } from '../helpers/lavrov.js';
import { readBasil } from '../quote-clusters/basil-corpus.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const HASHES = join(root, 'test/same/reports.sha256.json');
const OUT = join(tmpdir(), 'narrative-diff-same');

function exampleCorpus(): ArticleInput[] {
  const dir = join(root, 'examples/corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(dir, f), 'utf8') }));
}

const corpora: Record<string, () => ArticleInput[]> = {
  example: exampleCorpus,
  lavrov: () => Object.entries(LAVROV_TEXTS).map(([id, text]) => ({ id, text })),
  basil: () => readBasil().flatMap((t) => t.articles),
  bench250: () => buildCorpus(sourceArticles(), 250),
};

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

const save = process.argv.includes('--save');
mkdirSync(OUT, { recursive: true });
const now: Record<string, string> = {};
for (const [name, read] of Object.entries(corpora)) {
  const inputs = read();
  const t0 = performance.now();
  const report = await analyze(inputs);
  const texts = Object.fromEntries(inputs.map((i) => [i.id, i.text]));
  const outputs = { json: toJSON(report), md: toMarkdown(report), html: toHTML(report, texts) };
  for (const [format, text] of Object.entries(outputs)) {
    writeFileSync(join(OUT, `${name}.${format}`), text);
    now[`${name}.${format}`] = sha(text);
  }
  console.log(`${name}: ${inputs.length} articles in ${Math.round(performance.now() - t0)} ms`);
}

if (save) {
  writeFileSync(HASHES, `${JSON.stringify(now, null, 2)}\n`);
  console.log(`saved ${Object.keys(now).length} hashes to ${HASHES}`);
} else {
  const saved = JSON.parse(readFileSync(HASHES, 'utf8')) as Record<string, string>;
  const differ = Object.keys({ ...saved, ...now }).filter((k) => saved[k] !== now[k]);
  for (const k of differ) console.log(`DIFFERS ${k}: saved ${saved[k] ?? 'none'}, now ${now[k] ?? 'none'} (see ${join(OUT, k)})`);
  if (differ.length > 0) process.exit(1);
  console.log(`all ${Object.keys(now).length} reports byte-identical to the saved hashes`);
}
