import { actorSteps } from './actors/index.js';
import { alignSteps } from './align/index.js';
import { buildCoverage } from './coverage/index.js';
import { corpusReader } from './document/read.js';
import type { Corpus, DocModel } from './document/model.js';
import { framingSteps } from './framing/index.js';
import { creditedSources, markedQuotes, quoteSteps } from './quotes/index.js';
import { Run } from './progress.js';
import { quoteClusterSteps } from './quote-clusters/index.js';
import { buildReport } from './report/build.js';
import { storySteps } from './stories/index.js';
import { reuseSteps } from './reuse/index.js';
import { validateInputs } from './document/inputs.js';
import { checkLimits } from './limits.js';
import { resolveOptions, type ResolvedOptions } from './options.js';
import type { AnalyzeOptions, ArticleInput, Report } from './types.js';
import type { Offload, OffloadRun } from './workers/stages.js';

/**
 * Analyzes N articles about one event: the passages they share, the quotes they carry and how each
 * frames the story, with exact offsets into each original text.
 *
 * @param inputs - the articles; each needs a unique non-empty `id` and a `text` (which may be empty)
 * @param options - stage options; every field has a documented default
 * @returns the report; the same inputs and options always give the same report
 * @throws {NarrativeDiffError} when inputs or options are not of the documented form, or `INPUT_TOO_LARGE`
 * when the inputs exceed `options.limits`
 * @example
 * ```ts
 * const report = await analyze([
 *   { id: 'wire', text: 'Kim met Lavrov in Pyongyang on Thursday, state media said.' },
 *   { id: 'daily', text: 'Kim met Lavrov in Pyongyang on Thursday, state media reported.' },
 * ]);
 * report.documents.map((d) => d.id); //=> ['wire', 'daily']
 * ```
 */
export function analyze(inputs: readonly ArticleInput[], options?: AnalyzeOptions): Promise<Report> {
  return analyzeWith(inputs, options, undefined);
}

/**
 * {@link analyze}, with the per-document stages (`read`, `quote-marks`, `credits`) and the alignment stage's pair work
 * handed to `offload` when given (`narrative-diff/node` passes a worker pool); the report is the same wherever they run.
 *
 * @param inputs - the articles
 * @param options - stage options
 * @param offload - runs that work elsewhere, or leaves it to this thread by returning undefined
 * @returns the report
 * @internal
 */
export async function analyzeWith(
  inputs: readonly ArticleInput[],
  options: AnalyzeOptions | undefined,
  offload: Offload | undefined,
): Promise<Report> {
  validateInputs(inputs);
  const settings = resolveOptions(options);
  // Before any work: an input too large for the machine fails now, not after minutes or out of memory.
  checkLimits(inputs, settings.limits);
  const run = new Run(settings.onProgress, settings.signal);
  run.check();
  const elsewhere = offload?.(inputs, run, settings.signal);
  try {
    return await stages(inputs, settings, run, elsewhere);
  } finally {
    elsewhere?.close();
  }
}

/** The stages of analyze, in order, on checked inputs. */
async function stages(
  inputs: readonly ArticleInput[],
  settings: ResolvedOptions,
  run: Run,
  offload: OffloadRun | undefined,
): Promise<Report> {
  // Each stage gets what it needs from the ones before as arguments, and nothing else. Stages that work document
  // by document report and yield to the event loop between batches; the others before and after they run.
  const elsewhere = offload === undefined ? undefined : await offload.read(inputs);
  const corpus = elsewhere?.corpus ?? (await readInThread(inputs, run));
  const size = (d: DocModel): number => d.text.length;
  // Results made elsewhere are only reported here, batch by batch as if made here.
  const made =
    <T>(list: readonly T[] | undefined, stage: (doc: DocModel) => T) =>
    (doc: DocModel, i: number): T =>
      list === undefined ? stage(doc) : (list[i] as T);
  // Quote marks come before actors: a name inside a quote is a mention, but no antecedent for a pronoun outside it.
  const marks = await run.batches('quote-marks', corpus.docs, size, made(elsewhere?.marks, markedQuotes));
  const quoteRanges = marks.map((m) => m.ranges);
  const actors = await run.steps('actors', actorSteps(corpus, quoteRanges));
  // Stories before the stages that link documents: `stories.storyOf` says, per document, which story it is in.
  const stories = await run.steps('stories', storySteps(corpus, actors.names, settings.stories));
  const aligned = await run.steps('align', alignSteps(corpus, settings.align, offload?.pairs));
  // Reuse is kept inside a story: what documents of different stories share, and reporting formulas, are common passages.
  const { alignments, commonPassages } = await run.steps('reuse', reuseSteps(corpus, aligned, stories));
  const credits = await run.batches('credits', corpus.docs, size, made(elsewhere?.credits, creditedSources));
  const quotes = await run.steps('quotes', quoteSteps(corpus, marks, actors.index, credits));
  const quoteClusters = await run.steps('quote-clusters', quoteClusterSteps(corpus, quotes, alignments, settings.quoteClusters, stories));
  const coverage = await run.stage('coverage', () => buildCoverage(corpus, alignments, quoteClusters, quotes));
  const framing = await run.steps(
    'framing',
    framingSteps(
      corpus,
      { quotes, quoteClusters, alignments, coverage, actors, credits, storyOf: stories.storyOf },
      settings.framing,
      offload?.framing,
    ),
  );
  return run.stage('report', () =>
    buildReport({ corpus, stories: stories.stories, alignments, commonPassages, quotes, quoteClusters, framing, coverage }),
  );
}

/** The `read` stage in the calling thread, in batches. */
async function readInThread(inputs: readonly ArticleInput[], run: Run): Promise<Corpus> {
  const reader = corpusReader();
  try {
    const docs = await run.batches('read', inputs, (x) => x.text.length, reader.read);
    return { docs, vocab: reader.vocab };
  } finally {
    reader.close();
  }
}
