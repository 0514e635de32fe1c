// `npm run eval -- framing` (issue 17): how defensible the framing flags are, on dev data read at run time.
// - BASIL dev: recall of the lexical-bias spans, precision against lexical spans and against all spans, per
//   outlet (framing-basil.ts). Target: recall >= 0.50 at lexical precision >= 0.15.
// - BABE dev: word-level P/R/F1 against the blamed words and sentence-level F1 of "biased", per outlet and per
//   topic (framing-babe.ts). Targets: word F1 >= 0.50, sentence F1 >= 0.75. Judged against BABE, never fitted on it.
// Both are also printed with the sentiment-word fallback on (options.framing.sentimentWordThreshold = 0.6; off by default).
// Honesty: BASIL is dev data the team looks at while writing the lexicon (24 slant.json entries were chosen among
// the kinds of words BASIL's annotators mark and coincide with spans they marked: without them recall is 0.401 at
// lexical precision 0.140, measured 2026-12-07, so the BASIL target is met on dev only); BABE is looked at only through these
// totals. Set FRAMING_DEBUG=1 to print the most frequent missed and wrong words (BASIL only).
import { readBabe, scoreBabe, formatBabe, babeFigures } from './framing-babe.js';
import { basilFigures, formatBasil, readBasil, scoreBasil } from './framing-basil.js';
import { runPrecision } from './framing-precision.js';
import { runReferents } from './framing-referents.js';
import type { BasilDoc } from './framing-basil.js';
import type { Flag } from './framing-flags.js';
import type { EvalResult } from './result.js';

/** BASIL's most frequent flags outside any bias span, and the lexical spans no flag overlaps. */
function printBasilDebug(triples: readonly (readonly BasilDoc[])[], flags: ReadonlyMap<string, readonly Flag[]>): void {
  const wrong = new Map<string, number>();
  const missed: string[] = [];
  for (const d of triples.flat()) {
    const fl = flags.get(d.key) ?? [];
    for (const f of fl) {
      if (d.spans.some((s) => s.span.start < f.end && f.start < s.span.end)) continue;
      const w = d.text.slice(f.start, f.end).toLowerCase();
      wrong.set(w, (wrong.get(w) ?? 0) + 1);
    }
    for (const s of d.spans) if (s.bias === 'lex' && !fl.some((f) => s.span.start < f.end && f.start < s.span.end)) missed.push(s.txt);
  }
  const top = [...wrong].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 100);
  console.log(`  flags outside any span: ${top.map(([w, n]) => `${w}:${n}`).join(' ')}`);
  console.log(`  lexical spans missed: ${missed.join(' | ')}`);
}

// The sentiment-word fallback is off by default (issue 17); this is the setting it had before, measured beside.
const WITH_SENTIMENT = { framing: { sentimentWordThreshold: 0.6 } } as const;

export async function run(): Promise<EvalResult> {
  const knownMisses: string[] = [];
  const basil = readBasil();
  if (basil === undefined) throw new Error('framing: ../shared/corpus/basil-dev/ not found');
  let t0 = performance.now();
  const b = await scoreBasil(basil.triples);
  const bWith = await scoreBasil(basil.triples, WITH_SENTIMENT);
  const docs = basil.triples.reduce((n, t) => n + t.length, 0);
  console.log(`BASIL dev: ${docs} articles in ${basil.triples.length} triples; ${basil.unplaced} annotation(s) could not be placed`);
  console.log(`  all flags            ${formatBasil(b.total)}`);
  console.log(`  + sentiment words    ${formatBasil(bWith.total)}`);
  for (const [src, t] of [...b.byOutlet].sort()) console.log(`    ${src.padEnd(18)} ${formatBasil(t)}`);
  if (process.env.FRAMING_DEBUG) printBasilDebug(basil.triples, b.flags);
  console.log(`  time ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const bf = basilFigures(b.total);
  const basilOk = bf.recall >= 0.5 && bf.lexPrecision >= 0.15;
  console.log(`  target recall >= 0.50 at lexical precision >= 0.15: ${basilOk ? 'met' : 'NOT met'}`);
  // Enforced since it was met (issue 17): a lexicon change that drops below it fails the eval.
  const met = basilOk;

  const babe = readBabe();
  if (babe === undefined) throw new Error('framing: ../shared/corpus/babe-dev/ not found');
  t0 = performance.now();
  const s = await scoreBabe(babe);
  const sWith = await scoreBabe(babe, WITH_SENTIMENT);
  console.log(`\nBABE dev: ${babe.length} sentences`);
  console.log(`  all flags            ${formatBabe(s.total)}`);
  console.log(`  + sentiment words    ${formatBabe(sWith.total)}`);
  console.log('  per outlet:');
  for (const [k, t] of [...s.byOutlet].sort()) console.log(`    ${k.padEnd(22)} ${formatBabe(t)}`);
  console.log('  per topic:');
  for (const [k, t] of [...s.byTopic].sort()) console.log(`    ${k.padEnd(22)} ${formatBabe(t)}`);
  console.log(`  time ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const sf = babeFigures(s.total);
  const wordOk = sf.word.f1 >= 0.5;
  const sentOk = sf.sentenceF1 >= 0.75;
  console.log(`  target word F1 >= 0.50: ${wordOk ? 'met' : 'NOT met'}; sentence F1 >= 0.75: ${sentOk ? 'met' : 'NOT met'}`);
  if (!wordOk) knownMisses.push(`issue 17: BABE word F1 ${sf.word.f1.toFixed(3)}`);
  if (!sentOk) knownMisses.push(`issue 17: BABE sentence F1 ${sf.sentenceF1.toFixed(3)}`);

  knownMisses.push(...(await runPrecision(basil.triples, b.flags)).knownMisses);
  const referents = await runReferents();
  if (!referents.met) knownMisses.push(`issue 17: referents right ${referents.accuracy.toFixed(3)}`);
  return { met, knownMisses };
}
