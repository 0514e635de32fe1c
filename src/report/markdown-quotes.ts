import type { DiffOp } from '../align/types.js';
import type { QuoteCluster } from '../quote-clusters/types.js';
import type { Quote } from '../quotes/types.js';
import type { Report } from '../types.js';
import { pct } from './format.js';
import { indirectMembers, renderingsTable, type RenderingCell } from './renderings.js';

/** Escapes text for a Markdown table cell or line: pipes, backticks, emphasis, brackets, angle brackets, line breaks. @internal */
export function md(s: string, max = 160): string {
  const one = s.replace(/\s+/g, ' ').trim();
  const cut = one.length > max ? `${one.slice(0, max - 1)}…` : one;
  return cut.replace(/([\\|`*_[\]<>])/g, '\\$1');
}

/**
 * A word diff as one line of Markdown: the common text, ~~what only A has~~ and **what only B has**, the markers
 * kept off the spaces (GFM ignores `~~ x~~`).
 *
 * @param diff - the pair's diff
 * @returns Markdown text
 * @example
 * ```ts
 * diffMd([{ op: 'equal', text: 'a ' }, { op: 'delete', text: 'big' }, { op: 'insert', text: 'large' }]); //=> 'a ~~big~~**large**'
 * ```
 * @internal
 */
export function diffMd(diff: readonly DiffOp[]): string {
  const inline = (t: string): string => t.replace(/\s+/g, ' ').replace(/([\\|`*_~[\]<>])/g, '\\$1');
  return diff
    .map((d) => {
      const t = inline(d.text);
      if (d.op === 'equal' || t.trim() === '') return t;
      const lead = /^\s*/.exec(t)?.[0] ?? '';
      const trail = /\s*$/.exec(t)?.[0] ?? '';
      const mark = d.op === 'delete' ? '~~' : '**';
      return `${lead}${mark}${t.trim()}${mark}${trail}`;
    })
    .join('');
}

/** A cell as Markdown: substitutions in bold, added words in italics with their kind, left-out words as a dot. */
function cellMd(c: RenderingCell): string {
  if (c.kind === 'omitted') return '·';
  if (c.kind === 'empty' || c.text === '') return '';
  if (c.kind === 'substitute') return `**${md(c.text, 60)}**`;
  if (c.kind === 'moved') return `${md(c.text, 60)} (moved)`;
  if (c.kind.startsWith('insert-')) {
    const kind = c.kind.slice('insert-'.length);
    return `_+${md(c.text, 60)}_${kind === 'words' ? '' : ` (${kind})`}`;
  }
  return md(c.text, 60);
}

/**
 * One cluster: a table of its renderings (one row per rendering: document, outlet, speaker, cue, credited source,
 * text) and a table of where they differ, aligned against the fullest rendering (one row per place, one column per
 * distinct rendering), so that "hegemonism", "domination" and "dominance" stand in one row.
 */
function clusterMd(c: QuoteCluster, quotes: ReadonlyMap<string, Quote>, outlet: (id: string) => string): string[] {
  const comps = Object.entries(c.components)
    .map(([k, v]) => `${k} ${v.score.toFixed(2)}×${v.weight}`)
    .join(' + ');
  const out = [
    `### ${c.id} · ${md(c.speaker ?? 'unknown speaker')} · ${c.kind} · story ${md(c.storyId)}`,
    '',
    `Divergence ${pct(c.divergence)} = ${comps}.`,
    '',
  ];
  const t = renderingsTable(c, quotes);
  const variantQuotes = new Set(c.variants.flatMap((v) => v.quoteIds));
  out.push('| document | outlet | speaker | cue | credited source | rendering |', '|---|---|---|---|---|---|');
  for (const id of c.quoteIds) {
    const q = quotes.get(id);
    if (q === undefined) continue;
    const tag = variantQuotes.has(id) ? '' : ' (partial)';
    out.push(
      `| ${md(q.docId)} | ${md(outlet(q.docId))} | ${md(q.speaker?.name ?? '—')} | ${md(q.cue ?? '')} | ${md(q.creditedSource ?? '')} | ${md(q.text, 400)}${tag} |`,
    );
  }
  for (const m of indirectMembers(c, quotes)) out.push(`| ${md(m.docId)} | ${md(outlet(m.docId))} | | | | indirect: ${md(m.text, 400)} |`);
  if (t !== undefined && c.variants.length > 1) {
    // The places where some rendering differs, one row each; one column per distinct rendering.
    const heads = c.variants.map((v, i) => `${i === 0 ? 'fullest: ' : ''}${v.docIds.map((d) => md(d)).join(', ')}`);
    const firstRow = c.variants.map((v) => t.rows.find((r) => r.quote.id === v.quoteIds[0]));
    const cols: { from: number; cells: string[] }[] = [];
    for (let col = 0; col < t.columns; col++) {
      const cells = firstRow.map((r) => {
        let at = 0;
        for (const cell of r?.cells ?? []) {
          if (col >= at && col < at + cell.span) return at === col ? cell : undefined;
          at += cell.span;
        }
        return undefined;
      });
      const marked = cells.some((x) => x !== undefined && x.kind !== 'same' && x.kind !== 'empty' && x.kind !== 'omitted');
      if (marked) cols.push({ from: col, cells: cells.map((x) => (x === undefined ? '…' : cellMd(x))) });
    }
    if (cols.length) {
      out.push(
        '',
        'Where the renderings differ (aligned against the fullest; **other words**, _+added_, · left out, … as in the row above):',
        '',
      );
      out.push(`| ${heads.join(' | ')} |`, `|${heads.map(() => '---').join('|')}|`);
      for (const x of cols) out.push(`| ${x.cells.join(' | ')} |`);
    }
  }
  if (c.substitutions.length) {
    out.push('', `Substitutions: ${c.substitutions.map((s) => `${md(s.from)} → ${md(s.to)} (${s.relation})`).join('; ')}.`);
  }
  const marked = c.insertions.filter((i) => i.kind !== 'words');
  if (marked.length) {
    const quoteText = (i: (typeof marked)[number]): string => {
      const q = i.span.quoteId === undefined ? undefined : quotes.get(i.span.quoteId);
      return i.span.text ?? q?.text.slice(i.span.start - q.start, i.span.end - q.start) ?? '';
    };
    out.push('', `Insertions: ${marked.map((i) => `${i.kind} “${md(quoteText(i))}” in ${md(i.span.docId)}`).join('; ')}.`);
  }
  out.push('');
  return out;
}

/**
 * The quote-cluster section of the Markdown report, first among the sections: each cluster's renderings.
 * @internal
 */
export function quoteClustersMd(report: Report): string[] {
  const quotes = new Map(report.quotes.map((q) => [q.id, q]));
  const source = new Map(report.documents.map((d) => [d.id, d.source ?? d.id]));
  const outlet = (id: string): string => (source.get(id) === id ? '' : (source.get(id) ?? ''));
  const out = ['## Quote clusters: one remark, several renderings', ''];
  if (report.quoteClusters.length === 0) out.push('None found.', '');
  const order = report.quoteClusters.map((c, i) => ({ c, i })).sort((x, y) => y.c.variants.length - x.c.variants.length || x.i - y.i);
  for (const { c } of order) out.push(...clusterMd(c, quotes, outlet));
  return out;
}
