/** Quotes from different documents that render one remark. */
export interface QuoteCluster {
  /** Stable id (`c1`, `c2`, …). */
  readonly id: string;
  /** Canonical name of the speaker, when the members agree on one. */
  readonly speaker?: string;
  /** Ids of the member quotes. */
  readonly quoteIds: readonly string[];
  /** How the renderings relate. */
  readonly kind: 'identical' | 'edited' | 'translation-variant' | 'paraphrase';
  /** How far the renderings diverge, in [0, 1]. */
  readonly divergence: number;
  /** Words one rendering has where another has a different word. */
  readonly substitutions: readonly { readonly from: string; readonly to: string; readonly docIds: readonly string[] }[];
}
