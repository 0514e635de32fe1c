import type { QuoteClusterSpan } from '../quote-clusters/types.js';
import type { Quote } from '../quotes/types.js';
import type { AlignmentMember } from '../align/types.js';
import type { Report } from '../types.js';
/**
 * A share as a whole percentage, as the Markdown and HTML reports print it.
 *
 * @param x - a share in [0, 1]
 * @returns e.g. `'67 %'`
 * @example
 * ```ts
 * pct(2 / 3);
 * //=> '67 %'
 * ```
 * @internal
 */
export const pct = (x: number): string => `${Math.round(x * 100)} %`;

/**
 * The counts a report's header line gives ("5 documents · 1 story · 16 shared passages …"), singular for one.
 * @internal
 */
export function headerCounts(report: Report): string {
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  return [
    count(report.documents.length, 'document', 'documents'),
    count(report.stories.length, 'story', 'stories'),
    count(report.alignments.length, 'shared passage', 'shared passages'),
    count(report.commonPassages.length, 'common passage', 'common passages'),
    count(report.quotes.length, 'quote', 'quotes'),
    count(report.quoteClusters.length, 'quote cluster', 'quote clusters'),
  ].join(' · ');
}

/**
 * The text of alignment member `i`: its own `text`, or that of the earlier member `sameTextAs` names (a report
 * writes each distinct text of an alignment once).
 * @internal
 */
export function memberText(members: readonly AlignmentMember[], i: number): string {
  const m = members[i];
  return m?.text ?? (m?.sameTextAs === undefined ? '' : (members[m.sameTextAs]?.text ?? ''));
}

/**
 * The text of a quote-cluster span: its own `text`, or (a report leaves it out for a span inside its quote) the
 * part of its quote's text from `start` to `end`.
 * @internal
 */
export function clusterSpanText(quotes: ReadonlyMap<string, Quote>, span: QuoteClusterSpan): string {
  if (span.text !== undefined) return span.text;
  const q = span.quoteId === undefined ? undefined : quotes.get(span.quoteId);
  return q === undefined ? '' : q.text.slice(span.start - q.start, span.end - q.start);
}

/** Actors the renderers' naming tables show at most. @internal */
export const MAX_NAMING_ACTORS = 10;

/** One row of a rendered naming table: how one document names one actor. @internal */
export interface NamingRow {
  readonly actor: string;
  readonly docId: string;
  /** The forms, most used first: "strongman ×2 (negative)", "kim ×5". */
  readonly forms: readonly string[];
  readonly loadedShare: number;
}

/**
 * The naming table as the renderers show it: the actors some document names by a loaded label (at most
 * {@link MAX_NAMING_ACTORS}, most named first), one row per document that names them, each form with its
 * count and, when loaded, its direction — so that a reader sees one outlet say "strongman" where another
 * says "leader".
 *
 * @param report - a report from `analyze`
 * @returns the rows, actor by actor in the report's order
 * @example
 * ```ts
 * namingRows(report)[0];
 * //=> { actor: 'Kim Jong Un', docId: 'a', forms: ['kim ×3', 'strongman ×1 (negative)'], loadedShare: 0.25 }
 * ```
 * @internal
 */
export function namingRows(report: Report): NamingRow[] {
  const actors = report.framing.actors.filter((a) => a.byDocument.some((d) => d.loadedShare > 0)).slice(0, MAX_NAMING_ACTORS);
  return actors.flatMap((a) =>
    a.byDocument.map((d) => ({
      actor: a.name,
      docId: d.docId,
      forms: d.forms.map((f) => `${f.form} ×${f.count}${f.loaded ? ` (${f.direction})` : ''}`),
      loadedShare: d.loadedShare,
    })),
  );
}
