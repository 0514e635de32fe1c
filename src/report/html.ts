import type { Report } from '../types.js';
import { headerCounts } from './format.js';
import { commonPassagesSection, passageColourCss, passagesSection } from './html-passages.js';
import { quoteClustersSection } from './html-quotes.js';
import { framingSection } from './html-framing.js';
import { readerSection } from './html-reader.js';
import { docLink, esc, htmlContext, LAZY_DOCUMENTS, type HtmlContext } from './html-util.js';
import { framingChartSvg, heatmapSvg } from './svg.js';

/** Original texts by document id, so that renderers can show passages in context. */
export type TextsById = Readonly<Record<string, string>>;

const STYLE = `
*{box-sizing:border-box}body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{padding:12px 24px;background:#1d2b3a;color:#fff}header h1{margin:0;font-size:20px}
nav{position:sticky;top:0;z-index:2;background:#eef1f5;border-bottom:1px solid #ccd;padding:6px 24px;display:flex;gap:14px;flex-wrap:wrap;align-items:center}
nav a{color:#1d3b6a}main{padding:12px 24px;max-width:1400px}section{margin-bottom:32px}
section>article,section>details{content-visibility:auto;contain-intrinsic-size:auto 300px}
h2{border-bottom:2px solid #1d2b3a;padding-bottom:2px}h3 small,th small,td small{color:#666;font-weight:normal}
table{border-collapse:collapse;background:#fff}td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
.scroll{overflow-x:auto;max-width:100%}.notice{background:#fff4d6;border:1px solid #e0b84a;padding:4px 8px}
.renderings td{white-space:nowrap}.renderings tr.pivot{outline:2px solid #1d2b3a}
.sub{background:#ffd27a;font-weight:600}.ins-ed{background:#f6b3d2;font-weight:600}.ins-int{background:#c8b3f6;font-weight:600}
.ins-hedge{background:#b3e0f6;font-weight:600}.ins-w{background:#e4f4d8}.omit{color:#b00;text-align:center}.moved{background:#e8e8e8;font-style:italic}
.none{background:#f4f4f4}.score{margin:2px 0 6px}.cluster,.passage{background:#fff;border:1px solid #ddd;padding:6px 10px;margin:10px 0}
.passage{border-left:8px solid #ccc}.swatch{display:inline-block;width:12px;height:12px;margin-right:6px;border:1px solid #999}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:10px;margin:6px 0;border-top:1px dashed #ddd;padding-top:6px}
.who{font-size:13px;margin-bottom:2px}ins{background:#c9f2c9;text-decoration:none}del{background:#f9c9c9}
.doc .text{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:12px}
.boilerplate{color:#999;text-decoration:line-through}.quote{border-bottom:2px solid #3a7bd5}
.loaded{outline:2px solid #d33}.hedge{text-decoration:underline wavy #2a9}.intens{text-decoration:underline double #85c}.editorial{border-left:3px solid #d80;padding-left:2px}
.legend span{margin-right:10px;padding:0 4px}:target{outline:3px solid #f60!important}[id]{scroll-margin-top:56px}
.hidden{display:none!important}.framing-doc{background:#fff;border:1px solid #ddd;padding:6px 10px;margin:10px 0}.framing-doc th{width:170px;background:#f4f6f9}.negative{color:#b00}.positive{color:#070}.loaded-form{color:#b00;font-weight:600}.ctx b{background:#fde2e2}figure{margin:8px 0}figcaption{color:#555;font-size:13px;max-width:900px}svg text{font:11px system-ui,sans-serif}
`;

/** The filter: hides what belongs to no chosen story, outlet or document (elements carry `data-story`, `data-doc(s)`). */
const SCRIPT = `
(function(){var s=document.getElementById('f-story'),o=document.getElementById('f-doc'),w=document.getElementById('f-outlet');if(!s||!o)return;
function run(){var sv=s.value,ov=o.value,wv=w?w.value:'',allow=null;
if(wv){allow={};o.querySelectorAll('option').forEach(function(x){if(x.getAttribute('data-outlet')===wv)allow[x.value]=1;});}
function has(id){return (!ov||id===ov)&&(!allow||allow[id]===1);}
document.querySelectorAll('[data-story],[data-doc],[data-docs]').forEach(function(e){
var st=e.getAttribute('data-story'),d=e.getAttribute('data-doc'),ds=e.getAttribute('data-docs');
var ok=(!sv||st===null||st===sv)&&((d===null&&ds===null)||(d!==null&&has(d))||(ds!==null&&ds.split('\\n').some(has)));
e.classList.toggle('hidden',!ok);});}
[s,o,w].forEach(function(x){if(x)x.addEventListener('change',run);});})();
(function(){var block=document.getElementById('nd-data');if(!block)return;var data=null;
function fill(e){var k=e.getAttribute('data-lazy');if(k===null)return;if(!data)data=JSON.parse(block.textContent);e.innerHTML=data[+k];e.removeAttribute('data-lazy');}
var io=new IntersectionObserver(function(es){es.forEach(function(x){if(x.isIntersecting){fill(x.target);io.unobserve(x.target);}});},{rootMargin:'1000px'});
document.querySelectorAll('[data-lazy]').forEach(function(e){io.observe(e);});
function reveal(h){var m=/^#d(\\d+)/.exec(h);if(!m)return;var d=document.getElementById('d'+m[1]);if(d)d.querySelectorAll('[data-lazy]').forEach(fill);}
document.addEventListener('toggle',function(ev){if(ev.target.open)ev.target.querySelectorAll('[data-lazy]').forEach(fill);},true);
document.addEventListener('click',function(ev){var a=ev.target.closest&&ev.target.closest('a[href^="#"]');if(a)reveal(a.getAttribute('href'));},true);
if(location.hash){reveal(location.hash);var t=document.getElementById(location.hash.slice(1));if(t)t.scrollIntoView();}})();
`;

/** Contents and the filter by story and document. */
function navHtml(ctx: HtmlContext): string {
  const { report } = ctx;
  const links = [
    ['overview', 'Overview'],
    ['quote-clusters', 'Quote clusters'],
    ['passages', 'Shared passages'],
    ['framing', 'Framing'],
    ['quotes', 'Quotes'],
    ['common', 'Common passages'],
    ['documents', 'Documents'],
  ]
    .map(([id, label]) => `<a href="#${id}">${label}</a>`)
    .join('');
  const stories = report.stories.map((s) => `<option value="${esc(s.id)}">${esc(s.id)} (${s.docIds.length})</option>`).join('');
  const docs = report.documents
    .map((d) => {
      const outlet = d.source === undefined ? '' : ` data-outlet="${esc(d.source)}"`;
      return `<option value="${esc(d.id)}"${outlet}>${esc(d.source === undefined ? d.id : `${d.source} · ${d.id}`)}</option>`;
    })
    .join('');
  // An outlet filter when the documents name their outlets (front matter, a sidecar, HTML pages).
  const outlets = [...new Set(report.documents.flatMap((d) => d.source ?? []))].sort();
  const outletSelect = outlets.length
    ? `<label>outlet <select id="f-outlet"><option value="">all</option>${outlets.map((o) => `<option value="${esc(o)}">${esc(o)}</option>`).join('')}</select></label>`
    : '';
  return `<nav aria-label="contents">${links}<label>story <select id="f-story"><option value="">all</option>${stories}</select></label>${outletSelect}<label>document <select id="f-doc"><option value="">all</option>${docs}</select></label></nav>`;
}

/** A story's documents as links, folded under their count past a dozen (a story of 1,000 wire copies). */
function storyDocs(ctx: HtmlContext, ids: readonly string[]): string {
  const links = ids.map((d) => docLink(ctx, d)).join(', ');
  return ids.length > 12 ? `<details><summary>${ids.length} documents</summary>${links}</details>` : links;
}

function storiesHtml(ctx: HtmlContext): string {
  const { report } = ctx;
  const parts = ['<h3>Stories</h3>'];
  if (report.stories.length === 0) return '<h3>Stories</h3><p>None.</p>';
  parts.push('<table><tr><th>story</th><th>documents</th><th>terms</th><th>names</th></tr>');
  for (const s of report.stories) {
    parts.push(
      `<tr data-story="${esc(s.id)}"><td>${esc(s.id)}</td><td>${storyDocs(ctx, s.docIds)}</td><td>${esc(s.terms.join(', '))}</td><td>${esc(s.names.join(', '))}</td></tr>`,
    );
  }
  parts.push('</table>');
  return parts.join('');
}

function quotesSection(ctx: HtmlContext): string {
  const { report } = ctx;
  const parts: string[] = [];
  if (report.quotes.length === 0) parts.push('<p>None found.</p>');
  else {
    parts.push('<table><tr><th>id</th><th>document</th><th>speaker</th><th>cue</th><th>credited to</th><th>quote</th></tr>');
    for (const q of report.quotes) {
      parts.push(
        `<tr data-doc="${esc(q.docId)}"><td>${esc(q.id)}</td><td>${docLink(ctx, q.docId, q.id)}</td><td>${esc(q.speaker?.name ?? '—')}</td><td>${esc(q.cue ?? '')}</td><td>${esc(q.creditedSource ?? '')}</td><td>${esc(q.text)}</td></tr>`,
      );
    }
    parts.push('</table>');
  }
  const body = ctx.defer(parts.join(''));
  return `<section id="quotes"><h2>Quotes</h2><details><summary>All ${report.quotes.length} quotes</summary><div${body.attr}>${body.body}</div></details></section>`;
}

/**
 * The report as one self-contained HTML page (inline CSS and a small inline script for the filter; no external
 * resource, everything readable without scripts): contents and a filter by story and document; an overview (stories);
 * each quote cluster as a table of its renderings aligned word by word; shared passages side by side with word
 * differences as `<ins>`/`<del>`, a colour per passage; framing; all quotes; common passages; and, when the original
 * texts are given, each document with its passages, quotes and labels marked, every mark an anchor the other
 * sections link to. Deterministic: the same report and texts give the same bytes.
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
  const ctx = htmlContext(report, texts);
  const parts: string[] = [];
  parts.push(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>narrative-diff report</title><style>${STYLE}${passageColourCss()}</style></head><body>`,
  );
  parts.push(`<header><h1>narrative-diff report</h1><div>${esc(headerCounts(report))}</div></header>`);
  parts.push(navHtml(ctx), '<main>');
  if (report.documents.length > LAZY_DOCUMENTS) {
    parts.push(
      `<p class="notice">${report.documents.length} documents, more than ${LAZY_DOCUMENTS}: the page draws each document's text, its framing and each passage's word differences when scrolled to, from data inside the page.<noscript> Scripts are off, so those parts are not shown: the Markdown or JSON report has them.</noscript></p>`,
    );
  }
  parts.push(
    '<section id="overview"><h2>Overview</h2>',
    storiesHtml(ctx),
    '<h3>How much the documents share</h3>',
    heatmapSvg(report),
    '<h3>Framing at a glance</h3>',
    framingChartSvg(report),
    '</section>',
  );
  parts.push(quoteClustersSection(ctx));
  parts.push(passagesSection(ctx));
  parts.push(framingSection(ctx));
  parts.push(quotesSection(ctx));
  parts.push(commonPassagesSection(ctx));
  parts.push(readerSection(ctx, texts));
  parts.push('</main>');
  if (ctx.deferred.length) {
    // The data block: raw text to the HTML parser (fast), `<` escaped so that no `</script>` can end it early.
    parts.push(`<script type="application/json" id="nd-data">${JSON.stringify(ctx.deferred).replace(/</g, '\\u003c')}</script>`);
  }
  parts.push(`<script>${SCRIPT}</script></body></html>\n`);
  return parts.join('');
}
