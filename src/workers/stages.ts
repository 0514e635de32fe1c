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
 * Runs the per-document stages somewhere else than in the calling thread (worker threads: `narrative-diff/node`
 * supplies one), reporting the `read` stage's progress to `run`; or returns undefined to leave them to the
 * calling thread (an input too small to be worth sending). The main entry, bundled for browsers too, has none.
 * @internal
 */
export type PerDocumentRunner = (
  inputs: readonly ArticleInput[],
  run: Run,
  signal: AbortSignal | undefined,
) => Promise<PerDocumentResults | undefined>;
