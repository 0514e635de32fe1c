import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { describeType, NarrativeDiffError } from '../errors.js';
import type { ArticleInput } from '../types.js';
import { frontMatter } from './front-matter.js';
import { htmlArticle } from './html-article.js';

function fail(file: string, what: string): never {
  throw new NarrativeDiffError('INPUT_FILE', `${file}: ${what}`);
}

function articleFrom(file: string, value: unknown, where: string, fallbackId: string): ArticleInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(file, `${where} must be an object { id?, text }, found ${describeType(value)}`);
  const rec = value as Record<string, unknown>;
  if (typeof rec.text !== 'string') fail(file, `${where}.text must be a string, found ${describeType(rec.text)}`);
  const id = rec.id === undefined ? fallbackId : rec.id;
  if (typeof id !== 'string' || id === '') fail(file, `${where}.id must be a non-empty string, found ${describeType(id)}`);
  const out: Record<string, string> = { id, text: rec.text };
  for (const k of ['title', 'source', 'url', 'publishedAt'] as const) {
    const v = rec[k];
    if (v === undefined) continue;
    if (typeof v !== 'string') fail(file, `${where}.${k} must be a string when given, found ${describeType(v)}`);
    out[k] = v;
  }
  return out as unknown as ArticleInput;
}

/** One input file read: its articles, whether their text is not the file's own bytes, and notes for the user. @internal */
export interface LoadedFile {
  readonly articles: ArticleInput[];
  /** True when the analysed text differs from the file (HTML extracted, front matter removed): offsets index into the analysed text. */
  readonly transformed: boolean;
  readonly notes: readonly string[];
}

/**
 * Reads one input file into articles by its extension (.txt, .md, .html, .htm, .json, .jsonl): a `.txt`/`.md`
 * file may open with front matter (title, source, url, publishedAt, id); an `.html` page goes through the
 * article extractor (see {@link htmlArticle}).
 * @throws {NarrativeDiffError} `INPUT_FILE`, with a message naming the file
 * @internal
 */
export async function loadFile(file: string): Promise<LoadedFile> {
  const plain = (articles: ArticleInput[]): LoadedFile => ({ articles, transformed: false, notes: [] });
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(
      file,
      code === 'ENOENT'
        ? 'expected a readable file, found none'
        : code === 'EISDIR'
          ? 'expected a file, found a directory'
          : `cannot be read (${code ?? String(e)})`,
    );
  }
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  const ext = extname(file).toLowerCase();
  const stem = basename(file, extname(file));
  switch (ext) {
    case '.json': {
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (e) {
        fail(file, `expected JSON, found a syntax error (${(e as Error).message})`);
      }
      if (Array.isArray(value)) return plain(value.map((v, i) => articleFrom(file, v, `[${i}]`, `${stem}-${i + 1}`)));
      return plain([articleFrom(file, value, 'the article', stem)]);
    }
    case '.jsonl':
    case '.ndjson': {
      const out: ArticleInput[] = [];
      raw.split('\n').forEach((line, i) => {
        if (line.trim() === '') return;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (e) {
          fail(file, `line ${i + 1}: expected JSON, found a syntax error (${(e as Error).message})`);
        }
        out.push(articleFrom(file, value, `line ${i + 1}`, `${stem}-${i + 1}`));
      });
      return plain(out);
    }
    case '.html':
    case '.htm': {
      const page = htmlArticle(raw);
      const { text, title, source, publishedAt } = page;
      const notes = page.why !== undefined ? [`${file}: the whole page is analysed as text: ${page.why}`] : [];
      return {
        articles: [{ id: stem, text, ...(title && { title }), ...(source && { source }), ...(publishedAt && { publishedAt }) }],
        transformed: true,
        notes,
      };
    }
    case '.txt':
    case '.md':
    case '.text':
    case '': {
      const fm = frontMatter(raw);
      if (fm === undefined) return plain([{ id: stem, text: raw }]);
      const { id = stem, ...fields } = fm.fields;
      const notes = fm.ignored.length > 0 ? [`${file}: front matter keys left out: ${fm.ignored.join(', ')}`] : [];
      return { articles: [{ id, text: fm.body, ...fields }], transformed: true, notes };
    }
    default:
      fail(file, `expected a .txt, .md, .html, .json or .jsonl file, found "${ext}"`);
  }
}
