// Setup file of the unit tests: counts the generated cases every fast-check property runs (each run of
// a predicate, so what was actually run, not what `numRuns` asks for) and, when PROPERTY_CASES names a
// file, appends one line per test that ran any: `<cases>\t<file> > <test>`. `npm run cases` sums them.
import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import fc from 'fast-check';
import { afterEach } from 'vitest';

let cases = 0;
fc.installGlobalPlugin(
  fc.afterEach(() => {
    cases++;
  }),
);

const out = process.env.PROPERTY_CASES;
if (out !== undefined && out !== '') {
  afterEach((ctx) => {
    if (cases === 0) return;
    appendFileSync(out, `${cases}\t${relative(process.cwd(), ctx.task.file.filepath)} > ${ctx.task.name}\n`);
    cases = 0;
  });
}
