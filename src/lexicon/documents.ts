import data from './data/document-speakers.json' with { type: 'json' };
import type { CueInfo } from './attribution.js';

/**
 * Documents as speakers (`data/document-speakers.json`): nouns for a text a story quotes as saying
 * something ("the statement said", "according to a report"), and the verbs that attribute words only to
 * such a text ("the memo read", "the poll found").
 * @internal
 */

/** Nouns (lower case) that head a phrase naming a document a quote may be attributed to. @internal */
export const DOCUMENT_SPEAKER_NOUNS: ReadonlySet<string> = new Set(data.nouns);

/** Verb forms (lower case) that attribute a quote to a document only ("read", "found") → lemma and kind. @internal */
export const DOCUMENT_CUES: ReadonlyMap<string, CueInfo> = new Map(
  Object.entries(data.cues).flatMap(([lemma, forms]) => forms.map((f) => [f, { lemma, kind: 'speech' }] as const)),
);
