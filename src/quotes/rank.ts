/**
 * The speaker ranker: every way of reading a quote's speaker (the patterns around the quote, the
 * sentence's subject, the sentence or quote before) gives a candidate described by named features; a
 * linear score over those features picks one, or nobody when the "no speaker" choice scores higher. The
 * weights are fitted on PolNeAR's training split by test/eval/fit-speakers.ts and shipped in
 * data/speaker-model.json; nothing here is hand-ordered.
 */
import fitted from './data/speaker-model.json' with { type: 'json' };

/**
 * The features a speaker candidate (or the "no speaker" choice) may have, each 0 or 1 unless said:
 * - `from:*` — which reading proposed it (a candidate several readings propose has each of theirs):
 *   `after` (`"…," Lavrov said`), `asked` (`"…?" Lavrov asked`), `before` (`Lavrov said: "…"`),
 *   `clause-end` (`"…" for the harbour, Lind said.`), `intro` (a paragraph ending `Lind said:`),
 *   `continuation` (the previous quote's speaker, nothing between them), `previous-quote` (the speaker of a
 *   quote earlier in this or the previous paragraph), `after-verb` / `before-verb` (a subject and a verb the
 *   cue table does not list: `"…," Lind quipped`), `subject` (the subject of the quote's sentence),
 *   `previous-subject` (the subject of the sentence before);
 * - `pattern:*` — the attribution pattern;
 * - `cue:*` — the cue's kind in the attribution table (`speech`, `report`, `belief`), `framing` for a verb
 *   only the framing lexicon lists, `verb` for any other verb, `nominal` for a noun ("Lind's claim that"),
 *   `none` without a cue;
 * - `kind:*` — what the speaker phrase is: a person's `name`, a `descriptor`, a resolved `pronoun`, an
 *   unresolved pronoun (`pronoun-bare`: "they", "I"), a news `source`, a `document` ("the report"), a `capitalized` other phrase (an
 *   organisation), an `other` phrase ("officials");
 * - `distance` — log2(1 + words between the phrase and the quote);
 * - `earlier-sentence`, `earlier-paragraph` — where the phrase stands;
 * - `embedded` — its cue stands inside what someone else is said to have said ("Ryan said Obama's words
 *   "…"": Obama's words are reported in Ryan's);
 * - `weak-for-fragment` — only readings away from the quote (a subject, the sentence or quote before)
 *   propose it, and the quote is a fragment (set inside the writer's sentence, or three words or fewer);
 * - `none`, `none:*` — only on the "no speaker" choice: `short` (three words or fewer), `title` (reads as a
 *   title), `partial` (set inside the writer's sentence), `alone` (the quote is its paragraph), `lower`
 *   (it opens with a lower-case letter), `long` (eight words or more).
 * @internal
 */
export const SPEAKER_FEATURES = [
  'from:after',
  'from:asked',
  'from:before',
  'from:clause-end',
  'from:intro',
  'from:continuation',
  'from:previous-quote',
  'from:after-verb',
  'from:before-verb',
  'from:subject',
  'from:previous-subject',
  'pattern:quote-speaker-cue',
  'pattern:quote-cue-speaker',
  'pattern:speaker-cue-quote',
  'pattern:according-to',
  'pattern:quoted-as-saying',
  'pattern:colon',
  'pattern:dash',
  'cue:speech',
  'cue:report',
  'cue:belief',
  'cue:framing',
  'cue:verb',
  'cue:nominal',
  'cue:none',
  'kind:name',
  'kind:descriptor',
  'kind:pronoun',
  'kind:pronoun-bare',
  'kind:source',
  'kind:document',
  'kind:capitalized',
  'kind:other',
  'distance',
  'earlier-sentence',
  'earlier-paragraph',
  'embedded',
  'weak-for-fragment',
  'none',
  'none:short',
  'none:title',
  'none:partial',
  'none:alone',
  'none:lower',
  'none:long',
] as const;

/** One feature name of {@link SPEAKER_FEATURES}. @internal */
export type SpeakerFeature = (typeof SPEAKER_FEATURES)[number];

/** A candidate's (or the "no speaker" choice's) features: name → value, absent = 0. @internal */
export type SpeakerFeatures = Partial<Record<SpeakerFeature, number>>;

/** A fitted speaker model: one weight per feature of {@link SPEAKER_FEATURES}. @internal */
export interface SpeakerModel {
  readonly features: readonly string[];
  readonly weights: readonly number[];
  /** How much a candidate must outscore the "no speaker" choice to be chosen (0 when absent). */
  readonly margin?: number;
}

/**
 * Checks that a model's feature names are {@link SPEAKER_FEATURES}, in order.
 * @param model - the model
 * @param where - where it was read from, for the message
 * @returns the model
 * @throws Error when the names differ: the model was fitted for other features (refit it)
 * @internal
 */
export function checkSpeakerModel(model: SpeakerModel, where: string): SpeakerModel {
  const same =
    model.features.length === SPEAKER_FEATURES.length &&
    model.weights.length === SPEAKER_FEATURES.length &&
    SPEAKER_FEATURES.every((f, k) => model.features[k] === f);
  if (!same)
    throw new Error(`${where}: its features are not SPEAKER_FEATURES of src/quotes/rank.ts (refit: npx tsx test/eval/fit-speakers.ts)`);
  return model;
}

let shipped: SpeakerModel | undefined;

/**
 * The model shipped in `data/speaker-model.json`, checked on first use (not on import, so that the fitting
 * script can load this module while the file is fitted for other features).
 * @returns the shipped model
 * @throws Error when the file was fitted for other features
 * @internal
 */
export function shippedSpeakerModel(): SpeakerModel {
  return (shipped ??= checkSpeakerModel(fitted, 'src/quotes/data/speaker-model.json'));
}

/**
 * The linear score of a feature set.
 * @param features - the features
 * @param model - the weights
 * @returns the sum of weight × value
 * @internal
 */
export function speakerScore(features: SpeakerFeatures, model: SpeakerModel): number {
  let s = 0;
  SPEAKER_FEATURES.forEach((f, k) => {
    const v = features[f];
    if (v !== undefined) s += v * (model.weights[k] ?? 0);
  });
  return s;
}

/**
 * The best of some candidates, or undefined when none outscores the "no speaker" choice by more than the
 * model's margin (fitted so that attributed quotes stay precise). Ties
 * between candidates go to the first (the order they were proposed in), so the choice is deterministic.
 * @param candidates - the candidates with their features
 * @param none - the features of the "no speaker" choice
 * @param model - the weights
 * @returns the chosen candidate, or undefined
 * @internal
 */
export function chooseSpeaker<C extends { readonly features: SpeakerFeatures }>(
  candidates: readonly C[],
  none: SpeakerFeatures,
  model: SpeakerModel,
): C | undefined {
  let best: C | undefined;
  let bestScore = speakerScore(none, model) + (model.margin ?? 0);
  for (const c of candidates) {
    const s = speakerScore(c.features, model);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}
