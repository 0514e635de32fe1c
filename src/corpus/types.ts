// The public types of narrative-diff/corpus, apart from the code that uses DuckDB, so that their declarations
// never reference @duckdb/node-api (a user who omits optional dependencies still type-checks).
import type { ArticleInput, Report } from '../types.js';

/** What one batch of `add` did, and how long its stages took (seconds). */
export interface BatchStats {
  /** The batch's number (1, 2, … over the life of the index). */
  readonly batch: number;
  /** Documents added. */
  readonly documents: number;
  /** Seed shingle occurrences of the new documents. */
  readonly shingles: number;
  /** Candidate pairs found (each with at least one new document). */
  readonly pairs: number;
  /** Shingles that crossed the document-frequency cap in this batch. */
  readonly capped: number;
  /** Seconds spent reading the documents, hashing their shingles and loading both into DuckDB. */
  readonly readSeconds: number;
  /** Seconds spent writing rows and joining the new shingles against the index. */
  readonly indexSeconds: number;
}

/** One story of a corpus index, as `stories()` lists it. */
export interface CorpusStory {
  /** `s` and the number of its oldest document plus one (`s1` is the story of the first document ever added); kept as the story grows. */
  readonly id: string;
  /** Documents in it. */
  readonly documents: number;
  /** The id of its oldest document. */
  readonly firstDocId: string;
  /** The title of its oldest document, when it has one. */
  readonly title?: string;
  /** The earliest and latest day of its documents (`YYYY-MM-DD`: publication day, or the day added when unknown). */
  readonly firstDay: string;
  readonly lastDay: string;
  /** The batch of `add` that last gave it documents. */
  readonly updatedBatch: number;
}

/** A story that shares text with another: candidate pairs between them, found when the younger article was added. */
export interface RelatedStory {
  /** The other story's id. */
  readonly id: string;
  /** Candidate pairs with one article in each story. */
  readonly pairs: number;
  /** Seed shingles those pairs share, summed. */
  readonly shared: number;
}

/** A story's report: `analyze` over its documents. */
export interface StoryReport {
  readonly story: CorpusStory;
  readonly report: Report;
  /** The story's articles as stored (the texts the report's offsets index into), in the order they were added. */
  readonly inputs: readonly ArticleInput[];
  /** Whether the report was read from the index (made earlier for the same documents and options) rather than made now. */
  readonly cached: boolean;
}
