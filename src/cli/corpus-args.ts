import { NarrativeDiffError } from '../errors.js';
import { unknownOption } from './unknown-option.js';
import type { ExportTable } from '../report/exports.js';

/** Formats of a story's report: the report, or one flat table of it. @internal */
export type ReportFormat = 'json' | 'md' | 'html' | 'jsonl' | 'csv';

/** A parsed `narrative-diff corpus …` command line. @internal */
export type CorpusCommand =
  | {
      readonly kind: 'corpus-add';
      readonly index: string;
      readonly files: readonly string[];
      readonly options?: string;
      readonly metadata?: string;
      readonly quiet: boolean;
    }
  | {
      readonly kind: 'corpus-stories';
      readonly index: string;
      readonly format: 'text' | 'json';
      readonly options?: string;
      readonly quiet: boolean;
    }
  | {
      readonly kind: 'corpus-report';
      readonly index: string;
      readonly select: { readonly story: string } | { readonly since: string };
      readonly format: ReportFormat;
      /** The table `jsonl` and `csv` write. */
      readonly what?: ExportTable;
      readonly out?: string;
      readonly options?: string;
      readonly quiet: boolean;
    };

/** The corpus commands' part of the help text. @internal */
export const CORPUS_HELP = `Corpus (an index on disk that grows day by day; needs @duckdb/node-api: npm install @duckdb/node-api):
  narrative-diff corpus add --index FILE <files…> [--metadata FILE] [--options FILE]
                 read the articles once, index their shingles, find their pairs against the index and join
                 them to stories; articles already indexed are not compared again
  narrative-diff corpus stories --index FILE [--format text|json]
                 the stories: id, articles, first and last day, first title
  narrative-diff corpus report --index FILE --story ID [--format json|md|html] [--out FILE]
  narrative-diff corpus report --index FILE --since DATE --out DIR [--format json|md|html]
  narrative-diff corpus report … --format jsonl|csv --what alignments|quotes|labels
                 a report per story (analyze over its articles), kept in the index and made again only when
                 the story gained articles; --since writes DIR/<story id>.<format> for every story with an
                 article of that day or later (publication day, or the day it was added); jsonl and csv
                 write one table of each story's report (as analyze --what does)
  --index FILE   the index (a DuckDB file), created by the first add
  --options FILE a JSON file of the corpus options, e.g. {"maxShingleDocuments": 100, "analyze": {...}}
`;

const COMMANDS = ['add', 'stories', 'report'] as const;
const FLAGS: readonly string[] = ['--index', '--format', '--out', '--options', '--metadata', '--story', '--since', '--what', '--quiet'];

/**
 * Parses the arguments after `corpus`.
 * @throws {NarrativeDiffError} `USAGE` for anything it does not understand
 * @internal
 */
export function parseCorpusArgs(argv: readonly string[]): CorpusCommand {
  const [sub, ...rest] = argv;
  if (!COMMANDS.includes(sub as (typeof COMMANDS)[number])) {
    throw new NarrativeDiffError(
      'USAGE',
      `expected "corpus add", "corpus stories" or "corpus report", found ${JSON.stringify(`corpus ${sub ?? ''}`.trim())} (see --help)`,
    );
  }
  const files: string[] = [];
  const values = new Map<string, string>();
  let quiet = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const name = flag === '-f' ? '--format' : flag === '-o' ? '--out' : flag;
    if (name === '--quiet' || name === '-q') {
      quiet = true;
    } else if (name === '--') {
      files.push(...rest.slice(i + 1));
      break;
    } else if (FLAGS.includes(name)) {
      const v = inline ?? rest[++i];
      if (v === undefined || v === '') throw new NarrativeDiffError('USAGE', `${flag} expects a value, found nothing`);
      values.set(name, v);
    } else if (flag.startsWith('-') && flag !== '-') {
      throw unknownOption(flag, FLAGS);
    } else {
      files.push(arg);
    }
  }
  const index = values.get('--index');
  if (index === undefined) throw new NarrativeDiffError('USAGE', `corpus ${sub} expects --index FILE, found none`);
  const allowed: Record<(typeof COMMANDS)[number], readonly string[]> = {
    add: ['--index', '--options', '--metadata'],
    stories: ['--index', '--format', '--options'],
    report: ['--index', '--format', '--out', '--options', '--story', '--since', '--what'],
  };
  const command = sub as (typeof COMMANDS)[number];
  for (const flag of values.keys()) {
    if (!allowed[command].includes(flag)) throw new NarrativeDiffError('USAGE', `corpus ${command} does not take ${flag} (see --help)`);
  }
  if (command !== 'add' && files.length > 0) {
    throw new NarrativeDiffError('USAGE', `corpus ${command} takes no input files, found ${JSON.stringify(files[0])}`);
  }
  const options = values.get('--options');
  const format = values.get('--format');
  if (command === 'add') {
    if (files.length === 0) throw new NarrativeDiffError('USAGE', 'corpus add expects at least one input file, found none');
    const metadata = values.get('--metadata');
    return {
      kind: 'corpus-add',
      index,
      files,
      quiet,
      ...(options !== undefined && { options }),
      ...(metadata !== undefined && { metadata }),
    };
  }
  if (command === 'stories') {
    if (format !== undefined && format !== 'text' && format !== 'json') {
      throw new NarrativeDiffError('USAGE', `--format expects text or json, found ${JSON.stringify(format)}`);
    }
    return { kind: 'corpus-stories', index, format: format ?? 'text', quiet, ...(options !== undefined && { options }) };
  }
  if (format !== undefined && !['json', 'md', 'html', 'jsonl', 'csv'].includes(format)) {
    throw new NarrativeDiffError('USAGE', `--format expects json, md, html, jsonl or csv, found ${JSON.stringify(format)}`);
  }
  const what = values.get('--what');
  const flat = format === 'jsonl' || format === 'csv';
  if (flat && (what === undefined || !['alignments', 'quotes', 'labels'].includes(what))) {
    throw new NarrativeDiffError(
      'USAGE',
      `--format ${format} writes one table: expected --what alignments, quotes or labels, found ${JSON.stringify(what ?? null)}`,
    );
  }
  if (!flat && what !== undefined)
    throw new NarrativeDiffError('USAGE', `--what chooses the table of --format jsonl or csv, found --format ${format ?? 'json'}`);
  const story = values.get('--story');
  const since = values.get('--since');
  if ((story === undefined) === (since === undefined)) {
    throw new NarrativeDiffError(
      'USAGE',
      `corpus report expects one of --story ID or --since DATE, found ${story === undefined ? 'neither' : 'both'}`,
    );
  }
  const out = values.get('--out');
  if (since !== undefined && out === undefined) {
    throw new NarrativeDiffError('USAGE', 'corpus report --since writes a file per story: expected --out DIR, found none');
  }
  return {
    kind: 'corpus-report',
    index,
    select: story !== undefined ? { story } : { since: since ?? '' },
    format: (format ?? 'json') as ReportFormat,
    quiet,
    ...(what !== undefined && { what: what as ExportTable }),
    ...(out !== undefined && { out }),
    ...(options !== undefined && { options }),
  };
}
