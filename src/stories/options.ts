import { describeType, NarrativeDiffError } from '../errors.js';

/** `options.stories` checked: by similarity, all in one, or the caller's story id per document id. @internal */
export type ResolvedStoriesOption =
  { readonly mode: 'auto' } | { readonly mode: 'one' } | { readonly mode: 'given'; readonly storyOf: ReadonlyMap<string, string> };

/** The default documented on `StoriesOption`. @internal */
export const STORIES_DEFAULT: ResolvedStoriesOption = { mode: 'auto' };

const EXPECTED = `'auto', 'one', or an object mapping each document id to a story id`;

/**
 * Checks `options.stories` and fills in the default. Whether a map names every document, and only
 * documents, is checked against the inputs by {@link checkGivenStories}.
 *
 * @param value - what the caller passed
 * @returns the resolved option
 * @throws {NarrativeDiffError} `INVALID_OPTION` saying what was expected and what was found
 * @example
 * ```ts
 * resolveStoriesOption(undefined); //=> { mode: 'auto' }
 * resolveStoriesOption({ a: 'x', b: 'x' }).mode; //=> 'given'
 * resolveStoriesOption('all'); // throws: options.stories must be 'auto', 'one', or an object …, found "all"
 * ```
 * @internal
 */
export function resolveStoriesOption(value: unknown): ResolvedStoriesOption {
  if (value === undefined || value === 'auto') return STORIES_DEFAULT;
  if (value === 'one') return { mode: 'one' };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const found = typeof value === 'string' ? JSON.stringify(value) : describeType(value);
    throw new NarrativeDiffError('INVALID_OPTION', `options.stories must be ${EXPECTED}, found ${found}`);
  }
  const storyOf = new Map<string, string>();
  for (const [docId, story] of Object.entries(value)) {
    if (typeof story !== 'string' || story.trim() === '') {
      const found = typeof story === 'string' ? JSON.stringify(story) : describeType(story);
      throw new NarrativeDiffError(
        'INVALID_OPTION',
        `options.stories[${JSON.stringify(docId)}] must be a non-empty story id (a string), found ${found}`,
      );
    }
    storyOf.set(docId, story);
  }
  return { mode: 'given', storyOf };
}

/**
 * Checks a caller's map of stories against the documents: every document needs a story, and every key must
 * be a document's id (a key that names no document is most likely a misspelt one).
 *
 * @param ids - the documents' ids, in input order
 * @param storyOf - the caller's story id per document id
 * @throws {NarrativeDiffError} `INVALID_OPTION` naming the first document without a story, or the first key
 *   that names no document
 * @internal
 */
export function checkGivenStories(ids: readonly string[], storyOf: ReadonlyMap<string, string>): void {
  const known = new Set(ids);
  for (const id of ids) {
    if (!storyOf.has(id)) {
      throw new NarrativeDiffError(
        'INVALID_OPTION',
        `options.stories must give every document a story id, found none for document ${JSON.stringify(id)}`,
      );
    }
  }
  for (const key of storyOf.keys()) {
    if (!known.has(key)) {
      throw new NarrativeDiffError(
        'INVALID_OPTION',
        `options.stories must map document ids to story ids, found ${JSON.stringify(key)}, which is no document's id`,
      );
    }
  }
}
