import { readdirSync, readFileSync } from 'node:fs';
import { drain } from '../../src/util/steps.js';
import { describe, expect, it } from 'vitest';
import { resolveActors } from '../../src/actors/index.js';
import { readCorpus } from '../../src/document/read.js';
import { findQuotes } from '../../src/quotes/index.js';
import { groupStories } from '../../src/stories/index.js';
import { dateFactor, dayOf, LINK_PARAMS, storyLinks } from '../../src/stories/links.js';
import { storyVectors, type StoryVectors } from '../../src/stories/vectors.js';
import type { ArticleInput } from '../../src/types.js';
import { ARTICLES } from './fixtures.js';

function vectors(inputs: readonly ArticleInput[]): StoryVectors {
  const c = readCorpus(inputs);
  return drain(
    storyVectors(
      c,
      resolveActors(
        c,
        findQuotes(c).map((m) => m.ranges),
      ).names,
    ),
  );
}

describe('dayOf', () => {
  it.each([
    ['2025-03-06', 20153],
    ['2025-03-06T23:30:00Z', 20153],
    ['Thu, 06 Mar 2025 10:00:00 GMT', 20153],
    ['last Thursday', NaN],
    [undefined, NaN],
  ])('reads %s as day %s', (given, day) => {
    expect(dayOf(given)).toBe(day);
  });
});

describe('dateFactor', () => {
  it.each([
    [0, 0, 1],
    [0, 3, 1],
    [0, 6, 0.5],
    [30, 0, 0.1],
    [NaN, 40, 1],
  ])('days %s and %s give a factor of %s', (a, b, f) => {
    expect(dateFactor(a, b, 3)).toBeCloseTo(f, 10);
    expect(dateFactor(b, a, 3)).toBe(dateFactor(a, b, 3));
  });
});

describe('storyLinks', () => {
  const v = vectors(ARTICLES);
  const rank = Int32Array.from(
    ARTICLES.map((a) =>
      ARTICLES.map((b) => b.id)
        .sort()
        .indexOf(a.id),
    ),
  );
  const days = ARTICLES.map(() => NaN);

  it('links every pair of documents of one event, and none across events', () => {
    const links = drain(storyLinks(v, days, rank));
    for (const l of links) expect(ARTICLES[l.a]?.id.split('-')[0]).toBe(ARTICLES[l.b]?.id.split('-')[0]);
    expect(links.length).toBeGreaterThanOrEqual(4);
  });

  it('proposes no pair through a word more documents share than the cap allows, but its neighbours in id order', () => {
    // With a cap of 1 every shared word is common: without neighbours nothing is compared, and nothing linked.
    expect(drain(storyLinks(v, days, rank, { ...LINK_PARAMS, maxCandidateDf: 1, commonNeighbours: 0 }))).toEqual([]);
    expect(drain(storyLinks(v, days, rank, { ...LINK_PARAMS, maxCandidateDf: 1, commonNeighbours: 1 })).length).toBeGreaterThan(0);
  });

  it('compares each document with at most maxCandidates others', () => {
    // One candidate each: the nearest still joins its story when close enough.
    const one = drain(storyLinks(v, days, rank, { ...LINK_PARAMS, maxCandidates: 1 }));
    expect(one.length).toBeGreaterThan(0);
    expect(one.length).toBeLessThanOrEqual(ARTICLES.length);
  });

  it('links a document to its nearest one above minNearestSimilarity even below minSimilarity', () => {
    const strict = { ...LINK_PARAMS, minSimilarity: 1 };
    expect(drain(storyLinks(v, days, rank, { ...strict, minNearestSimilarity: 1 }))).toEqual([]);
    expect(drain(storyLinks(v, days, rank, { ...strict, minNearestSimilarity: 0.05 })).length).toBeGreaterThan(0);
  });
});

describe('many copies of one article (every word in more documents than the cap)', () => {
  const base = ARTICLES[0]!;
  it.each([
    ['identical copies', (_i: number) => base.text],
    ['copies each with a word of its own', (i: number) => `${base.text} Reported by desk ${i}x${i}.`],
  ])('%s are one story', (_what, text) => {
    const copies = Array.from({ length: LINK_PARAMS.maxCandidateDf + 16 }, (_, i) => ({
      id: `c${String(i).padStart(3, '0')}`,
      text: text(i),
    }));
    const c = readCorpus(copies);
    const names = resolveActors(
      c,
      findQuotes(c).map((m) => m.ranges),
    ).names;
    expect(groupStories(c, names, { mode: 'auto' }).stories).toHaveLength(1);
  });
});

describe('five articles on one event', () => {
  it('the example corpus (five outlets on one visit) is one story', () => {
    const dir = new URL('../../examples/corpus/', import.meta.url);
    const inputs = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ id: f.replace(/\.txt$/u, ''), text: readFileSync(new URL(f, dir), 'utf8') }));
    const c = readCorpus(inputs);
    const names = resolveActors(
      c,
      findQuotes(c).map((m) => m.ranges),
    ).names;
    expect(groupStories(c, names, { mode: 'auto' }).stories.map((s) => s.docIds.length)).toEqual([5]);
  });
});
