// BABE part of `npm run eval -- framing` (issue 17). Reads ../shared/corpus/babe-dev/babe-dev.csv at run time:
// 1,518 news sentences labelled by experts as biased or not, with the words to blame (`biased_words`).
// Evaluation only (see its README): nothing derived from it may ship, and nothing is fitted on it.
// Each sentence is analyzed alone, as a one-article input to `analyze`. Word level: the words inside flags
// against the blamed words, per sentence as sets of lower-cased words. Sentence level: "biased" when the
// sentence has a flag in the outlet's own voice (not inside quoted speech). Only totals are printed, per outlet
// and per topic: no word lists, so no one tunes the lexicon on BABE's words.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze.js';
import type { AnalyzeOptions } from '../../src/types.js';
import { parseCsv } from '../../src/util/csv.js';
import { flagsOf, prf } from './framing-flags.js';

const FILE = fileURLToPath(new URL('../../../shared/corpus/babe-dev/babe-dev.csv', import.meta.url));

/** One BABE sentence as the eval reads it. */
export interface BabeSentence {
  readonly text: string;
  readonly outlet: string;
  readonly topic: string;
  readonly biased: boolean | undefined;
  readonly words: readonly string[];
}

/** The words of a text, lower-cased, as the word-level scoring compares them. */
export function wordsOf(text: string): string[] {
  return [...text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu)].map((m) => m[0].replace(/['\u2019]s$/, ''));
}

/** BABE dev's sentences, or undefined when the file is not there. */
export function readBabe(): BabeSentence[] | undefined {
  if (!existsSync(FILE)) return undefined;
  const [header, ...rows] = parseCsv(readFileSync(FILE, 'utf8'), ';');
  const col = (name: string): number => {
    const i = (header ?? []).indexOf(name);
    if (i < 0) throw new Error(`framing-babe: no column ${name} in ${FILE}`);
    return i;
  };
  const [text, outlet, topic, label, words] = ['text', 'outlet', 'topic', 'label_bias', 'biased_words'].map(col) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return rows.map((r) => {
    const l = r[label] ?? '';
    const listed = [...(r[words] ?? '').matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? m[2] ?? '');
    return {
      text: r[text] ?? '',
      outlet: r[outlet] ?? '',
      topic: r[topic] ?? '',
      biased: l === 'Biased' ? true : l === 'Non-biased' ? false : undefined,
      words: [...new Set(listed.flatMap(wordsOf))],
    };
  });
}

/** Counts of one BABE scoring. */
export interface BabeTally {
  sentences: number;
  /** Word level: blamed words, words flagged, flagged words that are blamed (per sentence, as sets). */
  gold: number;
  predicted: number;
  tp: number;
  /** Sentence level ("biased" = an own-voice flag), over sentences with an expert label. */
  sTp: number;
  sFp: number;
  sFn: number;
  sTn: number;
}
const tally = (): BabeTally => ({ sentences: 0, gold: 0, predicted: 0, tp: 0, sTp: 0, sFp: 0, sFn: 0, sTn: 0 });

/** Word-level P/R/F1, sentence-level F1 and accuracy of a tally. */
export function babeFigures(t: BabeTally): { word: { p: number; r: number; f1: number }; sentenceF1: number; accuracy: number } {
  const judged = t.sTp + t.sFp + t.sFn + t.sTn;
  return {
    word: prf(t.tp, t.predicted, t.gold),
    sentenceF1: prf(t.sTp, t.sTp + t.sFp, t.sTp + t.sFn).f1,
    accuracy: judged ? (t.sTp + t.sTn) / judged : 0,
  };
}

export const formatBabe = (t: BabeTally): string => {
  const f = babeFigures(t);
  return (
    `words P ${f.word.p.toFixed(3)} R ${f.word.r.toFixed(3)} F1 ${f.word.f1.toFixed(3)} (${t.tp}/${t.predicted} flagged, ${t.gold} blamed)` +
    `  sentences F1 ${f.sentenceF1.toFixed(3)} acc ${f.accuracy.toFixed(3)} (n ${t.sentences})`
  );
};

/** Scores every BABE sentence analyzed alone with `options`: totals, per outlet and per topic. */
export async function scoreBabe(
  sentences: readonly BabeSentence[],
  options: AnalyzeOptions = {},
): Promise<{ total: BabeTally; byOutlet: Map<string, BabeTally>; byTopic: Map<string, BabeTally> }> {
  const total = tally();
  const byOutlet = new Map<string, BabeTally>();
  const byTopic = new Map<string, BabeTally>();
  for (const [i, s] of sentences.entries()) {
    const report = await analyze([{ id: `babe-${i}`, text: s.text }], options);
    const f = report.framing.documents[0];
    if (f === undefined) throw new Error(`framing-babe: no framing for sentence ${i}`);
    const flags = flagsOf(f);
    const predicted = new Set(flags.flatMap((fl) => wordsOf(s.text.slice(fl.start, fl.end))));
    const gold = new Set(s.words);
    const tp = [...predicted].filter((w) => gold.has(w)).length;
    const said = flags.some((fl) => !fl.quoted);
    const o = byOutlet.get(s.outlet) ?? tally();
    byOutlet.set(s.outlet, o);
    const tp2 = byTopic.get(s.topic) ?? tally();
    byTopic.set(s.topic, tp2);
    for (const t of [total, o, tp2]) {
      t.sentences++;
      t.gold += gold.size;
      t.predicted += predicted.size;
      t.tp += tp;
      if (s.biased === true && said) t.sTp++;
      else if (s.biased === true) t.sFn++;
      else if (s.biased === false && said) t.sFp++;
      else if (s.biased === false) t.sTn++;
    }
  }
  return { total, byOutlet, byTopic };
}
