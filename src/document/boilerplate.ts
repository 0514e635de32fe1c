import { BOILERPLATE_PATTERNS as data } from '../lexicon/boilerplate.js';
import { foldText } from './normalize.js';
import type { BoilerplateKind, BoilerplateSpan } from './types.js';

interface Pattern {
  readonly kind: BoilerplateKind;
  readonly re: RegExp;
}

const compile = (p: { kind: string; pattern: string; flags?: string; caseSensitive?: boolean }, global: boolean): Pattern => ({
  kind: p.kind as BoilerplateKind,
  re: new RegExp(p.pattern, `${p.caseSensitive === true ? '' : 'i'}${p.flags ?? ''}${global ? 'g' : ''}`),
});
const LINE_PATTERNS: readonly Pattern[] = data.lines.map((p) => compile(p, false));
const SPAN_PATTERNS: readonly Pattern[] = data.spans.map((p) => compile(p, true));

/** A line longer than this is prose, whatever it contains. */
const MAX_BOILERPLATE_LINE = 320;
/** A short line of 2–4 capitalized words: an author's name beside a follow/share prompt. */
const NAME_LINE = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$/u;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Splits text into lines with their trimmed extent. Lines that are blank are left out. */
function lines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    pos = nl + 1;
  }
  return out;
}

const START = 24;

/**
 * The start of a line as {@link foldText} folds it, when its first characters are ASCII (so folding them
 * is only lower-casing and collapsing white space, whatever follows); undefined when it cannot be told.
 */
function asciiStart(text: string): string | undefined {
  if (text.length <= START) return undefined;
  for (let i = 0; i <= START; i++) if (text.charCodeAt(i) > 127) return undefined;
  return text.slice(0, START).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether two lines may fold to the same text, judged by their {@link asciiStart}s. */
function mayFoldAlike(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/**
 * Finds page furniture in an article: share and follow prompts, ads, newsletter prompts, comment
 * notices, "SEE ALSO:" teasers, bylines, photo credits, "(...)" cut marks, a headline repeated under
 * itself. Patterns are data (`data/boilerplate.json`).
 *
 * @param text - the original article text
 * @returns boilerplate spans in text order, each trimmed of surrounding white space
 * @example
 * ```ts
 * findBoilerplate('Share this on\nKim met Lavrov.\nComments are closed.').map((b) => b.kind);
 * //=> ['share', 'comments']
 * ```
 */
export function findBoilerplate(text: string): BoilerplateSpan[] {
  const ls = lines(text);
  const kinds: (BoilerplateKind | undefined)[] = ls.map((line) => {
    if (line.text.length > MAX_BOILERPLATE_LINE) return undefined;
    return LINE_PATTERNS.find((p) => p.re.test(line.text))?.kind;
  });
  // An author's name standing next to a "Follow me" or share line is a byline.
  ls.forEach((line, i) => {
    if (kinds[i] !== undefined || !NAME_LINE.test(line.text)) return;
    const near = [kinds[i - 1], kinds[i + 1]];
    if (near.includes('follow') || near.includes('share')) kinds[i] = 'byline';
  });
  // A headline repeated among the first lines (the page shows it twice). Folding whole paragraphs was
  // most of this function's cost, so a pair is folded only when the starts of its lines may fold alike.
  const head = ls.slice(0, 6);
  const starts = head.map((l) => asciiStart(l.text));
  const folded: (string | undefined)[] = [];
  const fold = (i: number): string => (folded[i] ??= foldText(head[i]?.text ?? ''));
  for (let i = 1; i < head.length; i++) {
    if (kinds[i] !== undefined) continue;
    let repeated = false;
    for (let j = 0; j < i && !repeated; j++) repeated = mayFoldAlike(starts[i], starts[j]) && fold(i) === fold(j);
    if (repeated && fold(i).length > 0) kinds[i] = 'repeated-title';
  }

  const spans: BoilerplateSpan[] = [];
  ls.forEach((line, i) => {
    const kind = kinds[i];
    if (kind !== undefined) {
      spans.push({ start: line.start, end: line.end, text: line.text, kind });
      return;
    }
    for (const p of SPAN_PATTERNS) {
      p.re.lastIndex = 0;
      for (const m of line.text.matchAll(p.re)) {
        const start = line.start + (m.index ?? 0);
        spans.push({ start, end: start + m[0].length, text: m[0], kind: p.kind });
      }
    }
  });
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}
