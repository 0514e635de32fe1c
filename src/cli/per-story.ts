import { exportLines, type ExportTable } from '../report/exports.js';
import { toHTML, toMarkdown } from '../report/render.js';
import { splitByStory } from '../report/split.js';
import { corpusSummary } from '../report/summary.js';
import type { Report } from '../types.js';
import type { Format } from './args.js';
import { jsonChunks } from './json-stream.js';
import type { NamedChunks } from './output.js';

/** Names the directory keeps for itself; a story whose id folds to one gets a suffix. */
const RESERVED = new Set(['summary', 'texts']);
/** Names Windows refuses for a file, whatever the extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/iu;
const MAX_NAME = 100;

/**
 * A file name (without extension) per story id, safe on every file system and distinct even where names are
 * compared without case: letters, digits, `_`, `-` and `.` are kept (a leading `.` becomes `_`), anything else becomes
 * `_`, at most 100 characters; a name already taken (or `summary`, `texts`, a Windows device name) gets `~2`,
 * `~3`, …, in story order.
 *
 * @param ids - the stories' ids, in report order
 * @returns a name per id
 * @example
 * ```ts
 * storyFileNames(['s1', 'Brexit vote', 'brexit_vote', '../x']);
 * //=> ['s1', 'Brexit_vote', 'brexit_vote~2', '_._x']
 * ```
 * @internal
 */
export function storyFileNames(ids: readonly string[]): string[] {
  const taken = new Set(RESERVED);
  return ids.map((id) => {
    let base = id
      .replace(/[^A-Za-z0-9_.-]/gu, '_')
      .replace(/^\./u, '_')
      .slice(0, MAX_NAME);
    if (base === '' || WINDOWS_DEVICE.test(base)) base = `_${base}`;
    let name = base;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}~${k}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** A text made when it is written, not before (one story's Markdown or HTML at a time). */
function* later(make: () => string): Generator<string, void, undefined> {
  yield make();
}

/** The files of one story, in a fixed order: the report formats, then each table in each flat format. */
function storyFiles(
  name: string,
  formats: readonly Format[],
  tables: readonly ExportTable[],
): { file: string; format: Format; table?: ExportTable }[] {
  const out: { file: string; format: Format; table?: ExportTable }[] = [];
  for (const format of formats) {
    if (format === 'jsonl' || format === 'csv') for (const table of tables) out.push({ file: `${name}.${table}.${format}`, format, table });
    else out.push({ file: `${name}.${format}`, format });
  }
  return out;
}

/**
 * What `--per-story DIR` writes, file by file: `summary.json` (the corpus summary, each story with its files), then
 * each story's files, its report split off only when they are written, so that one story's report is in memory at a
 * time beside the full one.
 *
 * @param report - the full report
 * @param texts - the analysed texts by document id, for the HTML reports
 * @param formats - the formats to write each story in
 * @param tables - the tables of the flat formats (jsonl, csv)
 * @returns the files and how many there are
 * @internal
 */
export function perStoryFiles(
  report: Report,
  texts: Readonly<Record<string, string>>,
  formats: readonly Format[],
  tables: readonly ExportTable[],
): { readonly files: Iterable<NamedChunks>; readonly count: number } {
  const names = storyFileNames(report.stories.map((s) => s.id));
  const summary = corpusSummary(report);
  const withFiles = {
    ...summary,
    stories: summary.stories.map((s, i) => ({ ...s, files: storyFiles(names[i] ?? '', formats, tables).map((f) => f.file) })),
  };
  function* files(): Generator<NamedChunks, void, undefined> {
    yield { name: 'summary.json', chunks: [`${JSON.stringify(withFiles, null, 2)}\n`] };
    let i = 0;
    for (const part of splitByStory(report)) {
      for (const f of storyFiles(names[i] ?? '', formats, tables)) {
        const chunks =
          f.table !== undefined && (f.format === 'jsonl' || f.format === 'csv')
            ? exportLines(part, f.table, f.format)
            : f.format === 'json'
              ? jsonChunks(part)
              : later(() => (f.format === 'md' ? toMarkdown(part) : toHTML(part, texts)));
        yield { name: f.file, chunks };
      }
      i++;
    }
  }
  const perStory = storyFiles('x', formats, tables).length;
  return { files: files(), count: 1 + perStory * report.stories.length };
}
