/** A span of an original input text: `text === input.slice(start, end)`. */
export interface TextSpan {
  /** UTF-16 offset of the first code unit in the original input text. */
  readonly start: number;
  /** UTF-16 offset one past the last code unit. */
  readonly end: number;
  /** Exactly `input.slice(start, end)`. */
  readonly text: string;
}

/** What kind of page furniture a boilerplate span is. */
export type BoilerplateKind =
  | 'share'
  | 'follow'
  | 'advertise'
  | 'subscribe'
  | 'comments'
  | 'see-also'
  | 'source-link'
  | 'byline'
  | 'photo-credit'
  | 'metadata'
  | 'cut-mark'
  | 'repeated-title';

/** Page furniture found in a document and left out of every later stage. */
export interface BoilerplateSpan extends TextSpan {
  /** What it is. */
  readonly kind: BoilerplateKind;
}

/** One analyzed document as the report describes it. */
export interface DocumentReport {
  /** The input's id. */
  readonly id: string;
  /** The input's title, if given. */
  readonly title?: string;
  /** The input's source (outlet), if given. */
  readonly source?: string;
  /** The input's URL, if given. */
  readonly url?: string;
  /** The input's publication date, as given. */
  readonly publishedAt?: string;
  /** Length of the text in UTF-16 code units. */
  readonly length: number;
  /** Counts of what the document stage found. */
  readonly stats: {
    /** Tokens other than white space. */
    readonly tokens: number;
    /** Word tokens. */
    readonly words: number;
    /** Sentences, headlines and other lines counted as sentences. */
    readonly sentences: number;
    /** Paragraphs (blocks separated by a hard line break). */
    readonly paragraphs: number;
  };
  /** Boilerplate spans, in text order. */
  readonly boilerplate: readonly BoilerplateSpan[];
}
