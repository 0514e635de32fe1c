import type { TextSpan } from '../document/types.js';

/** Who a quote is attributed to. */
export interface Speaker {
  /** Canonical name, the same across documents ("Kim Jong-un" for "Kim Jong Un", "Kim", "he"). */
  readonly name: string;
  /** The words in this document that name the speaker for this quote (the pronoun, if a pronoun). */
  readonly mention?: TextSpan;
  /**
   * What the mention is: a `name` ("Lavrov", "Kim Jong Un"), a `pronoun` resolved to the nearest
   * compatible person before it (a pronoun no named person agrees with — "they", "it", "I" — keeps
   * itself, lower-cased, as the name), a `descriptor` resolved as an alias ("the North Korean ruler"),
   * a credited `source` (an agency or outlet), a `document` the words are quoted from, named as written
   * without its article ("statement" for "the statement said", "congressional report" for "according to
   * a congressional report"; "Trump's tweet" is Trump's, a `name`), or an `other` noun phrase kept as
   * written, its article left out ("source" for "a source").
   */
  readonly kind?: SpeakerKind;
}

/** How a speaker mention names its speaker. */
export type SpeakerKind = 'name' | 'pronoun' | 'descriptor' | 'source' | 'document' | 'other';

/**
 * The pattern that attributed a quote to its speaker:
 * - `quote-speaker-cue`: `"…," Lavrov said`
 * - `quote-cue-speaker`: `"…," said Lavrov`
 * - `speaker-cue-quote`: `Lavrov said: "…"`, `Lavrov said "…"`, `Kim complained of "…"`
 * - `according-to`: `"…," according to Lavrov`
 * - `quoted-as-saying`: `"…," Lavrov was quoted as saying`
 * - `colon`: `Lavrov's message: "…"` (a colon introduction without a cue verb)
 * - `intro-paragraph`: the previous paragraph ends `Lavrov continued,` or `… stated:`
 * - `dash`: `"…" ― Jorge Falcon` (a name signing the quote after a dash, alone on its line)
 * - `continuation`: the quote continues a multi-paragraph quote or follows a quote of the same
 *   speaker in the same paragraph with nothing between them
 * - `sentence-subject`: the subject of the quote's sentence, with no cue next to the quote
 *   (`Lind, in a rare interview, called the plan "…"`)
 * - `previous-sentence`: the subject of the sentence before, or the speaker of a quote before it in this
 *   or the previous paragraph (`Lind spoke for an hour. "…"`)
 */
export type AttributionPattern =
  | 'quote-speaker-cue'
  | 'quote-cue-speaker'
  | 'speaker-cue-quote'
  | 'according-to'
  | 'quoted-as-saying'
  | 'colon'
  | 'intro-paragraph'
  | 'dash'
  | 'continuation'
  | 'sentence-subject'
  | 'previous-sentence';

/** A direct quote in one document: the words between the quote marks (the marks left out). */
export interface Quote extends TextSpan {
  /** Stable id (`q1`, `q2`, … in document then text order). */
  readonly id: string;
  /** The document it stands in. */
  readonly docId: string;
  /** Who said it, or null when nothing in the text attributes it. */
  readonly speaker: Speaker | null;
  /** The cue verb as written ("complained", "told", "added"). */
  readonly cue?: string;
  /** The cue's lemma ("complain", "tell", "add", "according to"). */
  readonly cueLemma?: string;
  /** Where the cue stands in the text. */
  readonly cueMention?: TextSpan;
  /** The pattern that attributed the quote, when one did. */
  readonly attribution?: AttributionPattern;
  /** The news agency, outlet or official the article credits for this quote ("Tass", "Reuters"). */
  readonly creditedSource?: string;
  /** Where the credited source is named in the text. */
  readonly creditedSourceMention?: TextSpan;
  /**
   * Whether the quote renders speech: true when something attributes it; false for scare quotes,
   * titles and terms that nothing attributes.
   */
  readonly isSpeech: boolean;
  /** Whether the quote is a fragment woven into the writer's sentence (complained of "US hegemonism"). */
  readonly partial: boolean;
  /** Bracketed editorial insertions inside the quote ("[of the world]"), brackets included. */
  readonly insertions: readonly TextSpan[];
  /** The quote mark that opens it, when it has one (a continued paragraph may not). */
  readonly openMark?: TextSpan;
  /** The quote mark that closes it, when it has one (a paragraph of a multi-paragraph quote has none). */
  readonly closeMark?: TextSpan;
  /** Id of the quote this one continues, when a quote runs over several paragraphs. */
  readonly continues?: string;
}

/** What kind of body a credited source is. */
export type CreditedSourceKind = 'agency' | 'outlet' | 'state-media' | 'official';

/** A news agency, outlet or official body that a document credits for what it reports. */
export interface CreditedSource extends TextSpan {
  /** Canonical name ("Associated Press" for "AP"; "Russian state media" as written for generic media). */
  readonly name: string;
  /** What kind of body it is. */
  readonly kind: CreditedSourceKind;
  /** The words that make it a credit ("reported", "according to", "Additional reporting by"). */
  readonly cue: string;
}

/** One mention of a person in one document. */
export interface ActorMention extends TextSpan {
  /** The document it stands in. */
  readonly docId: string;
  /** How it names the person. */
  readonly kind: 'name' | 'pronoun' | 'descriptor';
}

/** A person named in the corpus, with every mention the quote stage resolved to them. */
export interface Actor {
  /** Canonical name, the same across documents. */
  readonly name: string;
  /** Other written forms of the name and descriptors introduced for the person ("North Korean leader"). */
  readonly aliases: readonly string[];
  /** Mentions in document then text order. */
  readonly mentions: readonly ActorMention[];
}
