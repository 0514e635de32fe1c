import type { Report } from '../types.js';
import { clusterSpanText, headerCounts, memberText, namingRows, pct } from './format.js';

/** Original texts by document id, so that renderers can show passages in context. */
export type TextsById = Readonly<Record<string, string>>;

/** The documents that carry an alignment, each once, with how many copies it holds when more than one ("d1 ×2"). */
function carriers(members: readonly { readonly docId: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.docId, (counts.get(m.docId) ?? 0) + 1);
  return [...counts].map(([id, n]) => (n > 1 ? `${id} ×${n}` : id));
}

const ESC: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const html = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c] ?? c);

/** The common passages section: each with its kind, stories and copies. */
function commonPassagesSection(report: Report): string[] {
  const parts = ['</section><section><h2>Common passages</h2><p>Text shared across stories, and reporting formulas: no sign of reuse.</p>'];
  if (report.commonPassages.length === 0) parts.push('<p>None found.</p>');
  for (const c of report.commonPassages) {
    parts.push(
      `<details><summary><b>${html(c.id)}</b> ${html(c.kind)} · stories ${c.storyIds.map(html).join(', ')} · ${carriers(c.members).map(html).join(', ')}</summary><ul>`,
    );
    c.members.forEach((m, i) => parts.push(`<li><b>${html(m.docId)}</b>: ${html(memberText(c.members, i))}</li>`));
    parts.push('</ul></details>');
  }
  return parts;
}

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly cls: string;
  readonly title: string;
}

/**
 * One document's text with boilerplate, shared passages and quotes marked: each piece between two mark
 * bounds is wrapped in the marks that cover it, in the order of `marks`.
 */
function markedText(text: string, marks: readonly Mark[]): string {
  const bounds = new Set<number>([0, text.length]);
  for (const m of marks) {
    bounds.add(m.start);
    bounds.add(m.end);
  }
  const cuts = [...bounds].filter((b) => b >= 0 && b <= text.length).sort((a, b) => a - b);
  // A sweep over the cuts with the marks open at each (by start), instead of testing every mark at every
  // cut: a document with thousands of quotes made that quotes × quotes.
  const byStart = marks.map((_, k) => k).sort((x, y) => marks[x]!.start - marks[y]!.start || x - y);
  let next = 0;
  let open: number[] = [];
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const s = cuts[i] ?? 0;
    const e = cuts[i + 1] ?? 0;
    while (next < byStart.length && marks[byStart[next]!]!.start <= s) open.push(byStart[next++]!);
    open = open.filter((k) => marks[k]!.end >= e);
    let piece = html(text.slice(s, e));
    for (const k of [...open].sort((x, y) => x - y)) {
      const m = marks[k]!;
      piece = `<span class="${m.cls}" title="${html(m.title)}">${piece}</span>`;
    }
    out += piece;
  }
  return out;
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{padding:16px 24px;background:#1d2b3a;color:#fff}header h1{margin:0;font-size:20px}
main{padding:16px 24px;max-width:1200px}section{margin-bottom:28px}
table{border-collapse:collapse;width:100%;background:#fff}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
.doc{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:12px;max-height:420px;overflow:auto}
.boilerplate{color:#999;text-decoration:line-through}.passage{background:#fff3b0}.quote{background:#d6ecff}
.loaded{border-bottom:2px solid #d33}.legend span{margin-right:12px;padding:0 4px}
details{margin:6px 0}summary{cursor:pointer}
`;

/**
 * The report as one self-contained HTML page (no scripts, no external resources): summary tables (stories,
 * shared passages, quotes, quote clusters, framing), and
 * each document's text with boilerplate, shared passages, quotes and loaded labels marked when the
 * original texts are given.
 *
 * @param report - a report from `analyze`
 * @param texts - original texts by document id, to show each document marked up
 * @returns an HTML document
 * @example
 * ```ts
 * toHTML(await analyze([{ id: 'a', text: 'Hi.' }]), { a: 'Hi.' }).startsWith('<!doctype html>'); //=> true
 * ```
 */
export function toHTML(report: Report, texts: TextsById = {}): string {
  const parts: string[] = [];
  parts.push(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>narrative-diff report</title><style>${STYLE}</style></head><body>`,
  );
  parts.push(`<header><h1>narrative-diff report</h1><div>${html(headerCounts(report))}</div></header><main>`);
  parts.push('<section><h2>Stories</h2>');
  if (report.stories.length === 0) parts.push('<p>None.</p>');
  else {
    parts.push('<table><tr><th>story</th><th>documents</th><th>terms</th><th>names</th></tr>');
    for (const s of report.stories) {
      parts.push(
        `<tr><td>${html(s.id)}</td><td>${s.docIds.map(html).join(', ')}</td><td>${html(s.terms.join(', '))}</td><td>${html(s.names.join(', '))}</td></tr>`,
      );
    }
    parts.push('</table>');
  }
  parts.push('</section><section><h2>Shared passages</h2>');
  if (report.alignments.length === 0) parts.push('<p>None found.</p>');
  for (const a of report.alignments) {
    parts.push(
      `<details><summary><b>${html(a.id)}</b> ${html(a.kind)} · story ${html(a.storyId)} · similarity ${pct(a.similarity)} · ${carriers(a.members).map(html).join(', ')}</summary><ul>`,
    );
    a.members.forEach((m, i) => parts.push(`<li><b>${html(m.docId)}</b>: ${html(memberText(a.members, i))}</li>`));
    parts.push('</ul></details>');
  }
  parts.push(...commonPassagesSection(report));
  parts.push('</section><section><h2>Quotes</h2>');
  if (report.quotes.length === 0) parts.push('<p>None found.</p>');
  else {
    parts.push('<table><tr><th>id</th><th>document</th><th>speaker</th><th>cue</th><th>credited to</th><th>quote</th></tr>');
    for (const q of report.quotes) {
      parts.push(
        `<tr><td>${html(q.id)}</td><td>${html(q.docId)}</td><td>${html(q.speaker?.name ?? '—')}</td><td>${html(q.cue ?? '')}</td><td>${html(q.creditedSource ?? '')}</td><td>${html(q.text)}</td></tr>`,
      );
    }
    parts.push('</table>');
  }
  parts.push('</section><section><h2>Quote clusters</h2>');
  if (report.quoteClusters.length === 0) parts.push('<p>None found.</p>');
  const quotes = new Map(report.quotes.map((q) => [q.id, q]));
  for (const c of report.quoteClusters) {
    const subs = c.substitutions.map((s) => `${html(s.from)} → ${html(s.to)}`).join('; ');
    parts.push(
      `<p><b>${html(c.id)}</b> ${html(c.kind)} · story ${html(c.storyId)} · ${html(c.speaker ?? 'unknown speaker')} · divergence ${pct(c.divergence)} · ${c.quoteIds.map(html).join(', ')}${subs ? ` · ${subs}` : ''}</p>`,
    );
    const marks = c.insertions
      .filter((i) => i.kind !== 'words')
      .map((i) => `${html(i.kind)} “${html(clusterSpanText(quotes, i.span))}” (${html(i.span.docId)})`);
    if (marks.length > 0) parts.push(`<p>insertions: ${marks.join('; ')}</p>`);
  }
  parts.push('</section><section><h2>Framing</h2><table><tr><th>document</th><th>loaded labels</th><th>sources credited</th></tr>');
  for (const f of report.framing.documents) {
    const loaded = f.labels
      .filter((l) => l.loaded && !l.quoted)
      .map((l) => html(l.refersTo ? `${l.text} → ${l.refersTo}` : l.text))
      .join(', ');
    parts.push(
      `<tr><td>${html(f.docId)}</td><td>${loaded || 'none'}</td><td>${f.sourcesCredited.map(html).join(', ') || 'no one'}</td></tr>`,
    );
  }
  const naming = namingRows(report);
  if (naming.length) {
    parts.push('</table><table><tr><th>actor</th><th>document</th><th>forms</th><th>loaded</th></tr>');
    for (const r of naming)
      parts.push(
        `<tr><td>${html(r.actor)}</td><td>${html(r.docId)}</td><td>${html(r.forms.join(', '))}</td><td>${pct(r.loadedShare)}</td></tr>`,
      );
  }
  if (report.framing.pairsLeftOut)
    parts.push(`</table><p>Pairwise divergence left out: ${html(report.framing.pairsLeftOut.reason)}.</p><table>`);
  if (report.framing.pairs.length) {
    const names = Object.keys(report.framing.pairs[0]?.components ?? {});
    parts.push(`</table><table><tr><th>a</th><th>b</th><th>divergence</th>${names.map((n) => `<th>${html(n)}</th>`).join('')}</tr>`);
    for (const p of report.framing.pairs) {
      const cells = p.explanations.map((e) => `<td title="${html(e.summary)}">${e.value.toFixed(2)}</td>`).join('');
      parts.push(`<tr><td>${html(p.a)}</td><td>${html(p.b)}</td><td>${p.divergence.toFixed(2)}</td>${cells}</tr>`);
    }
  }
  parts.push(
    '</table></section><section><h2>Documents</h2><p class="legend"><span class="passage">shared passage</span><span class="quote">quote</span><span class="loaded">loaded label</span><span class="boilerplate">boilerplate</span></p>',
  );
  // Each document's passages, quotes and framing, gathered once (not once per document over the corpus).
  const passagesOf = new Map<string, Mark[]>();
  for (const a of report.alignments) {
    for (const m of a.members) {
      const list = passagesOf.get(m.docId) ?? [];
      list.push({ start: m.start, end: m.end, cls: 'passage', title: `${a.id} ${a.kind}` });
      passagesOf.set(m.docId, list);
    }
  }
  const quotesOf = new Map<string, Mark[]>();
  for (const q of report.quotes) {
    const list = quotesOf.get(q.docId) ?? [];
    list.push({ start: q.start, end: q.end, cls: 'quote', title: `${q.id} ${q.speaker?.name ?? 'unattributed'}` });
    quotesOf.set(q.docId, list);
  }
  const framingOf = new Map<string, (typeof report.framing.documents)[number]>();
  for (const f of report.framing.documents) if (!framingOf.has(f.docId)) framingOf.set(f.docId, f);
  for (const d of report.documents) {
    const text = texts[d.id];
    parts.push(`<h3>${html(d.id)}${d.title ? ` — ${html(d.title)}` : ''}</h3>`);
    if (text === undefined) {
      parts.push(`<p>${d.stats.words} words, ${d.boilerplate.length} boilerplate spans.</p>`);
      continue;
    }
    const marks: Mark[] = [
      ...d.boilerplate.map((b) => ({ start: b.start, end: b.end, cls: 'boilerplate', title: `boilerplate: ${b.kind}` })),
      ...(passagesOf.get(d.id) ?? []),
      ...(quotesOf.get(d.id) ?? []),
      ...(framingOf.get(d.id)?.labels ?? [])
        .filter((l) => l.loaded)
        .map((l) => ({ start: l.start, end: l.end, cls: 'loaded', title: `${l.category}${l.refersTo ? ` → ${l.refersTo}` : ''}` })),
    ];
    parts.push(`<div class="doc">${markedText(text, marks)}</div>`);
  }
  parts.push('</section></main></body></html>\n');
  return parts.join('');
}
