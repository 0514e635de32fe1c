import { lowerBound, POS_TAGS, TokenFlag, type DocModel } from './model.js';

export { tokenAt } from './model.js';

/** Small token helpers shared by the quote stage. @internal */

/** The original text of token `i` ('' outside the table). @internal */
export function tt(doc: DocModel, i: number): string {
  if (i < 0 || i >= doc.tokens.count) return '';
  return doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
}

/**
 * The original text of token `i`, the same as {@link tt}. @internal
 * @deprecated kept only while src/actors still imports it (it kept the last document's token texts); use {@link tt}.
 */
export function tokenTextCached(doc: DocModel, i: number): string {
  return tt(doc, i);
}

/**
 * The lower-cased text of a token, with curly apostrophes folded (’ to '), for comparing with word lists.
 * @param doc - the document
 * @param i - a token index
 * @returns the text lower-cased ('' outside the token table)
 * @internal
 */
export function lower(doc: DocModel, i: number): string {
  return tt(doc, i)
    .toLowerCase()
    .replace(/\u2019/g, "'");
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

/**
 * Per word length (below 64), 1 where one of `words` has that length and first UTF-16 unit, and, in the
 * second half, that length and last unit: what {@link mayLowerBeIn} reads. Words with a non-ASCII unit are
 * left out (no ASCII token lower-cases to one).
 * @internal
 * @deprecated kept only while src/actors/persons.ts imports it (the quote stage compares `lower(doc, i)` with its lists)
 */
export function wordEndsTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(2 * 64 * 128);
  for (const w of words) {
    if (w.length === 0 || w.length >= 64 || /[\u0080-\u{10FFFF}]/u.test(w)) continue;
    table[w.length * 128 + w.charCodeAt(0)] = 1;
    table[64 * 128 + w.length * 128 + w.charCodeAt(w.length - 1)] = 1;
  }
  return table;
}

/**
 * Whether `lower(doc, i)` may be one of the words `table` was made from ({@link wordEndsTable}); false
 * only when it is certainly none. A token of ASCII units other than spaces lower-cases to as many units,
 * its first and last ones lower-cased (A-Z to a-z), so those are read in place without a lower-cased copy;
 * any other token, one of 64 units or more, or an index outside the table, may be.
 * @internal
 * @deprecated kept only while src/actors/persons.ts imports it (the quote stage compares `lower(doc, i)` with its lists)
 */
export function mayLowerBeIn(doc: DocModel, i: number, table: Uint8Array): boolean {
  if (i < 0 || i >= doc.tokens.count) return true;
  const text = doc.text;
  const start = doc.tokens.start[i] ?? 0;
  const end = doc.tokens.end[i] ?? start;
  const len = end - start;
  if (len >= 64 || len === 0) return true;
  for (let k = start; k < end; k++) {
    const u = text.charCodeAt(k);
    if (u >= 128 || u === 32) return true;
  }
  let first = text.charCodeAt(start);
  if (first >= 65 && first <= 90) first += 32;
  if (table[len * 128 + first] !== 1) return false;
  let last = text.charCodeAt(end - 1);
  if (last >= 65 && last <= 90) last += 32;
  return table[64 * 128 + len * 128 + last] === 1;
}

/**
 * `lower(doc, i) === w` for a word `w` of ASCII letters a-z other than k, read in place (no lower-cased copy).
 * @internal
 * @deprecated kept only while src/actors/persons.ts imports it (the quote stage compares `lower(doc, i)` with its lists)
 */
export function isLowerWord(doc: DocModel, i: number, w: string): boolean {
  if (i < 0 || i >= doc.tokens.count) return w === '';
  const at = doc.tokens.start[i] ?? 0;
  if ((doc.tokens.end[i] ?? 0) - at !== w.length) return false;
  // Only the Kelvin sign lower-cases to an ASCII letter (k) from outside ASCII, so for other letters the
  // units must be the word's in either case: `| 32` lower-cases A-Z and leaves a-z as they are.
  for (let k = 0; k < w.length; k++) if ((doc.text.charCodeAt(at + k) | 32) !== w.charCodeAt(k)) return false;
  return true;
}
