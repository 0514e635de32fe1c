/** A label (a name or descriptor of an actor, or a charged term) found in a document. */
export interface FramingLabel {
  /** The lexicon term it matched. */
  readonly term: string;
  readonly start: number;
  readonly end: number;
  /** The entity it names, where that can be told ("North Korea" for "hermit kingdom"). */
  readonly refersTo?: string;
  /** The lexicon category. */
  readonly category: string;
  /** Whether the term is loaded (carries a judgement) rather than neutral. */
  readonly loaded: boolean;
}

/** How one document frames the story. */
export interface FramingDocument {
  readonly docId: string;
  /** Labels with offsets. */
  readonly labels: readonly FramingLabel[];
  /** The news agencies, outlets and officials the document credits. */
  readonly sourcesCredited: readonly string[];
}

/** How differently two documents frame the story. */
export interface FramingPair {
  /** Id of the first document (input order). */
  readonly a: string;
  /** Id of the second document. */
  readonly b: string;
  /** Overall divergence in [0, 1]; symmetric. */
  readonly divergence: number;
  /** The parts the divergence is made of, each in [0, 1]. */
  readonly components: Readonly<Record<string, number>>;
}

/** Framing of every document and every pair. */
export interface Framing {
  readonly documents: readonly FramingDocument[];
  readonly pairs: readonly FramingPair[];
}

/** Which document carries which shared passage or quote cluster. */
export interface CoverageItem {
  /** Id of a passage alignment or quote cluster. */
  readonly id: string;
  /** What the id points to. */
  readonly type: 'alignment' | 'quoteCluster';
  /** Documents that carry it. */
  readonly carriedBy: readonly string[];
  /** Documents that do not. */
  readonly omittedBy: readonly string[];
}

/** Coverage of shared material across documents. */
export interface Coverage {
  readonly items: readonly CoverageItem[];
}
