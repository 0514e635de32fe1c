// The steps of analyze up to the quotes, run in order for tests that look at one stage's output
// (src/analyze.ts is the pipeline itself; this only saves each test from repeating the first steps).
import { resolveActors } from '../../src/actors/index.js';
import type { Actors } from '../../src/actors/types.js';
import type { Alignment } from '../../src/align/types.js';
import { buildCoverage } from '../../src/coverage/index.js';
import type { Corpus } from '../../src/document/model.js';
import type { FramingInputs } from '../../src/framing/index.js';
import type { Coverage } from '../../src/framing/types.js';
import type { QuoteCluster } from '../../src/quote-clusters/types.js';
import { extractQuotes, findCredits, findQuotes, type DocQuotes } from '../../src/quotes/index.js';
import type { ActorMention, CreditedSource, Quote } from '../../src/quotes/types.js';

/** What the steps up to the quote stage give for one corpus. */
export interface QuoteStages {
  readonly marks: readonly DocQuotes[];
  readonly actors: Actors;
  readonly credits: readonly CreditedSource[][];
  readonly quotes: Quote[];
}

/** Runs quote marks, actors, credits and quotes on a corpus, as analyze does. */
export function quoteStages(corpus: Corpus): QuoteStages {
  const marks = findQuotes(corpus);
  const quoteRanges = marks.map((m) => m.ranges);
  const actors = resolveActors(corpus, quoteRanges);
  const credits = findCredits(corpus);
  const quotes = extractQuotes(corpus, marks, actors.index, credits);
  return { marks, actors, credits, quotes };
}

/** One document's mentions of each actor: canonical name → mentions in text order. */
export function mentionsIn(actors: Actors, docId: string): Map<string, ActorMention[]> {
  const out = new Map<string, ActorMention[]>();
  for (const a of actors.list) {
    const ms = a.mentions.filter((m) => m.docId === docId);
    if (ms.length > 0) out.set(a.name, ms);
  }
  return out;
}

/** What analyzeFraming reads, for a corpus: the given stages' outputs, the rest run here (quotes default to none, coverage built from the rest). */
export function framingInputs(
  corpus: Corpus,
  given: {
    quotes?: readonly Quote[];
    quoteClusters?: readonly QuoteCluster[];
    alignments?: readonly Alignment[];
    coverage?: Coverage;
  } = {},
): FramingInputs {
  const { actors, credits } = quoteStages(corpus);
  const quotes = given.quotes ?? [];
  const quoteClusters = given.quoteClusters ?? [];
  const alignments = given.alignments ?? [];
  const coverage = given.coverage ?? buildCoverage(corpus, alignments, quoteClusters, quotes);
  return { quotes, quoteClusters, alignments, coverage, actors, credits };
}
