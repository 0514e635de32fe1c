// The core runs in a browser (issue 18, point 6): bundles the main entry (`src/index.ts`, what `narrative-diff`
// exports) with esbuild for the browser — which fails on any `node:` import — and runs `analyze` on two short
// articles the team wrote, in Debian's Chromium through playwright-core (never a downloaded browser). Checks:
// the report's offsets hold in the page, no console errors, no network request. `.ci/run` runs it:
// `npx tsx test/browser/run.ts` (CHROMIUM=/path overrides /usr/bin/chromium).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'nd-browser-'));
const failures: string[] = [];
try {
  const started = performance.now();
  const bundle = await build({
    entryPoints: [join(root, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  writeFileSync(join(dir, 'narrative-diff.js'), code);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>narrative-diff in a browser</title>\n');
  console.log(
    `bundled the main entry for the browser: ${(code.length / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') failures.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      // The page and the bundle come from a file and a blob URL; anything else would be the network.
      if (!/^(file|blob|data):/.test(r.url())) failures.push(`network request: ${r.url()}`);
    });
    await page.goto(`file://${join(dir, 'index.html')}`);
    const result = await page.evaluate(async (src: string) => {
      const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
      const nd = (await import(url)) as typeof import('../../src/index.js');
      const texts: Record<string, string> = {
        wire: 'Harbour master Ines Calder closed the northern pier on Monday after a storm. "The pier will reopen when the divers are done," Calder said.',
        daily:
          'Harbour master Ines Calder closed the northern pier on Monday after a storm, the port office said. "The pier will reopen when the divers are done," she said.',
      };
      const report = await nd.analyze(Object.entries(texts).map(([id, text]) => ({ id, text })));
      const spans = [...report.alignments.flatMap((a) => a.members), ...report.quotes];
      const exact = spans.every((s) => texts[s.docId]?.slice(s.start, s.end) === s.text);
      return {
        alignments: report.alignments.length,
        quotes: report.quotes.length,
        clusters: report.quoteClusters.length,
        exact,
        html: nd.toHTML(report).length,
      };
    }, code);
    console.log(`analyze in Chromium: ${JSON.stringify(result)}`);
    if (result.alignments < 1) failures.push('expected a shared passage');
    if (result.quotes < 2) failures.push('expected two quotes');
    if (!result.exact) failures.push('an offset does not hold in the browser');
  } finally {
    await browser.close();
  }
} catch (e) {
  failures.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`browser check failed:\n${failures.join('\n')}`);
  process.exitCode = 1;
} else console.log('browser check: passed');
