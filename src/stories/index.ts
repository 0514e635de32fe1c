import type { NamingsByDoc } from '../actors/types.js';
import type { Corpus } from '../document/model.js';
import { idOrder } from '../util/id-order.js';
import { drain, type Steps } from '../util/steps.js';
import { describeStory } from './describe.js';
import { dayOf, storyLinks } from './links.js';
import { checkGivenStories, type ResolvedStoriesOption } from './options.js';
import type { Story, StoryAssignment } from './types.js';
import { storyVectors } from './vectors.js';
import { UnionFind } from '../util/union-find.js';

export { resolveStoriesOption, STORIES_DEFAULT, type ResolvedStoriesOption } from './options.js';
export type { Story, StoryAssignment, StoriesOption } from './types.js';

/** The connected parts of the documents joined by `links`: each document's root, the one of lowest id rank in its part. */
function components(n: number, links: readonly { a: number; b: number }[], rank: Int32Array): Int32Array {
  const sets = new UnionFind(n, rank);
  for (const { a, b } of links) sets.union(a, b);
  return sets.roots();
}

/**
 * The stories stage: groups the documents into stories, one event or development each.
 *
 * - `auto` (the default): each document is a vector of its content words (match keys of nouns, proper
 *   nouns, verbs and adjectives) and the people and states it names, weighted by IDF (see `vectors.ts`);
 *   documents whose cosine, lowered when their publication dates are more than a few days apart, reaches 0.25
 *   are linked, and each document with its nearest when they reach 0.12; the pairs compared are proposed by
 *   shared features (all documents of a rare one, neighbours in id order of a common one; see `links.ts`); a
 *   story is a connected group of links (single link).
 * - `one`: every document in one story; `given`: the caller's story id per document.
 *
 * Stories are numbered `s1`, `s2`, … in order of their smallest document id (the caller's ids are kept), so the
 * same documents in any order give the same stories.
 *
 * @param corpus - the documents
 * @param names - per document, the states and persons it names (the actors stage's `names`)
 * @param option - the resolved `options.stories`
 * @returns the stories and, per document, the index of its story
 * @throws {NarrativeDiffError} `INVALID_OPTION` when a map of story ids leaves a document out or names no document
 * @example
 * ```ts
 * const corpus = readCorpus([{ id: 'a', text: 'Rain fell.' }, { id: 'b', text: 'Stocks rose.' }]);
 * groupStories(corpus, [[], []], { mode: 'one' }).stories.map((s) => s.docIds); //=> [['a', 'b']]
 * ```
 * @internal
 */
export function groupStories(corpus: Corpus, names: NamingsByDoc, option: ResolvedStoriesOption): StoryAssignment {
  return drain(storySteps(corpus, names, option));
}

/**
 * {@link groupStories} as {@link Steps}: the same work, pausing between its parts and stories, so that `analyze`
 * can hand the event loop back.
 * @internal
 */
export function* storySteps(corpus: Corpus, names: NamingsByDoc, option: ResolvedStoriesOption): Steps<StoryAssignment> {
  const docs = corpus.docs;
  const n = docs.length;
  const order = idOrder(docs);
  const rank = new Int32Array(n);
  order.forEach((d, r) => (rank[d] = r));
  const vectors = yield* storyVectors(corpus, names);
  yield;
  // Per document, the key of its story: a representative document (auto, one) or the caller's id.
  let keyOf: (d: number) => string;
  if (option.mode === 'given') {
    checkGivenStories(
      docs.map((d) => d.id),
      option.storyOf,
    );
    keyOf = (d) => option.storyOf.get(docs[d]?.id ?? '') ?? '';
  } else if (option.mode === 'one') {
    keyOf = () => '';
  } else {
    const links = yield* storyLinks(
      vectors,
      docs.map((d) => dayOf(d.publishedAt)),
      rank,
    );
    const roots = components(n, links, rank);
    keyOf = (d) => String(roots[d] ?? d);
  }
  yield;
  // Stories in order of their smallest document id: walk the documents in id order.
  const indexOf = new Map<string, number>();
  const members: number[][] = [];
  const storyOf = new Int32Array(n);
  for (const d of order) {
    const key = keyOf(d);
    let s = indexOf.get(key);
    if (s === undefined) {
      s = members.length;
      indexOf.set(key, s);
      members.push([]);
    }
    members[s]?.push(d);
    storyOf[d] = s;
  }
  const stories: Story[] = [];
  for (const [s, m] of members.entries()) {
    const inInput = [...m].sort((x, y) => x - y);
    const first = m[0] ?? 0;
    stories.push({
      id: option.mode === 'given' ? keyOf(first) : `s${s + 1}`,
      docIds: inInput.map((d) => docs[d]?.id ?? ''),
      ...describeStory(vectors, inInput),
    });
    yield;
  }
  return { stories, storyOf };
}
