import type { Report } from '../types.js';
import { headerCounts, memberText, namingRows, pct } from './format.js';
import { diffMd, md, quoteClustersMd } from './markdown-quotes.js';

/**
 * Documents up to which the Markdown coverage section is a matrix of items × documents; above, each item
 * lists the documents that carry it.
 * @internal
 */
export const MAX_MATRIX_DOCUMENTS = 20;

/**
 * The report as Markdown: quote clusters first (each a table of its renderings and of where they differ, aligned),
 * then documents and their boilerplate, stories, shared passages, quotes, framing and coverage, as headed sections and tables. Coverage is a matrix of items × documents up to
 * {@link MAX_MATRIX_DOCUMENTS} documents, and above a list of the documents that carry each item.
 *
 * @param report - a report from `analyze`
 * @returns Markdown text ending with a newline
 * @example
 * ```ts
 * toMarkdown(await analyze([{ id: 'a', text: '' }])).split('\n')[0]; //=> '# narrative-diff report'
 * ```
 */
export function toMarkdown(report: Report): string {
  const out: string[] = ['# narrative-diff report', ''];
  out.push(`Schema version ${report.schemaVersion} · ${headerCounts(report)}`, '');
  out.push(...quoteClustersMd(report));
  out.push('## Documents', '', '| id | title | source | words | sentences | boilerplate |', '|---|---|---|---:|---:|---|');
  for (const d of report.documents) {
    const bp = d.boilerplate.map((b) => `${b.kind}: ${md(b.text, 40)}`).join('; ');
    out.push(`| ${md(d.id)} | ${md(d.title ?? '')} | ${md(d.source ?? '')} | ${d.stats.words} | ${d.stats.sentences} | ${bp} |`);
  }
  out.push('', '## Stories', '');
  if (report.stories.length === 0) out.push('None.');
  else {
    out.push('| story | documents | terms | names |', '|---|---|---|---|');
    for (const s of report.stories) {
      out.push(`| ${md(s.id)} | ${s.docIds.map((d) => md(d)).join(', ')} | ${md(s.terms.join(', '))} | ${md(s.names.join(', '))} |`);
    }
  }
  out.push('', '## Shared passages', '');
  if (report.alignments.length === 0) out.push('None found.');
  for (const a of report.alignments) {
    out.push(`### ${a.id} · ${a.kind} · similarity ${pct(a.similarity)} · story ${md(a.storyId)}`, '');
    a.members.forEach((m, i) => out.push(`- **${md(m.docId)}** [${m.start}–${m.end}]: ${md(memberText(a.members, i), 400)}`));
    if (a.pairs.length) out.push('', 'Word differences (~~only in the first~~ **only in the second**):', '');
    for (const p of a.pairs) {
      out.push(`- ${md(a.members[p.a]?.docId ?? '')} → ${md(a.members[p.b]?.docId ?? '')} (${pct(p.similarity)}): ${diffMd(p.diff)}`);
    }
    out.push('');
  }
  out.push('## Common passages', '', 'Text shared across stories, and reporting formulas: no sign of reuse.', '');
  if (report.commonPassages.length === 0) out.push('None found.', '');
  for (const c of report.commonPassages) {
    out.push(`### ${c.id} · ${c.kind} · stories ${c.storyIds.map((s) => md(s)).join(', ')}`, '');
    c.members.forEach((m, i) => out.push(`- **${md(m.docId)}** [${m.start}–${m.end}]: ${md(memberText(c.members, i), 400)}`));
    out.push('');
  }
  out.push('## Quotes', '');
  if (report.quotes.length === 0) out.push('None found.');
  else {
    out.push('| id | document | speaker | cue | credited to | quote |', '|---|---|---|---|---|---|');
    for (const q of report.quotes) {
      out.push(
        `| ${q.id} | ${md(q.docId)} | ${md(q.speaker?.name ?? '—')} | ${md(q.cue ?? '')} | ${md(q.creditedSource ?? '')} | ${md(q.text, 200)} |`,
      );
    }
  }
  out.push('', '## Framing', '');
  const omitsOf = new Map((report.coverage.documents ?? []).map((d) => [d.docId, d.omits]));
  for (const f of report.framing.documents) {
    const loaded = f.labels.filter((l) => l.loaded && !l.quoted).map((l) => md(l.refersTo ? `${l.text} → ${l.refersTo}` : l.text, 60));
    const list = (xs: readonly { text: string }[]): string => (xs.length ? xs.map((x) => md(x.text, 60)).join(', ') : 'none');
    out.push(
      `- **${md(f.docId)}**: loaded labels ${loaded.length ? loaded.join(', ') : 'none'}; credits ${f.sourcesCredited.length ? f.sourcesCredited.map((s) => md(s)).join(', ') : 'no one'}`,
      `  - attribution verbs: ${f.cueVerbs.byLemma.map((c) => `${md(c.lemma)} ×${c.count}${c.direction === 'neutral' ? '' : ` (${c.direction})`}`).join(', ') || 'none'}`,
      `  - hedges: ${list(f.hedges)}; intensifiers: ${list(f.intensifiers)}`,
      `  - editorializing: ${f.editorializing.length ? f.editorializing.map((e) => `“${md(e.text, 120)}” (${e.score.toFixed(2)}: ${e.terms.map((t) => md(t)).join(', ')})`).join('; ') : 'none'}`,
      `  - sentiment: own voice ${f.sentiment.ownVoice.mean.toFixed(2)}, in quotes ${f.sentiment.quoted.mean.toFixed(2)}; omits ${(omitsOf.get(f.docId) ?? []).join(', ') || 'nothing the others share'}`,
    );
  }
  const naming = namingRows(report);
  if (naming.length) {
    out.push(
      '',
      'How the actors named by a loaded label are named, per document:',
      '',
      '| actor | document | forms | loaded |',
      '|---|---|---|---:|',
    );
    for (const r of naming) out.push(`| ${md(r.actor)} | ${md(r.docId)} | ${md(r.forms.join(', '), 300)} | ${pct(r.loadedShare)} |`);
  }
  if (report.framing.pairsLeftOut) out.push('', `Pairwise divergence left out: ${md(report.framing.pairsLeftOut.reason, 400)}.`);
  if (report.framing.pairs.length) {
    out.push('', '| a | b | divergence |', '|---|---|---:|');
    for (const p of report.framing.pairs) out.push(`| ${md(p.a)} | ${md(p.b)} | ${pct(p.divergence)} |`);
    for (const p of report.framing.pairs) {
      out.push('', `${md(p.a)} × ${md(p.b)}, divergence ${p.divergence.toFixed(2)}:`, '');
      for (const e of p.explanations) {
        const ev = e.evidence.map((x) => `“${md(x.text, 60)}” (${md(x.docId)} ${x.start}–${x.end})`).join(', ');
        out.push(`- ${e.component} ${e.value.toFixed(2)} × ${e.weight}: ${md(e.summary, 400)}${ev ? ` Evidence: ${ev}.` : ''}`);
      }
    }
    out.push(
      '',
      `Components: ${Object.entries(report.framing.pairs[0]?.weights ?? {})
        .map(([k, w]) => `${k} (weight ${w})`)
        .join(', ')}.`,
    );
  }
  out.push('', '## Coverage', '');
  if (report.coverage.items.length === 0) out.push('Nothing shared to cover.');
  else {
    const ids = report.documents.map((d) => d.id);
    if (ids.length <= MAX_MATRIX_DOCUMENTS) {
      out.push(`| item | ${ids.map((i) => md(i)).join(' | ')} |`, `|---|${ids.map(() => ':-:').join('|')}|`);
      for (const it of report.coverage.items) {
        const carried = new Set(it.carriedBy);
        out.push(`| ${it.id} | ${ids.map((i) => (carried.has(i) ? '●' : '○')).join(' | ')} |`);
      }
    } else {
      // A matrix of items × documents grew to hundreds of megabytes on large corpora: past a page's width of
      // columns, each item names the documents that carry it, so the table grows with what is shared.
      out.push(
        `${ids.length} documents, more than the ${MAX_MATRIX_DOCUMENTS} a matrix shows: each item lists the documents that carry it; every other document omits it.`,
        '',
        '| item | carried by | excerpt |',
        '|---|---|---|',
      );
      for (const it of report.coverage.items) {
        out.push(`| ${it.id} | ${it.carriedBy.length}: ${it.carriedBy.map((i) => md(i)).join(', ')} | ${md(it.excerpt)} |`);
      }
    }
    for (const d of report.coverage.documents ?? []) if (d.omits.length) out.push('', `- **${md(d.docId)}** omits ${d.omits.join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}
