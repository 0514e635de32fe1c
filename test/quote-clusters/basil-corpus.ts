// Reads BASIL (../shared/corpus/basil-dev/) at run time for the quote-cluster corpus test and evaluation;
// nothing of it is copied into the project. Not a unit test: only test/corpus and test/eval import it.
// An article's text is its `body-paragraphs`: sentences joined by a space, paragraphs by a blank line (as
// the framing evaluation builds it); its id is the file name without `.json` (`<triplet>_<n>`).
// Annotation offsets are relative to one sentence: each span is placed in the first sentence where
// `sentence.slice(start, end) === txt`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '../../src/types.js';

export const BASIL_ROOT = fileURLToPath(new URL('../../../shared/corpus/basil-dev/', import.meta.url));

/** A quote span BASIL annotates, with its speaker label ("Rick_Perry", "other_anti", …). */
export interface BasilQuote {
  readonly docId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: string;
}

/** One triple of same-event articles. */
export interface BasilTriple {
  readonly id: string;
  readonly articles: readonly ArticleInput[];
  readonly quotes: readonly BasilQuote[];
}

interface RawArticle {
  readonly source: string;
  readonly title?: string;
  readonly 'body-paragraphs': string[][];
}
interface RawAnnotation {
  readonly quote: string;
  readonly speaker: string;
  readonly start: number;
  readonly end: number;
  readonly txt: string;
}

/** Whether the corpus is present. */
export function basilPresent(): boolean {
  return existsSync(BASIL_ROOT);
}

/** Reads every triple, in triplet-id order. */
export function readBasil(): BasilTriple[] {
  const byTriple = new Map<string, { articles: ArticleInput[]; quotes: BasilQuote[] }>();
  for (const year of readdirSync(`${BASIL_ROOT}articles`).sort()) {
    for (const f of readdirSync(`${BASIL_ROOT}articles/${year}`).sort()) {
      if (!f.endsWith('.json')) continue;
      const id = f.replace(/\.json$/, '');
      const triple = id.replace(/_\d+$/, '');
      const a = JSON.parse(readFileSync(`${BASIL_ROOT}articles/${year}/${f}`, 'utf8')) as RawArticle;
      const sentences: { start: number; text: string }[] = [];
      let text = '';
      a['body-paragraphs'].forEach((p, pi) => {
        if (pi > 0) text += '\n\n';
        p.forEach((s, si) => {
          if (si > 0) text += ' ';
          sentences.push({ start: text.length, text: s });
          text += s;
        });
      });
      const entry = byTriple.get(triple) ?? { articles: [], quotes: [] };
      entry.articles.push({ id, text, source: a.source, ...(a.title !== undefined ? { title: a.title } : {}) });
      const annPath = `${BASIL_ROOT}annotations/${year}/${id}_ann.json`;
      if (existsSync(annPath)) {
        const ann = JSON.parse(readFileSync(annPath, 'utf8')) as { 'phrase-level-annotations': RawAnnotation[] };
        for (const x of ann['phrase-level-annotations']) {
          if (x.quote !== 'yes') continue;
          const s = sentences.find((y) => y.text.slice(x.start, x.end) === x.txt);
          if (s === undefined) continue;
          entry.quotes.push({ docId: id, start: s.start + x.start, end: s.start + x.end, text: x.txt, speaker: x.speaker });
        }
      }
      byTriple.set(triple, entry);
    }
  }
  return [...byTriple.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([id, e]) => ({ id, articles: e.articles, quotes: e.quotes }));
}
