import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { describeType, NarrativeDiffError } from '../errors.js';
import type { ArticleInput } from '../types.js';
import { parseCsv } from '../util/csv.js';
import { fieldOf, type ArticleField } from './front-matter.js';

/** One row of a metadata sidecar: which input it is for (a file name or a document id) and the fields it sets. @internal */
export interface MetadataRow {
  /** Where the row is in the sidecar, for messages ("row 3"). */
  readonly where: string;
  readonly file?: string;
  readonly id?: string;
  readonly fields: Partial<Record<Exclude<ArticleField, 'id'>, string>>;
}

function fail(file: string, what: string): never {
  throw new NarrativeDiffError('INPUT_FILE', `${file}: ${what}`);
}

/** A row from a record of keys and values: `file` and `id` say which input it is for, other keys are article fields. */
function rowOf(file: string, where: string, record: Readonly<Record<string, unknown>>): MetadataRow {
  const fields: Partial<Record<Exclude<ArticleField, 'id'>, string>> = {};
  let target: { file?: string; id?: string } = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') fail(file, `${where}.${key} must be a string, found ${describeType(value)}`);
    if (key.toLowerCase() === 'file' || key.toLowerCase() === 'filename') {
      target = { ...target, file: value };
      continue;
    }
    const field = fieldOf(key);
    if (field === undefined)
      fail(file, `${where} has a column ${JSON.stringify(key)}; expected file, id, title, source, url or publishedAt`);
    if (field === 'id') target = { ...target, id: value };
    else fields[field] = value;
  }
  if (target.file === undefined && target.id === undefined) fail(file, `${where} names no input: expected a file or an id`);
  return { where, ...target, fields };
}

/**
 * Reads a metadata sidecar: a CSV file with a header row (`file` or `id`, then any of title, source, url,
 * publishedAt) or a JSON array of such objects, one per input.
 *
 * @param file - the sidecar
 * @returns its rows
 * @throws {NarrativeDiffError} `INPUT_FILE` naming the file and what is wrong in it
 * @internal
 */
export async function loadMetadata(file: string): Promise<MetadataRow[]> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    fail(file, `metadata file cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  const ext = extname(file).toLowerCase();
  if (ext === '.json') {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      fail(
        file,
        `expected a JSON array of { file or id, title?, source?, url?, publishedAt? }, found a syntax error (${(e as Error).message})`,
      );
    }
    if (!Array.isArray(value)) fail(file, `expected a JSON array of metadata objects, found ${describeType(value)}`);
    return value.map((v: unknown, i) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(file, `[${i}] must be an object, found ${describeType(v)}`);
      return rowOf(file, `[${i}]`, v as Record<string, unknown>);
    });
  }
  if (ext !== '.csv') fail(file, `expected a metadata file ending in .csv or .json, found "${ext}"`);
  const [header, ...rows] = parseCsv(raw);
  if (header === undefined) fail(file, 'expected a header row (file or id, title, source, url, publishedAt), found an empty file');
  return rows.map((r, i) => {
    if (r.length !== header.length) fail(file, `row ${i + 2} has ${r.length} fields, expected ${header.length} as in the header`);
    return rowOf(file, `row ${i + 2}`, Object.fromEntries(header.map((h, j) => [h.trim(), r[j]?.trim()])));
  });
}

/** An article as the CLI read it, with the file it came from. @internal */
export interface LoadedArticle {
  readonly file: string;
  /** Replaced, not changed, when a sidecar row sets its fields. */
  article: ArticleInput;
}

/**
 * Sets the sidecar's fields on the articles its rows name (by file name, with or without its folder, or by id;
 * a sidecar field replaces one from the file itself). A row that names no input is an error: nothing is
 * silently dropped.
 * @internal
 */
export function applyMetadata(sidecar: string, rows: readonly MetadataRow[], loaded: readonly LoadedArticle[]): void {
  for (const row of rows) {
    const hits = loaded.filter(
      (l) =>
        (row.id !== undefined && l.article.id === row.id) ||
        (row.file !== undefined &&
          (l.file === row.file || basename(l.file) === basename(row.file)) &&
          (row.id === undefined || l.article.id === row.id)),
    );
    if (hits.length === 0) {
      const what = row.file !== undefined ? `file ${JSON.stringify(row.file)}` : `id ${JSON.stringify(row.id)}`;
      fail(sidecar, `${row.where} names ${what}, which is not among the inputs`);
    }
    for (const h of hits) h.article = { ...h.article, ...row.fields };
  }
}
