import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { openCorpus, type Corpus } from '../../src/corpus/index.js';
import { loadDuckDB } from '../../src/corpus/db.js';
import { NarrativeDiffError } from '../../src/errors.js';
import { ARTICLES, LATE_FERRY } from './articles.js';

const dir = mkdtempSync(join(tmpdir(), 'nd-corpus-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => join(dir, `index-${++n}.duckdb`);

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
}

async function codeOf(work: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await work();
  } catch (e) {
    if (e instanceof NarrativeDiffError) return e.code;
    throw e;
  }
  return undefined;
}

describe('openCorpus', () => {
  it('groups articles that share wire copy into stories, numbered by their oldest article', async () => {
    const corpus = await openCorpus(fresh(), { batchSize: 3 });
    const added = await corpus.add(ARTICLES);
    expect(added.documents).toBe(4);
    expect(added.batches.map((b) => b.documents)).toEqual([3, 1]);
    const stories = await corpus.stories();
    expect(stories.map((s) => [s.id, s.documents, s.firstDocId])).toEqual([
      ['s1', 2, 'ferry-wire'],
      ['s3', 2, 'rates-wire'],
    ]);
    expect(stories[1]).toMatchObject({ firstDay: '2026-11-05', lastDay: '2026-11-06' });
    await corpus.close();
  });

  it('adds later articles incrementally: only pairs with a new article are counted, the story grows', async () => {
    const path = fresh();
    const first = await openCorpus(path);
    await first.add(ARTICLES);
    await first.close();
    const corpus = await openCorpus(path);
    expect(corpus.documents).toBe(4);
    const more = await corpus.add([LATE_FERRY]);
    // The new article shares the ferry copy with two old ones: two pairs, none among the old articles.
    expect(more.pairs).toBe(2);
    expect(more.stories).toBe(1);
    const s1 = (await corpus.stories())[0];
    expect(s1).toMatchObject({ id: 's1', documents: 3, lastDay: '2026-12-02', updatedBatch: 2 });
    await corpus.close();
  });

  it('reports a story with analyze over its articles, keeps it, and makes it again once the story grows', async () => {
    const corpus = await openCorpus(fresh());
    await corpus.add(ARTICLES);
    const [made] = await all(corpus.report({ story: 's1' }));
    expect(made?.cached).toBe(false);
    const direct = await analyze(ARTICLES.slice(0, 2), { stories: { 'ferry-wire': 's1', 'ferry-daily': 's1' } });
    expect(made?.report).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(made?.report.stories.map((s) => s.id)).toEqual(['s1']);
    expect(made?.report.alignments.length).toBeGreaterThan(0);
    const [again] = await all(corpus.report({ story: 's1' }));
    expect(again?.cached).toBe(true);
    await corpus.add([LATE_FERRY]);
    const [grown] = await all(corpus.report({ story: 's1' }));
    expect(grown?.cached).toBe(false);
    expect(grown?.report.documents.map((d) => d.id)).toEqual(['ferry-wire', 'ferry-daily', 'ferry-late']);
    // The report's one story carries the corpus story's id.
    const [rates] = await all(corpus.report({ story: 's3' }));
    expect(rates?.report.stories.map((s) => [s.id, s.docIds])).toEqual([['s3', ['rates-wire', 'rates-weekly']]]);
    // --since: only the stories with an article of that day or later.
    expect((await all(corpus.report({ since: '2026-12-01' }))).map((r) => r.story.id)).toEqual(['s1']);
    expect((await all(corpus.report({ since: '2026-11-01' }))).map((r) => r.story.id)).toEqual(['s1', 's3']);
    await corpus.close();
  });

  it('gives the same stories whatever the batches, and takes articles from an async iterable', async () => {
    const everything = [...ARTICLES, LATE_FERRY];
    async function* slowly(): AsyncGenerator<(typeof everything)[number]> {
      for (const a of everything) yield await Promise.resolve(a);
    }
    const one = await openCorpus(fresh(), { batchSize: 1 });
    const byOne = await one.add(slowly());
    const all5 = await openCorpus(fresh(), { batchSize: 5 });
    const byFive = await all5.add(everything);
    expect(byOne.batches).toHaveLength(5);
    expect(byOne.pairs).toBe(byFive.pairs);
    expect(await one.stories()).toEqual((await all5.stories()).map((s) => ({ ...s, updatedBatch: expect.any(Number) as number })));
    await one.close();
    await all5.close();
  });

  it('gives the same index with batches read in worker threads as in the calling thread', async () => {
    const everything = [...ARTICLES, LATE_FERRY];
    const here = await openCorpus(fresh(), { batchSize: 2, workers: 0 });
    const threads = await openCorpus(fresh(), { batchSize: 2, workers: 2 });
    const a = await here.add(everything);
    const b = await threads.add(everything);
    const counts = (r: typeof a): unknown => r.batches.map((x) => [x.documents, x.shingles, x.pairs, x.capped]);
    expect(counts(b)).toEqual(counts(a));
    expect(await threads.stories()).toEqual(await here.stories());
    await here.close();
    await threads.close();
  });

  it('indexes the batches before one with an id seen in an earlier batch of the same add, read ahead or not', async () => {
    for (const workers of [0, 2]) {
      const corpus = await openCorpus(fresh(), { batchSize: 2, workers });
      const [a, b, c] = ARTICLES;
      const e = await codeOf(() => corpus.add([a!, b!, c!, { ...a!, text: 'Another text under the same id.' }]));
      expect(e).toBe('DUPLICATE_ID');
      expect(corpus.documents).toBe(2);
      await corpus.close();
    }
  });

  it('leaves the index as it was when a batch fails midway, and goes on from there', async () => {
    const corpus = await openCorpus(fresh(), { batchSize: 2 });
    await corpus.add(ARTICLES.slice(0, 2));
    // Valid when checked, then unreadable: the batch fails after its first rows were written.
    let reads = 0;
    const flaky = {
      id: 'flaky',
      get text(): string {
        if (++reads > 1) throw new Error('the disk went away');
        return 'A text that can be read once.';
      },
    };
    await expect(corpus.add([ARTICLES[2]!, flaky])).rejects.toThrow('the disk went away');
    expect(corpus.documents).toBe(2);
    expect((await corpus.stories()).map((s) => s.documents)).toEqual([2]);
    const added = await corpus.add(ARTICLES.slice(2));
    expect(added.documents).toBe(2);
    expect((await corpus.stories()).map((s) => [s.id, s.documents])).toEqual([
      ['s1', 2],
      ['s3', 2],
    ]);
    await corpus.close();
  });

  it('lists the stories that share text with a story below the story threshold', async () => {
    const corpus = await openCorpus(fresh(), { storyShare: 0.95 });
    await corpus.add(ARTICLES);
    // Half shared is not enough here: every article is a story of its own, the ferry pair still shares its copy.
    expect((await corpus.stories()).map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
    const related = await corpus.related('s1');
    expect(related.map((r) => [r.id, r.pairs])).toEqual([['s2', 1]]);
    expect(related[0]?.shared).toBeGreaterThan(20);
    expect(await corpus.related('s3', 5)).toMatchObject([{ id: 's4', pairs: 1 }]);
    expect(await codeOf(() => corpus.related('story-1'))).toBe('INVALID_ARGUMENT');
    await corpus.close();
  });

  it('caps a shingle at an absolute number of documents and skips it from then on', async () => {
    const corpus = await openCorpus(fresh(), { maxShingleDocuments: 2, storyMinSharedSeeds: 1, storyShare: 0 });
    const added = await corpus.add([...ARTICLES.slice(0, 2), LATE_FERRY]);
    // The ferry copy is in three articles, over the cap of two: none of its shingles links them.
    expect(added.batches[0]?.capped).toBeGreaterThan(10);
    expect((await corpus.stories()).map((s) => s.documents)).toEqual([1, 1, 1]);
    await corpus.close();
  });

  it('refuses an id already in the index, a file that is not an index, and other settings than it was created with', async () => {
    const path = fresh();
    let corpus: Corpus = await openCorpus(path);
    await corpus.add(ARTICLES.slice(0, 1));
    expect(await codeOf(() => corpus.add(ARTICLES.slice(0, 1)))).toBe('DUPLICATE_ID');
    expect(await codeOf(() => corpus.add([{ id: 'x', text: 1 as unknown as string }]))).toBe('INVALID_TEXT');
    expect(await all(corpus.report({ since: '2000-01-01' }))).toHaveLength(1);
    expect(await codeOf(() => all(corpus.report({ story: 's9' })))).toBe('INVALID_ARGUMENT');
    expect(await codeOf(() => all(corpus.report({ since: 'yesterday-ish' })))).toBe('INVALID_ARGUMENT');
    await corpus.close();
    expect(await codeOf(() => openCorpus(path, { maxShingleDocuments: 50 }))).toBe('CORPUS_INDEX');
    corpus = await openCorpus(path, { maxShingleDocuments: 100 });
    expect(corpus.documents).toBe(1);
    await corpus.close();
    const text = join(dir, 'not-an-index.duckdb');
    writeFileSync(text, 'plain text, not a database\n');
    expect(await codeOf(() => openCorpus(text))).toBe('CORPUS_INDEX');
    expect(await codeOf(() => openCorpus(fresh(), { maxShingleDocuments: 1 }))).toBe('INVALID_OPTION');
  });

  it('refuses an option it does not know, naming the one meant', async () => {
    const e = await openCorpus(fresh(), { wrokers: 2 } as never).catch((x: unknown) => x);
    expect((e as NarrativeDiffError).code).toBe('INVALID_OPTION');
    expect((e as Error).message).toContain('did you mean "workers"');
    expect(await codeOf(() => openCorpus(fresh(), { workers: -1 }))).toBe('INVALID_OPTION');
  });

  it('tells the user to install @duckdb/node-api when it is missing', async () => {
    const e = await loadDuckDB('@duckdb/not-installed-here').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NarrativeDiffError);
    expect((e as NarrativeDiffError).code).toBe('MISSING_DEPENDENCY');
    expect((e as Error).message).toContain('npm install @duckdb/not-installed-here');
  });
});
