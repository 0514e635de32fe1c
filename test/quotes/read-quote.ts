// Reads a one-document text and gives its quotes with the words around each, for the rule tests of
// the attribution stage (context, cues, noun phrases, patterns, speakers).
import type { DocModel } from '../../src/document/model.js';
import { readCorpus } from '../../src/document/read.js';
import { spanOf } from '../../src/document/tokens.js';
import { insideMask, quoteContext, quoteRange, type QuoteContext } from '../../src/quotes/context.js';
import { findQuoteMarks, type MarkedQuote } from '../../src/quotes/marks.js';

/** A document read alone. */
export const docOf = (text: string): DocModel => readCorpus([{ id: 'd', text }]).docs[0] as DocModel;

/** The `nth` quote of a text, its document and the words around it ({@link quoteContext}). */
export function readQuote(text: string, nth = 0): { doc: DocModel; q: MarkedQuote; ctx: QuoteContext } {
  const doc = docOf(text);
  const paragraphs = doc.paragraphs.map((p) => ({ start: p.start, end: p.end }));
  const marked = findQuoteMarks(doc.text, paragraphs);
  const q = marked[nth];
  if (q === undefined) throw new Error(`no quote ${nth} in ${JSON.stringify(text)}`);
  return { doc, q, ctx: quoteContext(doc, q, insideMask(doc, marked.map(quoteRange)), paragraphs) };
}

/** The text of tokens `a..b` (inclusive), or undefined for no span. */
export function textOf(doc: DocModel, span: readonly [number, number] | undefined): string | undefined {
  return span === undefined ? undefined : spanOf(doc, span[0], span[1]).text;
}

/** The token whose text is `word` (the `nth` such), -1 when none. */
export function tokenOf(doc: DocModel, word: string, nth = 0): number {
  let seen = 0;
  for (let i = 0; i < doc.tokens.count; i++) {
    if (doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]) === word && seen++ === nth) return i;
  }
  return -1;
}
