import { NarrativeDiffError } from '../errors.js';
import { nearest } from '../options.js';
import { CORPUS_HELP, parseCorpusArgs, type CorpusCommand } from './corpus-args.js';

/** Output formats of the CLI. */
export type Format = 'json' | 'md' | 'html';

/** A parsed command line. @internal */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'analyze';
      readonly files: readonly string[];
      readonly format: Format;
      readonly out?: string;
      readonly options?: string;
      readonly metadata?: string;
      readonly texts?: string;
      readonly quiet: boolean;
    }
  | CorpusCommand;

/** The CLI's help text. @internal */
export const HELP = `narrative-diff — compare how several outlets told one story

Usage:
  narrative-diff analyze <files…> [--format json|md|html] [--out FILE] [--options FILE]
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
  --format, -f   json (default), md or html
  --out, -o      write to FILE instead of standard output: checked before anything is read, written whole
                 or not at all (never a partial file, even on a full disk or Ctrl-C); a read-only FILE is
                 refused
  --options FILE a JSON file of analyze's options, e.g. {"align": {"minPassageWords": 12},
                 "limits": {"maxTotalChars": 80000000}}
  --metadata FILE a CSV (header: file or id, title, source, url, publishedAt) or JSON array giving the
                 inputs' titles, outlets, URLs and dates; a row naming no input is an error
  --texts FILE   write the analysed texts (JSON lines, readable as input) to FILE; done beside --out
                 (FILE.texts.jsonl) whenever a text is not its file's bytes (HTML, front matter)
  --quiet, -q    nothing on standard error but errors (by default: a summary, and progress per stage
                 when standard error is a terminal)
  --help, -h     this help
  --version, -v  the version

${CORPUS_HELP}
Exit codes: 0 success, 1 an input, options or output file could not be used (or standard output could not
be written whole: a full disk, a closed pipe), 2 a usage error.
`;

const FORMATS: readonly Format[] = ['json', 'md', 'html'];
const FLAGS: readonly string[] = ['--format', '--out', '--options', '--metadata', '--texts', '--quiet', '--help', '--version'];

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
  let format: Format = 'json';
  let out: string | undefined;
  let options: string | undefined;
  let metadata: string | undefined;
  let texts: string | undefined;
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
      const v = value();
      if (!FORMATS.includes(v as Format))
        throw new NarrativeDiffError('USAGE', `--format expects json, md or html, found ${JSON.stringify(v)}`);
      format = v as Format;
    } else if (flag === '--out' || flag === '-o') {
      out = value();
    } else if (flag === '--options') {
      options = value();
    } else if (flag === '--metadata') {
      metadata = value();
    } else if (flag === '--texts') {
      texts = value();
    } else if (flag === '--quiet' || flag === '-q') {
      quiet = true;
    } else if (flag === '--') {
      files.push(...rest.slice(i + 1));
      break;
    } else if (flag.startsWith('-') && flag !== '-') {
      const near = nearest(flag, FLAGS);
      throw new NarrativeDiffError(
        'USAGE',
        `unknown option ${JSON.stringify(flag)}${near === undefined ? '' : `; did you mean ${JSON.stringify(near)}?`} (see --help)`,
      );
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) throw new NarrativeDiffError('USAGE', 'analyze expects at least one input file, found none');
  return {
    kind: 'analyze',
    files,
    format,
    quiet,
    ...(out !== undefined && { out }),
    ...(options !== undefined && { options }),
    ...(metadata !== undefined && { metadata }),
    ...(texts !== undefined && { texts }),
  };
}
