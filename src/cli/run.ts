import { readFileSync } from 'node:fs';
// The Node.js entry's analyze: large inputs are read in worker threads (the report is the same).
import { analyze } from '../node.js';
import { NarrativeDiffError } from '../errors.js';
import { resolveOptions } from '../options.js';
import { exportLines } from '../report/exports.js';
import { toHTML, toMarkdown } from '../report/render.js';
import type { AnalyzeProgress } from '../progress.js';
import type { AnalyzeOptions, ArticleInput } from '../types.js';
import { HELP, parseArgs } from './args.js';
import { runCorpus } from './corpus.js';
import { commandFailed, readOptionsFile } from './options-file.js';
import { jsonChunks } from './json-stream.js';
import { loadFile } from './load.js';
import { applyMetadata, loadMetadata, type LoadedArticle } from './metadata.js';
import { directoryOutput, fileOutput, streamOutput, type Chunks, type DirectoryOutput, type Output } from './output.js';
import { perStoryFiles } from './per-story.js';

/** Where the CLI writes. `stdout` may return a promise: the CLI waits for it, and a rejection is a write error. @internal */
export interface CliIO {
  readonly stdout: (s: string) => unknown;
  readonly stderr: (s: string) => void;
  /** Whether standard error is a terminal: progress is shown there only then. */
  readonly stderrIsTTY?: boolean;
}

/**
 * A progress line for a terminal: the stage, its place among the stages, and documents done where the stage
 * counts them; rewritten in place (carriage return), cleared at the end.
 * @internal
 */
export function progressLine(p: AnalyzeProgress): string {
  const count = p.total > 1 ? ` ${p.done.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')} documents` : '';
  return `narrative-diff: [${p.step}/${p.steps}] ${p.stage}${count}`;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** A long string in slices, so that writing it yields to the event loop (and to signals) between slices. */
function* slices(text: string, size = 1 << 20): Generator<string, void, undefined> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** The options file of `--options`: JSON holding the options of `analyze` (without functions), checked at once. */
async function loadOptions(file: string): Promise<AnalyzeOptions> {
  return (await readOptionsFile(file, 'options', resolveOptions)) as AnalyzeOptions;
}

/**
 * Reads the input files (and the metadata sidecar, when given) into articles with unique ids.
 *
 * @param files - the input files
 * @param metadataFile - the `--metadata` sidecar
 * @param quiet - whether notes on standard error are left out
 * @param io - where notes go
 * @returns the articles, and whether any text is not its file's bytes (HTML, front matter)
 * @throws {NarrativeDiffError} `INPUT_FILE` for a file that cannot be read or an id used twice
 * @internal
 */
export async function loadInputs(
  files: readonly string[],
  metadataFile: string | undefined,
  quiet: boolean,
  io: CliIO,
): Promise<{ inputs: ArticleInput[]; transformed: boolean }> {
  const metadata = metadataFile !== undefined ? await loadMetadata(metadataFile) : [];
  const loaded: LoadedArticle[] = [];
  const fileOf = new Map<string, string>();
  let transformed = false;
  for (const file of files) {
    const got = await loadFile(file);
    transformed ||= got.transformed;
    if (!quiet) for (const note of got.notes) io.stderr(`narrative-diff: ${note}\n`);
    for (const article of got.articles) {
      const other = fileOf.get(article.id);
      if (other !== undefined) {
        throw new NarrativeDiffError(
          'INPUT_FILE',
          `${file}: document id ${JSON.stringify(article.id)} is already used by ${other}; expected unique ids`,
        );
      }
      fileOf.set(article.id, file);
      loaded.push({ file, article });
    }
  }
  if (metadataFile !== undefined) applyMetadata(metadataFile, metadata, loaded);
  return { inputs: loaded.map((l) => l.article), transformed };
}

/**
 * Runs the CLI on its arguments and returns the exit code: 0 success, 1 an input or output problem,
 * 2 a usage error. Order: the output is checked, then the options, then the inputs are read and analysed,
 * then the report is written in chunks (JSON never becomes one string, so no size limit applies).
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
    await io.stdout(HELP);
    return 0;
  }
  if (cmd.kind === 'version') {
    await io.stdout(`${version()}\n`);
    return 0;
  }
  if (cmd.kind !== 'analyze') return runCorpus(cmd, io);
  try {
    // Before anything is read: an output that cannot be written fails now, not after the analysis.
    let output: Output | DirectoryOutput;
    if (cmd.perStory !== undefined) output = await directoryOutput(cmd.perStory);
    else output = cmd.out !== undefined ? await fileOutput(cmd.out) : streamOutput(io.stdout);
    const options = cmd.options !== undefined ? await loadOptions(cmd.options) : undefined;
    const { inputs, transformed } = await loadInputs(cmd.files, cmd.metadata, cmd.quiet, io);
    // Offsets index into the analysed text: where it is not the files' own bytes, it is written beside the report.
    const textsFile = cmd.texts ?? (transformed && cmd.out !== undefined ? `${cmd.out}.texts.jsonl` : undefined);
    const textsOutput = textsFile !== undefined ? await fileOutput(textsFile) : undefined;
    const started = Date.now();
    if (!cmd.quiet) {
      const chars = inputs.reduce((n, i) => n + i.text.length, 0);
      io.stderr(`narrative-diff: analyzing ${inputs.length} documents (${chars.toLocaleString('en-US')} characters)\n`);
    }
    let shown = 0;
    const onProgress =
      !cmd.quiet && io.stderrIsTTY === true
        ? (p: AnalyzeProgress): void => {
            const line = progressLine(p);
            io.stderr(`\r${line.padEnd(shown)}`);
            shown = line.length;
          }
        : undefined;
    const report = await analyze(inputs, {
      ...options,
      ...(onProgress !== undefined && { onProgress }),
      ...(cmd.workers !== undefined && { workers: cmd.workers }),
    });
    if (shown > 0) io.stderr(`\r${' '.repeat(shown)}\r`);
    if (!cmd.quiet) {
      io.stderr(
        `narrative-diff: ${inputs.length} documents, ${report.alignments.length} shared passages, ${report.quotes.length} quotes, ${report.quoteClusters.length} quote clusters (${Date.now() - started} ms)\n`,
      );
    }
    const texts = Object.fromEntries(inputs.map((i) => [i.id, i.text]));
    if (cmd.perStory !== undefined) {
      const { files, count } = perStoryFiles(report, texts, cmd.formats, cmd.tables);
      // The analysed texts go into DIR with the reports unless --texts says elsewhere.
      const textsInDir = transformed && cmd.texts === undefined;
      await (output as DirectoryOutput).write(
        (function* () {
          yield* files;
          if (textsInDir) yield { name: 'texts.jsonl', chunks: inputs.map((i) => `${JSON.stringify(i)}\n`) };
        })(),
      );
      if (!cmd.quiet) {
        const inDir = textsInDir ? '; the analysed texts, which offsets index into, in texts.jsonl' : '';
        io.stderr(
          `narrative-diff: wrote ${report.stories.length} ${report.stories.length === 1 ? 'story' : 'stories'} to ${cmd.perStory} (${count + (textsInDir ? 1 : 0)} files${inDir})\n`,
        );
      }
    } else {
      const format = cmd.formats[0] ?? 'json';
      const table = cmd.tables[0];
      const chunks: Chunks =
        (format === 'jsonl' || format === 'csv') && table !== undefined
          ? exportLines(report, table, format)
          : format === 'json'
            ? jsonChunks(report)
            : slices(format === 'md' ? toMarkdown(report) : toHTML(report, texts));
      await (output as Output).write(chunks);
    }
    if (textsOutput !== undefined && textsFile !== undefined) {
      await textsOutput.write(inputs.map((i) => `${JSON.stringify(i)}\n`));
      if (!cmd.quiet) io.stderr(`narrative-diff: the analysed texts (offsets index into them) are in ${textsFile}\n`);
    } else if (transformed && !cmd.quiet && cmd.perStory === undefined) {
      io.stderr('narrative-diff: offsets index into the analysed texts (HTML extracted, front matter left out); --texts FILE keeps them\n');
    }
    return 0;
  } catch (e) {
    return commandFailed(e, io);
  }
}
