// The demo: analyzes the example corpus in examples/corpus/ (five short articles the narrative-diff team
// wrote about an invented event) and writes report.json, report.md and report.html to examples/out/.
//
//   npm run demo                # or: npx tsx examples/demo.ts [corpus-folder] [out-folder]
//
// In your own project, import from the package instead: `import { analyze } from 'narrative-diff'`.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, toHTML, toJSON, toMarkdown, type ArticleInput } from '../src/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpusDir = resolve(process.argv[2] ?? join(here, 'corpus'));
const outDir = resolve(process.argv[3] ?? join(here, 'out'));

const inputs: ArticleInput[] = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(corpusDir, f), 'utf8') }));

const started = performance.now();
const report = await analyze(inputs);
const ms = Math.round(performance.now() - started);

mkdirSync(outDir, { recursive: true });
const texts = Object.fromEntries(inputs.map((i) => [i.id, i.text]));
writeFileSync(join(outDir, 'report.json'), toJSON(report));
writeFileSync(join(outDir, 'report.md'), toMarkdown(report));
writeFileSync(join(outDir, 'report.html'), toHTML(report, texts));

const line = (s: string): void => console.log(s);
line(`narrative-diff demo: ${inputs.length} articles from ${corpusDir} analyzed in ${ms} ms`);
line(`  boilerplate spans:  ${report.documents.reduce((n, d) => n + d.boilerplate.length, 0)}`);
line(
  `  shared passages:    ${report.alignments.length} (${['verbatim', 'edited', 'paraphrase'].map((k) => `${report.alignments.filter((a) => a.kind === k).length} ${k}`).join(', ')})`,
);
line(`  quotes:             ${report.quotes.length} (${report.quotes.filter((q) => q.speaker !== null).length} attributed)`);
line(`  quote clusters:     ${report.quoteClusters.length}`);
for (const c of report.quoteClusters.slice(0, 5)) {
  line(
    `    ${c.id} ${c.speaker ?? '?'}: ${c.kind}, divergence ${c.divergence.toFixed(2)}${
      c.substitutions.length
        ? `, ${c.substitutions
            .slice(0, 3)
            .map((s) => `${s.from} → ${s.to}`)
            .join('; ')}`
        : ''
    }`,
  );
}
const loaded = report.framing.documents.map((f) => `${f.docId}: ${f.labels.filter((l) => l.loaded).length}`).join(', ');
line(`  loaded labels:      ${loaded}`);
line(`  report written to   ${join(outDir, 'report.json')}, report.md, report.html`);
