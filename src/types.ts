import type { AnalyzeProgress } from './progress.js';
import type { AlignOptions } from './align/types.js';
import type { CommonPassage, StoryAlignment } from './reuse/types.js';
import type { DocumentReport } from './document/types.js';
import type { Coverage, Framing, FramingOptions } from './framing/types.js';
import type { QuoteCluster, QuoteClusterOptions } from './quote-clusters/types.js';
import type { Limits } from './limits.js';
import type { Quote } from './quotes/types.js';
import type { StoriesOption, Story } from './stories/types.js';

export type { AlignOptions, Alignment, AlignmentKind, AlignmentMember, AlignmentPair, DiffOp, SimilarityResult } from './align/types.js';
export type { Limits } from './limits.js';
export type { StoriesOption, Story } from './stories/types.js';
export type { CommonPassage, CommonPassageKind, StoryAlignment } from './reuse/types.js';
export type { BoilerplateKind, BoilerplateSpan, DocumentReport, TextSpan } from './document/types.js';
export type {
  ActorForm,
  ActorNaming,
  ComponentExplanation,
  Coverage,
  CoverageItem,
  CueVerb,
  CueVerbProfile,
  DocumentCoverage,
  EditorialSentence,
  Framing,
  FramingActor,
  FramingCategory,
  FramingDirection,
  FramingDocument,
  FramingEvidence,
  FramingLabel,
  FramingMarker,
  FramingOptions,
  FramingPair,
  FramingPairsLeftOut,
  LexiconContext,
  LexiconEntry,
  ScareQuote,
  SentimentSummary,
  VoiceSentiment,
} from './framing/types.js';
export type {
  Actor,
  ActorMention,
  AttributionPattern,
  CreditedSource,
  CreditedSourceKind,
  Quote,
  Speaker,
  SpeakerKind,
} from './quotes/types.js';
export type {
  DivergenceComponent,
  QuoteCluster,
  QuoteClusterGroup,
  QuoteClusterLink,
  QuoteClusterMember,
  QuoteClusterOptions,
  QuoteClusterSpan,
  QuoteDivergenceComponents,
  QuoteInsertion,
  QuoteInsertionKind,
  QuoteOmission,
  QuoteReordering,
  QuoteSubstitution,
  QuoteVariant,
  QuoteVariantOp,
  WordSimilarity,
} from './quote-clusters/types.js';

/** One article to analyze. */
export interface ArticleInput {
  /** Unique, non-empty id; the report refers to the article by it. */
  readonly id: string;
  /** The article text, as published. Offsets in the report index into this string. May be empty. */
  readonly text: string;
  /** Headline, if known apart from the text. */
  readonly title?: string;
  /** The outlet that published it. */
  readonly source?: string;
  /** Where it was published. */
  readonly url?: string;
  /** When it was published (ISO 8601 preferred; kept as given). */
  readonly publishedAt?: string;
}

/** Options of {@link analyze}. Every field is optional. */
export interface AnalyzeOptions {
  /**
   * How the documents are grouped into stories: `'auto'` by similarity (content words, names, dates), `'one'`
   * story for everything, or your own story id for every document id (`{ a: 'summit', b: 'summit', c: 'strike' }`).
   * @default 'auto'
   */
  readonly stories?: StoriesOption;
  /** Options of the passage alignment stage. */
  readonly align?: AlignOptions;
  /** Options of the framing stage: extra lexicon entries, editorializing threshold. */
  readonly framing?: FramingOptions;
  /** Options of the quote-cluster stage: a word-similarity provider, the link threshold, indirect speech. */
  readonly quoteClusters?: QuoteClusterOptions;
  /** The most documents and characters `analyze` takes, checked before any work. */
  readonly limits?: Limits;
  /**
   * Called as the run goes: when each stage starts and ends, and after each batch of documents in the stages that
   * read documents one by one. Between batches `analyze` yields to the event loop (at most every 10 ms), so timers and I/O keep running.
   */
  readonly onProgress?: (progress: AnalyzeProgress) => void;
  /** Stops the run: once it is aborted, `analyze` rejects with a `NarrativeDiffError` of code `ABORTED` at the next batch. */
  readonly signal?: AbortSignal;
}

/** The version of the report format; it changes when a field changes meaning or goes away. */
export const SCHEMA_VERSION = '2.0.0';

/** The result of {@link analyze}: what N articles share, who said what, and how each frames it. */
export interface Report {
  /** Version of this format ({@link SCHEMA_VERSION}). */
  readonly schemaVersion: string;
  /** The documents, in input order, with the boilerplate left out of the analysis. */
  readonly documents: readonly DocumentReport[];
  /** The documents grouped into stories (one event or development each), in order of their smallest document id. */
  readonly stories: readonly Story[];
  /** Passages two or more documents of one story share (reuse), each with its story's id. */
  readonly alignments: readonly StoryAlignment[];
  /**
   * Text documents share that is no reuse within a story: passages found in documents of different stories
   * (stock phrases, recurring background sentences) and reporting formulas, with every copy.
   */
  readonly commonPassages: readonly CommonPassage[];
  /** Direct quotes, in document then text order. */
  readonly quotes: readonly Quote[];
  /** Quotes across documents that render one remark. */
  readonly quoteClusters: readonly QuoteCluster[];
  /** How each document frames the story, and how far each pair diverges. */
  readonly framing: Framing;
  /** Which document carries which shared passage and quote cluster. */
  readonly coverage: Coverage;
}
