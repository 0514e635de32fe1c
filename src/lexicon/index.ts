/**
 * The word lists of every stage, each a versioned data file in `data/` (with a `version` and a `source`
 * saying where it came from) read by one loader per concept:
 *
 * - `attribution.ts` — `data/attribution-verbs.json`: attribution verbs, cue nouns and cue phrases; views
 *   for quote cues, the framing lexicon, indirect speech and source credits.
 * - `modifiers.ts` — `data/hedges-intensifiers.json`: hedges and intensifiers; views for the framing
 *   lexicon and quote clusters.
 * - `framing.ts` — `data/framing.json`: the shipped framing lexicon, with the two tables above filled in.
 * - `people.ts` — `data/people.json`, `data/pronouns.json`: pronouns, titles, roles, first names, demonyms.
 * - `sources.ts` — `data/sources.json`: news outlets, generic media, document and media nouns.
 * - `cluster-words.ts` — `data/near-synonyms.json`, `data/connotation.json` (and the two tables above):
 *   the quote-cluster stage's lexicon.
 * - `gazetteer.ts` — `data/gazetteer.json`: states and their names; organization words; place-name words.
 * - `non-speakers.ts` — `data/non-speakers.json`: time, manner and occasion words that head no speaker's phrase.
 * - `documents.ts` — `data/document-speakers.json`: document nouns that head a speaker's phrase ("the memo
 *   said") and the verbs that attribute a quote to a document only ("the memo read").
 * - `boilerplate.ts` — `data/boilerplate.json`: page-furniture patterns (document stage).
 * - `spelling.ts` — `data/spelling-variants.json`: British/American spellings (document stage).
 * - `formulas.ts` — `data/reporting-formulas.json`: reporting formulas ("did not immediately respond to a request
 *   for comment"), read by the reuse stage (`src/reuse/`).
 *   `data/quote-stock-phrases.json`: stock phrases speakers repeat ("witch hunt"), read by the quote-cluster stage.
 *
 * The document stage imports `boilerplate.ts` and `spelling.ts` directly, not through this index:
 * `cluster-words.ts` reads the document stage's match keys, and the index would make that a cycle.
 * @internal
 */
export {
  ACCORDING_TO,
  ATTRIBUTION_VERBS,
  ATTRIBUTION_VERSION,
  CREDIT_PHRASES,
  CREDIT_VERBS,
  CUE_FORMS,
  CUE_PHRASES,
  INDIRECT_SPEECH_CUES,
  NOMINAL_CUES,
  inflect,
  verbsFor,
} from './attribution.js';
export type { AttributionUse, AttributionVerb, CueInfo, CueKind, CuePhrase, PhraseUse, SpeakerPhrase } from './attribution.js';
export { CLUSTER_HEDGES, CLUSTER_INTENSIFIERS, MODIFIERS_VERSION, modifiersFor } from './modifiers.js';
export type { Modifier, ModifierKind, ModifierUse } from './modifiers.js';
export { FRAMING_LEXICON } from './framing.js';
export type { FramingWord } from './framing.js';
export { DEMONYMS, FIRST_NAMES, GENDERED_NOUNS, HONORIFICS, NON_PERSON, ORG_HEADS, PRONOUNS, ROLE_CLASSES, TITLE_WORDS } from './people.js';
export { DOCUMENT_NOUNS, GENERIC_SOURCES, MEDIA_NOUNS, OUTLET_ALIASES } from './sources.js';
export type { OutletInfo } from './sources.js';
export { clusterLexicon, nearSynonyms } from './cluster-words.js';
export type { ClusterLexicon } from './cluster-words.js';
export { GAZETTEER, isPlaceName, isStateAlias } from './gazetteer.js';
export { MANNER_WORDS, OCCASION_WORDS, TIME_MODIFIERS, TIME_WORDS } from './non-speakers.js';
export { DOCUMENT_CUES, DOCUMENT_SPEAKER_NOUNS } from './documents.js';
export type { GazetteerState } from './gazetteer.js';
export { BOILERPLATE_PATTERNS } from './boilerplate.js';
export type { BoilerplatePattern } from './boilerplate.js';
export { SPELLING_VARIANTS } from './spelling.js';
export type { SuffixRule } from './spelling.js';
export { escapeRegExp } from './regexp.js';
