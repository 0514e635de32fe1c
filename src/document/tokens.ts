import { lowerBound, POS_TAGS, TokenFlag, TokenKind, type DocModel } from './model.js';

export { tokenAt } from './model.js';

/** Small token helpers shared by the quote stage. @internal */

/** The original text of token `i` ('' outside the table). @internal */
export function tt(doc: DocModel, i: number): string {
  if (i < 0 || i >= doc.tokens.count) return '';
  return doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
}

// Token texts of the last document asked about, filled on first use, for the passes that read the same
// tokens' texts several times in a row (a name run, its class and its parts): a slice each time was an
// allocation each time. Only one document's are kept, so nothing stays alive after the stage.
let textDoc: DocModel | undefined;
let textArray: (string | undefined)[] | undefined;

/** The original text of token `i` ('' outside the table), as {@link tt}, kept for the last document. @internal */
export function tokenTextCached(doc: DocModel, i: number): string {
  if (i < 0 || i >= doc.tokens.count) return '';
  let cache = doc === textDoc ? textArray : undefined;
  if (cache === undefined) cache = new Array<string | undefined>(doc.tokens.count);
  textDoc = doc;
  textArray = cache;
  let s = cache[i];
  if (s === undefined) {
    s = doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
    cache[i] = s;
  }
  return s;
}

// Lower-cased token texts per document, filled on first use: the quote and actor passes ask for the same
// tokens many times over, and slicing and lower-casing each time was a large share of their cost.
const lowerCache = new WeakMap<DocModel, (string | undefined)[]>();

let lastDoc: DocModel | undefined;
let lastCache: (string | undefined)[] | undefined;

/** Lower-cased text of token `i`, with curly apostrophes folded. @internal */
export function lower(doc: DocModel, i: number): string {
  if (i < 0 || i >= doc.tokens.count) return '';
  // Calls come in long runs for one document: the last document's cache is kept at hand (a WeakMap lookup
  // per call was a measurable share of the stage).
  let cache = doc === lastDoc ? lastCache : lowerCache.get(doc);
  if (cache === undefined) {
    cache = new Array<string | undefined>(doc.tokens.count);
    lowerCache.set(doc, cache);
  }
  lastDoc = doc;
  lastCache = cache;
  let s = cache[i];
  if (s === undefined) {
    s = tt(doc, i).toLowerCase();
    if (s.includes('\u2019')) s = s.replace(/\u2019/g, "'");
    cache[i] = s;
  }
  return s;
}

/** The universal POS tag of token `i`. @internal */
export function posOf(doc: DocModel, i: number): string {
  return POS_TAGS[doc.tokens.pos[i] ?? 16] ?? 'X';
}

/** Whether token `i` lies in boilerplate. @internal */
export function isBoiler(doc: DocModel, i: number): boolean {
  return ((doc.tokens.flags[i] ?? 0) & TokenFlag.Boilerplate) !== 0;
}

/** Whether token `i` is a word. @internal */
export function isWord(doc: DocModel, i: number): boolean {
  const k = doc.tokens.kind[i];
  return k === TokenKind.Word || k === TokenKind.Number;
}

/** Whether token `i` starts with an upper-case letter. @internal */
export function isCap(doc: DocModel, i: number): boolean {
  // The document stage sets the flag by the same test (/^\p{Lu}/u on the token's text).
  return i >= 0 && i < doc.tokens.count && ((doc.tokens.flags[i] ?? 0) & TokenFlag.Capitalized) !== 0;
}

/** Whether tokens `a` and `b` (a < b, adjacent) are on one line: no line break between them. @internal */
export function sameLine(doc: DocModel, a: number, b: number): boolean {
  // The characters between them, read in place (out of range: from the start, or to the end, of the text).
  const text = doc.text;
  const to = doc.tokens.start[b] ?? text.length;
  for (let p = doc.tokens.end[a] ?? 0; p < to; p++) if (text.charCodeAt(p) === 10) return false;
  return true;
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

/** Whether token `i` is the one character with UTF-16 code `code` (read in place, no slice). @internal */
export function isCharToken(doc: DocModel, i: number, code: number): boolean {
  if (i < 0 || i >= doc.tokens.count) return false;
  const start = doc.tokens.start[i] ?? 0;
  return (doc.tokens.end[i] ?? 0) - start === 1 && doc.text.charCodeAt(start) === code;
}

/** Whether token `i` ends a sentence ('.', '!' or '?'). @internal */
export function isTerminatorToken(doc: DocModel, i: number): boolean {
  if (i < 0 || i >= doc.tokens.count) return false;
  const start = doc.tokens.start[i] ?? 0;
  if ((doc.tokens.end[i] ?? 0) - start !== 1) return false;
  const c = doc.text.charCodeAt(start);
  return c === 46 || c === 33 || c === 63;
}

/**
 * Per word length (below 64), 1 where one of `words` has that length and first UTF-16 unit, and, in the
 * second half, that length and last unit: what {@link mayLowerBeIn} reads. Words with a non-ASCII unit are
 * left out (no ASCII token lower-cases to one).
 * @internal
 */
export function wordEndsTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(2 * 64 * 128);
  for (const w of words) {
    if (w.length === 0 || w.length >= 64 || /[^\x00-\x7f]/u.test(w)) continue;
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

/** `lower(doc, i) === w` for a word `w` of ASCII letters a-z other than k, read in place (no lower-cased copy). @internal */
export function isLowerWord(doc: DocModel, i: number, w: string): boolean {
  if (i < 0 || i >= doc.tokens.count) return w === '';
  const at = doc.tokens.start[i] ?? 0;
  if ((doc.tokens.end[i] ?? 0) - at !== w.length) return false;
  // Only the Kelvin sign lower-cases to an ASCII letter (k) from outside ASCII, so for other letters the
  // units must be the word's in either case: `| 32` lower-cases A-Z and leaves a-z as they are.
  for (let k = 0; k < w.length; k++) if ((doc.text.charCodeAt(at + k) | 32) !== w.charCodeAt(k)) return false;
  return true;
}
