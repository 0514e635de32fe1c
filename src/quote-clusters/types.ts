import type { TextSpan } from '../document/types.js';

/**
 * A word-similarity provider: how close two words are in meaning, in [0, 1] (1 = same meaning). It is
 * given two lower-case words as written in the quotes (folded quote marks and spelling), and is only
 * asked about pairs the built-in near-synonym table does not already settle. It must be deterministic
 * and return a number in [0, 1]; anything else is reported as misuse.
 *
 * @example
 * ```ts
 * const sim: WordSimilarity = (a, b) => (a === 'hegemonism' && b === 'imperialism' ? 0.7 : 0);
 * sim('hegemonism', 'imperialism'); //=> 0.7
 * ```
 */
export type WordSimilarity = (a: string, b: string) => number;

/** Options of the quote-cluster stage. Every field is optional. */
export interface QuoteClusterOptions {
  /**
   * Extra word-similarity evidence (for example word embeddings), used beside the built-in
   * near-synonym table. Without it, only exact lemmas and the table count.
   * @default undefined
   */
  readonly wordSimilarity?: WordSimilarity;
  /**
   * Lowest pair score, in [0, 1], at which two quotes from different documents are linked as one remark.
   * @default 0.5
   */
  readonly minLinkScore?: number;
  /**
   * Whether to link sentences that report a clustered remark in indirect speech as `indirect` members.
   * @default true
   */
  readonly indirect?: boolean;
}

/**
 * A span of one document inside a quote cluster, with the quote it belongs to (none for indirect speech). In a
 * report, a span inside its quote leaves out `text`: it is that quote's text from `start − quote.start` to
 * `end − quote.start` (`quoteSpanText` in the Markdown renderer's terms; indirect speech always has its text).
 */
export interface QuoteClusterSpan {
  /** The document it stands in. */
  readonly docId: string;
  /** The quote it lies in; absent for indirect speech. */
  readonly quoteId?: string;
  /** Start offset (UTF-16 code units) into the document's original text. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** Exactly the document text from `start` to `end`; left out in a report when the span lies in its quote (`quoteId`). */
  readonly text?: string;
}

/** One rendering of the remark in one document. */
export interface QuoteClusterMember extends QuoteClusterSpan {
  /** True for a sentence that reports the remark without quoting it ("Kim said he values …"). */
  readonly indirect: boolean;
  /** True when the rendering quotes only part of the remark (a partial quote inside a longer one). */
  readonly trimmed: boolean;
  /** True for the member every other rendering is aligned against (the fullest one). */
  readonly pivot: boolean;
}

/**
 * Quotes of a cluster with the same words (the same lemmas in the same order) and the same speaker as
 * named: copies of one rendering, which the links of the cluster name once.
 */
export interface QuoteClusterGroup {
  /** Ids of the quotes, in document then text order. */
  readonly quoteIds: readonly string[];
  /** The speaker they are credited to, as named, when they have one. */
  readonly speaker?: string;
}

/**
 * Why two quotes were linked: the evidence of one pair and its score. Each link joined two parts of the
 * cluster when it was formed; its two quotes stand for their groups (a link between two quotes of one
 * group joins copies of a rendering from different documents).
 */
export interface QuoteClusterLink {
  /** Id of one quote (the earlier in document then text order). */
  readonly a: string;
  /** Id of the other quote (from another document). */
  readonly b: string;
  /** The pair score, in [0, 1]: lexical evidence plus the bonuses below. */
  readonly score: number;
  /** IDF-weighted overlap of lemmas, near-synonyms counted at a discount, in [0, 1] (containment for a partial quote). */
  readonly lexical: number;
  /** Whether the two quotes have the same speaker after alias resolution. */
  readonly speaker: 'same' | 'unknown' | 'different';
  /** The rare words (or near-synonym pairs, written `a~b`) the two share. */
  readonly sharedRare: readonly string[];
  /** Whether passages aligned across the two documents surround both quotes. */
  readonly context: boolean;
  /** Whether the two quotes have the same cue verb. */
  readonly cue: boolean;
}

/** One word (or run of words) a rendering has where another has a different one. */
export interface QuoteSubstitution {
  /** The word(s) in the earlier rendering (report order), as written. */
  readonly from: string;
  /** The word(s) in the other rendering, as written. */
  readonly to: string;
  /** Documents of both renderings. */
  readonly docIds: readonly string[];
  /**
   * How the two relate: another spelling of the same word (British/American, hyphenation), another form
   * of it (said/says), near-synonyms (from the table or the provider), or unrelated words.
   */
  readonly relation: 'spelling' | 'inflection' | 'near-synonym' | 'different';
  /** Change of connotation from `from` to `to`, in [-2, 2] (negative: more pejorative), when both are in the table. */
  readonly connotationShift?: number;
  /** Where each side stands. */
  readonly spans: readonly QuoteClusterSpan[];
}

/** What kind of words one rendering adds. */
export type QuoteInsertionKind = 'editorial' | 'intensifier' | 'hedge' | 'words';

/** Words one rendering has that others lack. */
export interface QuoteInsertion {
  /** Where the words stand. */
  readonly span: QuoteClusterSpan;
  /** An editor's bracketed insertion, an intensifier, a hedge, or other words. */
  readonly kind: QuoteInsertionKind;
  /** Documents whose rendering lacks them. */
  readonly absentFrom: readonly string[];
}

/** Words of the fullest rendering that another rendering leaves out (inside the stretch it quotes). */
export interface QuoteOmission {
  /** The words, where they stand in the fullest rendering. */
  readonly span: QuoteClusterSpan;
  /** Documents whose rendering lacks them. */
  readonly missingFrom: readonly string[];
}

/** A run of words that two renderings put in a different order. */
export interface QuoteReordering {
  /** The words in the fullest rendering. */
  readonly a: QuoteClusterSpan;
  /** The same words in the other rendering. */
  readonly b: QuoteClusterSpan;
}

/**
 * One step of a word alignment of a rendering against the fullest one. An `equal` step covers a run of
 * words the same on both sides (within one stretch of quoted words); the others one word each, or the
 * few words of a substitution.
 */
export interface QuoteVariantOp {
  /** Same word, different word, word only in the rendering, word only in the pivot, or word moved. */
  readonly op: 'equal' | 'substitute' | 'insert' | 'delete' | 'move';
  /** The pivot's word, if any (offsets into the pivot's document). */
  readonly a?: TextSpan;
  /** The rendering's word, if any (offsets into its document). */
  readonly b?: TextSpan;
}

/** One distinct rendering (identical copies grouped) aligned word by word against the pivot. */
export interface QuoteVariant {
  /** Quotes that carry this rendering word for word. */
  readonly quoteIds: readonly string[];
  /** Their documents. */
  readonly docIds: readonly string[];
  /** The alignment against the pivot; empty for the pivot itself. */
  readonly ops: readonly QuoteVariantOp[];
}

/** One part of the divergence score, with the words that caused it. */
export interface DivergenceComponent {
  /** The part's own score, in [0, 1]. */
  readonly score: number;
  /** Its weight in the divergence (the weights sum to 1). */
  readonly weight: number;
  /** The words behind it. */
  readonly evidence: readonly QuoteClusterSpan[];
}

/** How far the renderings of one remark diverge, part by part. */
export interface QuoteDivergenceComponents {
  /** Share of weighted words that differ between renderings (1 − the weakest pair's exact overlap). */
  readonly lexical: DivergenceComponent;
  /** Change of connotation of the substituted words. */
  readonly connotation: DivergenceComponent;
  /** Intensifiers and hedges one rendering adds. */
  readonly intensifiersHedges: DivergenceComponent;
  /** Bracketed editorial insertions. */
  readonly editorial: DivergenceComponent;
  /** Difference in length between the full (untrimmed) renderings. */
  readonly length: DivergenceComponent;
}

/** Quotes from different documents that render one remark. */
export interface QuoteCluster {
  /** Stable id (`c1`, `c2`, …). */
  readonly id: string;
  /** Id of the story all its members' documents are in (`report.stories[].id`): a remark is linked only within one story. */
  readonly storyId: string;
  /** Canonical name of the speaker, when the members agree on one. */
  readonly speaker?: string;
  /** Ids of the member quotes. */
  readonly quoteIds: readonly string[];
  /** How the renderings relate. */
  readonly kind: 'identical' | 'edited' | 'translation-variant' | 'paraphrase';
  /** How far the renderings diverge, in [0, 1]: the weighted sum of `components`. */
  readonly divergence: number;
  /** Words one rendering has where another has a different word. */
  readonly substitutions: readonly QuoteSubstitution[];
  /** The parts of `divergence`. */
  readonly components: QuoteDivergenceComponents;
  /** Every rendering, quoted and indirect, in document then text order. */
  readonly members: readonly QuoteClusterMember[];
  /** Distinct renderings aligned word by word against the pivot (the fullest rendering) — the pivot first. */
  readonly variants: readonly QuoteVariant[];
  /** Words a rendering adds. */
  readonly insertions: readonly QuoteInsertion[];
  /** Words of the pivot a rendering leaves out. */
  readonly omissions: readonly QuoteOmission[];
  /** Runs of words in a different order. */
  readonly reorderings: readonly QuoteReordering[];
  /** The quotes grouped by words and speaker: copies of one rendering, each quote in one group, in order of their first quote. */
  readonly groups: readonly QuoteClusterGroup[];
  /**
   * The pair links that formed the cluster, strongest first: at most one between two groups and one
   * inside a group, so that they grow with the distinct renderings, not with the pairs of copies.
   */
  readonly links: readonly QuoteClusterLink[];
}
