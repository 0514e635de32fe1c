/**
 * Pronoun resolution against hand labels (issue 15, deliverable 2): quotes of PolNeAR's train split whose
 * annotated Source is a bare personal pronoun, labelled with the person or organisation the pronoun means
 * in test/eval/data/polnear-train-pronouns.tsv (how they were chosen and labelled is in its header). The
 * articles are read at run time from ../shared/corpus/polnear-train/text/.
 *
 * Each labelled article is analysed alone (its own corpus, so that no other article's names take part) by
 * the quote stage, as polnear.eval.ts runs it. A predicted quote matches a labelled quote when their overlap
 * is at least half the length of the longer of the two (the polnear.eval.ts rule). Each labelled quote with
 * a speaker is then:
 * - correct: the matching quote's speaker name agrees with the label (below);
 * - wrong: it has a speaker whose name does not agree;
 * - none: no predicted quote matches, or it has no speaker, or its speaker is still a bare pronoun (the
 *   library keeps an unresolved "he", "they"… as the name). None counts as wrong in the accuracy.
 * Labels with an empty speaker (the author's own "I", unnamed or generic people) are counted as undecidable
 * and not judged.
 *
 * Names agree (surname and alias tolerant, like polnear.eval.ts, which accepts a shared capitalized word):
 * the label's last capitalized word (honorifics, "Jr." and roman numerals aside; "Trump campaign" → Trump)
 * is a capitalized word of the predicted name, and when both names have a word before the surname (titles
 * such as Mr., Sen., Admiral, Judge aside), those given names begin with the same three letters or one is an
 * initial of the other: "Bill Clinton" for "Hillary Clinton" is wrong, while "Clinton", "Mrs. Clinton",
 * "Hilary Clinton" (a misspelling in one article) and "Admiral Harris" for "Harry B. Harris Jr." are right.
 *
 * Accuracy = correct / (correct + wrong + none); target ≥ 0.85 (issue 15). While it is not met it is a known
 * miss of issue 15: run.ts prints it without failing the run. `PRONOUNS_DEBUG=1` prints every miss.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../../src/document/read.js';
import type { EvalResult } from './result.js';
import { quoteStages } from '../helpers/stages.js';
import type { Quote } from '../../src/quotes/types.js';

const ROOT = fileURLToPath(new URL('../../../shared/corpus/polnear-train/', import.meta.url));
const LABELS = fileURLToPath(new URL('./data/polnear-train-pronouns.tsv', import.meta.url));
const DEBUG = process.env.PRONOUNS_DEBUG === '1';
const TARGET = 0.85;

interface Label {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly pronoun: string;
  readonly speaker: string;
  readonly note: string;
}

function readLabels(): Label[] {
  const out: Label[] = [];
  for (const line of readFileSync(LABELS, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#') || line.startsWith('file\t')) continue;
    const [file = '', start = '', end = '', pronoun = '', speaker = '', note = ''] = line.split('\t');
    out.push({ file, start: Number(start), end: Number(end), pronoun: pronoun.toLowerCase(), speaker, note });
  }
  return out;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const matches = (p: Quote, g: Label): boolean => overlap(p, g) * 2 >= Math.max(p.end - p.start, g.end - g.start);

const SKIP =
  /^(?:Mr|Mrs|Ms|Dr|Sen|Senator|Rep|Representative|Gov|Governor|Gen|General|Adm|Admiral|President|Secretary|Judge|Mayor|Chairman|Speaker|The|A|An|Jr|Sr|I{1,3}|IV)\.?$/u;
const capWords = (s: string): string[] =>
  (s.match(/\p{Lu}[\p{L}'’.-]*/gu) ?? []).map((w) => w.replace(/['’]s$/u, '')).filter((w) => !SKIP.test(w));
const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them|us|me|his|hers|their|our|its)$/iu;

/** Whether a predicted speaker name agrees with a labelled one (see the header). */
export function sameSpeaker(predicted: string, label: string): boolean {
  const p = capWords(predicted);
  const l = capWords(label);
  const surname = l[l.length - 1];
  if (surname === undefined || !p.includes(surname)) return false;
  if (p.length < 2 || l.length < 2 || p.indexOf(surname) === 0) return true;
  const [pg = '', lg = ''] = [p[0], l[0]];
  const initial = (x: string, y: string): boolean => /^\p{Lu}\.?$/u.test(x) && y.startsWith(x.replace('.', ''));
  return pg.slice(0, 3) === lg.slice(0, 3) || initial(pg, lg) || initial(lg, pg);
}

interface Tally {
  labelled: number;
  undecidable: number;
  correct: number;
  wrong: number;
  none: number;
}
const tally = (): Tally => ({ labelled: 0, undecidable: 0, correct: 0, wrong: 0, none: 0 });
const acc = (t: Tally): string => {
  const judged = t.correct + t.wrong + t.none;
  return judged === 0 ? 'n/a' : (t.correct / judged).toFixed(3);
};

/** Prints pronoun resolution accuracy on the labelled quotes; a target not met is a known miss (issue 15). */
export async function run(): Promise<EvalResult> {
  if (!existsSync(ROOT)) throw new Error(`pronouns: ${ROOT} not found`);
  const labels = readLabels();
  const byFile = new Map<string, Label[]>();
  for (const l of labels) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l]);
  const total = tally();
  const perPronoun = new Map<string, Tally>();
  for (const [file, ls] of [...byFile.entries()].sort()) {
    const text = readFileSync(`${ROOT}text/${file}.txt`, 'utf8');
    const quotes = quoteStages(readCorpus([{ id: file, text }])).quotes;
    for (const l of ls) {
      const t = perPronoun.get(l.pronoun) ?? tally();
      perPronoun.set(l.pronoun, t);
      const bump = (k: keyof Tally): void => {
        t[k]++;
        total[k]++;
      };
      bump('labelled');
      if (l.speaker === '') {
        bump('undecidable');
        continue;
      }
      const q = quotes.find((x) => matches(x, l));
      const name = q?.speaker?.name;
      const outcome = name === undefined || PRONOUN.test(name) ? 'none' : sameSpeaker(name, l.speaker) ? 'correct' : 'wrong';
      bump(outcome);
      if (DEBUG && outcome !== 'correct')
        console.log(
          `${outcome.toUpperCase().padEnd(5)} ${file} ${l.start} ${l.pronoun} label [${l.speaker}] got [${name ?? (q ? 'no speaker' : 'no quote')}]`,
        );
    }
  }
  const judged = total.correct + total.wrong + total.none;
  const accuracy = judged === 0 ? 0 : total.correct / judged;
  console.log(`articles ${byFile.size}, labelled pronoun quotes ${total.labelled}, undecidable ${total.undecidable}, judged ${judged}`);
  console.log(`correct ${total.correct}, wrong ${total.wrong}, none ${total.none} (no quote, no speaker, or an unresolved pronoun)`);
  console.log(
    `pronoun resolution accuracy ${accuracy.toFixed(3)}  (${total.correct}/${judged})  target ≥ ${TARGET}: ` +
      `${accuracy >= TARGET ? 'PASS' : 'FAIL (known miss, issue 15)'}`,
  );
  console.log('per pronoun: accuracy (correct / wrong / none; undecidable)');
  for (const [p, t] of [...perPronoun.entries()].sort((a, b) => b[1].labelled - a[1].labelled)) {
    console.log(`  ${p.padEnd(5)} ${acc(t)}  (${t.correct} / ${t.wrong} / ${t.none}; ${t.undecidable})`);
  }
  return { met: true, knownMisses: accuracy >= TARGET ? [] : [`issue 15: pronoun resolution ${accuracy.toFixed(3)} < ${TARGET}`] };
}
