/**
 * What wink-nlp is given to read: the text with the runs it reads in more than linear time made harmless,
 * at the same length, so that every offset into it is an offset into the original text.
 *
 * - A run of more than {@link MAX_RUN} characters without white space (one giant "token") takes wink-nlp's
 *   tokenizer time growing with the square of its length (its category regular expressions and recursive
 *   splitting): 16 KB 1.8 s, 32 KB 6 s. Such a run is blanked (spaces) but for up to
 *   {@link MAX_EDGE} punctuation marks at either end, which wink-nlp still reads (a closing full stop still
 *   ends the sentence, an opening quote mark stays a token), and the document stage puts the run back as
 *   one token of its own ({@link GuardedText.runs}).
 * - White space holding many line breaks or tabs between spaces (" \n \n \n …") gives wink-nlp one
 *   token per break, and its automata walk every run of such tokens from each of them (square time: 16 KB
 *   1 s, 32 KB 10 s). In a white-space run, the breaks and tabs after the first {@link MAX_BREAKS} are read as
 *   spaces. Paragraphs are found from the original text, so they do not change.
 *
 * Ordinary text has neither, and is handed on as it is (the same string).
 * @internal
 */

/** Longest run without white space that wink-nlp reads as it is (URLs and long compounds stay whole). */
export const MAX_RUN = 256;
/** Punctuation marks kept for wink-nlp at either end of a blanked run. */
const MAX_EDGE = 4;
/** Line breaks and tabs read as they are in one white-space run; those after are read as spaces. */
export const MAX_BREAKS = 16;

/** The text to give wink-nlp, and the runs blanked in it. @internal */
export interface GuardedText {
  /** The text wink-nlp reads: as long as the original, equal to it outside the guarded runs. */
  readonly text: string;
  /** The blanked runs, in text order, as character ranges of the original text: one token each. */
  readonly runs: readonly { readonly start: number; readonly end: number }[];
}

/** Whether a UTF-16 unit is white space, as wink-nlp splits on it (`\s`). */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 128) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Line breaks and tabs: the white space wink-nlp makes tokens of. */
function isBreak(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Marks that may open or close a word, left for wink-nlp at the ends of a blanked run. */
const EDGE = /[\p{P}]/u;

/**
 * The text wink-nlp should read in place of `text` (see the module comment).
 * @param text - the original text
 * @returns the text to read (`text` itself when nothing needs guarding) and the blanked runs
 * @example
 * ```ts
 * const g = guardText(`See ${'x'.repeat(300)}.`);
 * [g.text.length, g.text.trim(), g.runs]; //=> [305, 'See                …  .', [{ start: 4, end: 304 }]] (spaces elided)
 * ```
 * @internal
 */
export function guardText(text: string): GuardedText {
  const n = text.length;
  let out: string[] | undefined; // pieces of the guarded text, made on the first change
  let copied = 0; // text before this offset is in `out`
  const runs: { start: number; end: number }[] = [];
  const change = (from: number, to: number, replacement: string): void => {
    out ??= [];
    out.push(text.slice(copied, from), replacement);
    copied = to;
  };
  let i = 0;
  while (i < n) {
    const start = i;
    if (isSpace(text.charCodeAt(i))) {
      let breaks = 0;
      while (i < n && isSpace(text.charCodeAt(i))) {
        if (isBreak(text.charCodeAt(i)) && ++breaks > MAX_BREAKS) change(i, i + 1, ' ');
        i++;
      }
      continue;
    }
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    if (i - start <= MAX_RUN) continue;
    let from = start;
    while (from - start < MAX_EDGE && EDGE.test(text.charAt(from))) from++;
    let to = i;
    while (i - to < MAX_EDGE && to > from && EDGE.test(text.charAt(to - 1))) to--;
    if (to <= from) continue; // punctuation alone: nothing to blank
    change(from, to, ' '.repeat(to - from));
    runs.push({ start: from, end: to });
  }
  if (out === undefined) return { text, runs };
  out.push(text.slice(copied));
  return { text: out.join(''), runs };
}
