import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { analyze } from '../analyze.js';
import { NarrativeDiffError } from '../errors.js';
import { toHTML, toJSON, toMarkdown } from '../report/render.js';
import type { ArticleInput } from '../types.js';
import { HELP, parseArgs } from './args.js';
import { loadFile } from './load.js';

/** Where the CLI writes. @internal */
export interface CliIO {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
async function writeAtomic(path: string, content: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, content, 'utf8');
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new NarrativeDiffError('OUTPUT_FILE', `${path}: cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

/**
 * Runs the CLI on its arguments and returns the exit code: 0 success, 1 an input or output problem,
 * 2 a usage error.
 * @internal
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let cmd;
  try {
    cmd = parseArgs(argv);
  } catch (e) {
    io.stderr(`${(e as Error).message}\n`);
    return 2;
  }
  if (cmd.kind === 'help') {
    io.stdout(HELP);
    return 0;
  }
  if (cmd.kind === 'version') {
    io.stdout(`${version()}\n`);
    return 0;
  }
  try {
    const inputs: ArticleInput[] = [];
    const fileOf = new Map<string, string>();
    for (const file of cmd.files) {
      for (const article of await loadFile(file)) {
        const other = fileOf.get(article.id);
        if (other !== undefined) {
          throw new NarrativeDiffError(
            'INPUT_FILE',
            `${file}: document id ${JSON.stringify(article.id)} is already used by ${other}; expected unique ids`,
          );
        }
        fileOf.set(article.id, file);
        inputs.push(article);
      }
    }
    const started = Date.now();
    const report = await analyze(inputs);
    if (!cmd.quiet) {
      io.stderr(
        `narrative-diff: ${inputs.length} documents, ${report.alignments.length} shared passages, ${report.quotes.length} quotes, ${report.quoteClusters.length} quote clusters (${Date.now() - started} ms)\n`,
      );
    }
    const texts = Object.fromEntries(inputs.map((i) => [i.id, i.text]));
    const output = cmd.format === 'json' ? toJSON(report) : cmd.format === 'md' ? toMarkdown(report) : toHTML(report, texts);
    if (cmd.out !== undefined) await writeAtomic(cmd.out, output);
    else io.stdout(output);
    return 0;
  } catch (e) {
    if (e instanceof NarrativeDiffError) {
      io.stderr(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
