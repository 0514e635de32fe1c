import type { Quote } from '../quotes/types.js';
import type { Report } from '../types.js';

const ESC: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text escaped for HTML content and attribute values.
 *
 * @param s - any text
 * @returns the text with `& < > " '` escaped
 * @example
 * ```ts
 * esc('<b>"x"</b>'); //=> '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'
 * ```
 * @internal
 */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c] ?? c);

/** What the HTML sections look up often, gathered once per page. @internal */
export interface HtmlContext {
  readonly report: Report;
  readonly quotes: ReadonlyMap<string, Quote>;
  /** A document's place in `report.documents`: its anchors are `d<index>` (ids may hold any character). */
  readonly docIndex: ReadonlyMap<string, number>;
  /** A document's outlet (its source), else its id. */
  readonly outlet: (docId: string) => string;
  /** The original texts by document id (empty when none were given). */
  readonly texts: Readonly<Record<string, string>>;
  /**
   * Where the inside of a heavy element goes: inline (`body`), or, on a page of more than {@link LAZY_DOCUMENTS}
   * documents, into the page's data block, the element carrying `data-lazy` for the script to fill in when it comes
   * into view.
   */
  readonly defer: (html: string) => { readonly attr: string; readonly body: string };
  /** The deferred insides, in order (empty on a small page). */
  readonly deferred: readonly string[];
}

/**
 * Documents above which the page draws its heavy parts (each document's text, its framing, each passage's pairs)
 * from a JSON data block when they come into view, instead of as HTML the browser parses at once: 2,000 articles
 * as static HTML took 9.3 s to open in Chromium.
 * @internal
 */
export const LAZY_DOCUMENTS = 250;

/**
 * The context of one page.
 * @internal
 */
export function htmlContext(report: Report, texts: Readonly<Record<string, string>>): HtmlContext {
  const lazy = report.documents.length > LAZY_DOCUMENTS;
  const deferred: string[] = [];
  const docIndex = new Map(report.documents.map((d, i) => [d.id, i]));
  const source = new Map(report.documents.map((d) => [d.id, d.source]));
  return {
    report,
    quotes: new Map(report.quotes.map((q) => [q.id, q])),
    docIndex,
    outlet: (id) => source.get(id) ?? id,
    texts,
    deferred,
    defer: (html) => {
      if (!lazy) return { attr: '', body: html };
      // Every `"` of the page's HTML is an attribute's (text escapes its own): single quotes need no escape in JSON.
      deferred.push(html.replace(/"/g, "'"));
      return { attr: ` data-lazy="${deferred.length - 1}"`, body: '' };
    },
  };
}

/**
 * A link to a span's place in the reader view of its document (`#d3-q12`), or to the document when the span has
 * no anchor of its own.
 * @internal
 */
export function anchor(ctx: HtmlContext, docId: string, key?: string): string {
  const i = ctx.docIndex.get(docId) ?? -1;
  return key === undefined ? `#d${i}` : `#d${i}-${esc(key)}`;
}

/**
 * The anchor key of a span of evidence (`ev-120-134`): the reader view marks each evidence span once per document.
 * @internal
 */
export const evidenceKey = (start: number, end: number): string => `ev-${start}-${end}`;

/**
 * A document's name as a link to its reader view: outlet and id.
 * @internal
 */
export function docLink(ctx: HtmlContext, docId: string, key?: string): string {
  const o = ctx.outlet(docId);
  const label = o === docId ? esc(docId) : `${esc(o)} <small>${esc(docId)}</small>`;
  return `<a href="${anchor(ctx, docId, key)}">${label}</a>`;
}
