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
