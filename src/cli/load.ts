import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { describeType, NarrativeDiffError } from '../errors.js';
import type { ArticleInput } from '../types.js';
import { htmlToText } from './html.js';

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

/**
 * Reads one input file into articles by its extension (.txt, .md, .html, .htm, .json, .jsonl).
 * @throws {NarrativeDiffError} `INPUT_FILE`, with a message naming the file
 * @internal
 */
export async function loadFile(file: string): Promise<ArticleInput[]> {
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
      if (Array.isArray(value)) return value.map((v, i) => articleFrom(file, v, `[${i}]`, `${stem}-${i + 1}`));
      return [articleFrom(file, value, 'the article', stem)];
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
      return out;
    }
    case '.html':
    case '.htm':
      return [{ id: stem, text: htmlToText(raw) }];
    case '.txt':
    case '.md':
    case '.text':
    case '':
      return [{ id: stem, text: raw }];
    default:
      fail(file, `expected a .txt, .md, .html, .json or .jsonl file, found "${ext}"`);
  }
}
