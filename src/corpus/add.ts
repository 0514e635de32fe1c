import { dayOf } from '../stories/links.js';
import type { ArticleInput } from '../types.js';
import type { Db } from './db.js';
import type { IndexSettings } from './options.js';
import { batchSeeds, type BatchSeeds } from './seeds.js';
import type { BatchStats } from './types.js';

/** Reads a batch for its seed shingles: `batchSeeds` in this thread, or worker threads giving the same. @internal */
export type SeedsOf = (inputs: readonly ArticleInput[]) => BatchSeeds | Promise<BatchSeeds>;

/** Scratch tables one batch is loaded into before it is joined against the index; emptied by every batch. @internal */
export const SCRATCH: readonly string[] = [
  `CREATE OR REPLACE TABLE scratch_docs (doc UINTEGER, id VARCHAR, title VARCHAR, source VARCHAR, url VARCHAR,
     published_at VARCHAR, day VARCHAR, text VARCHAR)`,
  `CREATE OR REPLACE TABLE scratch_shingles (doc UINTEGER, pos UINTEGER, hi UINTEGER, lo UINTEGER)`,
];

/** `YYYY-MM-DD` of a publication date, or of the time the document was added when it has none that parses. */
function dayString(publishedAt: string | undefined, addedAt: string): string {
  const day = dayOf(publishedAt);
  return Number.isNaN(day) ? addedAt.slice(0, 10) : new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Loads the batch's documents (fields, text, day) into `scratch_docs` with an appender. */
async function appendDocuments(db: Db, firstDoc: number, inputs: readonly ArticleInput[], addedAt: string): Promise<void> {
  await db.append('scratch_docs', (app) => {
    const text = (v: string | undefined): void => (v === undefined ? app.appendNull() : app.appendVarchar(v));
    inputs.forEach((input, i) => {
      app.appendUInteger(firstDoc + i);
      app.appendVarchar(input.id);
      text(input.title);
      text(input.source);
      text(input.url);
      text(input.publishedAt);
      app.appendVarchar(dayString(input.publishedAt, addedAt));
      app.appendVarchar(input.text);
      app.endRow();
    });
  });
}

/** Reads the batch, hashes its seed shingles and loads them into `scratch_shingles`; returns how many. */
async function appendShingles(db: Db, firstDoc: number, inputs: readonly ArticleInput[], seedsOf: SeedsOf): Promise<number> {
  const seeds = await seedsOf(inputs);
  // Two 32-bit halves per hash: plain numbers cross into DuckDB faster than one bigint per row; SQL joins them.
  await db.append('scratch_shingles', (app) => {
    for (let i = 0; i < seeds.count; i++) {
      app.appendUInteger(firstDoc + (seeds.doc[i] ?? 0));
      app.appendUInteger(seeds.pos[i] ?? 0);
      app.appendUInteger(seeds.hi[i] ?? 0);
      app.appendUInteger(seeds.lo[i] ?? 0);
      app.endRow();
    }
  });
  return seeds.count;
}

/**
 * The SQL of one batch, after its rows are in the scratch tables: the new shingles joined against the index
 * (a hash join on the stable hash; shingles over the cap skipped), the document frequency of each shingle they
 * touch, candidate pairs with at least one new document counted by shared shingles, then the new rows appended.
 * Old pairs are never recounted: a pair is found once, when its younger document is added.
 */
function batchSql(s: IndexSettings, batch: number, first: number): string[] {
  // Numbers the code made (integers), written into the SQL.
  return [
    `CREATE OR REPLACE TEMP TABLE b_sh AS SELECT ((hi::UBIGINT << 32) | lo::UBIGINT) AS hash, doc, pos FROM scratch_shingles`,
    `CREATE OR REPLACE TEMP TABLE b_hash AS SELECT DISTINCT hash FROM b_sh ANTI JOIN capped USING (hash)`,
    `CREATE OR REPLACE TEMP TABLE b_post AS
       SELECT DISTINCT hash, doc FROM shingles SEMI JOIN b_hash USING (hash)
       UNION ALL SELECT DISTINCT hash, doc FROM b_sh SEMI JOIN b_hash USING (hash)`,
    `CREATE OR REPLACE TEMP TABLE b_df AS SELECT hash, count(*)::UINTEGER AS df FROM b_post GROUP BY hash`,
    `INSERT INTO capped SELECT hash, df, ${batch} FROM b_df WHERE df > ${s.maxShingleDocuments}`,
    `CREATE OR REPLACE TEMP TABLE b_live AS
       SELECT hash, doc FROM b_post JOIN b_df USING (hash) WHERE df >= 2 AND df <= ${s.maxShingleDocuments}`,
    `INSERT INTO pairs
       SELECT x.doc AS a, y.doc AS b, count(*)::UINTEGER AS shared, ${batch}
       FROM b_live y JOIN b_live x ON x.hash = y.hash AND x.doc < y.doc
       WHERE y.doc >= ${first}
       GROUP BY x.doc, y.doc HAVING count(*) >= ${s.minSharedSeeds}`,
    `INSERT INTO shingles SELECT hash, doc, pos FROM b_sh ANTI JOIN capped USING (hash)`,
    `INSERT INTO documents
       SELECT d.*, coalesce(n.seeds, 0)::UINTEGER, ${batch} FROM scratch_docs d
       LEFT JOIN (SELECT doc, count(DISTINCT hash)::UINTEGER AS seeds FROM b_sh ANTI JOIN capped USING (hash) GROUP BY doc) n USING (doc)`,
  ];
}

/**
 * Adds one batch of documents to the index, in the caller's transaction: reads each document once, stores its
 * fields and seed shingles, and finds its candidate pairs against every document already indexed.
 *
 * @param db - the index
 * @param settings - the index's settings
 * @param batch - the batch's number
 * @param firstDoc - the number of the batch's first document (numbers are consecutive)
 * @param inputs - the documents, checked by the caller
 * @param addedAt - when (ISO 8601), the day of documents without a publication date
 * @param seedsOf - reads the batch for its seed shingles (in this thread by default)
 * @returns counts and stage times
 * @internal
 */
export async function addBatch(
  db: Db,
  settings: IndexSettings,
  batch: number,
  firstDoc: number,
  inputs: readonly ArticleInput[],
  addedAt: string,
  seedsOf: SeedsOf = batchSeeds,
): Promise<BatchStats> {
  const t0 = performance.now();
  await db.run('DELETE FROM scratch_docs');
  await db.run('DELETE FROM scratch_shingles');
  await appendDocuments(db, firstDoc, inputs, addedAt);
  const shingles = await appendShingles(db, firstDoc, inputs, seedsOf);
  const t1 = performance.now();
  const cappedBefore = await count(db, 'SELECT count(*) AS n FROM capped');
  const pairsBefore = await count(db, 'SELECT count(*) AS n FROM pairs');
  for (const sql of batchSql(settings, batch, firstDoc)) await db.run(sql);
  await db.run(`INSERT INTO batches VALUES ($1, $2, $3, $4)`, [batch, addedAt, firstDoc, inputs.length]);
  for (const t of ['b_sh', 'b_hash', 'b_post', 'b_df', 'b_live']) await db.run(`DROP TABLE IF EXISTS ${t}`);
  await db.run('DELETE FROM scratch_docs');
  await db.run('DELETE FROM scratch_shingles');
  const t2 = performance.now();
  return {
    batch,
    documents: inputs.length,
    shingles,
    pairs: (await count(db, 'SELECT count(*) AS n FROM pairs')) - pairsBefore,
    capped: (await count(db, 'SELECT count(*) AS n FROM capped')) - cappedBefore,
    readSeconds: (t1 - t0) / 1000,
    indexSeconds: (t2 - t1) / 1000,
  };
}

/** The number in column `n` of a one-row query. @internal */
export async function count(db: Db, sql: string, values?: (string | number)[]): Promise<number> {
  const row = (await db.rows(sql, values))[0];
  return Number(row?.n ?? 0);
}
