import type { PairWorkFactory } from '../align/pair-work.js';
import type { FramingWorkFactory } from '../framing/framing-work.js';
import type { Corpus } from '../document/model.js';
import type { Run } from '../progress.js';
import type { DocQuotes } from '../quotes/index.js';
import type { CreditedSource } from '../quotes/types.js';
import type { ArticleInput } from '../types.js';

/** The per-document stages' results for a whole corpus, as reading in one thread gives them. @internal */
export interface PerDocumentResults {
  /** The documents (stage `read`), in input order, in one vocabulary. */
  readonly corpus: Corpus;
  /** Stage `quote-marks`, per document. */
  readonly marks: readonly DocQuotes[];
  /** Stage `credits`, per document. */
  readonly credits: readonly CreditedSource[][];
}

/**
 * One `analyze` run's work done somewhere else than in the calling thread (worker threads: `narrative-diff/node`
 * supplies them): the per-document stages, the alignment stage's pair work, and the framing stage's work on single
 * documents. The report is the same wherever they run.
 * @internal
 */
export interface OffloadRun {
  /** Runs the per-document stages on the checked inputs, reporting the `read` stage's progress to the run. */
  read(inputs: readonly ArticleInput[]): Promise<PerDocumentResults>;
  /** Does the alignment stage's pair work. */
  readonly pairs: PairWorkFactory;
  /** Does the framing stage's work on single documents. */
  readonly framing: FramingWorkFactory;
  /** Ends the run's use of the threads (called once, however the run ends). */
  close(): void;
}

/**
 * Opens an {@link OffloadRun} for one `analyze` run, or returns undefined to leave everything to the calling thread
 * (an input too small to be worth sending). The main entry, bundled for browsers too, has none.
 * @internal
 */
export type Offload = (inputs: readonly ArticleInput[], run: Run, signal: AbortSignal | undefined) => OffloadRun | undefined;
