import type { FramingDocument, FramingPair } from '../framing/types.js';
import { pct } from './format.js';
import { anchor, docLink, esc, evidenceKey, type HtmlContext } from './html-util.js';

/** Actors a document's naming list shows at most; more are counted in a notice. @internal */
export const MAX_ACTORS_PER_DOCUMENT = 12;

/** A span in its context: a few words either side, the span itself in bold, linked to its anchor. */
function inContext(ctx: HtmlContext, docId: string, start: number, end: number, key: string, note?: string): string {
  const text = ctx.texts[docId];
  const link = (inner: string): string => `<a href="${anchor(ctx, docId, key)}"${note ? ` title="${esc(note)}"` : ''}>${inner}</a>`;
  if (text === undefined) return link(`${start}–${end}`);
  const before = text.slice(Math.max(0, start - 40), start).replace(/^\S*\s/, '…');
  const after = text.slice(end, end + 40).replace(/\s\S*$/, '…');
  return `<span class="ctx">${esc(before)}${link(`<b>${esc(text.slice(start, end))}</b>`)}${esc(after)}</span>`;
}

/** One document's framing: labels in context, naming of actors, cue verbs, hedges, editorializing, credits, omissions. */
function documentFraming(ctx: HtmlContext, f: FramingDocument, omits: readonly string[], naming: string[]): string {
  const rows: [string, string][] = [];
  const loaded = f.labels.flatMap((l, k) => (l.loaded && !l.quoted ? [{ l, k }] : []));
  rows.push([
    'loaded labels',
    loaded.length
      ? loaded
          .map(({ l, k }) =>
            inContext(
              ctx,
              f.docId,
              l.start,
              l.end,
              `l${k}`,
              `${l.category}, ${l.direction}, weight ${l.weight}${l.refersTo ? `, for ${l.refersTo}` : ''}`,
            ),
          )
          .join('<br>')
      : 'none',
  ]);
  const quotedLoaded = f.labels.filter((l) => l.loaded && l.quoted).length;
  if (quotedLoaded) rows.push(['in quotes', `${quotedLoaded} loaded labels inside quoted speech (the speakers’ words)`]);
  rows.push(['how actors are named', naming.length ? naming.join('<br>') : 'none named']);
  rows.push([
    'attribution verbs',
    f.cueVerbs.byLemma.length
      ? `${f.cueVerbs.byLemma.map((c) => `<span class="${c.direction === 'neutral' ? '' : c.direction}">${esc(c.lemma)} ×${c.count}</span>`).join(', ')} <small>(${pct(f.cueVerbs.loadedShare)} loaded)</small>`
      : 'none',
  ]);
  const markers = (list: FramingDocument['hedges'], key: string): string =>
    list.length
      ? list
          .map((h, k) =>
            inContext(ctx, f.docId, h.start, h.end, `${key}${k}`, `${h.term}, weight ${h.weight}${h.quoted ? ', in a quote' : ''}`),
          )
          .join('<br>')
      : 'none';
  rows.push(['hedges', markers(f.hedges, 'h')]);
  rows.push(['intensifiers', markers(f.intensifiers, 'i')]);
  rows.push([
    'editorializing',
    f.editorializing.length
      ? f.editorializing
          .map(
            (e, k) =>
              `<a href="${anchor(ctx, f.docId, `e${k}`)}">${esc(e.text)}</a> <small>score ${e.score.toFixed(2)}: ${esc(e.terms.join(', '))}</small>`,
          )
          .join('<br>')
      : 'none',
  ]);
  if (f.scareQuotes.length) rows.push(['scare quotes', f.scareQuotes.map((q) => `“${esc(q.text)}”`).join(', ')]);
  rows.push(['sources credited', f.sourcesCredited.length ? f.sourcesCredited.map(esc).join(', ') : 'no one']);
  rows.push([
    'sentiment',
    `own voice ${f.sentiment.ownVoice.mean.toFixed(2)} <small>(${f.sentiment.ownVoice.spans} spans)</small>, in quotes ${f.sentiment.quoted.mean.toFixed(2)} <small>(${f.sentiment.quoted.spans} spans)</small>`,
  ]);
  rows.push(['omits', omits.length ? omits.map((id) => `<a href="#${esc(id)}">${esc(id)}</a>`).join(', ') : 'nothing the others share']);
  const body = ctx.defer(`<table>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>`);
  return `<article class="framing-doc" data-doc="${esc(f.docId)}"><h3>${docLink(ctx, f.docId)}</h3><div${body.attr}>${body.body}</div></article>`;
}

/** One pair's divergence: its total and every component with its weight, summary and evidence linked to the text. */
function pairHtml(ctx: HtmlContext, p: FramingPair): string {
  const comps = p.explanations
    .map((e) => {
      const ev = e.evidence
        .map((x) => `<a href="${anchor(ctx, x.docId, evidenceKey(x.start, x.end))}" title="${esc(x.note)}">${esc(x.text)}</a>`)
        .join(', ');
      return `<li><b>${esc(e.component)}</b> ${e.value.toFixed(2)} × ${e.weight}: ${esc(e.summary)}${ev ? `<br><small>evidence:</small> ${ev}` : ''}</li>`;
    })
    .join('');
  return `<details data-docs="${esc(`${p.a}\n${p.b}`)}"><summary>${esc(p.a)} × ${esc(p.b)}: divergence <b>${p.divergence.toFixed(2)}</b> = ${p.explanations.map((e) => `${esc(e.component)} ${e.value.toFixed(2)}×${e.weight}`).join(' + ')}</summary><ul>${comps}</ul></details>`;
}

/**
 * The framing section: for each document, its loaded labels in context, how it names each actor, attribution verbs,
 * hedges, intensifiers, editorializing, sources credited, sentiment and what it omits; then every pairwise
 * divergence with its components and evidence, linked to the text.
 * @internal
 */
export function framingSection(ctx: HtmlContext): string {
  const { report } = ctx;
  const parts = ['<section id="framing"><h2>Framing per document</h2>'];
  const omitsOf = new Map((report.coverage.documents ?? []).map((d) => [d.docId, d.omits]));
  const namingOf = new Map<string, string[]>();
  for (const a of report.framing.actors) {
    for (const d of a.byDocument) {
      const list = namingOf.get(d.docId) ?? [];
      list.push(
        `<b>${esc(a.name)}</b>: ${d.forms.map((f) => `<a href="${anchor(ctx, d.docId, evidenceKey(f.first.start, f.first.end))}" class="${f.loaded ? 'loaded-form' : ''}" title="${f.loaded ? f.direction : 'neutral'}">${esc(f.form)}</a> ×${f.count}`).join(', ')}`,
      );
      namingOf.set(d.docId, list);
    }
  }
  for (const f of report.framing.documents) {
    const naming = namingOf.get(f.docId) ?? [];
    const shown = naming.slice(0, MAX_ACTORS_PER_DOCUMENT);
    if (naming.length > shown.length) shown.push(`<span class="notice">${naming.length - shown.length} more actors not listed</span>`);
    parts.push(documentFraming(ctx, f, omitsOf.get(f.docId) ?? [], shown));
  }
  parts.push('<h3>Pairwise framing divergence</h3>');
  if (report.framing.pairsLeftOut)
    parts.push(`<div class="notice"><p>Pairwise divergence left out: ${esc(report.framing.pairsLeftOut.reason)}.</p></div>`);
  if (report.framing.pairs.length === 0 && !report.framing.pairsLeftOut) parts.push('<p>No pairs.</p>');
  const pairs = [...report.framing.pairs].sort((x, y) => y.divergence - x.divergence);
  for (const p of pairs) parts.push(pairHtml(ctx, p));
  parts.push('</section>');
  return parts.join('');
}

/**
 * The evidence spans of the framing (pair evidence and each actor's first naming), by document, so that the reader
 * view gives each an anchor.
 * @internal
 */
export function evidenceSpans(ctx: HtmlContext): Map<string, { start: number; end: number; note: string }[]> {
  const out = new Map<string, Map<string, { start: number; end: number; note: string }>>();
  const add = (docId: string, start: number, end: number, note: string): void => {
    const m = out.get(docId) ?? new Map<string, { start: number; end: number; note: string }>();
    const key = evidenceKey(start, end);
    if (!m.has(key)) m.set(key, { start, end, note });
    out.set(docId, m);
  };
  for (const p of ctx.report.framing.pairs)
    for (const e of p.explanations) for (const x of e.evidence) add(x.docId, x.start, x.end, x.note);
  for (const a of ctx.report.framing.actors)
    for (const d of a.byDocument) for (const f of d.forms) add(d.docId, f.first.start, f.first.end, `${a.name}: ${f.form}`);
  return new Map([...out].map(([k, v]) => [k, [...v.values()]]));
}
