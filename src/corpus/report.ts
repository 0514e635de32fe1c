import { analyze } from '../analyze.js';
import { NarrativeDiffError } from '../errors.js';
import type { AnalyzeOptions, ArticleInput, Report } from '../types.js';
import type { Db, Row } from './db.js';
import { CURRENT_STORY_OF } from './schema.js';
import type { CorpusStory, RelatedStory, StoryReport } from './types.js';

/** The number of story `s12` (its oldest document's number), or undefined for anything else. @internal */
export function storyNumber(id: string): number | undefined {
  const m = /^s([1-9]\d*)$/.exec(id);
  return m === null ? undefined : Number(m[1]) - 1;
}

const STORY_ROWS = `SELECT c.story, count(*) AS documents, arg_min(d.id, d.doc) AS first_id, arg_min(d.title, d.doc) AS title,
    min(d.day) AS first_day, max(d.day) AS last_day, max(c.batch) AS updated
  FROM ${CURRENT_STORY_OF} c JOIN documents d USING (doc)`;

/** A story from a row of {@link STORY_ROWS}. */
function storyOf(row: Row): CorpusStory {
  const title = row.title;
  return {
    id: `s${Number(row.story) + 1}`,
    documents: Number(row.documents),
    firstDocId: String(row.first_id),
    ...(typeof title === 'string' && { title }),
    firstDay: String(row.first_day),
    lastDay: String(row.last_day),
    updatedBatch: Number(row.updated),
  };
}

/**
 * The stories of the index, in order of their oldest document.
 * @param db - the index
 * @param filter - `story = N` or `last_day >= 'YYYY-MM-DD'` (SQL made by the caller from checked values), or none
 * @internal
 */
export async function listStories(db: Db, filter?: { story: number } | { since: string }): Promise<CorpusStory[]> {
  const where = filter === undefined ? '' : 'story' in filter ? `WHERE c.story = ${filter.story}` : '';
  const having = filter !== undefined && 'since' in filter ? `HAVING max(d.day) >= '${filter.since}'` : '';
  const rows = await db.rows(`${STORY_ROWS} ${where} GROUP BY c.story ${having} ORDER BY c.story`);
  return rows.map(storyOf);
}

/**
 * The stories that share text with story `n` below the story threshold (a borrowed paragraph, a common quote),
 * most shared first: the reuse a report per story does not show.
 * @internal
 */
export async function relatedStories(db: Db, n: number, limit: number): Promise<RelatedStory[]> {
  const rows = await db.rows(
    `WITH cur AS ${CURRENT_STORY_OF}
     SELECT CASE WHEN x.story = ${n} THEN y.story ELSE x.story END AS other, count(*) AS pairs, sum(p.shared) AS shared
     FROM pairs p JOIN cur x ON x.doc = p.a JOIN cur y ON y.doc = p.b
     WHERE (x.story = ${n}) <> (y.story = ${n})
     GROUP BY other ORDER BY shared DESC, other LIMIT ${limit}`,
  );
  return rows.map((r) => ({ id: `s${Number(r.other) + 1}`, pairs: Number(r.pairs), shared: Number(r.shared) }));
}

/** The analyze options as a cache key: JSON without functions (a report made with other options is not reused). */
function optionsKey(options: AnalyzeOptions): string {
  return JSON.stringify(options, (_, v: unknown) => (typeof v === 'function' || v instanceof AbortSignal ? undefined : v));
}

/** A story's articles as stored, in the order they were added. */
async function storyInputs(db: Db, story: number): Promise<ArticleInput[]> {
  const rows = await db.rows(
    `SELECT id, text, title, source, url, published_at FROM documents
     WHERE doc IN (SELECT doc FROM ${CURRENT_STORY_OF} WHERE story = ${story}) ORDER BY doc`,
  );
  const opt = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  return rows.map((r) => {
    const title = opt(r.title);
    const source = opt(r.source);
    const url = opt(r.url);
    const publishedAt = opt(r.published_at);
    return {
      id: String(r.id),
      text: String(r.text),
      ...(title !== undefined && { title }),
      ...(source !== undefined && { source }),
      ...(url !== undefined && { url }),
      ...(publishedAt !== undefined && { publishedAt }),
    };
  });
}

/**
 * A story's report: read from the index when one was made since the story last gained documents with the same
 * options, else made now with `analyze` over its documents and kept in the index. Stories are small, so this
 * is the in-memory pipeline on a few documents; a story that did not change is never analysed twice.
 *
 * @param db - the index
 * @param story - the story
 * @param options - analyze's options
 * @returns the report and whether it was cached
 * @internal
 */
export async function storyReport(db: Db, story: CorpusStory, options: AnalyzeOptions): Promise<StoryReport> {
  const n = storyNumber(story.id) ?? 0;
  const key = optionsKey(options);
  const cached = await db.rows(
    `SELECT json FROM reports WHERE story = ${n} AND batch >= ${story.updatedBatch} AND options = $1 ORDER BY batch DESC LIMIT 1`,
    [key],
  );
  const json = cached[0]?.json;
  const inputs = await storyInputs(db, n);
  if (typeof json === 'string') return { story, report: JSON.parse(json) as Report, inputs, cached: true };
  // One story, named as the corpus names it, unless the caller asked for something else.
  const stories = options.stories ?? Object.fromEntries(inputs.map((i) => [i.id, story.id]));
  const report = await analyze(inputs, { ...options, stories });
  // The report it replaces is of no further use (a cache, not history): the file does not grow with every change.
  await db.run(`DELETE FROM reports WHERE story = ${n} AND options = $1`, [key]);
  await db.append('reports', (app) => {
    app.appendUInteger(n);
    app.appendUInteger(story.updatedBatch);
    app.appendVarchar(key);
    app.appendVarchar(JSON.stringify(report));
    app.endRow();
  });
  return { story, report, inputs, cached: false };
}

/**
 * Checks a `since` date and returns its day.
 * @throws {NarrativeDiffError} `INVALID_ARGUMENT` for a date that does not parse
 * @internal
 */
export function sinceDay(since: string): string {
  const ms = typeof since === 'string' ? Date.parse(since) : NaN;
  if (Number.isNaN(ms))
    throw new NarrativeDiffError('INVALID_ARGUMENT', `since must be a date such as 2026-12-01, found ${JSON.stringify(since)}`);
  return new Date(ms).toISOString().slice(0, 10);
}
