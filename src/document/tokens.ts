import { lowerBound, POS_TAGS, TokenFlag, type DocModel } from './model.js';

export { tokenAt } from './model.js';

/** Small token helpers shared by the quote stage. @internal */

/** The original text of token `i` ('' outside the table). @internal */
export function tt(doc: DocModel, i: number): string {
  if (i < 0 || i >= doc.tokens.count) return '';
  return doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
}

/**
 * The lower-cased text of a token, with curly apostrophes folded (’ to '), for comparing with word lists;
 * kept in the document's {@link DocModel.lowerTexts} once read.
 * @param doc - the document
 * @param i - a token index
 * @returns the text lower-cased ('' outside the token table)
 * @internal
 */
export function lower(doc: DocModel, i: number): string {
  if (i < 0 || i >= doc.tokens.count) return '';
  return (doc.lowerTexts[i] ??= tt(doc, i)
    .toLowerCase()
    .replace(/\u2019/g, "'"));
}

/** The universal POS tag of token `i`. @internal */
export function posOf(doc: DocModel, i: number): string {
  return POS_TAGS[doc.tokens.pos[i] ?? 16] ?? 'X';
}

/** Whether token `i` lies in boilerplate. @internal */
export function isBoiler(doc: DocModel, i: number): boolean {
  return ((doc.tokens.flags[i] ?? 0) & TokenFlag.Boilerplate) !== 0;
}

/** Whether token `i` starts with an upper-case letter. @internal */
export function isCap(doc: DocModel, i: number): boolean {
  // The document stage sets the flag by the same test (/^\p{Lu}/u on the token's text).
  return i >= 0 && i < doc.tokens.count && ((doc.tokens.flags[i] ?? 0) & TokenFlag.Capitalized) !== 0;
}

/** Whether tokens `a` and `b` (a < b, adjacent) are on one line: no line break between them. @internal */
export function sameLine(doc: DocModel, a: number, b: number): boolean {
  // Out of range: from the start, or to the end, of the text.
  return !doc.text.slice(doc.tokens.end[a] ?? 0, doc.tokens.start[b] ?? doc.text.length).includes('\n');
}

/** Index of the last token ending at or before `offset`, or -1. @internal */
export function tokenBefore(doc: DocModel, offset: number): number {
  const end = doc.tokens.end;
  return lowerBound(doc.tokens.count, (k) => (end[k] ?? 0) <= offset) - 1;
}

/** The span of tokens `a..b` inclusive. @internal */
export function spanOf(doc: DocModel, a: number, b: number): { start: number; end: number; text: string } {
  const start = doc.tokens.start[a] ?? 0;
  const end = doc.tokens.end[b] ?? start;
  return { start, end, text: doc.text.slice(start, end) };
}

/** Whether token `i` ends a sentence ('.', '!' or '?'). @internal */
export function isTerminatorToken(doc: DocModel, i: number): boolean {
  const t = tt(doc, i);
  return t === '.' || t === '!' || t === '?';
}
