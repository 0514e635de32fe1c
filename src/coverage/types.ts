import type { TextSpan } from '../document/types.js';

/** Which document carries which shared passage or quote cluster. */
export interface CoverageItem {
  /** Id of a passage alignment or quote cluster. */
  readonly id: string;
  /** What the id points to. */
  readonly type: 'alignment' | 'quoteCluster';
  /**
   * Documents that carry it, in corpus order. Every other document omits it: the report does not list them
   * per item (that list grows with items × documents); `DocumentCoverage.omits` lists, per document, the
   * items it omits that at least half of the others carry.
   */
  readonly carriedBy: readonly string[];
  /** The start of the first member's text (up to 80 characters), to tell items apart in a table. */
  readonly excerpt: string;
}

/** What one document leaves out that others carry, and what only it carries. */
export interface DocumentCoverage {
  readonly docId: string;
  /** Ids of items it omits that at least half of the other documents (and at least one) carry. */
  readonly omits: readonly string[];
  /** Paragraphs (outside boilerplate) that share no passage with any other document. */
  readonly uniquelyCarries: readonly TextSpan[];
  /** Ids of its quotes that no quote cluster joins with another document's. */
  readonly uniqueQuotes: readonly string[];
  /** Share of its non-boilerplate text covered by shared passages, in [0, 1]. */
  readonly sharedShare: number;
}

/** Coverage of shared material across documents. */
export interface Coverage {
  readonly items: readonly CoverageItem[];
  /** Per document, in input order. */
  readonly documents: readonly DocumentCoverage[];
}
