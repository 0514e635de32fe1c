// Referent part of `npm run eval -- framing` (issue 17): do the labels that name an actor point at the actor
// the article means? The population is every person label and state label of the framing lexicon ("the
// president", "leader", "the regime", "the administration") that `analyze` reports in the dev articles:
// BASIL dev (each event triple analyzed together, as framing-basil.ts does) and PolNeAR dev (its 84
// articles analyzed together, stories grouped by analyze). Group labels ("protesters", "voters") are left
// out: they name a crowd, rarely one actor, and the resolver only ties them to a state named just before.
// The sample is the 200 labels with the smallest stable hash of file + offset + term, so it stays the same
// as the code changes; the intended actor of each was labelled by hand, reading the label in its context
// without the system's answer (test/eval/data/framing-referents.json; criteria in framing-referents.md).
//
// `npx tsx test/eval/framing-referents.ts contexts` prints the sample's contexts without the system's
// answers (for labelling); `npx tsx test/eval/framing-referents.ts` prints the accuracy.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze.js';
import type { FramingLabel } from '../../src/framing/types.js';
import { readBasil } from './framing-basil.js';
import { loadSplit } from './polnear-lib.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const DATA = fileURLToPath(new URL('data/framing-referents.json', import.meta.url));
const CHECK = fileURLToPath(new URL('data/framing-referents-check.json', import.meta.url));

/** How many labels the sample holds. */
export const SAMPLE_SIZE = 200;

/** The label categories that name one actor (see the header). */
const CATEGORIES: ReadonlySet<string> = new Set(['person-label', 'state-label']);

/** One label of the population: where it is, its term, and the actor the system resolved it to. */
export interface ReferentLabel {
  readonly file: string;
  readonly offset: number;
  readonly term: string;
  readonly text: string;
  readonly end: number;
  readonly refersTo: string | undefined;
}

/** One hand-labelled row of the data file. */
export interface ReferentRow {
  readonly file: string;
  readonly offset: number;
  readonly term: string;
  /** The actor the label means (a canonical name), or null when it names no actor. */
  readonly actor: string | null;
}

/** FNV-1a, 32 bits: a stable hash that does not depend on the code under test. */
export function stableHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const keyOf = (x: { file: string; offset: number; term: string }): string => `${x.file}:${x.offset}:${x.term}`;

/** The dev articles as analyze gets them, grouped as they are analyzed together; file = corpus-relative key. */
function devGroups(): { file: string; text: string }[][] {
  const groups: { file: string; text: string }[][] = [];
  const basil = readBasil();
  if (basil === undefined) throw new Error('framing-referents: ../shared/corpus/basil-dev/ not found');
  for (const t of basil.triples) groups.push(t.map((d) => ({ file: `basil-dev/${d.key}`, text: d.text })));
  const root = `${CORPUS}polnear-dev/`;
  if (!existsSync(root)) throw new Error('framing-referents: ../shared/corpus/polnear-dev/ not found');
  groups.push(loadSplit(root).map((a) => ({ file: `polnear-dev/${a.id}`, text: a.text })));
  return groups;
}

/** Every label of the population with the system's answer, and the texts by file. */
export async function referentLabels(): Promise<{ labels: ReferentLabel[]; texts: Map<string, string> }> {
  const labels: ReferentLabel[] = [];
  const texts = new Map<string, string>();
  for (const group of devGroups()) {
    const report = await analyze(group.map((d) => ({ id: d.file, text: d.text })));
    group.forEach((d, i) => {
      texts.set(d.file, d.text);
      const f = report.framing.documents[i];
      if (f === undefined || f.docId !== d.file) throw new Error(`framing-referents: no framing for ${d.file}`);
      for (const l of f.labels as readonly FramingLabel[]) {
        if (!CATEGORIES.has(l.category)) continue;
        labels.push({ file: d.file, offset: l.start, term: l.term, text: l.text, end: l.end, refersTo: l.refersTo });
      }
    });
  }
  return { labels, texts };
}

/** The sample: the labels with the smallest stable hashes. */
export function sampleOf(labels: readonly ReferentLabel[], n = SAMPLE_SIZE): ReferentLabel[] {
  return [...labels].sort((a, b) => stableHash(keyOf(a)) - stableHash(keyOf(b)) || (keyOf(a) < keyOf(b) ? -1 : 1)).slice(0, n);
}

/** Folded words of a name: lower case, accents and punctuation off, "the" dropped. */
function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019]s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && w !== 'the' && w !== 'jr' && w !== 'sr');
}

/** Names that stand for one state in the report's gazetteer and in the hand labels. */
const STATE_ALIASES: readonly (readonly string[])[] = [
  ['united states', 'us', 'u s', 'usa', 'america', 'united states of america'],
  ['burma', 'myanmar'],
  ['united kingdom', 'uk', 'u k', 'britain', 'great britain'],
  ['russia', 'russian federation'],
  ['north korea', 'dprk', 'democratic people republic of korea'],
  ['south korea', 'republic of korea'],
  ['china', 'people republic of china', 'prc'],
];

/**
 * Whether the system's name and the hand label name one actor: the same folded name; for states, one of
 * the aliases above; for persons, the same last word ("Trump" = "Donald Trump" = "Donald J. Trump").
 */
export function sameActor(got: string, want: string): boolean {
  const g = words(got);
  const w = words(want);
  const gj = g.join(' ');
  const wj = w.join(' ');
  if (gj === wj) return true;
  if (STATE_ALIASES.some((set) => set.includes(gj) && set.includes(wj))) return true;
  return g.length > 0 && w.length > 0 && g.at(-1) === w.at(-1);
}

/** The rows of a data file (the sample, or the check sample). */
export function readRows(path = DATA): ReferentRow[] {
  if (!existsSync(path)) return [];
  const data = JSON.parse(readFileSync(path, 'utf8')) as { rows: ReferentRow[] };
  return data.rows;
}

/** How many rows the system gets right, of those whose label it still reports; the wrong ones, described. */
function score(
  rows: readonly ReferentRow[],
  byKey: ReadonlyMap<string, ReferentLabel>,
): { right: number; judged: number; wrong: string[] } {
  let right = 0;
  let judged = 0;
  const wrong: string[] = [];
  for (const r of rows) {
    const l = byKey.get(keyOf(r));
    // A label no longer reported (the lexicon changed) cannot be judged.
    if (l === undefined) continue;
    judged++;
    const ok = r.actor === null ? l.refersTo === undefined : l.refersTo !== undefined && sameActor(l.refersTo, r.actor);
    if (ok) right++;
    else wrong.push(`${r.file}@${r.offset} "${l.text}" → ${l.refersTo ?? '(none)'}, meant ${r.actor ?? '(no actor)'}`);
  }
  return { right, judged, wrong };
}

/** Prints the referent figures; returns the accuracy on the sample and whether the target (>= 0.95) holds. */
export async function runReferents(): Promise<{ accuracy: number; met: boolean }> {
  const t0 = performance.now();
  const { labels } = await referentLabels();
  const byKey = new Map(labels.map((l) => [keyOf(l), l]));
  const rows = readRows();
  const main = score(rows, byKey);
  const check = score(readRows(CHECK), byKey);
  const accuracy = main.judged ? main.right / main.judged : 0;
  const sample = sampleOf(labels);
  const checkRows = readRows(CHECK);
  const labelled = new Map([...rows, ...checkRows].map((r) => [keyOf(r), r]));
  const unlabelled = sample.filter((l) => !labelled.has(keyOf(l))).length;
  const today = score(
    sample.map((l) => labelled.get(keyOf(l))).filter((r): r is ReferentRow => r !== undefined),
    byKey,
  );
  console.log(`\nReferents: ${labels.length} person/state labels in BASIL dev + PolNeAR dev; ${rows.length} hand-labelled rows`);
  console.log(
    `  right ${main.right} of ${main.judged} = ${accuracy.toFixed(3)} (rows whose label is no longer reported: ${rows.length - main.judged})`,
  );
  console.log(
    `  today's sample (the ${sample.length} labels with the smallest hashes now, labelled in either file): right ${today.right} of ${today.judged} = ${(today.judged ? today.right / today.judged : 0).toFixed(3)}; ${unlabelled} not labelled yet`,
  );
  console.log(
    `  check sample (ranks 201-250, labelled after the rules were written): right ${check.right} of ${check.judged} = ${(check.judged ? check.right / check.judged : 0).toFixed(3)}`,
  );
  if (process.env.FRAMING_DEBUG) for (const w of [...main.wrong, ...check.wrong.map((x) => `(check) ${x}`)]) console.log(`    wrong: ${w}`);
  const met = accuracy >= 0.95;
  console.log(`  target right >= 0.95: ${met ? 'met' : 'NOT met'}; time ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { accuracy, met };
}

/** `contexts [from to]`: the sample's labels (by hash rank) in context, without the system's answer, for labelling by hand. */
async function printContexts(from = 0, to = SAMPLE_SIZE): Promise<void> {
  const { labels, texts } = await referentLabels();
  for (const l of sampleOf(labels, to).slice(from)) {
    const text = texts.get(l.file) ?? '';
    const from = Math.max(0, l.offset - 450);
    const ctx = `${text.slice(from, l.offset)}[[${text.slice(l.offset, l.end)}]]${text.slice(l.end, l.end + 150)}`.replace(/\s+/gu, ' ');
    console.log(`\n### ${l.file} ${l.offset} ${l.term}\n${ctx}`);
  }
}

/** `answers`: the sample with the system's answers (after labelling, to compare). */
async function printAnswers(): Promise<void> {
  const { labels } = await referentLabels();
  for (const l of sampleOf(labels)) console.log(`${l.file}\t${l.offset}\t${l.term}\t${l.refersTo ?? ''}`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const mode = process.argv[2];
  if (mode === 'contexts') await printContexts(Number(process.argv[3] ?? 0), Number(process.argv[4] ?? SAMPLE_SIZE));
  else if (mode === 'answers') await printAnswers();
  else await runReferents();
}
