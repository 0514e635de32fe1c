import { tokenText } from '../document/model.js';
import { americanSpelling, foldCharacters } from '../document/normalize.js';
import type { QuoteView } from './views.js';

/** Whether two tokens are written with the same characters (most copies of a word are), without slicing. */
function sameText(da: QuoteView['doc'], ta: number, db: QuoteView['doc'], tb: number): boolean {
  const sa = da.tokens.start[ta] ?? 0;
  const sb = db.tokens.start[tb] ?? 0;
  const len = (da.tokens.end[ta] ?? 0) - sa;
  if ((db.tokens.end[tb] ?? 0) - sb !== len) return false;
  for (let k = 0; k < len; k++) if (da.text.charCodeAt(sa + k) !== db.text.charCodeAt(sb + k)) return false;
  return true;
}

/**
 * Whether every word of `b` is written with the same characters as the word at its position in `a`:
 * the same number of words, at the same offsets from the first, in the same stretch of text.
 * @param a - one rendering
 * @param b - another
 * @returns true when no word of `b` can be written differently from `a`'s
 * @internal
 */
export function sameWriting(a: QuoteView, b: QuoteView): boolean {
  const n = a.toks.length;
  if (b.toks.length !== n) return false;
  if (n === 0) return true;
  const ta = a.doc.tokens;
  const tb = b.doc.tokens;
  const sa = ta.start[a.toks[0] ?? 0] ?? 0;
  const sb = tb.start[b.toks[0] ?? 0] ?? 0;
  const len = (ta.end[a.toks[n - 1] ?? 0] ?? 0) - sa;
  for (let i = 0; i < n; i++) {
    const x = a.toks[i] ?? 0;
    const y = b.toks[i] ?? 0;
    const from = (ta.start[x] ?? 0) - sa;
    const to = (ta.end[x] ?? 0) - sa;
    // Every word inside the stretch compared below.
    if (from < 0 || to > len || from !== (tb.start[y] ?? 0) - sb || to !== (tb.end[y] ?? 0) - sb) return false;
  }
  if (a.doc === b.doc && sa === sb) return true;
  return a.doc.text.startsWith(b.doc.text.slice(sb, sb + len), sa);
}

/**
 * How two tokens with the same match key differ as written: another spelling (British/American,
 * hyphenation), another form of the word, or not at all (case and quote marks aside).
 * @param a - one rendering
 * @param i - a position in it
 * @param b - another rendering
 * @param j - the position of the word with the same key in it
 * @returns 'spelling', 'inflection', or undefined for the same form
 * @example
 * formDifference(denuclearisation, 0, denuclearization, 0) //=> 'spelling'
 * @internal
 */
export function formDifference(a: QuoteView, i: number, b: QuoteView, j: number): 'spelling' | 'inflection' | undefined {
  const ta = a.toks[i];
  const tb = b.toks[j];
  if (ta === undefined || tb === undefined) return undefined;
  if (sameText(a.doc, ta, b.doc, tb)) return undefined;
  const fa = foldCharacters(tokenText(a.doc, ta)).toLowerCase();
  const fb = foldCharacters(tokenText(b.doc, tb)).toLowerCase();
  if (fa === fb) return undefined;
  const norm = (w: string): string => americanSpelling(w.replace(/-/g, ''));
  if (norm(fa) === norm(fb) || americanSpelling(fa).replace(/-/g, '') === americanSpelling(fb).replace(/-/g, '')) return 'spelling';
  // Acronyms written with and without dots (U.S. / US) or a possessive ('s) are the same form.
  if (fa.replace(/[.']|’s$|'s$/g, '') === fb.replace(/[.']|’s$|'s$/g, '')) return undefined;
  return 'inflection';
}
