// BASIL part of `npm run eval -- framing` (issues 6 and 17). Reads ../shared/corpus/basil-dev/ at run time: 40
// triples of same-event articles (Fox, NYT, HuffPost) with span annotations of lexical ("lex") and
// informational ("inf") bias. Each triple is analyzed as users would (`analyze`, the three articles together);
// the flags (framing-flags.ts) are scored: recall of the lexical-bias spans, precision against lexical spans
// only and against all spans, overall and per outlet.
// Annotation offsets are relative to one sentence of `body-paragraphs` (which one is not stored): each span is
// placed in the first sentence where `sentence.slice(start, end) === txt`, else where `txt` occurs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze.js';
import type { AnalyzeOptions } from '../../src/types.js';
import { flagsOf, type Flag } from './framing-flags.js';

const ROOT = fileURLToPath(new URL('../../../shared/corpus/basil-dev/', import.meta.url));

interface Article {
  readonly source: string;
  readonly uuid: string;
  readonly 'triplet-uuid': string;
  readonly 'body-paragraphs': string[][];
}
interface Annotation {
  readonly bias: 'lex' | 'inf';
  readonly start: number;
  readonly end: number;
  readonly txt: string;
}
interface Span {
  readonly start: number;
  readonly end: number;
}

/** One BASIL article as the eval reads it: its joined text and its placed bias spans. */
export interface BasilDoc {
  readonly key: string;
  readonly source: string;
  readonly triple: string;
  readonly text: string;
  readonly spans: readonly { readonly bias: 'lex' | 'inf'; readonly span: Span; readonly txt: string }[];
}

/** Joins the sentences into one text and records where each sentence starts. */
function buildText(paragraphs: string[][]): { text: string; sentences: { start: number; text: string }[] } {
  const sentences: { start: number; text: string }[] = [];
  let text = '';
  paragraphs.forEach((p, pi) => {
    if (pi > 0) text += '\n\n';
    p.forEach((s, si) => {
      if (si > 0) text += ' ';
      sentences.push({ start: text.length, text: s });
      text += s;
    });
  });
  return { text, sentences };
}

function place(sentences: { start: number; text: string }[], text: string, a: Annotation): Span | undefined {
  for (const s of sentences) if (s.text.slice(a.start, a.end) === a.txt) return { start: s.start + a.start, end: s.start + a.end };
  const at = text.indexOf(a.txt);
  return at === -1 ? undefined : { start: at, end: at + a.txt.length };
}

const overlaps = (x: Span, y: Span): boolean => x.start < y.end && y.start < x.end;

/** BASIL dev's articles with their placed spans, grouped by event triple (sorted keys), and how many spans could not be placed. */
export function readBasil(): { triples: BasilDoc[][]; unplaced: number } | undefined {
  if (!existsSync(ROOT)) return undefined;
  const byTriple = new Map<string, BasilDoc[]>();
  let unplaced = 0;
  for (const year of readdirSync(`${ROOT}articles`).sort()) {
    for (const f of readdirSync(`${ROOT}articles/${year}`).sort()) {
      const a = JSON.parse(readFileSync(`${ROOT}articles/${year}/${f}`, 'utf8')) as Article;
      if (!Array.isArray(a['body-paragraphs'])) throw new Error(`framing-basil: ${year}/${f}: body-paragraphs must be an array of arrays`);
      const key = `${year}/${f.replace(/\.json$/, '')}`;
      const ann = `${ROOT}annotations/${year}/${f.replace(/\.json$/, '_ann.json')}`;
      const annotations = existsSync(ann)
        ? (JSON.parse(readFileSync(ann, 'utf8')) as { 'phrase-level-annotations': Annotation[] })['phrase-level-annotations']
        : [];
      const { text, sentences } = buildText(a['body-paragraphs']);
      const spans: BasilDoc['spans'][number][] = [];
      for (const x of annotations) {
        const s = place(sentences, text, x);
        if (s) spans.push({ bias: x.bias, span: s, txt: x.txt });
        else unplaced++;
      }
      const doc: BasilDoc = { key, source: a.source.toLowerCase(), triple: a['triplet-uuid'], text, spans };
      byTriple.set(doc.triple, [...(byTriple.get(doc.triple) ?? []), doc]);
    }
  }
  const triples = [...byTriple.values()].map((ds) => ds.sort((x, y) => (x.key < y.key ? -1 : 1)));
  return { triples, unplaced };
}

/** Counts of one BASIL scoring. */
export interface BasilTally {
  /** Lexical-bias spans, and those a flag overlaps. */
  lex: number;
  lexHit: number;
  /** Flags, those overlapping a lexical span, and those overlapping any bias span. */
  flags: number;
  flagsInLex: number;
  flagsInAny: number;
}
const tally = (): BasilTally => ({ lex: 0, lexHit: 0, flags: 0, flagsInLex: 0, flagsInAny: 0 });

/** Recall of lexical spans, precision against lexical spans, precision against all spans. */
export function basilFigures(t: BasilTally): { recall: number; lexPrecision: number; allPrecision: number } {
  return {
    recall: t.lex ? t.lexHit / t.lex : 0,
    lexPrecision: t.flags ? t.flagsInLex / t.flags : 0,
    allPrecision: t.flags ? t.flagsInAny / t.flags : 0,
  };
}

export const formatBasil = (t: BasilTally): string => {
  const f = basilFigures(t);
  return (
    `recall ${f.recall.toFixed(3)} (${t.lexHit}/${t.lex})  precision lexical ${f.lexPrecision.toFixed(3)} (${t.flagsInLex}/${t.flags})` +
    `  all spans ${f.allPrecision.toFixed(3)} (${t.flagsInAny}/${t.flags})`
  );
};

/** Scores the flags of every BASIL triple analyzed with `options`: totals, per outlet, and the flags per article. */
export async function scoreBasil(
  triples: readonly (readonly BasilDoc[])[],
  options: AnalyzeOptions = {},
): Promise<{ total: BasilTally; byOutlet: Map<string, BasilTally>; flags: Map<string, Flag[]> }> {
  const total = tally();
  const byOutlet = new Map<string, BasilTally>();
  const flagsByDoc = new Map<string, Flag[]>();
  for (const docs of triples) {
    const report = await analyze(
      docs.map((d) => ({ id: d.key, text: d.text })),
      options,
    );
    docs.forEach((d, i) => {
      const f = report.framing.documents[i];
      if (f === undefined || f.docId !== d.key) throw new Error(`framing-basil: no framing for ${d.key}`);
      const flags = flagsOf(f);
      flagsByDoc.set(d.key, flags);
      const o = byOutlet.get(d.source) ?? tally();
      byOutlet.set(d.source, o);
      for (const t of [total, o]) {
        for (const s of d.spans) {
          if (s.bias !== 'lex') continue;
          t.lex++;
          if (flags.some((fl) => overlaps(fl, s.span))) t.lexHit++;
        }
        for (const fl of flags) {
          t.flags++;
          if (d.spans.some((s) => s.bias === 'lex' && overlaps(fl, s.span))) t.flagsInLex++;
          if (d.spans.some((s) => overlaps(fl, s.span))) t.flagsInAny++;
        }
      }
    });
  }
  return { total, byOutlet, flags: flagsByDoc };
}
