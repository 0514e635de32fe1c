/**
 * Finds quoted stretches from quote marks alone: curly, straight and mixed double marks, doubled
 * apostrophes (''…''), top-level single marks (‘…’), quotes that run over several paragraphs.
 * Apostrophes inside and before words (Kim’s, don't, ’90s) are not marks.
 */

/** A character range. @internal */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** One paragraph's piece of a quote: the words between the marks, trimmed of white space. @internal */
export interface QuotePiece extends Range {
  /** The opening mark, when the piece has one. */
  readonly open?: Range;
  /** The closing mark, when the piece has one. */
  readonly close?: Range;
  /** Index of the paragraph (in the list given to {@link findQuoteMarks}). */
  readonly paragraph: number;
  /** Whether single marks (‘…’) enclose it. */
  readonly single: boolean;
}

/** A quote as the marks delimit it: one piece per paragraph. @internal */
export interface MarkedQuote {
  readonly pieces: readonly QuotePiece[];
}

const WS = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{\u2014\u2013/-]/u; // what may stand right before an opening mark
const CLOSE_FOLLOW = /[\s.,;:!?)\]}\u2014\u2013\u2026/-]/u; // what may stand right after a closing mark
/** How far a single-quoted stretch may run: single marks quote words or a short remark, not pages. */
const MAX_SINGLE = 240;
/** How many unmarked paragraphs a quote may run over before its closing mark appears. */
const MAX_CONTINUED_PARAGRAPHS = 4;

type Role = 'open' | 'close' | 'either';

interface Mark extends Range {
  readonly role: Role;
  readonly canOpen: boolean;
  readonly canClose: boolean;
}

function charAt(text: string, i: number, lo: number, hi: number): string {
  return i < lo || i >= hi ? ' ' : (text[i] ?? ' ');
}

/** Double quote marks of one paragraph, with what their surroundings allow them to be. */
function doubleMarks(text: string, lo: number, hi: number): Mark[] {
  const out: Mark[] = [];
  for (let i = lo; i < hi; i++) {
    const c = text[i];
    let len: number;
    let role: Role = 'either';
    if (c === '\u201C' || c === '\u201E' || c === '\u201F' || c === '\u00AB') {
      len = 1;
      role = 'open';
    } else if (c === '\u201D' || c === '\u00BB') {
      len = 1;
      role = 'close';
    } else if (c === '"') len = 1;
    else if ((c === "'" && text[i + 1] === "'") || (c === '`' && text[i + 1] === '`')) {
      len = 2;
      role = c === '`' ? 'open' : 'either';
    } else continue;
    const before = charAt(text, i - 1, lo, hi);
    const after = charAt(text, i + len, lo, hi);
    const canOpen = !WS.test(after) && (OPEN_CONTEXT.test(before) || isMark(before));
    const canClose = !WS.test(before) && (CLOSE_FOLLOW.test(after) || isMark(after) || after === "'" || after === '\u2019');
    out.push({ start: i, end: i + len, role, canOpen, canClose });
    i += len - 1;
  }
  return out;
}

function isMark(c: string): boolean {
  return c === '"' || c === '\u201C' || c === '\u201D' || c === '\u2018' || c === '\u2019' || c === '\u00AB' || c === '\u00BB';
}

/** Single marks that can open or close a top-level single-quoted stretch (not apostrophes). */
function singleMarks(text: string, lo: number, hi: number): Mark[] {
  const out: Mark[] = [];
  for (let i = lo; i < hi; i++) {
    const c = text[i];
    if (c !== "'" && c !== '\u2018' && c !== '\u2019') continue;
    if (c === "'" && (text[i + 1] === "'" || text[i - 1] === "'")) continue; // a doubled mark is a double
    const before = charAt(text, i - 1, lo, hi);
    const after = charAt(text, i + 1, lo, hi);
    // Inside a word (Kim’s, don't) it is an apostrophe.
    if (LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) continue;
    // Before a decade or a clipped word (’90s, 'em, 'n') it is an apostrophe too.
    if (/^\d\ds?\b/u.test(text.slice(i + 1, i + 4)) || /^(?:em|n|tis|cause|til)\b/iu.test(text.slice(i + 1, i + 6))) continue;
    const canOpen = c !== '\u2019' && !WS.test(after) && (OPEN_CONTEXT.test(before) || before === '"' || before === '\u201C');
    // A plural possessive ("voters' rights") looks like a closing mark; it can close only an open quote.
    const canClose = c !== '\u2018' && !WS.test(before) && (CLOSE_FOLLOW.test(after) || after === '"' || after === '\u201D');
    if (!canOpen && !canClose) continue;
    out.push({ start: i, end: i + 1, role: c === '\u2018' ? 'open' : c === '\u2019' ? 'close' : 'either', canOpen, canClose });
  }
  return out;
}

function trimRange(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && WS.test(text[s] ?? '')) s++;
  while (e > s && WS.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

interface Open {
  readonly mark: Range | undefined;
  readonly from: number;
  readonly paragraph: number;
}

/**
 * Finds the quoted stretches of a text from its quote marks.
 *
 * Double marks pair up within a paragraph; a mark's surroundings decide whether it opens or closes
 * (a space before and a word after opens, a word before and a space or punctuation after closes), so
 * mixed marks (`"…”`, `“…"`) pair as readers read them. A quote still open at the end of its paragraph
 * continues into the next when that paragraph starts with an opening mark (the news convention) or
 * when the next marks to come close it; otherwise it ends with its paragraph. Single marks delimit a
 * quote only outside double quotes, within a short stretch of one paragraph.
 *
 * @param text - the original text
 * @param paragraphs - paragraph ranges in text order; quotes never start outside them
 * @returns quotes in text order, each with one piece per paragraph
 * @example
 * ```ts
 * const t = 'He said “yes” and Kim’s aide said no.';
 * findQuoteMarks(t, [{ start: 0, end: t.length }]).map((q) => t.slice(q.pieces[0].start, q.pieces[0].end));
 * //=> ['yes']
 * ```
 * @internal
 */
export function findQuoteMarks(text: string, paragraphs: readonly Range[]): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  const marksOf = paragraphs.map((p) => doubleMarks(text, p.start, p.end));
  let carried: { open: Open; pieces: QuotePiece[] } | undefined;

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Range;
    const marks = marksOf[p] ?? [];
    let open: Open | undefined;
    let pieces: QuotePiece[] = [];
    const doubleRanges: Range[] = [];

    if (carried !== undefined) {
      // A continued quote: a leading opening mark repeats, otherwise the paragraph starts inside it.
      const first = marks[0];
      const repeated =
        first !== undefined && first.role !== 'close' && first.canOpen && first.start === trimRange(text, para.start, para.end).start;
      open = repeated ? { mark: first, from: first.end, paragraph: p } : { mark: undefined, from: para.start, paragraph: p };
      pieces = carried.pieces;
      carried = undefined;
      if (repeated) marks.shift();
    }

    const finish = (close: Range | undefined, endAt: number): void => {
      if (open === undefined) return;
      const r = trimRange(text, open.from, endAt);
      if (r.end > r.start) {
        // Fields set one by one, in the order a spread would give them.
        const piece: { -readonly [K in keyof QuotePiece]?: QuotePiece[K] } = { start: r.start, end: r.end };
        if (open.mark !== undefined) piece.open = { start: open.mark.start, end: open.mark.end };
        if (close !== undefined) piece.close = close;
        piece.paragraph = open.paragraph;
        piece.single = false;
        pieces.push(piece as QuotePiece);
      }
      doubleRanges.push({ start: open.mark?.start ?? open.from, end: close?.end ?? endAt });
      open = undefined;
    };
    const flush = (): void => {
      if (pieces.length > 0) quotes.push({ pieces });
      pieces = [];
    };

    for (const m of marks) {
      if (open === undefined) {
        if (m.role === 'close' && !(m.canOpen && !m.canClose)) continue; // a stray closing mark
        if (m.role === 'either' && m.canClose && !m.canOpen) continue;
        open = { mark: m, from: m.end, paragraph: p };
        continue;
      }
      // An unmistakable opening mark while a quote is open: the open one was never closed.
      if (m.role === 'open' && m.canOpen && !m.canClose) {
        finish(undefined, m.start);
        flush();
        open = { mark: m, from: m.end, paragraph: p };
        continue;
      }
      finish({ start: m.start, end: m.end }, m.start);
      flush();
    }

    if (open !== undefined) {
      if (continuesInto(text, paragraphs, marksOf, p)) {
        const o: Open = open;
        finish(undefined, para.end);
        carried = { open: o, pieces };
        continue;
      }
      finish(undefined, para.end);
    }
    flush();

    // Single-quoted stretches outside the double quotes of this paragraph.
    for (const s of singleQuotes(text, para, doubleRanges)) quotes.push({ pieces: [{ ...s, paragraph: p, single: true }] });
  }
  if (carried !== undefined && carried.pieces.length > 0) quotes.push({ pieces: carried.pieces });

  return quotes.sort((a, b) => (a.pieces[0]?.start ?? 0) - (b.pieces[0]?.start ?? 0));
}

/** Whether a quote left open at the end of paragraph `p` runs on into paragraph `p + 1`. */
function continuesInto(text: string, paragraphs: readonly Range[], marksOf: readonly Mark[][], p: number): boolean {
  for (let q = p + 1; q <= p + MAX_CONTINUED_PARAGRAPHS && q < paragraphs.length; q++) {
    const para = paragraphs[q] as Range;
    const first = marksOf[q]?.[0];
    if (first === undefined) continue; // an unmarked paragraph: look further for the closing mark
    const leads = first.start === trimRange(text, para.start, para.end).start;
    if (q === p + 1 && leads && first.role !== 'close' && first.canOpen) return true;
    // The next mark closes: everything up to it is inside the quote.
    return first.role === 'close' || (first.canClose && !first.canOpen);
  }
  return false;
}

/** Single-quoted stretches of one paragraph that lie outside the given double-quoted ranges. */
function singleQuotes(text: string, para: Range, exclude: readonly Range[]): (Range & { open: Range; close: Range })[] {
  const out: (Range & { open: Range; close: Range })[] = [];
  const inside = (i: number): boolean => exclude.some((r) => r.start <= i && i < r.end);
  let open: Mark | undefined;
  for (const m of singleMarks(text, para.start, para.end)) {
    if (inside(m.start)) {
      open = undefined;
      continue;
    }
    if (open !== undefined && m.start - open.end > MAX_SINGLE) open = undefined;
    if (open === undefined) {
      if (m.role !== 'close' && m.canOpen) open = m;
      continue;
    }
    if (m.role !== 'open' && m.canClose) {
      const r = trimRange(text, open.end, m.start);
      if (r.end > r.start && LETTER_OR_DIGIT.test(text.slice(r.start, r.end))) {
        out.push({ ...r, open: { start: open.start, end: open.end }, close: { start: m.start, end: m.end } });
      }
      open = undefined;
    } else if (m.canOpen) open = m;
  }
  return out;
}
