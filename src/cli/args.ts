import { NarrativeDiffError } from '../errors.js';
import { unknownOption } from './unknown-option.js';
import type { ExportTable } from '../report/exports.js';
import { CORPUS_HELP, parseCorpusArgs, type CorpusCommand } from './corpus-args.js';

/** Output formats of the CLI: the report (json, md, html) or one flat table of it (jsonl, csv). */
export type Format = 'json' | 'md' | 'html' | 'jsonl' | 'csv';

/** A parsed command line. @internal */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'analyze';
      readonly files: readonly string[];
      /** One format, or several with `perStory`. */
      readonly formats: readonly Format[];
      /** The tables written for `jsonl` and `csv`: one, or several with `perStory`; empty for the report formats. */
      readonly tables: readonly ExportTable[];
      readonly out?: string;
      /** `--per-story DIR`: one report per story and a summary in DIR. */
      readonly perStory?: string;
      readonly options?: string;
      readonly metadata?: string;
      readonly texts?: string;
      /** `--workers N`: threads for reading and aligning (`narrative-diff/node`'s `workers`); left out, its default. */
      readonly workers?: number;
      readonly quiet: boolean;
    }
  | CorpusCommand;

/** The CLI's help text. @internal */
export const HELP = `narrative-diff — compare how several outlets told one story

Usage:
  narrative-diff analyze <files…> [--format json|md|html] [--out FILE] [--options FILE]
  narrative-diff analyze <files…> --format jsonl|csv --what alignments|quotes|labels [--out FILE]
  narrative-diff analyze <files…> --per-story DIR [--format json,md,html,jsonl,csv] [--what …]
  narrative-diff corpus add|stories|report --index FILE …   (see Corpus below)
  narrative-diff --help | --version

Inputs:
  .txt and .md files are one article each; the document id is the file name without its extension. They may
  open with front matter: a line ---, lines "title: …", "source: …", "url: …", "publishedAt: …", "id: …", a
  line ---.
  .json files hold one article { id?, text, title?, source?, url?, publishedAt? } or an array of them;
  .jsonl files hold one such article per line.
  .html/.htm pages go through an article extractor (Firefox's reader view): navigation, banners and footers
  are left out, the title, outlet and date are taken from the page.

Options:
  --format, -f   json (default), md or html: the report; jsonl or csv: one table of it (--what), a row per
                 line, for pandas or R
  --what TABLE   the table --format jsonl|csv writes: alignments (a row per copy of a shared passage), quotes
                 (a row per quote), labels (a row per framing flag: labels, cue verbs, hedges, intensifiers,
                 scare quotes); columns in the README
  --per-story DIR one report per story instead of one for everything: DIR/summary.json (the stories, their
                 sizes, terms and outlets, the most widely shared passages, the files of each story) and per
                 story DIR/<story id>.json (.md, .html) and DIR/<story id>.<table>.jsonl (.csv). Here --format
                 and --what take several values, comma-separated (--format json,csv: each story as JSON and its
                 three tables as CSV; --what defaults to all three). DIR must be new or empty: it is checked
                 before anything is read and written whole or not at all
  --out, -o      write to FILE instead of standard output: checked before anything is read, written whole
                 or not at all (never a partial file, even on a full disk or Ctrl-C); a read-only FILE is
                 refused
  --options FILE a JSON file of analyze's options, e.g. {"align": {"minPassageWords": 12},
                 "limits": {"maxTotalChars": 80000000}}
  --metadata FILE a CSV (header: file or id, title, source, url, publishedAt) or JSON array giving the
                 inputs' titles, outlets, URLs and dates; a row naming no input is an error
  --texts FILE   write the analysed texts (JSON lines, readable as input) to FILE; done beside --out
                 (FILE.texts.jsonl) whenever a text is not its file's bytes (HTML, front matter)
  --workers N    worker threads that read and align the documents (0: this thread); by default one per core
                 for inputs of 1,000,000 characters or more. The report is the same with any number
  --quiet, -q    nothing on standard error but errors (by default: a summary, and progress per stage
                 when standard error is a terminal)
  --help, -h     this help
  --version, -v  the version

${CORPUS_HELP}
Exit codes: 0 success, 1 an input, options or output file could not be used (or standard output could not
be written whole: a full disk, a closed pipe), 2 a usage error.
`;

const FORMATS: readonly Format[] = ['json', 'md', 'html', 'jsonl', 'csv'];
const TABLES: readonly ExportTable[] = ['alignments', 'quotes', 'labels'];
const FLAGS: readonly string[] = [
  '--format',
  '--what',
  '--out',
  '--per-story',
  '--options',
  '--metadata',
  '--texts',
  '--workers',
  '--quiet',
  '--help',
  '--version',
];

/** A comma-separated list of values of `flag`, each one of `allowed`, without repeats. */
function list<T extends string>(flag: string, v: string, allowed: readonly T[]): T[] {
  const values = v.split(',');
  for (const x of values) {
    if (!allowed.includes(x as T)) {
      const expected = `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1] ?? ''}`;
      throw new NarrativeDiffError('USAGE', `${flag} expects ${expected}, found ${JSON.stringify(x)}`);
    }
  }
  return [...new Set(values as T[])];
}

/** The formats and tables, checked against each other and against `--per-story`. */
function checkOutputs(
  formats: readonly Format[],
  tables: readonly ExportTable[] | undefined,
  perStory: boolean,
  out: boolean,
): ExportTable[] {
  const flat = formats.filter((f) => f === 'jsonl' || f === 'csv');
  if (perStory) {
    if (out) throw new NarrativeDiffError('USAGE', '--per-story DIR writes its files in DIR; expected no --out, found both');
    if (tables !== undefined && flat.length === 0)
      throw new NarrativeDiffError('USAGE', `--what chooses the tables of --format jsonl or csv, found --format ${formats.join(',')}`);
    return flat.length === 0 ? [] : [...(tables ?? TABLES)];
  }
  if (formats.length > 1) {
    throw new NarrativeDiffError(
      'USAGE',
      `--format expects one format for one output, found ${formats.join(',')} (several formats are for --per-story DIR)`,
    );
  }
  const format = formats[0] ?? 'json';
  if (flat.length === 0) {
    if (tables !== undefined)
      throw new NarrativeDiffError('USAGE', `--what chooses the table of --format jsonl or csv, found --format ${format}`);
    return [];
  }
  if (tables === undefined) {
    throw new NarrativeDiffError('USAGE', `--format ${format} writes one table: expected --what alignments, quotes or labels, found none`);
  }
  if (tables.length > 1) {
    throw new NarrativeDiffError(
      'USAGE',
      `--what expects one table for one output, found ${tables.join(',')} (several tables are for --per-story DIR)`,
    );
  }
  return [...tables];
}

/**
 * Parses the CLI's arguments (without `node` and the script).
 * @throws {NarrativeDiffError} `USAGE` for anything it does not understand
 * @internal
 */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { kind: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { kind: 'version' };
  const [command, ...rest] = argv;
  if (command === 'corpus') return parseCorpusArgs(rest);
  if (command !== 'analyze') {
    throw new NarrativeDiffError('USAGE', `expected the command "analyze" or "corpus", found ${JSON.stringify(command)} (see --help)`);
  }
  const files: string[] = [];
  let formats: Format[] = ['json'];
  let tables: ExportTable[] | undefined;
  let out: string | undefined;
  let perStory: string | undefined;
  let options: string | undefined;
  let metadata: string | undefined;
  let texts: string | undefined;
  let workers: number | undefined;
  let quiet = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === '') throw new NarrativeDiffError('USAGE', `${flag} expects a value, found nothing`);
      return v;
    };
    if (flag === '--format' || flag === '-f') {
      formats = list('--format', value(), FORMATS);
    } else if (flag === '--what') {
      tables = list('--what', value(), TABLES);
    } else if (flag === '--out' || flag === '-o') {
      out = value();
    } else if (flag === '--per-story') {
      perStory = value();
    } else if (flag === '--options') {
      options = value();
    } else if (flag === '--metadata') {
      metadata = value();
    } else if (flag === '--texts') {
      texts = value();
    } else if (flag === '--workers') {
      const v = value();
      workers = Number(v);
      if (!/^\d{1,4}$/.test(v))
        throw new NarrativeDiffError('USAGE', `--workers expects a whole number of threads (0 or more), found ${JSON.stringify(v)}`);
    } else if (flag === '--quiet' || flag === '-q') {
      quiet = true;
    } else if (flag === '--') {
      files.push(...rest.slice(i + 1));
      break;
    } else if (flag.startsWith('-') && flag !== '-') {
      throw unknownOption(flag, FLAGS);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) throw new NarrativeDiffError('USAGE', 'analyze expects at least one input file, found none');
  return {
    kind: 'analyze',
    files,
    formats,
    tables: checkOutputs(formats, tables, perStory !== undefined, out !== undefined),
    quiet,
    ...(out !== undefined && { out }),
    ...(perStory !== undefined && { perStory }),
    ...(options !== undefined && { options }),
    ...(metadata !== undefined && { metadata }),
    ...(texts !== undefined && { texts }),
    ...(workers !== undefined && { workers }),
  };
}
