/**
 * Quote extraction and speaker attribution against PolNeAR, dev (84 articles) and train (840 articles,
 * 919 annotation files: every annotator's file is used) from seven US outlets, read at run time from
 * ../shared/corpus/polnear-{dev,train}/. Gold quotes, the speaker judgement and the error classes are
 * defined in polnear-lib.ts.
 *
 * Figures (issue 15), each split and each outlet:
 * - recall = gold quotes matched by a predicted quote / gold quotes
 * - precision = attributed predicted quotes (speaker not null) that match a gold quote / attributed
 *   predicted quotes (printed beside it, lenient: also counting those inside an annotated Content span)
 * - judged gold quotes = gold quotes with at least one Source span that is not only bare pronouns;
 *   quotes whose sources are all bare pronouns ("he said") are counted apart, since PolNeAR does not
 *   annotate whom the pronoun means; quotes with no source (Attribution-no-source) are not judged
 * - end to end = judged gold quotes matched by a predicted quote whose speaker is right / judged
 *   (a quote not found, or found without a speaker, is wrong)
 * - coverage = judged gold quotes matched by a predicted quote with a speaker / judged
 * - given a speaker = right / judged gold quotes matched by a predicted quote with a speaker
 * - error classes: every judged gold quote not right, by the first test of `classify` that holds
 *
 * The speaker ranker (src/quotes/rank.ts) is fitted on train: the train figures here are measured with the
 * model fitted on them (in-sample). The held-out figures are dev here and the 5-fold cross-validation over the
 * train articles that test/eval/fit-speakers.ts prints.
 *
 * Targets: recall ≥ 0.99 and precision ≥ 0.97 are enforced; end to end ≥ 0.88, coverage ≥ 0.93 and
 * given a speaker ≥ 0.94 are printed as FAIL while they are not met, a known miss of issue 15 that
 * does not fail the run. `POLNEAR_DEBUG=1` prints each wrong or missing speaker with its class.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../../src/document/read.js';
import { quoteStages } from '../helpers/stages.js';
import type { EvalResult } from './result.js';
import { ERROR_CLASSES, loadSplit } from './polnear-lib.js';
import { quotesByDoc, ratio, score, tally, type Tally } from './polnear-score.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const SPLITS = ['dev', 'train'] as const;

function row(label: string, t: Tally): string {
  const cells = [
    ratio(t.recalled, t.gold),
    ratio(t.strict, t.attributed),
    ratio(t.right, t.judged),
    ratio(t.right, t.given),
    ratio(t.given, t.judged),
    ratio(t.pronounGiven, t.pronoun),
  ];
  return `| ${label.padEnd(19)} | ${String(t.articles).padStart(4)} | ${String(t.gold).padStart(5)} | ${cells.join(' | ')} | ${String(t.judged).padStart(5)} | ${String(t.pronoun).padStart(4)} |`;
}

interface Target {
  readonly name: string;
  readonly value: (t: Tally) => number;
  readonly min: number;
  /** A known miss: printed as FAIL, not counted in whether the targets are met. */
  readonly knownMiss?: string;
}
const TARGETS: readonly Target[] = [
  { name: 'end to end', value: (t) => t.right / t.judged, min: 0.88, knownMiss: 'issue 15' },
  { name: 'coverage', value: (t) => t.given / t.judged, min: 0.93, knownMiss: 'issue 15' },
  { name: 'given a speaker', value: (t) => t.right / t.given, min: 0.94, knownMiss: 'issue 15' },
  { name: 'precision', value: (t) => t.strict / t.attributed, min: 0.97 },
  { name: 'recall', value: (t) => t.recalled / t.gold, min: 0.99 },
];

/** Prints the figures of both splits, per outlet and per error class; returns whether the enforced targets hold. */
export async function run(): Promise<EvalResult> {
  const totals = new Map<string, Tally>();
  console.log(
    '| split / outlet      | art. |  gold | recall | precis. | end to end | given spk | coverage | pronoun src: covered | judged | pron. |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const split of SPLITS) {
    const root = `${CORPUS}polnear-${split}/`;
    if (!existsSync(root)) throw new Error(`polnear: ${root} not found`);
    const articles = loadSplit(root);
    const quotes = quoteStages(readCorpus(articles.map((a) => ({ id: a.id, text: a.text })))).quotes;
    const byDoc = quotesByDoc(quotes);
    const total = tally();
    const perOutlet = new Map<string, Tally>();
    for (const art of articles) {
      const t = perOutlet.get(art.outlet) ?? tally();
      perOutlet.set(art.outlet, t);
      score(art, byDoc.get(art.id) ?? [], [t, total]);
    }
    totals.set(split, total);
    const files = articles.reduce((n, a) => n + a.annotators, 0);
    console.log(row(`**${split}** (${files} files)`, total));
    for (const [outlet, t] of [...perOutlet.entries()].sort()) console.log(row(`  ${split} ${outlet}`, t));
  }
  console.log('\nwrong or missing speakers of judged gold quotes, by error class (first test that holds; polnear-lib.ts classify)');
  console.log(`| error class | ${SPLITS.join(' | ')} |\n|---|${SPLITS.map(() => '---').join('|')}|`);
  for (const cls of ERROR_CLASSES) console.log(`| ${cls} | ${SPLITS.map((s) => totals.get(s)?.errors.get(cls) ?? 0).join(' | ')} |`);
  for (const s of SPLITS) {
    const t = totals.get(s) ?? tally();
    console.log(
      `${s}: ${t.noSource} gold quotes with no source, not judged; ${t.rightByName} of ${t.right} right speakers right by a shared name word only (their mention elsewhere); precision lenient ${ratio(t.lenient, t.attributed)} (${t.lenient}/${t.attributed}), strict ${t.strict}/${t.attributed}`,
    );
    console.log(
      `${s}: ${t.pronoun} gold quotes sourced by a bare pronoun, counted apart: ${t.pronounGiven} given a speaker, ${t.pronounOnMention} on the annotated pronoun itself, ${t.pronounKind} through a pronoun the library resolved (whether to the right person is issue 15's pronoun check)`,
    );
    console.log(
      `${s}: ${t.doubled} gold quotes marked ''…'', ${t.doubledFound} of them found by the library (src/quotes/marks.ts pairs doubled apostrophes)`,
    );
  }
  let met = true;
  const knownMisses: string[] = [];
  console.log('\ntargets');
  for (const target of TARGETS) {
    for (const s of SPLITS) {
      const v = target.value(totals.get(s) ?? tally());
      const pass = v >= target.min;
      if (!pass && target.knownMiss === undefined) met = false;
      if (!pass && target.knownMiss !== undefined) knownMisses.push(`${s} ${target.name}`);
      const mark = pass ? 'PASS' : target.knownMiss !== undefined ? `FAIL (known miss, ${target.knownMiss}: not counted)` : 'FAIL';
      console.log(`  ${s.padEnd(5)} ${target.name.padEnd(16)} ${v.toFixed(3)}  target ≥ ${target.min.toFixed(2)}  ${mark}`);
    }
  }
  return { met, knownMisses: knownMisses.length > 0 ? [`issue 15: ${knownMisses.join(', ')}`] : [] };
}
