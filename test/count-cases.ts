// `npm run cases`: runs the unit tests and prints how many generated cases the property tests ran in
// all (fixed seeds, so the same count every run), then the tests that ran the most.
//   npm run cases            the unit suite
//   npm run cases -- <path>  only the test files under <path>
//   npx tsx test/count-cases.ts --from FILE [--min N]   sum the counts a run with PROPERTY_CASES=FILE wrote
//                            (CI runs `npm test` once that way); exit 1 when fewer than N cases ran
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const from = option('--from');
const min = Number(option('--min') ?? 0);
const dir = from === undefined ? mkdtempSync(join(tmpdir(), 'narrative-diff-cases-')) : undefined;
const file = from ?? join(dir ?? '', 'cases.tsv');
const run =
  from === undefined
    ? spawnSync('npx', ['vitest', 'run', '--config', 'test/vitest.config.ts', '--project', 'unit', ...args], {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, PROPERTY_CASES: file },
      })
    : { status: 0 };
let lines: [number, string][] = [];
try {
  lines = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const [n, name] = l.split('\t');
      return [Number(n), name ?? ''];
    });
} catch {
  // No property test ran.
}
if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
// A test written with @fast-check/vitest's test.prop ends once per case: its lines are summed by name.
const byTest = new Map<string, number>();
for (const [n, name] of lines) byTest.set(name, (byTest.get(name) ?? 0) + n);
const total = lines.reduce((s, [n]) => s + n, 0);
for (const [name, n] of [...byTest].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${String(n).padStart(7)}  ${name}`);
console.log(`property cases: ${total} in ${byTest.size} tests${run.status === 0 ? '' : ' (the unit tests failed)'}`);
if (total < min) console.log(`FAIL: fewer than ${min} property cases`);
process.exit(total < min ? 1 : (run.status ?? 1));
