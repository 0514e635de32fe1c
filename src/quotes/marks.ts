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
    // "'''" after a word closes a single quote nested in a doubled one ("said, 'We will,'''"): the first
    // apostrophe is the inner mark, the doubled one after it closes.
    else if (c === "'" && text[i + 1] === "'" && text[i + 2] === "'" && !WS.test(charAt(text, i - 1, lo, hi))) continue;
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
  // The pieces of a quote left open at the end of the paragraph before, which runs on into this one.
  let carried: QuotePiece[] | undefined;

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Range;
    const marks = marksOf[p] ?? [];
    const r: Reading = { open: undefined, pieces: [], doubleRanges: [] };

    if (carried !== undefined) {
      // A continued quote: a leading opening mark repeats, otherwise the paragraph starts inside it.
      const first = marks[0];
      const repeated =
        first !== undefined && first.role !== 'close' && first.canOpen && first.start === trimRange(text, para.start, para.end).start;
      r.open = repeated ? { mark: first, from: first.end, paragraph: p } : { mark: undefined, from: para.start, paragraph: p };
      r.pieces = carried;
      carried = undefined;
      if (repeated) marks.shift();
    }

    pairMarks(text, marks, p, r, quotes);

    if (r.open !== undefined) {
      const continues = continuesInto(text, paragraphs, marksOf, p);
      finishPiece(text, r, undefined, para.end);
      if (continues) {
        carried = r.pieces;
        continue;
      }
    }
    flushQuote(r, quotes);

    // Single-quoted stretches outside the double quotes of this paragraph.
    for (const s of singleQuotes(text, para, r.doubleRanges)) quotes.push({ pieces: [{ ...s, paragraph: p, single: true }] });
  }
  if (carried !== undefined && carried.length > 0) quotes.push({ pieces: carried });

  return quotes.sort((a, b) => (a.pieces[0]?.start ?? 0) - (b.pieces[0]?.start ?? 0));
}

/** A paragraph being read: the quote open in it (if any), that quote's pieces so far, and the double-quoted ranges. */
interface Reading {
  open: Open | undefined;
  pieces: QuotePiece[];
  readonly doubleRanges: Range[];
}

/** Pairs the double marks of paragraph `p` in text order: each opens a quote or closes the open one. */
function pairMarks(text: string, marks: readonly Mark[], p: number, r: Reading, quotes: MarkedQuote[]): void {
  for (const m of marks) {
    if (r.open === undefined) {
      if (m.role === 'close' && !(m.canOpen && !m.canClose)) continue; // a stray closing mark
      if (m.role === 'either' && m.canClose && !m.canOpen) continue;
      r.open = { mark: m, from: m.end, paragraph: p };
      continue;
    }
    // An unmistakable opening mark while a quote is open: the open one was never closed.
    if (m.role === 'open' && m.canOpen && !m.canClose) {
      finishPiece(text, r, undefined, m.start);
      flushQuote(r, quotes);
      r.open = { mark: m, from: m.end, paragraph: p };
      continue;
    }
    finishPiece(text, r, { start: m.start, end: m.end }, m.start);
    flushQuote(r, quotes);
  }
}

/** Ends the open quote's piece at `endAt` (with its closing mark `close`, if any) and records the range it covers. */
function finishPiece(text: string, r: Reading, close: Range | undefined, endAt: number): void {
  const open = r.open;
  if (open === undefined) return;
  const t = trimRange(text, open.from, endAt);
  if (t.end > t.start) {
    // Fields set one by one, in the order a spread would give them.
    const piece: { -readonly [K in keyof QuotePiece]?: QuotePiece[K] } = { start: t.start, end: t.end };
    if (open.mark !== undefined) piece.open = { start: open.mark.start, end: open.mark.end };
    if (close !== undefined) piece.close = close;
    piece.paragraph = open.paragraph;
    piece.single = false;
    r.pieces.push(piece as QuotePiece);
  }
  r.doubleRanges.push({ start: open.mark?.start ?? open.from, end: close?.end ?? endAt });
  r.open = undefined;
}

/** Hands the quote read so far (if it has pieces) to `quotes`, and starts the next one afresh. */
function flushQuote(r: Reading, quotes: MarkedQuote[]): void {
  if (r.pieces.length > 0) quotes.push({ pieces: r.pieces });
  r.pieces = [];
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
  // Marks come in text order: the ranges that start at or before a mark are taken in once, keeping the
  // furthest end, which is past the mark when one of them holds it (testing every range for every mark
  // made a paragraph of many marks cost their square).
  const byStart = [...exclude].sort((a, b) => a.start - b.start);
  let k = 0;
  let furthest = -1;
  const inside = (i: number): boolean => {
    for (let r = byStart[k]; r !== undefined && r.start <= i; r = byStart[++k]) furthest = Math.max(furthest, r.end);
    return i < furthest;
  };
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
