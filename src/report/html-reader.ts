import { evidenceSpans } from './html-framing.js';
import { esc, evidenceKey, type HtmlContext } from './html-util.js';
import { PASSAGE_COLOURS } from './html-passages.js';

/** A span of a document to mark: its class, tooltip and anchor key. @internal */
export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly cls: string;
  readonly title: string;
  /** Anchor key: the first piece of the mark gets `id="d<doc>-<key>"` and the title; a mark without one has no title. */
  readonly key?: string;
  /**
   * Marks of one group (overlapping shared passages) wrap a piece once: the first open one wraps it, the others
   * only leave their anchor. Without it a piece in ten overlapping passages was ten nested spans, and the page of
   * 2,000 articles grew to nine times its text.
   */
  readonly group?: string;
}

/**
 * One document's text with its marks: each piece between two mark bounds is wrapped in the marks that cover it,
 * in the order of `marks`; the first piece of a mark with a key carries its anchor.
 *
 * @param text - the document's text
 * @param marks - the spans to mark
 * @param idPrefix - prefix of the anchors (`d3`)
 * @returns HTML
 * @example
 * ```ts
 * markedText('a b', [{ start: 2, end: 3, cls: 'quote', title: 'q1', key: 'q1' }], 'd0');
 * //=> 'a <span class="quote" title="q1" id="d0-q1">b</span>'
 * ```
 * @internal
 */
export function markedText(text: string, marks: readonly Mark[], idPrefix: string): string {
  const bounds = new Set<number>([0, text.length]);
  for (const m of marks) {
    bounds.add(m.start);
    bounds.add(m.end);
  }
  const cuts = [...bounds].filter((b) => b >= 0 && b <= text.length).sort((a, b) => a - b);
  // A sweep over the cuts with the marks open at each (by start), instead of testing every mark at every
  // cut: a document with thousands of quotes made that quotes × quotes.
  const byStart = marks.map((_, k) => k).sort((x, y) => marks[x]!.start - marks[y]!.start || x - y);
  const anchored = new Set<number>();
  let next = 0;
  let open: number[] = [];
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const s = cuts[i] ?? 0;
    const e = cuts[i + 1] ?? 0;
    while (next < byStart.length && marks[byStart[next]!]!.start <= s) open.push(byStart[next++]!);
    open = open.filter((k) => marks[k]!.end >= e);
    let piece = esc(text.slice(s, e));
    let bare = '';
    const groups = new Set<string>();
    for (const k of [...open].sort((x, y) => x - y)) {
      const m = marks[k]!;
      let id = '';
      if (m.key !== undefined && !anchored.has(k)) {
        anchored.add(k);
        id = ` id="${idPrefix}-${esc(m.key)}"`;
      }
      if (m.group !== undefined && groups.has(m.group)) {
        if (id) bare += `<span${id}></span>`;
        continue;
      }
      if (m.group !== undefined) groups.add(m.group);
      // The tooltip on the first piece only (with the anchor): repeated on every piece it doubled the page.
      const title = id ? ` title="${esc(m.title)}"` : '';
      piece = `<span class="${m.cls}"${title}${id}>${piece}</span>`;
    }
    out += bare + piece;
  }
  // Marks of no width (or outside the text) still get their anchor, so that every link lands.
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    if (m.key !== undefined && !anchored.has(k)) out += `<span id="${idPrefix}-${esc(m.key)}"></span>`;
  }
  return out;
}

/**
 * The reader view: each document with its shared passages (in their alignment's colour), quotes, loaded labels,
 * hedges and boilerplate marked, every mark an anchor the other sections link to. Each document is a section of
 * its own that the browser lays out only when it comes into view (`content-visibility: auto`).
 * @internal
 */
export function readerSection(ctx: HtmlContext, texts: Readonly<Record<string, string>>): string {
  const { report } = ctx;
  const parts = [
    '<section id="documents"><h2>Documents</h2><p class="legend"><span class="passage c3">shared passage (its colour)</span> <span class="quote">quote</span> <span class="loaded">loaded label</span> <span class="hedge">hedge</span> <span class="boilerplate">boilerplate</span></p>',
  ];
  const passagesOf = new Map<string, Mark[]>();
  report.alignments.forEach((a, i) => {
    const cls = `passage c${i % PASSAGE_COLOURS}`;
    a.members.forEach((m, k) => {
      const list = passagesOf.get(m.docId) ?? [];
      list.push({ start: m.start, end: m.end, cls, title: `${a.id} ${a.kind}`, key: `${a.id}-${k}`, group: 'passage' });
      passagesOf.set(m.docId, list);
    });
  });
  const quotesOf = new Map<string, Mark[]>();
  for (const q of report.quotes) {
    const list = quotesOf.get(q.docId) ?? [];
    list.push({
      start: q.start,
      end: q.end,
      cls: 'quote',
      title: `${q.id} ${q.speaker?.name ?? 'unattributed'}${q.cue ? `, ${q.cue}` : ''}`,
      key: q.id,
    });
    quotesOf.set(q.docId, list);
  }
  const framingOf = new Map<string, (typeof report.framing.documents)[number]>();
  for (const f of report.framing.documents) if (!framingOf.has(f.docId)) framingOf.set(f.docId, f);
  const evidenceOf = evidenceSpans(ctx);
  const storyOf = new Map<string, string>();
  for (const s of report.stories) for (const d of s.docIds) storyOf.set(d, s.id);
  report.documents.forEach((d, i) => {
    const text = texts[d.id];
    const f = framingOf.get(d.id);
    parts.push(
      `<article class="doc" id="d${i}" data-story="${esc(storyOf.get(d.id) ?? '')}" data-doc="${esc(d.id)}"><h3>${esc(ctx.outlet(d.id))}${ctx.outlet(d.id) === d.id ? '' : ` <small>${esc(d.id)}</small>`}${d.title ? ` — ${esc(d.title)}` : ''}</h3>`,
    );
    if (text === undefined) {
      parts.push(
        `<p>${d.stats.words} words, ${d.boilerplate.length} boilerplate spans (the text was not given to the renderer).</p></article>`,
      );
      return;
    }
    const marks: Mark[] = [
      ...d.boilerplate.map((b, k) => ({ start: b.start, end: b.end, cls: 'boilerplate', title: `boilerplate: ${b.kind}`, key: `b${k}` })),
      ...(passagesOf.get(d.id) ?? []),
      ...(quotesOf.get(d.id) ?? []),
      ...(f?.labels ?? []).flatMap((l, k) =>
        l.loaded
          ? [
              {
                start: l.start,
                end: l.end,
                cls: 'loaded',
                title: `${l.category}, ${l.direction}${l.refersTo ? ` → ${l.refersTo}` : ''}`,
                key: `l${k}`,
              },
            ]
          : [],
      ),
      ...(f?.hedges ?? []).map((h, k) => ({ start: h.start, end: h.end, cls: 'hedge', title: `hedge: ${h.term}`, key: `h${k}` })),
      ...(f?.intensifiers ?? []).map((h, k) => ({
        start: h.start,
        end: h.end,
        cls: 'intens',
        title: `intensifier: ${h.term}`,
        key: `i${k}`,
      })),
      ...(f?.editorializing ?? []).map((e, k) => ({
        start: e.start,
        end: e.end,
        cls: 'editorial',
        title: `editorializing ${e.score.toFixed(2)}: ${e.terms.join(', ')}`,
        key: `e${k}`,
      })),
    ];
    for (const e of evidenceOf.get(d.id) ?? [])
      marks.push({ start: e.start, end: e.end, cls: 'ev', title: e.note, key: evidenceKey(e.start, e.end) });
    const body = ctx.defer(markedText(text, marks, `d${i}`));
    parts.push(`<div class="text"${body.attr}>${body.body}</div></article>`);
  });
  parts.push('</section>');
  return parts.join('');
}
