// narrative-diff/corpus: an index on disk that grows day by day, stories across it, and a report per story.
// A separate entry so that `narrative-diff` stays free of native modules: DuckDB (@duckdb/node-api, an
// optional dependency) is loaded when an index is opened. See README.md beside this file.
import { validateInputs } from '../document/inputs.js';
import { NarrativeDiffError } from '../errors.js';
import type { AnalyzeOptions, ArticleInput } from '../types.js';
import { availableParallelism } from 'node:os';
import { Run } from '../progress.js';
import { WorkerPool, worthThreads } from '../workers/pool.js';
import { addBatch, count, SCRATCH, type SeedsOf } from './add.js';
import { batchSeeds } from './seeds.js';
import { Db } from './db.js';
import { INDEX_DEFAULTS, resolveCorpusOptions, type CorpusOptions, type IndexSettings } from './options.js';
import { listStories, relatedStories, sinceDay, storyNumber, storyReport } from './report.js';
import { LAYOUT_VERSION, TABLES } from './schema.js';
import { StoryMap, storyLinks } from './stories.js';
import type { BatchStats, CorpusStory, RelatedStory, StoryReport } from './types.js';

export type { CorpusOptions, IndexSettings } from './options.js';
export type { BatchStats, CorpusStory, RelatedStory, StoryReport } from './types.js';

/** What one call of {@link Corpus.add} did. */
export interface AddResult {
  /** Documents added. */
  readonly documents: number;
  /** Candidate pairs found (each with at least one new document). */
  readonly pairs: number;
  /** Stories that gained documents (new stories included). */
  readonly stories: number;
  /** Per batch, counts and stage times. */
  readonly batches: readonly BatchStats[];
}

/** Which stories {@link Corpus.report} reports: one by id, or every story with a document of that day or later. */
export type StorySelector = { readonly story: string } | { readonly since: string };

/** An open corpus index. Close it when done: the file is locked while it is open. */
export interface Corpus {
  /** The index file. */
  readonly path: string;
  /** The settings the index was created with (fixed for its life). */
  readonly settings: Readonly<IndexSettings>;
  /** Documents in the index. */
  readonly documents: number;
  /**
   * Adds articles: each is read once, its seed shingles are joined against the index, and it joins (or merges)
   * stories; pairs of articles already indexed are never redone. Batches of `batchSize` are each one transaction.
   *
   * @param inputs - articles with ids not yet in the index (an array, or any iterable, also async, to stream them)
   * @param onBatch - called after each batch
   * @throws {NarrativeDiffError} `DUPLICATE_ID` for an id already in the index or given twice, and what `analyze` throws for a malformed input
   */
  add(inputs: Iterable<ArticleInput> | AsyncIterable<ArticleInput>, onBatch?: (stats: BatchStats) => void): Promise<AddResult>;
  /** The stories, in order of their oldest document. */
  stories(): Promise<CorpusStory[]>;
  /**
   * Reports per story, one at a time (a large selection never sits in memory at once): `analyze` over each
   * story's documents, kept in the index and made again only when the story gained documents.
   *
   * @throws {NarrativeDiffError} `INVALID_ARGUMENT` for a story id not in the index or a date that does not parse
   */
  report(selector: StorySelector): AsyncGenerator<StoryReport, void, undefined>;
  /**
   * The stories that share text with a story without being linked to it (a borrowed paragraph, a common quote),
   * most shared first: reuse across stories, which the story's own report does not show.
   *
   * @param storyId - a story's id
   * @param limit - the most stories returned
   * @default limit 20
   * @throws {NarrativeDiffError} `INVALID_ARGUMENT` for a story id not in the index
   */
  related(storyId: string, limit?: number): Promise<RelatedStory[]>;
  /** Closes the index. */
  close(): Promise<void>;
}

/**
 * Creates the tables of a new index and its settings, or checks an existing one: its layout version, and that the
 * settings given (if any) are those it was created with.
 * @returns the index's settings
 */
async function checkLayout(db: Db, path: string, given: Partial<IndexSettings>): Promise<IndexSettings> {
  const tables = (await db.rows(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'`)).map((r) =>
    String(r.table_name),
  );
  if (tables.length > 0 && !tables.includes('meta')) {
    throw new NarrativeDiffError('CORPUS_INDEX', `${path}: expected a narrative-diff corpus index, found a DuckDB file with other tables`);
  }
  for (const sql of TABLES) await db.run(sql);
  const meta = new Map((await db.rows('SELECT key, value FROM meta')).map((r) => [String(r.key), String(r.value)]));
  if (meta.size === 0) {
    const settings = { ...INDEX_DEFAULTS, ...given };
    await db.run(`INSERT INTO meta VALUES ('layout', $1), ('settings', $2)`, [LAYOUT_VERSION, JSON.stringify(settings)]);
    return settings;
  }
  if (meta.get('layout') !== LAYOUT_VERSION) {
    throw new NarrativeDiffError(
      'CORPUS_INDEX',
      `${path}: expected an index of layout ${LAYOUT_VERSION}, found layout ${meta.get('layout') ?? 'none'}`,
    );
  }
  const settings = JSON.parse(meta.get('settings') ?? '{}') as IndexSettings;
  for (const [key, value] of Object.entries(given)) {
    if (settings[key as keyof IndexSettings] !== value) {
      throw new NarrativeDiffError(
        'CORPUS_INDEX',
        `${path}: was created with ${key} ${settings[key as keyof IndexSettings]}, found ${value}; an index keeps the settings it was created with`,
      );
    }
  }
  return settings;
}

/** Batches of `size` from any iterable, also async. */
async function* batches<T>(items: Iterable<T> | AsyncIterable<T>, size: number): AsyncGenerator<T[], void, undefined> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

class CorpusIndex implements Corpus {
  constructor(
    readonly path: string,
    private readonly db: Db,
    readonly settings: IndexSettings,
    private readonly ids: Set<string>,
    private storyMap: StoryMap,
    private batch: number,
    private readonly batchSize: number,
    private readonly analyzeOptions: AnalyzeOptions,
    private readonly workers: number | undefined,
  ) {}

  /** Threads that read batches, started by the first batch that uses them and ended by {@link close}. */
  private pool: WorkerPool | undefined;

  /**
   * Reads a batch for its seeds: in the index's threads (as many as `workers` says; left out, one per core for a batch
   * large enough to be worth sending, as `analyze` decides), or in this thread.
   */
  private seedsOf(): SeedsOf {
    const cores = availableParallelism();
    const workers = this.workers ?? (cores > 1 ? cores : 0);
    if (workers === 0) return batchSeeds;
    return async (inputs) => {
      this.pool ??= new WorkerPool();
      const chars = inputs.reduce((n, x) => n + x.text.length, 0);
      if (this.workers === undefined && !worthThreads(chars, this.pool)) return batchSeeds(inputs);
      const call = this.pool.open(new Run(undefined, undefined), workers, undefined);
      try {
        return await call.seeds(inputs);
      } finally {
        call.close();
      }
    };
  }

  get documents(): number {
    return this.storyMap.documents;
  }

  async add(inputs: Iterable<ArticleInput> | AsyncIterable<ArticleInput>, onBatch?: (stats: BatchStats) => void): Promise<AddResult> {
    const all: BatchStats[] = [];
    let stories = 0;
    const seedsOf = this.seedsOf();
    // While one batch is indexed, the next is read (in the worker threads, when there are any): its inputs are checked
    // first, its ids against the index and the batch before it.
    const groups = batches(inputs, this.batchSize)[Symbol.asyncIterator]();
    const ahead = async (before: ReadonlySet<string>): Promise<{ group: ArticleInput[]; seeds: SeedsOf } | undefined> => {
      const next = await groups.next();
      if (next.done === true) return undefined;
      const group = next.value;
      validateInputs(group);
      for (const input of group) {
        if (this.ids.has(input.id) || before.has(input.id)) {
          throw new NarrativeDiffError(
            'DUPLICATE_ID',
            `${this.path}: already holds a document with id ${JSON.stringify(input.id)}; expected new ids`,
          );
        }
      }
      // Read in this thread, a batch waits for its turn; in threads, its reading starts now.
      if (seedsOf === batchSeeds) return { group, seeds: batchSeeds };
      const seeds = seedsOf(group);
      if (seeds instanceof Promise) seeds.catch(() => undefined); // awaited when its batch is indexed, or dropped when an earlier batch fails
      return { group, seeds: () => seeds };
    };
    let current = await ahead(new Set());
    while (current !== undefined) {
      const { group, seeds } = current;
      const batch = this.batch + 1;
      const first = this.storyMap.documents;
      const addedAt = new Date().toISOString();
      const following = ahead(new Set(group.map((x) => x.id)));
      following.catch(() => undefined); // thrown below, once this batch is in
      try {
        const stats = await this.db.transaction(async () => {
          const got = await addBatch(this.db, this.settings, batch, first, group, addedAt, seeds);
          stories += await this.storyMap.extend(this.db, batch, first, group.length, await storyLinks(this.db, this.settings, batch));
          return got;
        });
        this.batch = batch;
        for (const input of group) this.ids.add(input.id);
        all.push(stats);
        onBatch?.(stats);
      } catch (e) {
        // The transaction was rolled back: the stories in memory go back to what the file holds.
        this.storyMap = await StoryMap.load(this.db, first);
        throw e;
      }
      current = await following;
    }
    return { documents: all.reduce((n, b) => n + b.documents, 0), pairs: all.reduce((n, b) => n + b.pairs, 0), stories, batches: all };
  }

  stories(): Promise<CorpusStory[]> {
    return listStories(this.db);
  }

  /** The story of that id, or `INVALID_ARGUMENT`. */
  private async story(id: string): Promise<CorpusStory> {
    const n = storyNumber(id);
    const story = n === undefined ? undefined : (await listStories(this.db, { story: n }))[0];
    if (story === undefined) {
      throw new NarrativeDiffError(
        'INVALID_ARGUMENT',
        `${this.path}: expected a story id such as s1 (see stories()), found ${JSON.stringify(id)}`,
      );
    }
    return story;
  }

  async related(storyId: string, limit = 20): Promise<RelatedStory[]> {
    const story = await this.story(storyId);
    if (!Number.isInteger(limit) || limit < 1)
      throw new NarrativeDiffError('INVALID_ARGUMENT', `limit must be a positive integer, found ${limit}`);
    return relatedStories(this.db, storyNumber(story.id) ?? 0, limit);
  }

  async *report(selector: StorySelector): AsyncGenerator<StoryReport, void, undefined> {
    let stories: CorpusStory[];
    if ('story' in selector) {
      stories = [await this.story(selector.story)];
    } else {
      stories = await listStories(this.db, { since: sinceDay(selector.since) });
    }
    for (const story of stories) yield await storyReport(this.db, story, this.analyzeOptions);
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    this.db.close();
    await pool?.close();
  }
}

/**
 * Opens a corpus index, creating the file when it does not exist.
 *
 * @param path - the index file (DuckDB); `:memory:` for one that lives only while open
 * @param options - see {@link CorpusOptions}; the settings that decide pairs and stories are fixed at creation
 * @returns the open corpus
 * @throws {NarrativeDiffError} `MISSING_DEPENDENCY` when `@duckdb/node-api` is not installed, `CORPUS_INDEX` when
 * the file is not an index of this layout (or is locked by another process), `INVALID_OPTION` for a bad option
 * @example
 * ```ts
 * import { openCorpus } from 'narrative-diff/corpus';
 * const corpus = await openCorpus('news.duckdb');
 * await corpus.add([{ id: 'a', text: '…' }, { id: 'b', text: '…' }]);
 * for (const s of await corpus.stories()) console.log(s.id, s.documents); //=> s1 2
 * for await (const { story, report } of corpus.report({ since: '2026-12-01' })) console.log(story.id, report.alignments.length);
 * await corpus.close();
 * ```
 */
export async function openCorpus(path: string, options?: CorpusOptions): Promise<Corpus> {
  const resolved = resolveCorpusOptions(options);
  const dbSettings: Record<string, string> = { memory_limit: resolved.memoryLimit };
  if (resolved.threads !== undefined) dbSettings.threads = String(resolved.threads);
  const db = await Db.open(path, dbSettings);
  try {
    const settings = await checkLayout(db, path, resolved.given);
    for (const sql of SCRATCH) await db.run(sql);
    const documents = await count(db, 'SELECT count(*) AS n FROM documents');
    const batch = await count(db, 'SELECT coalesce(max(batch), 0) AS n FROM batches');
    const [ids = []] = await db.columns('SELECT id FROM documents');
    const storyMap = await StoryMap.load(db, documents);
    return new CorpusIndex(
      path,
      db,
      settings,
      new Set(ids.map(String)),
      storyMap,
      batch,
      resolved.batchSize,
      resolved.analyze,
      resolved.workers,
    );
  } catch (e) {
    db.close();
    throw e;
  }
}
