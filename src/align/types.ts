/** How close the members of an alignment are. */
export type AlignmentKind = 'verbatim' | 'edited' | 'paraphrase';

/** One document's copy of a shared passage. */
export interface AlignmentMember {
  /** The document it stands in. */
  readonly docId: string;
  /** Start offset (UTF-16 code units) into the document's original text. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /**
   * Exactly the document text from `start` to `end`. In a report it is left out when an earlier member of the
   * alignment has exactly this text, and `sameTextAs` names that member (so N identical copies carry the text once).
   */
  readonly text?: string;
  /** In a report: index in `members` of the earlier member whose `text` this member has too (its own `text` is left out). */
  readonly sameTextAs?: number;
}

/** One step of a word-level diff; `equal`+`delete` rebuild side A, `equal`+`insert` rebuild side B. */
export interface DiffOp {
  /** What happened to `text` going from A to B. */
  readonly op: 'equal' | 'insert' | 'delete';
  /** The text, exactly as in A (`equal`, `delete`) or B (`equal`, `insert`). */
  readonly text: string;
}

/** Two members of one alignment compared. */
export interface AlignmentPair {
  /** Index of side A in `members`. */
  readonly a: number;
  /** Index of side B in `members`. */
  readonly b: number;
  /** Similarity of the two passages, in [0, 1]: the similarity model's score (see `components`). */
  readonly similarity: number;
  /** What the score is made of, each in [0, 1] (1 for a verbatim copy). */
  readonly components: {
    /** IDF-weighted Dice overlap of the lemmas (match keys). */
    readonly lemmaOverlap: number;
    /** Words in the same order: Dice of the longest common subsequence of words. */
    readonly wordOrder: number;
    /** Character-bigram Dice (string-similarity's measure), white space ignored. */
    readonly characters: number;
    /** The fitted model's probability that the two say the same thing (over these and more features). */
    readonly model: number;
  };
  /** Word-level diff from A to B that rebuilds both passages exactly. */
  readonly diff: readonly DiffOp[];
}

/** A passage that two or more documents share, with every document's copy. */
export interface Alignment {
  /** Stable id (`p1`, `p2`, … in report order). */
  readonly id: string;
  /** Verbatim copy, edited copy, or paraphrase (the weakest pair decides). */
  readonly kind: AlignmentKind;
  /** The lowest similarity among `pairs`, in [0, 1]; 1 when `pairs` is empty (every member has the same text). */
  readonly similarity: number;
  /**
   * At least two members, from at least two documents, in document order. A document that carries the
   * passage twice has two members.
   */
  readonly members: readonly AlignmentMember[];
  /**
   * The pairs of members the alignment was built from, with diffs: every pair of copies when a passage
   * is carried by a few documents; when it is carried by many, each copy with the one it was found
   * against (so pairs grow with the copies, not with their square). A pair of members with the same
   * text that scores as a verbatim copy of similarity 1 is not listed (its diff would be the text once
   * more per copy): an alignment of identical copies has no pairs.
   */
  readonly pairs: readonly AlignmentPair[];
}

/** Options of the alignment stage. */
export interface AlignOptions {
  /**
   * Shortest shared passage reported, in words.
   * @default 8
   */
  readonly minPassageWords?: number;
  /**
   * Lowest similarity at which two passages count as one, in [0, 1].
   * @default 0.5
   */
  readonly minSimilarity?: number;
  /**
   * Whether to look for paraphrased passages as well as copies.
   * @default true
   */
  readonly paraphrases?: boolean;
  /**
   * A seed (shingle) found in more than this share of the documents is boilerplate or a stock phrase
   * and does not start an alignment, in (0, 1]. Applies from 10 documents on: among fewer articles about
   * one event, wire copy that most of them carry is exactly what should be found. Identical copies of a
   * document (the same words outside boilerplate) count as one document here, both in the share and in
   * the 10, so N copies of one article share all their passages. Boilerplate the document stage
   * recognizes is skipped whatever this says.
   * @default 0.8
   */
  readonly maxSeedDocumentFrequency?: number;
}

/** The verdict of {@link similarity} on two passages. */
export interface SimilarityResult {
  /** How similar the passages are, in [0, 1]. */
  readonly score: number;
  /** What the score means: a verbatim copy, an edited copy, a paraphrase, or unrelated text. */
  readonly kind: AlignmentKind | 'unrelated';
}
