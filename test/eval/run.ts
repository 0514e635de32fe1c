// Runs the real-data evaluations in test/eval/*.eval.ts, in name order, and prints their figures.
// `npm run eval` runs them all; `npm run eval -- msrp` runs those whose file name contains "msrp".
// Each evaluation reads ../shared/corpus at run time and exits non-zero if it cannot.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.eval.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error(`no evaluation matches ${filters.join(', ') || '(none present)'}`);
  process.exit(1);
}
let failed = 0;
for (const f of files) {
  console.log(`\n== ${f.replace('.eval.ts', '')}`);
  const mod = (await import(pathToFileURL(`${dir}/${f}`).href)) as { run: () => Promise<boolean> };
  const ok = await mod.run();
  if (!ok) failed++;
}
console.log(`\n${files.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
