import type { TextSpan } from '../document/types.js';

/** Which way a term leans: a judgement against, for, or none. */
export type FramingDirection = 'negative' | 'positive' | 'neutral';

/**
 * What kind of framing device a lexicon entry is: a label for a state, a person or a group, a charged
 * abstraction ("hegemonism"), an attribution (cue) verb, a hedge, an intensifier, another evaluative
 * word or idiom, a modifier that loads a label only when it stands right before one ("secret regime"), or
 * a fixed expression: a set phrase read whole that judges nothing ("in spite of", "best regards"), so none
 * of its words counts alone and it is not reported.
 */
export type FramingCategory =
  | 'state-label'
  | 'person-label'
  | 'group-label'
  | 'charged-abstraction'
  | 'attribution-verb'
  | 'hedge'
  | 'intensifier'
  | 'evaluative'
  | 'label-modifier'
  | 'fixed-expression';

/**
 * Where an ambiguous term is read literally (and judges nothing) or loaded, by the word right before or
 * after it, or the word past a determiner or pronoun there ("shook his head"). Words are compared by lemma
 * and by lower-cased form ("device" takes "devices"). A term whose
 * context rules it literal also hides its words from shorter entries and from the sentiment fallback.
 *
 * @example
 * ```ts
 * // "explosive remarks" is loaded; "an explosive device" and "explosive growth" are not.
 * const explosive: LexiconContext = { literalBefore: ['device', 'material', 'growth'] };
 * // "offensive remarks" is loaded; "a military offensive" is not.
 * const offensive: LexiconContext = { literalAfter: ['military', 'ground', 'air'] };
 * ```
 */
export interface LexiconContext {
  /** The term is literal when the next word is one of these ("explosive device"). */
  readonly literalBefore?: readonly string[];
  /** The term is literal when the word before it is one of these ("military offensive"). */
  readonly literalAfter?: readonly string[];
  /**
   * The term counts only when the next word is one of these ("sense of entitlement" is loaded, "entitlement
   * programs" not); with `loadedAfter` too, a word of either list is enough.
   */
  readonly loadedBefore?: readonly string[];
  /** The term counts only when the word before it is one of these ("just talking points"). */
  readonly loadedAfter?: readonly string[];
}

/**
 * One entry of a framing lexicon, as shipped in `src/lexicon/data/framing.json` or passed in options.
 * A term written in lower case is read as a word, not as part of a name: where the document writes it
 * capitalized inside a sentence ("the Democratic leader", "the Patriot Act", "Vanity Fair") it judges
 * nothing. Write the term capitalized ("Islamist") when it is always written so.
 */
export interface LexiconEntry {
  /** The term, one or more words; inflections and spelling variants match through the match keys. */
  readonly term: string;
  /** What kind of device it is. */
  readonly category: FramingCategory;
  /** Which way it leans. */
  readonly direction: FramingDirection;
  /** How strongly, in [0, 1]; 0 is a neutral term ("head of state", "said"). */
  readonly strength: number;
  /** When a single-word term is ambiguous, the universal POS tag it must carry to count (`ADJ`, `VERB`, …). */
  readonly pos?: string;
  /** The entity a conventional epithet names ("North Korea" for "hermit kingdom"). */
  readonly usualReferent?: string;
  /** When the term is ambiguous, the neighbouring words that make it literal or loaded. */
  readonly context?: LexiconContext;
}

/** A label (a name or descriptor of an actor, or a charged or evaluative term) found in a document. */
export interface FramingLabel {
  /** The lexicon term it matched. */
  readonly term: string;
  readonly start: number;
  readonly end: number;
  /** Exactly the document text from `start` to `end` (a preceding loaded modifier is included: "secret regime"). */
  readonly text: string;
  /** The entity it names, where that can be told ("North Korea" for "hermit kingdom"). */
  readonly refersTo?: string;
  /** The lexicon category. */
  readonly category: string;
  /** Whether the term is loaded (carries a judgement) rather than neutral. */
  readonly loaded: boolean;
  /** Which way it leans. */
  readonly direction: FramingDirection;
  /** How much it counts, in [0, 1]: the lexicon strength, raised by a loaded modifier. */
  readonly weight: number;
  /** Whether it stands inside quoted speech (the speaker's words, not the outlet's). */
  readonly quoted: boolean;
  /** Where the judgement comes from: the framing lexicon, or wink-nlp's sentiment lexicon (adjectives only). */
  readonly source: 'lexicon' | 'sentiment';
}

/** A hedge ("reportedly") or intensifier ("strictly") found in a document. */
export interface FramingMarker extends TextSpan {
  /** The lexicon term it matched. */
  readonly term: string;
  /** Its strength in [0, 1]. */
  readonly weight: number;
  /**
   * Whether it carries a judgement: an intensifier in the outlet's own voice or in a fragment of speech the
   * writer weaves into a sentence (inside a quoted statement it is the speaker's emphasis, which judges no
   * one), unless the lexicon gives it strength 0 (a degree adverb: "badly injured", "increasingly common");
   * a hedge that casts doubt ("so-called", "allegedly").
   */
  readonly loaded: boolean;
  /** Whether it stands inside quoted speech. */
  readonly quoted: boolean;
}

/**
 * A scare quote: a word or short phrase the writer puts in quotation marks with no one quoted as saying it
 * (the "reforms", so-called "experts"), distancing the outlet from the word. Quote marks included.
 */
export interface ScareQuote extends TextSpan {
  /** Id of the quote in `report.quotes` (the quotes stage found it and attributed it to no one). */
  readonly quoteId: string;
  /** How many words stand between the marks (1 to 4). */
  readonly words: number;
}

/** An attribution verb ("said", "complained") the outlet uses to report speech (not one inside a quoted statement, which is the speaker's word). */
export interface CueVerb extends TextSpan {
  /** The verb's lemma ("complain"). */
  readonly lemma: string;
  /** Its connotation: "said" is neutral; "complained" casts doubt on or colours the speaker. */
  readonly direction: FramingDirection;
  /** Whether it carries a judgement. */
  readonly loaded: boolean;
  /** Its strength in [0, 1]. */
  readonly weight: number;
}

/** How a document reports speech: its attribution verbs and their connotations. */
export interface CueVerbProfile {
  /** Attribution verbs in text order. */
  readonly verbs: readonly CueVerb[];
  /** Count per lemma, most used first (ties by lemma). */
  readonly byLemma: readonly { readonly lemma: string; readonly count: number; readonly direction: FramingDirection }[];
  /** Share of the verbs that are loaded, in [0, 1] (0 when there are none). */
  readonly loadedShare: number;
}

/** Mean wink-nlp sentiment of a set of text spans. */
export interface SentimentSummary {
  /** Length-weighted mean sentiment in [-1, 1] (0 when there is no text). */
  readonly mean: number;
  /** How many spans (sentences or quotes) it averages. */
  readonly spans: number;
  /** How many characters it covers. */
  readonly chars: number;
}

/** Sentiment of what the outlet says in its own voice, apart from what it quotes others as saying. */
export interface VoiceSentiment {
  /** The outlet's own words (sentences with quoted speech cut out). */
  readonly ownVoice: SentimentSummary;
  /** Quoted speech. */
  readonly quoted: SentimentSummary;
}

/** A sentence in the outlet's own voice that judges: evaluative words, intensifiers or strong sentiment no one is quoted as saying. */
export interface EditorialSentence extends TextSpan {
  /** wink-nlp sentiment of the own-voice part of the sentence, in [-1, 1]. */
  readonly sentiment: number;
  /** The loaded terms and intensifiers that make it evaluative (text as written). */
  readonly terms: readonly string[];
  /** How evaluative, in [0, 1]: loaded weight plus intensifiers plus sentiment, capped. */
  readonly score: number;
}

/** How one document frames the story. */
export interface FramingDocument {
  readonly docId: string;
  /** Labels, charged and evaluative terms with offsets, in text order. */
  readonly labels: readonly FramingLabel[];
  /** The news agencies, outlets and officials the document credits. */
  readonly sourcesCredited: readonly string[];
  /** Where each credit stands ("Tass reported", "according to Reuters"), named canonically, in text order. */
  readonly credits: readonly (TextSpan & { readonly name: string })[];
  /** Attribution verbs and their connotations. */
  readonly cueVerbs: CueVerbProfile;
  /** Hedges ("reportedly", "appeared to"), in text order. */
  readonly hedges: readonly FramingMarker[];
  /** Intensifiers ("strictly", "absolutely"), in text order. */
  readonly intensifiers: readonly FramingMarker[];
  /** Scare quotes: short quoted words set in the writer's own sentence with no speaker, in text order. */
  readonly scareQuotes: readonly ScareQuote[];
  /** Sentiment of the outlet's own voice vs quoted speech. */
  readonly sentiment: VoiceSentiment;
  /** Sentences that judge in the outlet's own voice, in text order. */
  readonly editorializing: readonly EditorialSentence[];
}

/** One way a document names an actor ("strongman", "kim", "the president"). */
export interface ActorForm {
  /** The form, folded (lower case, quote marks and dashes normalized). */
  readonly form: string;
  /** How often the document names the actor so. */
  readonly count: number;
  /** Whether it is a loaded label. */
  readonly loaded: boolean;
  /** The judgement a loaded label carries; `neutral` for names and neutral labels. */
  readonly direction: FramingDirection;
  /** Its first occurrence. */
  readonly first: TextSpan;
}

/** How one document names one actor: names, descriptors and role nouns that refer to it. */
export interface ActorNaming {
  readonly docId: string;
  /** Each distinct way of naming the actor, most used first. */
  readonly forms: readonly ActorForm[];
  /** How often the document names the actor, all forms together. */
  readonly mentions: number;
  /** The share of those mentions made by loaded labels, in [0, 1]. */
  readonly loadedShare: number;
}

/** A state or person named in the documents, and how each document names it. */
export interface FramingActor {
  /** Canonical name ("North Korea", "Kim Jong Un"). */
  readonly name: string;
  /** What kind of actor. */
  readonly kind: 'state' | 'person';
  /** One entry per document that names the actor, in document order. */
  readonly byDocument: readonly ActorNaming[];
}

/** A place in one document that made a divergence component what it is. */
export interface FramingEvidence extends TextSpan {
  readonly docId: string;
  /** Why it counts ("loaded label for North Korea", "only here: passage p3"). */
  readonly note: string;
}

/** Why one divergence component has its value. */
export interface ComponentExplanation {
  /** The component's name, as in `components`. */
  readonly component: string;
  /** Its value in [0, 1]. */
  readonly value: number;
  /** Its weight in the overall divergence. */
  readonly weight: number;
  /** What was compared and how the value came about. */
  readonly summary: string;
  /** Where in the two documents the difference lies (at most a handful of the strongest places). */
  readonly evidence: readonly FramingEvidence[];
}

/** How differently two documents frame the story. */
export interface FramingPair {
  /** Id of the first document (input order). */
  readonly a: string;
  /** Id of the second document. */
  readonly b: string;
  /** Overall divergence in [0, 1]; symmetric: the weighted mean of the components. */
  readonly divergence: number;
  /** The parts the divergence is made of, each in [0, 1]. */
  readonly components: Readonly<Record<string, number>>;
  /** The weight of each component (they sum to 1). */
  readonly weights: Readonly<Record<string, number>>;
  /** Why each component has its value, with offsets. */
  readonly explanations: readonly ComponentExplanation[];
}

/** Document pairs the report leaves out of `framing.pairs`, and how to ask for them. */
export interface FramingPairsLeftOut {
  /** How many of the N(N−1)/2 document pairs are not listed. */
  readonly count: number;
  /** The limit that left them out and the option that raises it, in a sentence. */
  readonly reason: string;
}

/** Framing of every document and every pair. */
export interface Framing {
  readonly documents: readonly FramingDocument[];
  /** The explained divergence of every pair of documents, up to `maxPairDocuments` documents (see `pairsLeftOut`). */
  readonly pairs: readonly FramingPair[];
  /** `null` when `pairs` lists every document pair; else what it leaves out (N documents make N(N−1)/2 pairs). */
  readonly pairsLeftOut: FramingPairsLeftOut | null;
  /** States and persons named in two or more documents or by a loaded label, and how each document names them. */
  readonly actors: readonly FramingActor[];
  /** Version of the shipped lexicon used (user entries come on top of it). */
  readonly lexiconVersion: string;
}

// Coverage has its own stage folder; its types are re-exported here for the framing types' readers.
export type { Coverage, CoverageItem, DocumentCoverage } from '../coverage/types.js';

/** Options of the framing stage. */
export interface FramingOptions {
  /**
   * Lexicon entries added to the shipped lexicon; an entry with the same term and category replaces the
   * shipped one.
   * @default []
   */
  readonly lexicon?: readonly LexiconEntry[];
  /**
   * Use only `lexicon`, not the shipped lexicon.
   * @default false
   */
  readonly replaceLexicon?: boolean;
  /**
   * Lowest evaluative score (in [0, 1]) at which an own-voice sentence is reported as editorializing.
   * @default 0.5
   */
  readonly editorialThreshold?: number;
  /**
   * Adjectives outside the lexicon whose wink-nlp sentiment magnitude (in [0, 1]) reaches this count as
   * evaluative labels; above 1 turns this off. Off by default: on BASIL dev (issue 17) the words it flagged
   * were mostly ordinary ("good", "best", "able", "great"), 5 of 223 inside an annotated lexical-bias span.
   * @default 2
   */
  readonly sentimentWordThreshold?: number;
  /**
   * Pairwise divergences are computed only when there are at most this many documents (N documents make
   * N(N−1)/2 explained pairs, so that the report would grow with the square of the corpus); above it
   * `framing.pairs` is empty and `framing.pairsLeftOut` says how many pairs were left out. Measured on
   * copies of a generated 5 KB article: at 20 documents the 190 pairs are 0.4 of a 2.1 MB report; at
   * 100, 4,950 pairs were 10.3 of 19.5 MB.
   * @default 20
   */
  readonly maxPairDocuments?: number;
}
