/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The HTML report as people see it (issue 18, point 7): renders the reports of the example corpus
// (examples/corpus), the five Lavrov articles (../shared/corpus/lavrov-kim-2018) and a 200-article bench corpus
// (test/bench/corpus.ts) with the CLI, opens each in Debian's Chromium through playwright-core (never a
// downloaded browser) and checks: no console errors, no network requests, the heatmap and framing chart drawn,
// word-diff marks present, the filter hides what it should; on the Lavrov report, the Kim cluster's renderings
// table shows the three renderings with "hegemonism", "domination" and "dominance" highlighted in one column,
// "[of the world]" as an editor's insertion and "strictly" as an intensifier. Screenshots go to
// test/browser/screenshots/ (CI artifacts, gitignored); `--readme` also writes examples/report.png, the README's image.
//   npx tsx test/browser/report.ts [--articles 200,2000] [--readme]
// Prints page size and open time (navigation to the load event) for each report.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { buildCorpus, SHARED, sourceArticles } from '../bench/corpus.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shots = join(root, 'test/browser/screenshots');
const args = process.argv.slice(2);
const articles = (args[args.indexOf('--articles') + 1] ?? '200')
  .split(',')
  .map(Number)
  .filter((n) => args.includes('--articles') && n > 0);
const sizes = articles.length ? articles : [200];
const readme = args.includes('--readme');
const dir = mkdtempSync(join(tmpdir(), 'nd-report-'));
const failures: string[] = [];

/** Writes the HTML report of `files` with the CLI, as a user would (`narrative-diff analyze … --format html`). */
function render(name: string, files: readonly string[]): string {
  const out = join(dir, `${name}.html`);
  const started = performance.now();
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'analyze', ...files, '--format', 'html', '--out', out, '--quiet'],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      maxBuffer: 1 << 26,
    },
  );
  console.log(`${name}: ${files.length} documents rendered in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return out;
}

const txt = (folder: string): string[] =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(folder, f));

/** The bench corpus of `n` articles as .txt files. */
function benchFiles(n: number): string[] {
  const folder = join(dir, `bench-${n}`);
  mkdirSync(folder);
  return buildCorpus(sourceArticles(), n).map((a) => {
    const file = join(folder, `${a.id}.txt`);
    writeFileSync(file, a.text);
    return file;
  });
}

/** The Kim cluster: a renderings table whose substituted cells hold the three words, in one column. */
async function checkKim(page: Page): Promise<void> {
  const got = await page.evaluate(() => {
    for (const table of document.querySelectorAll('table.renderings')) {
      const cols = new Map<string, number[]>();
      const classes = new Map<string, string>();
      for (const tr of table.querySelectorAll('tbody tr')) {
        let col = 0;
        for (const td of tr.querySelectorAll('td')) {
          const span = Number(td.getAttribute('colspan') ?? 1);
          const t = (td.textContent ?? '').trim();
          if (td.className) classes.set(t, td.className);
          cols.set(t, [...(cols.get(t) ?? []), col]);
          col += span;
        }
      }
      if (!cols.has('hegemonism')) continue;
      return {
        columns: ['hegemonism', 'domination', 'dominance'].map((w) => cols.get(w) ?? []),
        classes: ['hegemonism', 'domination', 'dominance', '[of the world]', 'strictly'].map((w) => classes.get(w) ?? ''),
        rows: table.querySelectorAll('tbody tr').length,
      };
    }
    return undefined;
  });
  if (got === undefined) return void failures.push('lavrov: no renderings table holds "hegemonism"');
  const [heg, dom, domc] = got.columns;
  const shared = (heg ?? []).find((c) => (dom ?? []).includes(c) && (domc ?? []).includes(c));
  if (shared === undefined) failures.push(`lavrov: hegemonism/domination/dominance not in one column (${JSON.stringify(got.columns)})`);
  const [c1, c2, c3, ed, int] = got.classes;
  if (![c1, c2, c3].every((c) => c === 'sub'))
    failures.push(`lavrov: the three renderings are not all highlighted as substitutions (${got.classes.join(', ')})`);
  if (ed !== 'ins-ed') failures.push(`lavrov: "[of the world]" is not marked as an editor's insertion (${ed})`);
  if (int !== 'ins-int') failures.push(`lavrov: "strictly" is not marked as an intensifier (${int})`);
  console.log(`lavrov: Kim cluster table, ${got.rows} rows, the three renderings in column ${shared}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  mkdirSync(shots, { recursive: true });
  const cases: { name: string; files: string[] }[] = [{ name: 'example', files: txt(join(root, 'examples/corpus')) }];
  const lavrov = join(SHARED, 'lavrov-kim-2018');
  if (existsSync(lavrov)) cases.push({ name: 'lavrov', files: txt(lavrov) });
  else failures.push(`${lavrov} is missing`);
  for (const n of sizes) cases.push({ name: `bench-${n}`, files: benchFiles(n) });
  for (const c of cases) {
    const file = render(c.name, c.files);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (!/^(file|data|blob|about):/.test(r.url())) problems.push(`network request: ${r.url()}`);
    });
    const started = performance.now();
    await page.goto(`file://${file}`, { waitUntil: 'load', timeout: 120_000 });
    const openMs = performance.now() - started;
    const bytes = statSync(file).size;
    console.log(`${c.name}: ${c.files.length} documents, page ${(bytes / 1e6).toFixed(2)} MB, opened in ${(openMs / 1000).toFixed(2)} s`);
    // A large page draws passages when they come into view: bring the first ones there.
    await page.evaluate(() => document.getElementById('passages')?.scrollIntoView());
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => ({
      heatmapCells: document.querySelectorAll('svg.heatmap rect').length,
      chartBars: document.querySelectorAll('svg.framing-chart rect').length,
      ins: document.querySelectorAll('#passages ins').length,
      del: document.querySelectorAll('#passages del').length,
      renderings: document.querySelectorAll('table.renderings').length,
      docs: document.querySelectorAll('#documents article.doc').length,
    }));
    console.log(`${c.name}: ${JSON.stringify(seen)}`);
    await page.evaluate(() => window.scrollTo(0, 0));
    if (seen.heatmapCells === 0) problems.push('no heatmap');
    if (seen.chartBars === 0) problems.push('no framing chart');
    if (seen.ins + seen.del === 0) problems.push('no <ins>/<del> word-diff marks');
    if (seen.docs !== c.files.length) problems.push(`reader view shows ${seen.docs} of ${c.files.length} documents`);
    // The filter, by keyboard: choose the first document; what belongs only to others hides.
    await page.focus('#f-doc');
    await page.keyboard.press('ArrowDown');
    const hidden = await page.evaluate(() => document.querySelectorAll('#documents article.doc.hidden').length);
    if (hidden !== c.files.length - 1) problems.push(`the document filter hid ${hidden} of ${c.files.length - 1} other documents`);
    await page.selectOption('#f-doc', '');
    if (c.name === 'lavrov') await checkKim(page);
    await page.screenshot({ path: join(shots, `${c.name}-overview.png`) });
    await page.locator('#quote-clusters').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('quote-clusters')?.scrollIntoView());
    await page.screenshot({ path: join(shots, `${c.name}-quote-clusters.png`) });
    await page.evaluate(() => document.getElementById('passages')?.scrollIntoView());
    await page.screenshot({ path: join(shots, `${c.name}-passages.png`) });
    if (c.name === 'example' && readme) {
      await page.evaluate(() => document.getElementById('quote-clusters')?.scrollIntoView());
      await page.screenshot({ path: join(root, 'examples/report.png') });
    }
    failures.push(...problems.map((p) => `${c.name}: ${p}`));
    await page.close();
  }
} catch (e) {
  failures.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`report check failed:\n${failures.join('\n')}`);
  process.exitCode = 1;
} else console.log(`report check: passed (screenshots in ${shots})`);
