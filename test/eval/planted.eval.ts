/**
 * Planted reuse (issue 16, deliverable 5): 200 articles built at run time from dev paragraphs — BASIL dev
 * body paragraphs (sentences joined by a space) and PolNeAR dev texts (blocks between blank lines, the title
 * line left out) — with paragraphs reused across articles verbatim, lightly edited or paraphrase-like. The
 * corpus, its ground truth and the scoring are defined in planted-lib.ts; nothing of the source data is copied
 * into the project.
 *
 * Source paragraphs: those of 12 words or more, the first of identical texts (white space and case ignored)
 * only, in file order. Their group (paragraphs that may genuinely resemble each other) is the BASIL triple
 * (one event, three outlets) or the PolNeAR article.
 *
 * analyze runs with `stories: 'one'`: the planted articles mix events on purpose (each is a patchwork of
 * paragraphs from many events), so a grouping by event would be meaningless here and would only hide
 * reuse across its own stories; the evaluation measures the alignment stage.
 *
 * Targets: recall of verbatim and edited pairs ≥ 0.99, of paraphrase-like pairs ≥ 0.95, link precision ≥ 0.99; each
 * fails the run when missed. The targets are judged on seed 16; the same recipe under seeds 17–19 is printed beside it
 * (a pool of ~40 paraphrase-like paragraphs makes that figure move by a few points from seed to seed).
 * `PLANTED_DEBUG=1` prints the missed pairs and the false links.
 *
 * Why paraphrase-like pairs were missed before (seed 16: 0.901), and what the alignment stage does about it:
 * - a pool paragraph's paraphrase-like copies are near copies of one another, so seed-and-extend joins them and
 *   marks their sentences covered, and the paraphrase tier compared only sentences outside copies: the original
 *   found no partner. It now also pairs a sentence outside every copy with one inside a copy, at the calibrated
 *   bar of src/align/data/paraphrase-calibration.json (fitted on MSRP, not on this corpus);
 * - the tier pairs sentences, and clustering merged a sentence on the copy's side into the copy's whole paragraph,
 *   so the merged members (a sentence against a paragraph) scored unrelated. Paired sentences that follow one
 *   another are now one passage, grown to their paragraphs when those hold together, and a passage pair whose merged
 *   members no longer match is kept on its own spans (src/align/cluster.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze.js';
import { BASIL_ROOT, basilPresent } from '../quote-clusters/basil-corpus.js';
import type { EvalResult } from './result.js';
import { buildPlanted, PLANTED_DEFAULTS, RUN_WORDS, scorePlanted, TIERS, type SourceParagraph, type Tier } from './planted-lib.js';

const POLNEAR_DEV = fileURLToPath(new URL('../../../shared/corpus/polnear-dev/text/', import.meta.url));

/** Reads the source paragraphs (see the file's comment). */
export function readSources(): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  const seen = new Set<string>();
  const add = (text: string, group: string): void => {
    const t = text.trim();
    const key = t.toLowerCase().replace(/\s+/gu, ' ');
    if (t.split(/\s+/u).length < 12 || seen.has(key)) return;
    seen.add(key);
    out.push({ text: t, group });
  };
  for (const year of readdirSync(`${BASIL_ROOT}articles`).sort()) {
    for (const f of readdirSync(`${BASIL_ROOT}articles/${year}`).sort()) {
      if (!f.endsWith('.json')) continue;
      const a = JSON.parse(readFileSync(`${BASIL_ROOT}articles/${year}/${f}`, 'utf8')) as { 'body-paragraphs': string[][] };
      const group = `basil:${f.replace(/_\d+\.json$/u, '')}`;
      for (const p of a['body-paragraphs']) add(p.join(' '), group);
    }
  }
  for (const f of readdirSync(POLNEAR_DEV).sort()) {
    const blocks = readFileSync(`${POLNEAR_DEV}${f}`, 'utf8').split(/\n\s*\n/u);
    for (const b of blocks.slice(1)) add(b, `polnear:${f}`);
  }
  return out;
}

const TARGET: Record<Tier, number> = { verbatim: 0.99, edited: 0.99, paraphrase: 0.95 };
const TARGET_PRECISION = 0.99;
const OTHER_SEEDS = [17, 18, 19];
/** The targets enforced (they fail the run when missed): all of them. */
const ENFORCED: ReadonlySet<Tier | 'precision'> = new Set<Tier | 'precision'>(['verbatim', 'edited', 'paraphrase', 'precision']);

/** Builds the corpus, analyzes it as one story, and prints recall per tier and link precision. */
export async function run(): Promise<EvalResult> {
  if (!basilPresent() || !existsSync(POLNEAR_DEV)) throw new Error('planted: ../shared/corpus/basil-dev/ or polnear-dev/ not found');
  const sources = readSources();
  const corpus = buildPlanted(sources, PLANTED_DEFAULTS);
  const reusedSlots = corpus.pool.reduce((k, p) => k + p.copies.length, 0);
  const slots = corpus.articles.reduce((k, a) => k + a.slots.length, 0);
  const byTier = TIERS.map((t) => `${corpus.pool.filter((p) => p.tier === t).length} ${t}`).join(', ');
  console.log(
    `${sources.length} source paragraphs → ${corpus.articles.length} articles, ${slots} paragraphs (seed ${PLANTED_DEFAULTS.seed}); ` +
      `${corpus.pool.length} pool paragraphs (${byTier}) in ${reusedSlots} slots`,
  );
  const s = corpus.stats;
  console.log(
    `edited copies: ${(100 * s.editedShare).toFixed(1)}% of words edited; paraphrase-like copies: ${(100 * s.swappedShare).toFixed(1)}% of content words swapped ` +
      `(${(100 * s.projectTableShare).toFixed(0)}% of swaps from the project's near-synonym table), clauses rotated in ${(100 * s.rotatedShare).toFixed(0)}%`,
  );
  const started = performance.now();
  const report = await analyze(
    corpus.articles.map((a) => ({ id: a.id, text: a.text })),
    { stories: 'one' },
  );
  console.log(`analyze: ${((performance.now() - started) / 1000).toFixed(1)} s, ${report.alignments.length} alignments`);
  const score = scorePlanted(corpus, sources, report.alignments);
  const misses: string[] = [];
  const tierPass = new Map<Tier, boolean>();
  console.log('\n| tier | article pairs | found | recall | target |\n|---|---|---|---|---|');
  for (const t of TIERS) {
    const r = score.recall[t];
    const v = r.pairs === 0 ? 1 : r.found / r.pairs;
    const pass = v >= TARGET[t];
    tierPass.set(t, pass);
    if (!pass && !ENFORCED.has(t)) misses.push(`${t} recall ${v.toFixed(3)} < ${TARGET[t]}`);
    const mark = pass ? 'PASS' : ENFORCED.has(t) ? 'FAIL' : 'FAIL (known miss, issue 16: not counted)';
    console.log(`| ${t} | ${r.pairs} | ${r.found} | ${v.toFixed(3)} | ≥ ${TARGET[t]} ${mark} |`);
  }
  const l = score.links;
  const precision = l.true + l.false === 0 ? 1 : l.true / (l.true + l.false);
  const pPass = precision >= TARGET_PRECISION;
  if (!pPass && !ENFORCED.has('precision')) misses.push(`link precision ${precision.toFixed(3)} < ${TARGET_PRECISION}`);
  console.log(
    `\nlinks (member pairs across articles): ${l.true} true, ${l.false} false; left out: ${l.sameGroup} between paragraphs of one source event or article, ` +
      `${l.sharedRun} between source paragraphs sharing a run of ${RUN_WORDS} words\nlink precision ${precision.toFixed(4)}  target ≥ ${TARGET_PRECISION} ${pPass ? 'PASS' : 'FAIL'}`,
  );
  const kinds = new Map<string, number>();
  for (const f of score.falseLinks) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
  console.log(`false links by alignment kind: ${[...kinds.entries()].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  if (process.env.PLANTED_DEBUG === '1') {
    const text = new Map(corpus.articles.map((a) => [a.id, a.text]));
    const cut = (m: { docId: string; start: number; end: number }): string =>
      `${m.docId} "${text.get(m.docId)?.slice(m.start, m.end).slice(0, 70)}"`;
    for (const m of score.missed)
      console.log(
        `  missed ${m.tier} pool ${m.pool} articles ${m.a + 1}/${m.b + 1}: cover ${m.cover.map((c) => c.toFixed(2)).join(' / ')}`,
      );
    for (const f of score.falseLinks) console.log(`  false ${f.kind} ${f.similarity.toFixed(3)}: ${cut(f.a)} ~ ${cut(f.b)}`);
    for (const f of score.sharedRunLinks)
      console.log(`  left out, shared run: ${f.kind} ${f.similarity.toFixed(3)}: ${cut(f.a)} ~ ${cut(f.b)}`);
  }
  // How much the figures owe to the one seed: the same corpus recipe under other seeds, printed for the reader only.
  const others: string[] = [];
  for (const seed of OTHER_SEEDS) {
    const c = buildPlanted(sources, { ...PLANTED_DEFAULTS, seed });
    const r = await analyze(
      c.articles.map((a) => ({ id: a.id, text: a.text })),
      { stories: 'one' },
    );
    const x = scorePlanted(c, sources, r.alignments);
    const rec = TIERS.map(
      (t) => `${t} ${(x.recall[t].found / Math.max(1, x.recall[t].pairs)).toFixed(3)} (${x.recall[t].found}/${x.recall[t].pairs})`,
    );
    others.push(
      `  seed ${seed}: recall ${rec.join(', ')}; precision ${(x.links.true / Math.max(1, x.links.true + x.links.false)).toFixed(4)} (${x.links.false} false)`,
    );
  }
  console.log(`\nthe same under other seeds (not judged):\n${others.join('\n')}`);
  const met = TIERS.every((t) => ENFORCED.has(t) === false || tierPass.get(t) === true) && (ENFORCED.has('precision') === false || pPass);
  return { met, knownMisses: misses.length > 0 ? [`issue 16: ${misses.join(', ')}`] : [] };
}
