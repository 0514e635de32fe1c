// The alignments of a bench corpus as a count and a hash, to compare two checkouts (for a change that must not
// change them, such as issue 19's stable shingle hashes):
//   npx tsx test/bench/alignments-hash.ts [articles=2000]
//   git worktree add /tmp/before <commit> && ln -s "$PWD/node_modules" /tmp/before/node_modules
//   (cd /tmp/before && npx tsx test/bench/alignments-hash.ts 2000)
import { createHash } from 'node:crypto';
import { analyze } from '../../src/index.js';
import { buildCorpus, sourceArticles } from './corpus.js';

const n = Number(process.argv[2] ?? 2000);
const report = await analyze(buildCorpus(sourceArticles(), n));
const hash = (x: unknown): string => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);
console.log(
  `${n} bench articles: ${report.alignments.length} alignments ${hash(report.alignments)}, quote clusters ${hash(report.quoteClusters)}`,
);
