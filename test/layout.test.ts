// The layout's limits (issue 13): stage folders of a fair size, files of one idea, tests that mirror src/.
// Function length (at most 120 lines) is checked by ESLint's max-lines-per-function in `npm run lint`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return sourceFiles(p);
      return name.endsWith('.ts') ? [p] : [];
    });
}

const lines = (file: string): number => readFileSync(file, 'utf8').split('\n').length - 1;
const files = sourceFiles(src).map((f) => ({ path: relative(src, f), lines: lines(f) }));
const total = files.reduce((n, f) => n + f.lines, 0);
const stages = readdirSync(src)
  .filter((name) => statSync(join(src, name)).isDirectory())
  .sort();

describe('layout of src/', () => {
  it('has the pipeline stages as folders', () => {
    for (const stage of ['lexicon', 'document', 'actors', 'align', 'quotes', 'quote-clusters', 'coverage', 'framing', 'report', 'cli']) {
      expect(stages).toContain(stage);
    }
  });

  it.each(stages)('src/%s holds at most 30% of the source lines', (stage) => {
    const own = files.filter((f) => f.path.startsWith(`${stage}/`)).reduce((n, f) => n + f.lines, 0);
    expect(own / total).toBeLessThanOrEqual(0.3);
  });

  it('has no source file over 500 lines', () => {
    expect(files.filter((f) => f.lines > 500)).toEqual([]);
  });

  it.each(stages)('test/%s mirrors the stage folder', (stage) => {
    expect(statSync(join(root, 'test', stage)).isDirectory()).toBe(true);
  });
});
