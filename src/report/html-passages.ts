import type { DiffOp } from '../align/types.js';
import type { CommonPassage, StoryAlignment } from '../reuse/types.js';
import { memberText, pct } from './format.js';
import { docLink, esc, type HtmlContext } from './html-util.js';

/**
 * The colour of alignment number `i`: hues spread by the golden angle, so that neighbours differ, repeating after
 * {@link PASSAGE_COLOURS}.
 *
 * @param i - the alignment's index in the report
 * @returns a CSS colour, e.g. `'hsl(0 75% 85%)'`
 * @example
 * ```ts
 * passageColour(1); //=> 'hsl(138 75% 85%)'
 * ```
 * @internal
 */
export function passageColour(i: number): string {
  return `hsl(${Math.round(((i % PASSAGE_COLOURS) * 137.508) % 360)} 75% 85%)`;
}

/** Colours the passages cycle through; the reader view marks passage `i` with class `c<i mod this>`. @internal */
export const PASSAGE_COLOURS = 24;

/**
 * The CSS of the passage colour classes `.c0` … `.c23`.
 * @internal
 */
export function passageColourCss(): string {
  return Array.from({ length: PASSAGE_COLOURS }, (_, i) => `.c${i}{background:${passageColour(i)}}`).join('');
}

/**
 * One side of a word diff: the equal text with what only this side has marked, `<del>` on side A, `<ins>` on B.
 * @internal
 */
export function diffSide(diff: readonly DiffOp[], side: 'a' | 'b'): string {
  const own = side === 'a' ? 'delete' : 'insert';
  const tag = side === 'a' ? 'del' : 'ins';
  return diff
    .filter((d) => d.op === 'equal' || d.op === own)
    .map((d) => {
      if (d.op === 'equal' || d.text.trim() === '') return esc(d.text);
      // The marks kept off the spaces around the words, so that a marked word does not drag a coloured space.
      const lead = /^\s*/.exec(d.text)?.[0] ?? '';
      const trail = /\s*$/.exec(d.text)?.[0] ?? '';
      return `${lead}<${tag}>${esc(d.text.trim())}</${tag}>${trail}`;
    })
    .join('');
}

/** One alignment: its heading, then each compared pair side by side with the word differences marked. */
function alignmentHtml(ctx: HtmlContext, a: StoryAlignment, i: number): string {
  const colour = passageColour(i);
  const docs = [...new Set(a.members.map((m) => m.docId))];
  const parts = [
    `<article class="passage" id="${esc(a.id)}" data-story="${esc(a.storyId)}" data-docs="${esc(docs.join('\n'))}" style="border-left-color:${colour}">`,
    `<h3><span class="swatch" style="background:${colour}"></span>${esc(a.id)} <small>${esc(a.kind)} · similarity ${pct(a.similarity)} · story ${esc(a.storyId)} · ${docs.length} documents</small></h3>`,
    `<p class="where">In: ${a.members.map((m, k) => docLink(ctx, m.docId, `${a.id}-${k}`)).join(' · ')}</p>`,
  ];
  const inner: string[] = [];
  const paired = new Set<number>();
  for (const p of a.pairs) {
    paired.add(p.a);
    paired.add(p.b);
    const ma = a.members[p.a];
    const mb = a.members[p.b];
    if (ma === undefined || mb === undefined) continue;
    const c = p.components;
    inner.push(
      `<div class="pair"><div class="side"><div class="who">${docLink(ctx, ma.docId, `${a.id}-${p.a}`)}</div>${diffSide(p.diff, 'a')}</div>`,
      `<div class="side"><div class="who">${docLink(ctx, mb.docId, `${a.id}-${p.b}`)} <small title="lemma overlap ${c.lemmaOverlap}, word order ${c.wordOrder}, characters ${c.characters}, model ${c.model}">${pct(p.similarity)}</small></div>${diffSide(p.diff, 'b')}</div></div>`,
    );
  }
  a.members.forEach((m, k) => {
    if (paired.has(k)) return;
    const same = m.sameTextAs === undefined ? '' : ` <small>word for word as in ${esc(a.members[m.sameTextAs]?.docId ?? '')}</small>`;
    parts.push(
      `<div class="single"><div class="who">${docLink(ctx, m.docId, `${a.id}-${k}`)}${same}</div>${esc(memberText(a.members, k))}</div>`,
    );
  });
  const body = ctx.defer(inner.join(''));
  parts.push(`<div${body.attr}>${body.body}</div></article>`);
  return parts.join('');
}

/**
 * The shared-passages section: every alignment with its pairs side by side, word differences as `<ins>`/`<del>`,
 * a colour per alignment (the same colour marks it in the reader view), each copy linked to its place.
 * @internal
 */
export function passagesSection(ctx: HtmlContext): string {
  const { report } = ctx;
  const parts = [
    '<section id="passages"><h2>Shared passages</h2>',
    '<p class="legend">Each pair side by side: <del>only in the left</del> <ins>only in the right</ins>. The colour marks the passage in every document below.</p>',
  ];
  if (report.alignments.length === 0) parts.push('<p>None found.</p>');
  report.alignments.forEach((a, i) => parts.push(alignmentHtml(ctx, a, i)));
  parts.push('</section>');
  return parts.join('');
}

/**
 * The common-passages section: text shared across stories, and reporting formulas.
 * @internal
 */
export function commonPassagesSection(ctx: HtmlContext): string {
  const parts = [
    '<section id="common"><h2>Common passages</h2><p>Text shared across stories, and reporting formulas: no sign of reuse.</p>',
  ];
  const list: readonly CommonPassage[] = ctx.report.commonPassages;
  if (list.length === 0) parts.push('<p>None found.</p>');
  for (const c of list) {
    const docs = [...new Set(c.members.map((m) => m.docId))];
    parts.push(
      `<details><summary><b>${esc(c.id)}</b> ${esc(c.kind)} · stories ${c.storyIds.map(esc).join(', ')} · ${docs.length} documents</summary><ul>`,
    );
    c.members.forEach((m, i) => parts.push(`<li>${docLink(ctx, m.docId)}: ${esc(memberText(c.members, i))}</li>`));
    parts.push('</ul></details>');
  }
  parts.push('</section>');
  return parts.join('');
}
