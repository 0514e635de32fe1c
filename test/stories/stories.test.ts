import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveActors } from '../../src/actors/index.js';
import { analyze } from '../../src/analyze.js';
import { readCorpus } from '../../src/document/read.js';
import { findQuotes } from '../../src/quotes/index.js';
import { groupStories, resolveStoriesOption } from '../../src/stories/index.js';
import type { ArticleInput, Story } from '../../src/types.js';
import { corpus } from '../helpers/generators.js';
import { ARTICLES, EVENT_OF } from './fixtures.js';

/** The stories stage alone, as analyze runs it (document, quote marks, actors, stories). */
function stories(inputs: readonly ArticleInput[], option?: unknown): readonly Story[] {
  const c = readCorpus(inputs);
  const actors = resolveActors(
    c,
    findQuotes(c).map((m) => m.ranges),
  );
  return groupStories(c, actors.names, resolveStoriesOption(option)).stories;
}

/** Stories as sets of document ids, with ids, in a form that does not depend on input order. */
const asSets = (list: readonly Story[]): string[] => list.map((s) => `${s.id}: ${[...s.docIds].sort().join(' ')}`);

describe('stories (auto)', () => {
  const list = stories(ARTICLES);

  it.each(Object.entries(EVENT_OF))('puts %s with the other articles of its event (%s), and no other', (id, event) => {
    const story = list.find((s) => s.docIds.includes(id));
    expect(story?.docIds.map((d) => EVENT_OF[d])).toEqual(story?.docIds.map(() => event));
    expect(story?.docIds.length).toBe(Object.values(EVENT_OF).filter((e) => e === event).length);
  });

  it('numbers the stories in order of their smallest document id, their documents in input order', () => {
    expect(list.map((s) => [s.id, s.docIds])).toEqual([
      ['s1', ['bank-wire', 'bank-herald']],
      ['s2', ['bridge-wire', 'bridge-daily', 'bridge-radio']],
      ['s3', ['final-sport', 'final-daily']],
      ['s4', ['orchid-show']],
    ]);
  });

  it.each([
    ['s1', 'rate', 'Petra Lindqvist'],
    ['s2', 'bridge', 'Ilsa Brandt'],
    ['s3', 'striker', 'Tomas Vell'],
  ])('describes %s by its terms ("%s") and names (%s)', (id, term, name) => {
    const s = list.find((x) => x.id === id);
    expect(s?.terms).toContain(term);
    expect(s?.terms.length).toBeLessThanOrEqual(8);
    expect(s?.names).toContain(name);
    expect(s?.names.length).toBeLessThanOrEqual(4);
  });

  it.each([
    ['no documents', [], []],
    ['one empty document', [{ id: 'a', text: '' }], ['s1: a']],
    [
      'two empty documents (nothing to link them)',
      [
        { id: 'b', text: '' },
        { id: 'a', text: '' },
      ],
      ['s1: a', 's2: b'],
    ],
    ['identical copies', [ARTICLES[0]!, { ...ARTICLES[0]!, id: 'copy' }], ['s1: bridge-wire copy']],
  ] as const)('handles %s', (_what, inputs, expected) => {
    expect(asSets(stories(inputs))).toEqual(expected);
  });
});

describe('stories and publication dates', () => {
  const bank = ARTICLES.filter((a) => a.id.startsWith('bank'));
  it.each([
    ['the same day', '2025-03-06', '2025-03-06', 1],
    ['two days apart', '2025-03-06', '2025-03-08', 1],
    ['an unreadable date (ignored)', '2025-03-06', 'last Thursday', 1],
    ['four months apart (a later decision)', '2025-03-06', '2025-07-03', 2],
  ])('two articles on a rate rise published %s (%s, %s) make %i story/stories', (_what, a, b, count) => {
    const dated = [
      { ...bank[0]!, publishedAt: a },
      { ...bank[1]!, publishedAt: b },
    ];
    expect(stories(dated)).toHaveLength(count);
  });
});

describe('stories are independent of input order', () => {
  it('on the fixture articles, shuffled (property)', () => {
    const expected = asSets(stories(ARTICLES));
    fc.assert(
      fc.property(fc.shuffledSubarray([...ARTICLES], { minLength: ARTICLES.length, maxLength: ARTICLES.length }), (order) => {
        expect(asSets(stories(order))).toEqual(expected);
      }),
      { seed: 16, numRuns: 30 },
    );
  });

  it('on generated corpora, reversed (property)', () => {
    fc.assert(
      fc.property(corpus(5), (docs) => {
        const given = stories(docs);
        expect(asSets(stories([...docs].reverse()))).toEqual(asSets(given));
        // Terms and names too: they are sums over the story's documents, ranked the same way whatever the order.
        const described = (l: readonly Story[]): string[] => l.map((s) => `${s.id} ${s.terms.join(',')} ${s.names.join(',')}`);
        expect(described(stories([...docs].reverse()))).toEqual(described(given));
      }),
      { seed: 17, numRuns: 60 },
    );
  });
});

describe('options.stories', () => {
  it("'one' puts every document in one story", () => {
    expect(asSets(stories(ARTICLES, 'one'))).toEqual([
      `s1: ${ARTICLES.map((a) => a.id)
        .sort()
        .join(' ')}`,
    ]);
  });

  it("'auto' is the default", () => {
    expect(asSets(stories(ARTICLES, 'auto'))).toEqual(asSets(stories(ARTICLES)));
  });

  it('a map of story ids keeps the caller ids, stories in order of their smallest document id', () => {
    const map = { 'bridge-wire': 'z', 'bridge-daily': 'z', 'bridge-radio': 'y', 'bank-wire': 'z', 'bank-herald': 'x' };
    const five = ARTICLES.filter((a) => a.id in map);
    expect(stories(five, map).map((s) => [s.id, s.docIds])).toEqual([
      ['x', ['bank-herald']],
      ['z', ['bridge-wire', 'bridge-daily', 'bank-wire']],
      ['y', ['bridge-radio']],
    ]);
  });

  it('reaches the report through analyze', async () => {
    const report = await analyze(ARTICLES.slice(0, 2), { stories: { 'bridge-wire': 'mine', 'bridge-daily': 'yours' } });
    // bridge-daily's story first: its smallest id sorts before bridge-wire.
    expect(report.stories.map((s) => [s.id, s.docIds])).toEqual([
      ['yours', ['bridge-daily']],
      ['mine', ['bridge-wire']],
    ]);
  });

  it.each([
    [
      'a word it does not know',
      'all',
      `options.stories must be 'auto', 'one', or an object mapping each document id to a story id, found "all"`,
    ],
    ['a number', 3, 'found number'],
    ['an array', ['a'], 'found array'],
    ['null', null, 'found null'],
    ['an empty story id', { a: '' }, 'options.stories["a"] must be a non-empty story id (a string), found ""'],
    ['a story id that is not a string', { a: 7 }, 'options.stories["a"] must be a non-empty story id (a string), found number'],
  ])('throws INVALID_OPTION for %s', async (_what, value, message) => {
    await expect(analyze([{ id: 'a', text: 'x' }], { stories: value as never })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      message: expect.stringContaining(message),
    });
  });

  it.each([
    ['a document without a story', { a: 's' }, 'options.stories must give every document a story id, found none for document "b"'],
    ['a key that names no document', { a: 's', b: 's', c: 't' }, 'found "c", which is no document\'s id'],
  ])('throws INVALID_OPTION for %s', async (_what, value, message) => {
    const inputs = [
      { id: 'a', text: 'One.' },
      { id: 'b', text: 'Two.' },
    ];
    await expect(analyze(inputs, { stories: value })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      message: expect.stringContaining(message),
    });
  });
});
