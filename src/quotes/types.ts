import type { TextSpan } from '../document/types.js';

/** Who a quote is attributed to. */
export interface Speaker {
  /** Canonical name, the same across documents ("Kim Jong-un" for "Kim Jong Un", "Kim", "he"). */
  readonly name: string;
  /** The words in this document that name the speaker for this quote (the pronoun, if a pronoun). */
  readonly mention?: TextSpan;
}

/** A direct quote in one document. */
export interface Quote extends TextSpan {
  /** Stable id (`q1`, `q2`, … in document then text order). */
  readonly id: string;
  /** The document it stands in. */
  readonly docId: string;
  /** Who said it, or null when nothing in the text attributes it. */
  readonly speaker: Speaker | null;
  /** The cue verb as written ("complained", "told", "added"). */
  readonly cue?: string;
  /** The news agency, outlet or official the article credits for this quote ("Tass", "Reuters"). */
  readonly creditedSource?: string;
}
