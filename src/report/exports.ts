import { NarrativeDiffError } from '../errors.js';
import type { Report } from '../types.js';
import { alignmentRows, EXPORT_COLUMNS, labelRows, quoteRows, type ExportRows, type ExportTable } from './export-rows.js';

export { EXPORT_COLUMNS } from './export-rows.js';
export type { AlignmentRow, ExportRows, ExportTable, LabelRow, LabelRowType, QuoteRow } from './export-rows.js';

/** The flat formats a table is written in. */
export type ExportFormat = 'jsonl' | 'csv';

const TABLES: readonly ExportTable[] = ['alignments', 'quotes', 'labels'];

/** Checks a table name given at run time (JavaScript callers, the CLI). */
function checkTable(table: unknown): asserts table is ExportTable {
  if (!TABLES.includes(table as ExportTable)) {
    throw new NarrativeDiffError(
      'INVALID_ARGUMENT',
      `table must be "alignments", "quotes" or "labels", found ${JSON.stringify(table) ?? String(table)}`,
    );
  }
}

/** The rows of one table, lazily. */
function rowsOf<T extends ExportTable>(report: Report, table: T): Iterable<ExportRows[T]> {
  checkTable(table);
  const rows = table === 'alignments' ? alignmentRows(report) : table === 'quotes' ? quoteRows(report) : labelRows(report);
  return rows as Iterable<ExportRows[T]>;
}

/**
 * One table of a report as flat rows, for data frames (pandas, R) and spreadsheets:
 * - `alignments`: a row per copy of a shared passage — every member of every alignment, then of every common
 *   passage — with its story, passage id, type, kind, similarity, member index, document, offsets and text;
 * - `quotes`: a row per direct quote, with its story, offsets, text, speaker, cue, attribution pattern, credited
 *   source and quote cluster;
 * - `labels`: a row per framing flag of `framing.documents[]` (labels, attribution verbs, hedges, intensifiers,
 *   scare quotes), per document in text order.
 * Columns are {@link EXPORT_COLUMNS}; a missing value is `null`. The same report always gives the same rows.
 *
 * @param report - a report from `analyze` (or one story's, from `splitByStory`)
 * @param table - `alignments`, `quotes` or `labels`
 * @returns the rows, in a fixed order
 * @throws {NarrativeDiffError} `INVALID_ARGUMENT` for another table name
 * @example
 * ```ts
 * const report = await analyze([
 *   { id: 'a', text: '"We will rebuild the pier," Mayor Lind said.' },
 *   { id: 'b', text: 'Lind said: "We will rebuild the pier."' },
 * ]);
 * exportRows(report, 'quotes').map((q) => [q.docId, q.text, q.speaker]);
 * //=> [['a', 'We will rebuild the pier,', 'Lind'], ['b', 'We will rebuild the pier.', 'Lind']]
 * ```
 */
export function exportRows<T extends ExportTable>(report: Report, table: T): ExportRows[T][] {
  return [...rowsOf(report, table)];
}

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote mark or a line break, a quote mark doubled. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? value : String(value);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/**
 * One table as text, a line at a time (header first for CSV), so that a table of any size is written without
 * becoming one string.
 * @internal
 */
export function* exportLines(report: Report, table: ExportTable, format: ExportFormat): Generator<string, void, undefined> {
  if (format !== 'jsonl' && format !== 'csv') {
    throw new NarrativeDiffError('INVALID_ARGUMENT', `format must be "jsonl" or "csv", found ${JSON.stringify(format) ?? String(format)}`);
  }
  checkTable(table);
  const columns = [...EXPORT_COLUMNS[table]] as string[];
  if (format === 'csv') yield `${columns.join(',')}\r\n`;
  for (const row of rowsOf(report, table)) {
    const rec = row as unknown as Readonly<Record<string, unknown>>;
    if (format === 'csv') yield `${columns.map((c) => csvField(rec[c])).join(',')}\r\n`;
    // A replacer array writes exactly these keys, in this order (rows are flat: it reaches no deeper object).
    else yield `${JSON.stringify(rec, columns)}\n`;
  }
}

/**
 * One table of a report ({@link exportRows}) as JSON Lines: an object per line, keys in {@link EXPORT_COLUMNS} order,
 * `null` for a missing value, each line ending in `\n`. pandas: `pd.read_json(path, lines=True)`; R:
 * `jsonlite::stream_in(file(path))`.
 *
 * @param report - a report from `analyze`
 * @param table - `alignments`, `quotes` or `labels`
 * @returns the JSON Lines text (empty when the table has no rows)
 * @throws {NarrativeDiffError} `INVALID_ARGUMENT` for another table name
 * @example
 * ```ts
 * toJSONLines(report, 'quotes').split('\n')[0];
 * //=> '{"quoteId":"q1","storyId":"s1","docId":"a","start":1,"end":26,"text":"We will rebuild the pier,",…}'
 * ```
 */
export function toJSONLines(report: Report, table: ExportTable): string {
  return [...exportLines(report, table, 'jsonl')].join('');
}

/**
 * One table of a report ({@link exportRows}) as CSV (RFC 4180): a header row of {@link EXPORT_COLUMNS}, fields
 * separated by commas, a field holding a comma, a quote mark or a line break in double quotes (a quote mark
 * doubled), rows ending in CRLF; a missing value is an empty field, booleans are `true`/`false`. Texts are written
 * exactly as in the documents, so `start`/`end` index into them. pandas: `pd.read_csv(path, keep_default_na=False)`
 * (so that an empty text stays ''); R: `read.csv(path, encoding = "UTF-8")`.
 *
 * @param report - a report from `analyze`
 * @param table - `alignments`, `quotes` or `labels`
 * @returns the CSV text, header included
 * @throws {NarrativeDiffError} `INVALID_ARGUMENT` for another table name
 * @example
 * ```ts
 * toCSV(report, 'quotes').split('\r\n')[0];
 * //=> 'quoteId,storyId,docId,start,end,text,speaker,speakerKind,cue,cueLemma,attribution,creditedSource,isSpeech,partial,clusterId,continues'
 * ```
 */
export function toCSV(report: Report, table: ExportTable): string {
  return [...exportLines(report, table, 'csv')].join('');
}
