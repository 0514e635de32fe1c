import type { DocModel } from '../document/model.js';
import { pacer, type Steps } from '../util/steps.js';
import type { SpanRef } from './content.js';
import { diffUnits, wordDiff, type DiffUnits } from './diff.js';
import { extendSeeds, type PassagePair } from './extend.js';
import type { PreparedView } from './prepared.js';
import { prepareSpan, scoreWithComponents, type ScoreComponents, type ScoreContext } from './score.js';
import type { PairHits } from './seeds.js';
import type { DiffOp, SimilarityResult } from './types.js';
import type { DocWords } from './words.js';

/** A pair's score and its components, as {@link scoreWithComponents} gives them. @internal */
export interface ScoredPair {
  readonly result: SimilarityResult;
  readonly components: ScoreComponents;
}

/**
 * Spans and pairs of them to score or diff: span `i` is `spans[i]`, pair `k` joins spans `pairs[2k]` (its A side)
 * and `pairs[2k + 1]`.
 * @internal
 */
export interface SpanPairs {
  readonly spans: readonly SpanRef[];
  readonly pairs: Int32Array;
}

/**
 * The alignment stage's work on document pairs, which depends on the two documents of each pair only, so that it can
 * be done in other threads: seed-and-extend per document pair, and scoring and diffing per pair of passages. Each
 * method returns its results in the order of its requests, wherever the work was done, so the alignments do not
 * depend on it. Document indices are those of the corpus the alignment stage reads (documents in id order).
 * @internal
 */
export interface PairWork {
  /** {@link extendSeeds} on each document pair's hits, the passages in order of the pairs. */
  extend(hits: readonly PairHits[], minWords: number): Steps<PassagePair[]>;
  /** {@link scoreWithComponents} per pair of spans. */
  score(request: SpanPairs): Steps<ScoredPair[]>;
  /** {@link wordDiff} per pair of spans. */
  diff(request: SpanPairs): Steps<DiffOp[][]>;
}

/**
 * Makes the {@link PairWork} for the corpus the alignment stage reads, to be done elsewhere (worker threads), given
 * its documents' words and the scoring context.
 * @internal
 */
export type PairWorkFactory = (words: readonly DocWords[], ctx: ScoreContext) => PairWork;

/**
 * Seed-and-extend on each document pair's hits, pausing every few pairs.
 *
 * @param wordsOf - the words of a document, by index
 * @param hits - the pairs' hits
 * @param minWords - shortest passage kept, in words
 * @returns the passages of all pairs, in order of the pairs
 * @internal
 */
export function* extendAll(wordsOf: (doc: number) => DocWords, hits: readonly PairHits[], minWords: number): Steps<PassagePair[]> {
  const pace = pacer(64);
  const out: PassagePair[] = [];
  for (const h of hits) {
    if (pace()) yield;
    for (const p of extendSeeds(h, wordsOf(h.a), wordsOf(h.b), minWords)) out.push(p);
  }
  return out;
}

/**
 * Scores pairs of spans, each span prepared once however many pairs it is in.
 *
 * @param docOf - a document, by index
 * @param request - the spans and their pairs
 * @param ctx - the scoring context of the documents' vocabulary
 * @returns one score per pair, in order
 * @internal
 */
export function* scoreAll(docOf: (doc: number) => DocModel, request: SpanPairs, ctx: ScoreContext): Steps<ScoredPair[]> {
  const pace = pacer(32);
  const prepared: (PreparedView | undefined)[] = [];
  const prep = (i: number): PreparedView => {
    const s = request.spans[i]!;
    return (prepared[i] ??= prepareSpan({ doc: docOf(s.doc), from: s.from, to: s.to }, ctx));
  };
  const out: ScoredPair[] = [];
  for (let k = 0; 2 * k < request.pairs.length; k++) {
    if (pace()) yield;
    out.push(scoreWithComponents(prep(request.pairs[2 * k] ?? 0), prep(request.pairs[2 * k + 1] ?? 0), ctx));
  }
  return out;
}

/**
 * Word diffs of pairs of spans, each span cut into diff units once.
 *
 * @param docOf - a document, by index
 * @param request - the spans and their pairs
 * @returns one diff per pair, in order
 * @internal
 */
export function* diffAll(docOf: (doc: number) => DocModel, request: SpanPairs): Steps<DiffOp[][]> {
  const pace = pacer(32);
  const units: (DiffUnits | undefined)[] = [];
  const unitsOf = (i: number): DiffUnits => {
    const s = request.spans[i]!;
    return (units[i] ??= diffUnits({ doc: docOf(s.doc), from: s.from, to: s.to }));
  };
  const out: DiffOp[][] = [];
  for (let k = 0; 2 * k < request.pairs.length; k++) {
    if (pace()) yield;
    out.push(wordDiff(unitsOf(request.pairs[2 * k] ?? 0), unitsOf(request.pairs[2 * k + 1] ?? 0)));
  }
  return out;
}

/**
 * The pair work done in the calling thread.
 *
 * @param words - the words of the corpus's documents (each with its document)
 * @param ctx - the scoring context
 * @returns the work
 * @internal
 */
export function pairWorkHere(words: readonly DocWords[], ctx: ScoreContext): PairWork {
  const wordsOf = (d: number): DocWords => words[d]!;
  const docOf = (d: number): DocModel => words[d]!.doc;
  return {
    extend: (hits, minWords) => extendAll(wordsOf, hits, minWords),
    score: (request) => scoreAll(docOf, request, ctx),
    diff: (request) => diffAll(docOf, request),
  };
}
