import type { QuoteCluster } from '../quote-clusters/types.js';
import { pct } from './format.js';
import { anchor, docLink, esc, type HtmlContext } from './html-util.js';
import { indirectMembers, renderingsTable, type RenderingCell } from './renderings.js';

const CELL_CLASS: Readonly<Record<RenderingCell['kind'], string>> = {
  same: '',
  substitute: 'sub',
  omitted: 'omit',
  moved: 'moved',
  empty: 'none',
  'insert-editorial': 'ins-ed',
  'insert-intensifier': 'ins-int',
  'insert-hedge': 'ins-hedge',
  'insert-words': 'ins-w',
};

function cellHtml(c: RenderingCell): string {
  const cls = CELL_CLASS[c.kind];
  const attrs = `${c.span > 1 ? ` colspan="${c.span}"` : ''}${cls ? ` class="${cls}"` : ''}${c.note ? ` title="${esc(c.note)}"` : ''}`;
  return `<td${attrs}>${c.kind === 'omitted' ? '<span aria-label="left out">·</span>' : esc(c.text)}</td>`;
}

/**
 * One quote cluster: a heading line (speaker, kind, divergence and its parts), the renderings table (one row per
 * rendering, its words aligned against the fullest so that substitutions stand in one column), the partial
 * quotes and indirect speech that belong to the remark, and the substitutions.
 */
function clusterHtml(ctx: HtmlContext, c: QuoteCluster): string {
  const parts: string[] = [];
  const comps = Object.entries(c.components)
    .map(([k, v]) => `${esc(k)} ${v.score.toFixed(2)}×${v.weight}`)
    .join(' + ');
  parts.push(
    `<article class="cluster" id="${esc(c.id)}" data-story="${esc(c.storyId)}"><h3>${esc(c.speaker ?? 'Unknown speaker')} <small>${esc(c.id)} · ${esc(c.kind)} · story ${esc(c.storyId)} · ${c.quoteIds.length} quotes</small></h3>`,
    `<p class="score">divergence <b>${pct(c.divergence)}</b> = ${comps}</p>`,
  );
  const t = renderingsTable(c, ctx.quotes);
  if (t !== undefined) {
    parts.push(
      '<div class="scroll"><table class="renderings"><thead><tr><th>outlet / document</th><th>speaker</th><th>cue</th><th>credited source</th>',
      `<th colspan="${t.columns}">rendering, aligned word by word against the fullest</th></tr></thead><tbody>`,
    );
    for (const r of t.rows) {
      const q = r.quote;
      parts.push(
        `<tr${r.pivot ? ' class="pivot"' : ''} data-doc="${esc(q.docId)}"><th>${docLink(ctx, q.docId, q.id)}</th><td>${esc(q.speaker?.name ?? '—')}${q.speaker?.mention ? ` <small>as “${esc(q.speaker.mention.text)}”</small>` : ''}</td><td>${esc(q.cue ?? '')}</td><td>${esc(q.creditedSource ?? '')}</td>${r.cells.map(cellHtml).join('')}</tr>`,
      );
    }
    parts.push('</tbody></table></div>');
    for (const m of t.moreCopies) {
      parts.push(
        `<p class="notice">${m.quoteIds.length} more word-for-word copies of one rendering, not drawn: ${m.quoteIds.map((id, k) => `<a href="${anchor(ctx, m.docIds[k] ?? '', id)}">${esc(m.docIds[k] ?? '')}</a>`).join(', ')}.</p>`,
      );
    }
    if (t.partial.length) {
      parts.push(
        `<p>Partial quotes of the remark: ${t.partial.map((q) => `${docLink(ctx, q.docId, q.id)} “${esc(q.text)}” <small>(${esc(q.cue ?? 'no cue')})</small>`).join('; ')}.</p>`,
      );
    }
  }
  const indirect = indirectMembers(c, ctx.quotes);
  if (indirect.length)
    parts.push(`<p>In indirect speech: ${indirect.map((m) => `${docLink(ctx, m.docId)}: “${esc(m.text)}”`).join('; ')}.</p>`);
  if (c.substitutions.length) {
    parts.push(
      `<p class="subs">Substitutions: ${c.substitutions.map((s) => `<span class="sub">${esc(s.from)}</span> → <span class="sub">${esc(s.to)}</span> <small>${esc(s.relation)}${s.connotationShift ? ` ${s.connotationShift > 0 ? '+' : ''}${s.connotationShift}` : ''}</small>`).join('; ')}</p>`,
    );
  }
  parts.push('</article>');
  return parts.join('');
}

/**
 * The quote-cluster section: each cluster as a table of its renderings, clusters with most documents first.
 * @internal
 */
export function quoteClustersSection(ctx: HtmlContext): string {
  const { report } = ctx;
  const parts = [
    '<section id="quote-clusters"><h2>Quote clusters: one remark, several renderings</h2>',
    '<p class="legend">Each row is one rendering; columns line up the words of the fullest rendering (first row). <span class="sub">other words</span> <span class="ins-ed">editor’s insertion</span> <span class="ins-int">intensifier</span> <span class="ins-hedge">hedge</span> <span class="ins-w">added words</span> <span class="omit">·</span> left out <span class="moved">moved</span></p>',
  ];
  if (report.quoteClusters.length === 0) parts.push('<p>None found.</p>');
  const order = report.quoteClusters
    .map((c, i) => ({ c, i, n: new Set(c.members.map((m) => m.docId)).size, diverse: c.variants.length }))
    .sort((x, y) => y.diverse - x.diverse || y.n - x.n || x.i - y.i);
  for (const { c } of order) parts.push(clusterHtml(ctx, c));
  parts.push('</section>');
  return parts.join('');
}
