export { analyze } from './analyze.js';
export { similarity } from './align/index.js';
export { NarrativeDiffError } from './errors.js';
export { findBoilerplate } from './document/boilerplate.js';
export { americanSpelling, foldCharacters, foldText, matchKey } from './document/normalize.js';
export { reportSchema } from './report/schema.js';
export { toHTML, toJSON, toMarkdown } from './report/render.js';
export { splitByStory, storyReport } from './report/split.js';
export { corpusSummary, corpusSummarySchema } from './report/summary.js';
export { EXPORT_COLUMNS, exportRows, toCSV, toJSONLines } from './report/exports.js';
export { SCHEMA_VERSION } from './types.js';
export { ANALYZE_STAGES } from './progress.js';
export { encodeWordVectors, wordSimilarityFromBytes, wordSimilarityFromVectors } from './quote-clusters/embeddings.js';

export type { NarrativeDiffErrorCode } from './errors.js';
export type { AnalyzeProgress, AnalyzeStage } from './progress.js';
export type { WinkWordVectors, WordVectorOptions } from './quote-clusters/embeddings.js';
export type { TextsById } from './report/render.js';
export type { CorpusSummary, CorpusSummaryOptions, OutletCount, SharedPassageSummary, StorySummary } from './report/summary.js';
export type { AlignmentRow, ExportFormat, ExportRows, ExportTable, LabelRow, LabelRowType, QuoteRow } from './report/exports.js';
export type {
  Actor,
  ActorMention,
  ActorForm,
  ActorNaming,
  AlignOptions,
  Alignment,
  AlignmentKind,
  AlignmentMember,
  AlignmentPair,
  AnalyzeOptions,
  ArticleInput,
  AttributionPattern,
  BoilerplateKind,
  BoilerplateSpan,
  ComponentExplanation,
  Coverage,
  CoverageItem,
  CreditedSource,
  CreditedSourceKind,
  CommonPassage,
  CommonPassageKind,
  CueVerb,
  CueVerbProfile,
  DiffOp,
  DivergenceComponent,
  DocumentCoverage,
  DocumentReport,
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
  Limits,
  Quote,
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
  Report,
  ScareQuote,
  SentimentSummary,
  SimilarityResult,
  StoryAlignment,
  Speaker,
  SpeakerKind,
  StoriesOption,
  Story,
  TextSpan,
  VoiceSentiment,
  WordSimilarity,
} from './types.js';
