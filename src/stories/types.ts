/**
 * How `analyze` groups the documents into stories (`options.stories`):
 * - `'auto'` (the default): by document similarity — IDF-weighted content words, the people and states
 *   named, shared word runs, and publication dates when given;
 * - `'one'`: every document in one story;
 * - an object mapping every document id to a story id of your own (`{ a: 'summit', b: 'summit', c: 'strike' }`).
 */
export type StoriesOption = 'auto' | 'one' | Readonly<Record<string, string>>;

/** One story: the documents about one event or development. */
export interface Story {
  /** `s1`, `s2`, … in order of each story's smallest document id (code-unit order), or the caller's own story id. */
  readonly id: string;
  /** Its documents' ids, in input order. */
  readonly docIds: readonly string[];
  /** The content words that weigh most in it (match keys: folded, lemmatized), heaviest first; at most 8. */
  readonly terms: readonly string[];
  /** The people and states it names most, weighed by how rare they are in the corpus; at most 4. */
  readonly names: readonly string[];
}

/**
 * What the stories stage hands the stages after it: the stories and, per document (by input position),
 * the index of its story in `stories`, so that a later stage can keep its work inside one story.
 * @internal
 */
export interface StoryAssignment {
  /** The stories, in order of their smallest document id (code-unit order). */
  readonly stories: readonly Story[];
  /** Per document, by input position: index of its story in `stories`. */
  readonly storyOf: Int32Array;
}
