import table from './data/attribution-verbs.json' with { type: 'json' };

/**
 * The attribution-verb table (`data/attribution-verbs.json`): one row per lemma, with flags saying which
 * stage reads it. Each export below is one stage's view of the table, exactly the list that stage read
 * before the lists were merged (issue 13), so adding a verb is one row in the data file.
 * @internal
 */

/** What a cue verb does: says something, reports it (a medium), or states a view. @internal */
export type CueKind = 'speech' | 'report' | 'belief';

/** The stages that read a row: the quote cues, the framing lexicon, indirect speech, source credits. @internal */
export type AttributionUse = 'quote-cue' | 'framing' | 'indirect-speech' | 'source-credit';

/** One row of the table. @internal */
export interface AttributionVerb {
  /** The verb, or a phrasal verb ("point out"). */
  readonly lemma: string;
  /** Every form, where the regular -s/-ed/-ing forms would be wrong (quote cues only). */
  readonly forms?: readonly string[];
  /** The cue kind (quote cues only). */
  readonly kind?: CueKind;
  /** Connotation of the verb as a cue (framing lexicon only). */
  readonly framing?: {
    readonly direction: string;
    readonly strength: number;
    /** Neighbouring words that make the verb literal or loaded (the framing lexicon's `context`). */
    readonly context?: Readonly<Record<string, readonly string[]>>;
  };
  /** The stages that read the row. */
  readonly uses: readonly AttributionUse[];
}

/**
 * The stages that read a phrase: quote cues (listed, read only through {@link ACCORDING_TO}), the phrase
 * a quote's speaker follows, source credits.
 * @internal
 */
export type PhraseUse = 'quote-cue' | 'quote-speaker' | 'source-credit';

/** A cue written as fixed words ("according to", "as reported by"). @internal */
export interface CuePhrase {
  /** The words, lower case, one space apart. */
  readonly text: string;
  /** The lemma a quote cue phrase stands for ("quoted as saying" → "say"). */
  readonly lemma?: string;
  /** The cue kind of a quote cue phrase. */
  readonly kind?: CueKind;
  /** The stages that read the phrase. */
  readonly uses: readonly PhraseUse[];
}

/** Every row of the table, in file order. @internal */
export const ATTRIBUTION_VERBS: readonly AttributionVerb[] = table.verbs as readonly AttributionVerb[];

/** Every cue phrase of the table, in file order. @internal */
export const CUE_PHRASES: readonly CuePhrase[] = table.phrases as readonly CuePhrase[];

/** Version of the table. @internal */
export const ATTRIBUTION_VERSION: number = table.version;

/**
 * The rows a stage reads, in file order.
 * @param use - the stage's flag
 * @returns the rows flagged `use`
 * @internal
 */
export function verbsFor(use: AttributionUse): readonly AttributionVerb[] {
  return ATTRIBUTION_VERBS.filter((v) => v.uses.includes(use));
}

/**
 * The regular forms of a verb: base, -s, -ed, -ing ("deny" → denies, denied; "argue" → argued, arguing).
 * @param lemma - the base form
 * @returns the four forms
 * @internal
 */
export function inflect(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const y = /[^aeiou]y$/.test(lemma);
  return [
    lemma,
    y ? `${lemma.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`,
    y ? `${lemma.slice(0, -1)}ied` : `${stem}ed`,
    `${stem}ing`,
  ];
}

/** A cue verb form and its lemma. @internal */
export interface CueInfo {
  readonly lemma: string;
  readonly kind: CueKind;
}

/** Cue verb forms (lower case) → lemma and kind: the rows flagged `quote-cue`. @internal */
export const CUE_FORMS: ReadonlyMap<string, CueInfo> = new Map(
  verbsFor('quote-cue').flatMap((v) =>
    (v.forms ?? inflect(v.lemma)).map((f) => [f, { lemma: v.lemma, kind: v.kind ?? 'speech' }] as const),
  ),
);

/** Nouns that carry a possessor's words ("Trump’s claim that …", "Kim’s remarks about …"). @internal */
export const NOMINAL_CUES: ReadonlySet<string> = new Set(table.nouns);

/** Lemmas of verbs that credit a source ("reported", "said"): the rows flagged `source-credit`. @internal */
export const CREDIT_VERBS: ReadonlySet<string> = new Set(verbsFor('source-credit').map((v) => v.lemma));

/**
 * Phrases that credit the source after them ("according to", "as reported by"), longest first (ties in
 * file order): the phrases flagged `source-credit`.
 * @internal
 */
export const CREDIT_PHRASES: readonly string[] = CUE_PHRASES.filter((p) => p.uses.includes('source-credit'))
  .map((p) => p.text)
  .sort((a, b) => b.length - a.length);

/** Lemmas of verbs that introduce indirect speech ("Kim said he values …"): the rows flagged `indirect-speech`. @internal */
export const INDIRECT_SPEECH_CUES: readonly string[] = verbsFor('indirect-speech').map((v) => v.lemma);

/** A two-word phrase the speaker's name follows, as the quote stage matches it. @internal */
export interface SpeakerPhrase {
  readonly first: string;
  readonly second: string;
  /** The cue lemma reported for it. */
  readonly lemma: string;
}

/**
 * The phrase flagged `quote-speaker`: `"…," according to Lavrov`. The quote stage matches it as two
 * lower-case words, so the table must flag exactly one two-word phrase.
 * @internal
 */
export const ACCORDING_TO: SpeakerPhrase = (() => {
  const phrases = CUE_PHRASES.filter((p) => p.uses.includes('quote-speaker'));
  const [first, second, ...rest] = phrases[0]?.text.split(' ') ?? [];
  if (phrases.length !== 1 || first === undefined || second === undefined || rest.length > 0) {
    throw new Error('narrative-diff: attribution-verbs.json must flag exactly one two-word phrase quote-speaker');
  }
  return { first, second, lemma: phrases[0]?.lemma ?? '' };
})();
