#!/usr/bin/env bash
# Tests the package as users get it: `npm pack`, install the tarball into a scratch TypeScript project
# (module: nodenext, strict), import the API with its types, run it, import the JSON Schema, and run the CLI.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$root"
if ! npm pack --silent --pack-destination "$tmp" > "$tmp/pack.log" 2>&1; then
  cat "$tmp/pack.log" >&2
  echo "npm pack failed" >&2
  exit 1
fi
tarball=$(cd "$tmp" && ls narrative-diff-*.tgz)
echo "packed $tarball"
cd "$tmp"
cat > package.json <<'JSON'
{ "name": "scratch-consumer", "private": true, "type": "module" }
JSON
npm install --silent --no-audit --no-fund "./$tarball" typescript@5 @types/node@20 >/dev/null
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext", "target": "es2022", "strict": true,
  "noUncheckedIndexedAccess": true, "resolveJsonModule": true, "skipLibCheck": false, "types": ["node"] } }
JSON
cat > index.ts <<'TS'
import { analyze, similarity, NarrativeDiffError, toMarkdown, type Report, type ArticleInput } from 'narrative-diff';
import type { LexiconEntry, FramingOptions, QuoteSubstitution, ComponentExplanation, QuoteVariant, Limits } from 'narrative-diff';
import schema from 'narrative-diff/schema.json' with { type: 'json' };
import { analyze as analyzeFromNode, closeWorkers, convertWordVectors, loadWordSimilarity, toJSON, type NodeAnalyzeOptions } from 'narrative-diff/node';

const entry: LexiconEntry = { term: 'regime', category: 'state-label', direction: 'negative', strength: 0.6 };
const framing: FramingOptions = { lexicon: [entry] };
const limits: Limits = { maxDocuments: 100 };
type ReadBack = [QuoteSubstitution, ComponentExplanation, QuoteVariant];

const inputs: ArticleInput[] = [
  { id: 'a', text: 'Brandt met Kessel in Tervik on Tuesday.\n\n"Come to Aldsberg," Brandt said.' },
  { id: 'b', text: 'Share this on\n\nBrandt met Kessel in Tervik on Tuesday, officials said.' },
];
const report: Report = await analyze(inputs, { framing, limits });
const readBack: ReadBack[] = [];
if (readBack.length !== 0) throw new Error('unreachable');
if (report.documents.length !== 2) throw new Error('expected two documents');
if (report.documents[1]?.boilerplate[0]?.text !== 'Share this on') throw new Error('boilerplate not found');
if (similarity('go half-way', 'go halfway').kind !== 'verbatim') throw new Error('similarity');
if (!toMarkdown(report).startsWith('# narrative-diff report')) throw new Error('markdown');
if (schema.$schema !== 'https://json-schema.org/draft/2020-12/schema') throw new Error('schema.json');
try {
  await analyze([{ id: '', text: '' }]);
  throw new Error('expected a NarrativeDiffError');
} catch (e) {
  if (!(e instanceof NarrativeDiffError) || e.code !== 'INVALID_ID') throw e;
}
// The node entry's analyze reads in worker threads spawned from the installed dist/workers/worker.js; same report.
const nodeOptions: NodeAnalyzeOptions = { framing, limits, workers: 2 };
if (toJSON(await analyzeFromNode(inputs, nodeOptions)) !== toJSON(report)) throw new Error('narrative-diff/node with 2 workers differs');
await closeWorkers();
convertWordVectors({ dimensions: 2, l2NormIndex: 2, vectors: { big: [1, 0, 1], large: [1, 0, 1] } }, 'vectors.bin');
if (loadWordSimilarity('vectors.bin', { skipMostFrequent: 0 })('big', 'large') !== 1) throw new Error('narrative-diff/node word vectors');
console.log(`consumer ok: ${report.documents.length} documents, schema ${report.schemaVersion}`);
TS
cat > corpus.ts <<'TS'
// narrative-diff/corpus from the tarball: a DuckDB index on disk (@duckdb/node-api, an optional dependency).
import { openCorpus, type Corpus, type CorpusStory, type StoryReport } from 'narrative-diff/corpus';

const wire = 'The harbour authority in Tervik reopened the northern ferry route on Tuesday after three days of storms kept every vessel in port.';
// Two worker threads read the batch, from the installed dist/workers/worker.js.
const corpus: Corpus = await openCorpus('scratch.duckdb', { workers: 2 });
await corpus.add([
  { id: 'a', text: `${wire}\n\nFishermen welcomed it.` },
  { id: 'b', text: `Ferries are back.\n\n${wire}` },
]);
const stories: CorpusStory[] = await corpus.stories();
if (stories.length !== 1 || stories[0]?.documents !== 2) throw new Error(`narrative-diff/corpus stories: ${JSON.stringify(stories)}`);
const reports: StoryReport[] = [];
for await (const r of corpus.report({ story: 's1' })) reports.push(r);
if (reports[0]?.report.documents.length !== 2) throw new Error('narrative-diff/corpus report');
await corpus.close();
console.log(`corpus ok: ${stories.length} story of ${stories[0]?.documents} articles`);
TS
npx tsc -p tsconfig.json
node index.js
node corpus.js
node -e "const nd = require('narrative-diff'); if (typeof nd.analyze !== 'function') process.exit(1); console.log('require(esm) ok')" 2>/dev/null \
  || echo "require(esm) not available on $(node --version) (needs >= 20.19)"
npx --no-install narrative-diff analyze "$root"/examples/corpus/*.txt --format json --quiet > report.json
node -e "const r = JSON.parse(require('fs').readFileSync('report.json', 'utf8')); if (r.documents.length !== 5) process.exit(1); console.log('cli ok: ' + r.documents.map(d => d.id).join(', '))"
npx --no-install narrative-diff corpus add --index cli.duckdb "$root"/examples/corpus/*.txt --quiet
npx --no-install narrative-diff corpus stories --index cli.duckdb --format json > stories.json
node -e "const s = JSON.parse(require('fs').readFileSync('stories.json', 'utf8')); if (s.length === 0) process.exit(1); console.log('cli corpus ok: ' + s.length + ' stories')"
echo "package smoke test passed"
