// A/B of `analyze` against another checkout, in one process, alternating (for "no slower than before"):
//   git worktree add /tmp/before <commit> && ln -s "$PWD/node_modules" /tmp/before/node_modules
//   npx tsx test/bench/ab.ts /tmp/before [articles=2000] [rounds=4]
// Both trees analyze the same bench corpus (built by this tree, from ../shared/corpus), after a warm-up on
// another one; the order alternates each round. Prints wall and CPU seconds per round and the median ratios.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, sourceArticles } from './corpus.js';

type Analyze = (inputs: readonly { id: string; text: string }[]) => Promise<unknown>;

const other = process.argv[2];
if (other === undefined) {
  console.error('usage: npx tsx test/bench/ab.ts <other checkout> [articles] [rounds]');
  process.exit(2);
}
const n = Number(process.argv[3] ?? 2000);
const rounds = Number(process.argv[4] ?? 4);
const here = fileURLToPath(new URL('../../', import.meta.url));
const load = async (root: string): Promise<Analyze> => ((await import(resolve(root, 'src/analyze.ts'))) as { analyze: Analyze }).analyze;
const trees: [string, Analyze][] = [
  ['other', await load(other)],
  ['this', await load(here)],
];

const inputs = buildCorpus(sourceArticles(), n);
const warm = buildCorpus(sourceArticles(), 40, 550, 7);
for (const [, analyze] of trees) await analyze(warm);

const wall: Record<string, number[]> = { other: [], this: [] };
const cpu: Record<string, number[]> = { other: [], this: [] };
for (let r = 0; r < rounds; r++) {
  for (const [name, analyze] of r % 2 === 0 ? trees : [...trees].reverse()) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await analyze(inputs);
    const c = process.cpuUsage(c0);
    wall[name]?.push((performance.now() - t0) / 1000);
    cpu[name]?.push((c.user + c.system) / 1e6);
  }
}
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const list = (xs: readonly number[]): string => xs.map((x) => x.toFixed(2)).join(' / ');
for (const name of ['other', 'this']) {
  console.log(`${name.padEnd(5)} wall ${list(wall[name] ?? [])} s, CPU ${list(cpu[name] ?? [])} s`);
}
console.log(
  `this / other, medians: wall ${(median(wall.this ?? []) / median(wall.other ?? [])).toFixed(3)}, CPU ${(median(cpu.this ?? []) / median(cpu.other ?? [])).toFixed(3)} (${n} articles, ${rounds} rounds)`,
);
