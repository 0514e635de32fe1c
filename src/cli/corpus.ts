import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { openCorpus, type Corpus, type CorpusOptions, type CorpusStory, type StoryReport } from '../corpus/index.js';
import { resolveCorpusOptions } from '../corpus/options.js';
import { resolveOptions } from '../options.js';
import { exportLines } from '../report/exports.js';
import { toHTML, toMarkdown } from '../report/render.js';
import type { ExportTable } from '../report/exports.js';
import type { CorpusCommand, ReportFormat } from './corpus-args.js';
import { jsonChunks } from './json-stream.js';
import { commandFailed, readOptionsFile } from './options-file.js';
import { fileOutput, streamOutput, type Chunks } from './output.js';
import { loadInputs, type CliIO } from './run.js';

/** The `--options` file of the corpus commands: JSON holding {@link CorpusOptions}, checked at once. */
async function loadCorpusOptions(file: string): Promise<CorpusOptions> {
  return (await readOptionsFile(file, 'corpus options', (value) =>
    resolveOptions(resolveCorpusOptions(value as CorpusOptions).analyze),
  )) as CorpusOptions;
}

/** The stories as lines of text: id, articles, first and last day, the first article's title. */
function storyLines(stories: readonly CorpusStory[]): string[] {
  return stories.map((s) => `${s.id}\t${s.documents}\t${s.firstDay}\t${s.lastDay}\t${s.title ?? s.firstDocId}\n`);
}

/** A story's report in the format asked for, as chunks. */
function reportChunks(r: StoryReport, format: ReportFormat, what: ExportTable | undefined): Chunks {
  if (format === 'json') return jsonChunks(r.report);
  if (format === 'jsonl' || format === 'csv') return exportLines(r.report, what ?? 'alignments', format);
  if (format === 'md') return [toMarkdown(r.report)];
  return [toHTML(r.report, Object.fromEntries(r.inputs.map((i) => [i.id, i.text])))];
}

/**
 * Writes the reports of `corpus report`: one to `--out FILE` or standard output for `--story`, one file per story
 * in `--out DIR` for `--since`. Each file is written whole or not at all (see `fileOutput`).
 */
async function writeReports(corpus: Corpus, cmd: Extract<CorpusCommand, { kind: 'corpus-report' }>, io: CliIO): Promise<number> {
  const ext = cmd.format;
  if ('since' in cmd.select && cmd.out !== undefined) await mkdir(cmd.out, { recursive: true });
  const single = 'story' in cmd.select && cmd.out !== undefined ? await fileOutput(cmd.out) : undefined;
  let written = 0;
  for await (const r of corpus.report(cmd.select)) {
    // HOOK(i19-exports): the one place where a story's report leaves the corpus: the report (json, md, html) or one
    // flat table of it (jsonl, csv, from src/report/exports.ts). A corpus summary over the index (stories, sizes,
    // outlets, top shared passages, related stories) would be written beside these files from here.
    const output =
      'since' in cmd.select ? await fileOutput(join(cmd.out ?? '.', `${r.story.id}.${ext}`)) : (single ?? streamOutput(io.stdout));
    await output.write(reportChunks(r, cmd.format, cmd.what));
    written++;
    if (!cmd.quiet) {
      io.stderr(
        `narrative-diff: story ${r.story.id}: ${r.story.documents} articles, ${r.report.alignments.length} shared passages${r.cached ? ' (kept from before)' : ''}\n`,
      );
    }
  }
  if (!cmd.quiet && 'since' in cmd.select) io.stderr(`narrative-diff: ${written} story reports in ${cmd.out ?? '.'}\n`);
  return 0;
}

/**
 * Runs `narrative-diff corpus add|stories|report` and returns the exit code (0 success, 1 an input, index or
 * output problem, with a one-line message).
 * @internal
 */
export async function runCorpus(cmd: CorpusCommand, io: CliIO): Promise<number> {
  let corpus: Corpus | undefined;
  try {
    const options = cmd.options !== undefined ? await loadCorpusOptions(cmd.options) : undefined;
    if (cmd.kind === 'corpus-add') {
      // Every input is read and checked before the index is opened: a bad file leaves the index as it was.
      const { inputs } = await loadInputs(cmd.files, cmd.metadata, cmd.quiet, io);
      corpus = await openCorpus(cmd.index, options);
      const started = Date.now();
      let added = 0;
      const result = await corpus.add(inputs, (b) => {
        added += b.documents;
        if (!cmd.quiet && io.stderrIsTTY === true) io.stderr(`\rnarrative-diff: ${added}/${inputs.length} articles added`);
      });
      if (!cmd.quiet) {
        io.stderr(
          `${io.stderrIsTTY === true ? '\r' : ''}narrative-diff: added ${result.documents} articles to ${cmd.index} (now ${corpus.documents}): ${result.pairs} candidate pairs, ${result.stories} stories gained articles (${Date.now() - started} ms)\n`,
        );
      }
    } else if (cmd.kind === 'corpus-stories') {
      corpus = await openCorpus(cmd.index, options);
      const stories = await corpus.stories();
      await io.stdout(
        cmd.format === 'json'
          ? `${JSON.stringify(stories, null, 2)}\n`
          : ['id\tarticles\tfirst day\tlast day\ttitle\n', ...storyLines(stories)].join(''),
      );
    } else {
      corpus = await openCorpus(cmd.index, options);
      return await writeReports(corpus, cmd, io);
    }
    return 0;
  } catch (e) {
    return commandFailed(e, io);
  } finally {
    await corpus?.close();
  }
}
