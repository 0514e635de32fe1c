import { round4 } from '../util/numbers.js';
import type { Vocabulary } from '../document/model.js';
import { charDice } from './char-ngrams.js';
import { Feature } from './feature-names.js';
import { pairFeatures } from './features.js';
import { MODEL, modelEvidence, modelIdf, predict, type SimilarityModel } from './model.js';
import { prepareView, type PreparedView } from './prepared.js';
import { Scratch } from './scratch.js';
import { corpusTables, type CorpusTables } from './tables.js';
import { sameChars, wordView, type TokenSpan } from './view.js';
import type { AlignmentPair, SimilarityResult } from './types.js';

/**
 * What scoring needs of a corpus, built once where the alignment stage starts (or per `similarity()`
 * call) and handed to every comparison: the corpus's tables, scratch memory and the model.
 * @internal
 */
export interface ScoreContext extends CorpusTables {
  readonly scratch: Scratch;
  readonly model: SimilarityModel;
}

/**
 * A scoring context for a corpus's vocabulary.
 *
 * @param vocab - the vocabulary, complete (the document stage has read the corpus)
 * @param model - the model (default: the shipped one)
 * @returns the context
 * @internal
 */
export function scoreContext(vocab: Vocabulary, model: SimilarityModel = MODEL): ScoreContext {
  const tables = corpusTables(vocab, modelIdf(vocab, model), modelEvidence(vocab, model));
  return { ...tables, scratch: new Scratch(vocab.size), model };
}

function sameSequence(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The one judgement of how close two passages are, used both by {@link similarity} and by the alignment
 * stage: `verbatim` when the words are the same (whatever the quote marks, spaces, case and spelling
 * variants), otherwise the fitted model's probability that they say the same thing; at or above 0.5 the
 * pair is related — an `edited` copy when most words stay in order, else a `paraphrase`.
 * @internal
 */
export function scoreViews(a: PreparedView, b: PreparedView, ctx: ScoreContext): SimilarityResult {
  return scoreWithComponents(a, b, ctx).result;
}

/** What a pair's score is made of (see `AlignmentPair.components`). @internal */
export type ScoreComponents = AlignmentPair['components'];

/** A score clamped to [0, 1] and rounded with the shared {@link round4}. */
const clampedRound4 = (x: number): number => round4(Math.min(1, Math.max(0, x)));

/** {@link scoreViews} with the components of the score. @internal */
export function scoreWithComponents(
  a: PreparedView,
  b: PreparedView,
  ctx: ScoreContext,
): { result: SimilarityResult; components: ScoreComponents } {
  const la = a.v.count;
  const lb = b.v.count;
  if (la === 0 || lb === 0) {
    return { result: { score: 0, kind: 'unrelated' }, components: { lemmaOverlap: 0, wordOrder: 0, characters: 0, model: 0 } };
  }
  if (sameSequence(a.v.surface, b.v.surface)) {
    // Same words: only quote marks, spaces or spelling can differ, which the character measure shows.
    const characters = sameChars(a.v, b.v) ? 1 : clampedRound4(charDice(a.v.chars, b.v.chars));
    return { result: { score: 1, kind: 'verbatim' }, components: { lemmaOverlap: 1, wordOrder: 1, characters, model: 1 } };
  }
  const f = pairFeatures(a, b, ctx, ctx.scratch);
  const p = predict(f, ctx.model);
  return {
    result: judge(p, lcsOf(f, la, lb), la, lb, ctx.model),
    components: {
      lemmaOverlap: clampedRound4(f[Feature.idfDice] ?? 0),
      wordOrder: clampedRound4(f[Feature.lcsDice] ?? 0),
      characters: clampedRound4(f[Feature.charDice] ?? 0),
      model: clampedRound4(p),
    },
  };
}

/** A span's words prepared for scoring. @internal */
export function prepareSpan(span: TokenSpan, ctx: ScoreContext): PreparedView {
  return prepareView(wordView(span), ctx);
}

/** The word LCS length, read back from the `lcsDice` feature. @internal */
export function lcsOf(f: Float64Array, la: number, lb: number): number {
  return Math.round(((f[Feature.lcsDice] ?? 0) * (la + lb)) / 2);
}

/**
 * The verdict from the model's probability `p` and the word alignment. A trimmed copy — the shorter
 * passage found word for word, in order, in the longer — is related whatever the model says: MSRP
 * judges meaning (a sentence that adds a clause is "not a paraphrase"), but for text reuse a trimmed or
 * extended copy is the very thing to find. Its score is then at least `0.5 + 0.5 × word-LCS Dice`.
 * @internal
 */
export function judge(p: number, lcs: number, la: number, lb: number, model: SimilarityModel = MODEL): SimilarityResult {
  const shorter = Math.min(la, lb);
  const dice = (2 * lcs) / (la + lb);
  const copy = shorter >= model.copyMinWords && lcs / shorter >= model.copyContainment;
  const q = copy ? Math.max(p, 0.5 + 0.5 * dice) : p;
  // Rounded so that reports stay byte-identical across platforms' last-bit float differences.
  const score = Math.round(Math.min(q, 0.9999) * 1e4) / 1e4;
  // Rounding must not carry a pair across the 0.5 line its verdict is drawn at.
  if (q < 0.5) return { score: Math.min(score, 0.4999), kind: 'unrelated' };
  return { score, kind: copy || dice >= model.editedLcs ? 'edited' : 'paraphrase' };
}

/** {@link scoreViews} on two token spans. @internal */
export function scoreSpans(a: TokenSpan, b: TokenSpan, ctx: ScoreContext): SimilarityResult {
  return scoreViews(prepareSpan(a, ctx), prepareSpan(b, ctx), ctx);
}
