/**
 * The tables of a corpus index. Every table is append-only and keyed by numbers a coordinator assigns (document
 * numbers, batch numbers) or by the stable 64-bit shingle hash, with column types every engine in
 * `src/corpus/README.md` has (UBIGINT is ClickHouse's UInt64, UINTEGER its UInt32): moving the index to several
 * machines changes the engine, not these columns. A value that changes (a document's story, a story's report) is
 * a new row with a later batch; the latest batch wins (`arg_max` here, a ReplacingMergeTree in ClickHouse).
 * @internal
 */
export const TABLES: readonly string[] = [
  // Settings fixed when the index was created (options that decide which pairs exist) and the layout version.
  `CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR)`,
  // One row per `add` batch: when, and the document numbers it took (first_doc … first_doc + documents - 1).
  `CREATE TABLE IF NOT EXISTS batches (batch UINTEGER, added_at VARCHAR, first_doc UINTEGER, documents UINTEGER)`,
  // One row per document, read once: its input fields, its day (publication day, or the day it was added) and its seed count.
  `CREATE TABLE IF NOT EXISTS documents (doc UINTEGER, id VARCHAR, title VARCHAR, source VARCHAR, url VARCHAR,
     published_at VARCHAR, day VARCHAR, text VARCHAR, seeds UINTEGER, batch UINTEGER)`,
  // The inverted index: one row per seed shingle occurrence (stable hash, document, word position).
  `CREATE TABLE IF NOT EXISTS shingles (hash UBIGINT, doc UINTEGER, pos UINTEGER)`,
  // Shingles found in more documents than the cap: stock phrases, skipped from then on (their later postings are not stored).
  `CREATE TABLE IF NOT EXISTS capped (hash UBIGINT, df UINTEGER, batch UINTEGER)`,
  // Candidate document pairs a < b and the seed shingles they share (capped ones left out), found when b was added.
  `CREATE TABLE IF NOT EXISTS pairs (a UINTEGER, b UINTEGER, shared UINTEGER, batch UINTEGER)`,
  // Each document's story (the story's number is its oldest document's); a later batch's row replaces an earlier one.
  `CREATE TABLE IF NOT EXISTS story_of (doc UINTEGER, story UINTEGER, batch UINTEGER)`,
  // Reports per story as JSON, made for the story as it was at `batch` with the analyze options `options`.
  `CREATE TABLE IF NOT EXISTS reports (story UINTEGER, batch UINTEGER, options VARCHAR, json VARCHAR)`,
];

/** The version of this layout, kept in `meta`; an index of another version is refused. @internal */
export const LAYOUT_VERSION = '1';

/** Each document's current story: the row of its latest batch. @internal */
export const CURRENT_STORY_OF = `(SELECT doc, arg_max(story, batch) AS story, max(batch) AS batch FROM story_of GROUP BY doc)`;
