/** The article fields a front-matter block or a metadata sidecar may set. @internal */
export const ARTICLE_FIELDS = ['id', 'title', 'source', 'url', 'publishedAt'] as const;

/** One of {@link ARTICLE_FIELDS}. @internal */
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

/** A front-matter block read: the fields it sets, the keys it has that are no article field, and the text after it. @internal */
export interface FrontMatter {
  readonly fields: Partial<Record<ArticleField, string>>;
  readonly ignored: readonly string[];
  readonly body: string;
}

/**
 * Reads a front-matter block at the start of a `.txt` or `.md` file: a line `---`, lines `key: value`, a line
 * `---`; the text is what follows (blank lines after the block left out). Values may be in single or double
 * quotes. Keys other than id, title, source, url and publishedAt (`date` and `published` count as publishedAt,
 * `outlet` as source) are returned as ignored. A file that does not open with `---` has none.
 *
 * @param raw - the file's text
 * @returns the block and the text after it, or undefined when there is no block
 * @example
 * ```ts
 * frontMatter('---\ntitle: Pier reopens\nsource: "Harbour Watch"\n---\n\nThe pier reopened.').fields;
 * //=> { title: 'Pier reopens', source: 'Harbour Watch' }
 * ```
 * @internal
 */
export function frontMatter(raw: string): FrontMatter | undefined {
  const open = /^---[ \t]*\r?\n/.exec(raw);
  if (open === null) return undefined;
  const close = /^---[ \t]*(\r?\n|$)/m;
  const rest = raw.slice(open[0].length);
  const end = close.exec(rest);
  if (end === null) return undefined;
  const fields: Partial<Record<ArticleField, string>> = {};
  const ignored: string[] = [];
  for (const line of rest.slice(0, end.index).split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (m === null) {
      ignored.push(line.trim());
      continue;
    }
    const key = fieldOf(m[1] ?? '');
    const value = unquote((m[2] ?? '').trim());
    if (key === undefined) ignored.push(m[1] ?? '');
    else if (value !== '') fields[key] = value;
  }
  const body = rest.slice(end.index + end[0].length).replace(/^(?:[ \t]*\r?\n)+/, '');
  return { fields, ignored, body };
}

/** The article field a front-matter or sidecar key names (case ignored; a few common synonyms), if any. @internal */
export function fieldOf(key: string): ArticleField | undefined {
  const k = key.toLowerCase().replace(/[-_\s]/g, '');
  if (k === 'date' || k === 'published' || k === 'publishedat' || k === 'publicationdate') return 'publishedAt';
  if (k === 'outlet' || k === 'source' || k === 'publisher') return 'source';
  if (k === 'id' || k === 'title' || k === 'url') return k;
  return undefined;
}

function unquote(v: string): string {
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) return v.slice(1, -1);
  return v;
}
