/**
 * Fitting the speaker ranker (src/quotes/rank.ts): examples recorded from the quote stage on PolNeAR, each a
 * quote's candidates and its "no speaker" choice with which of them are right, and a conditional logit
 * (softmax over a quote's choices) fitted by gradient descent. Used by fit-speakers.ts; nothing of the corpus
 * is kept, only the fitted weights.
 */
import { readCorpus } from '../../src/document/read.js';
import type { Corpus } from '../../src/document/model.js';
import { resolveActors } from '../../src/actors/index.js';
import type { Actors } from '../../src/actors/types.js';
import { extractQuotes, findCredits, findQuotes, type DocQuotes, type SpeakerRanker } from '../../src/quotes/index.js';
import { SPEAKER_FEATURES, type SpeakerFeatures, type SpeakerModel } from '../../src/quotes/rank.js';
import type { CreditedSource, Quote } from '../../src/quotes/types.js';
import { matches, overlap, speakerRight, type Article } from './polnear-lib.js';

/** One quote as the ranker saw it: its choices' feature vectors (the "no speaker" choice first) and which are right. */
export interface Example {
  readonly docId: string;
  /** Per choice, the values of SPEAKER_FEATURES. */
  readonly x: Float64Array[];
  /** Indices of the right choices (0 = nobody). */
  readonly right: number[];
}

/** The stages before the speakers, run once per split (the speakers are re-chosen per model). */
export interface Prepared {
  readonly corpus: Corpus;
  readonly marks: readonly DocQuotes[];
  readonly actors: Actors;
  readonly credits: readonly CreditedSource[][];
  readonly byId: ReadonlyMap<string, Article>;
}

/** Reads a split's articles and runs the stages the quote stage needs. */
export function prepare(articles: readonly Article[]): Prepared {
  const corpus = readCorpus(articles.map((a) => ({ id: a.id, text: a.text })));
  const marks = findQuotes(corpus);
  const actors = resolveActors(
    corpus,
    marks.map((m) => m.ranges),
  );
  return { corpus, marks, actors, credits: findCredits(corpus), byId: new Map(articles.map((a) => [a.id, a])) };
}

/** The quotes of a prepared split with speakers chosen by `ranker`. */
export function quotesWith(p: Prepared, ranker: SpeakerRanker): Quote[] {
  return extractQuotes(p.corpus, p.marks, p.actors.index, p.credits, ranker);
}

const vector = (f: SpeakerFeatures): Float64Array => Float64Array.from(SPEAKER_FEATURES, (name) => f[name] ?? 0);

/**
 * The examples of a split, recorded while `model` chooses the speakers (the candidates of a quote depend on
 * the speaker chosen for the quote before it). A quote is labelled from the gold quote it matches: the
 * candidates PolNeAR's judgement (`speakerRight`) accepts are right, or nobody when none is; a quoted string
 * that matches no gold quote and lies in no annotated Content is nobody's; gold quotes with no source, and
 * strings inside a Content that match no gold quote, give no example.
 */
export function record(p: Prepared, model: SpeakerModel): Example[] {
  const out: Example[] = [];
  quotesWith(p, {
    model,
    onChoice: (doc, pieces, candidates, none) => {
      const art = p.byId.get(doc.id);
      if (art === undefined) return;
      const gold = art.gold.find((g) => pieces.some((piece) => matches(piece, g)));
      let right: number[];
      if (gold === undefined) {
        if (pieces.some((piece) => art.contents.some((c) => overlap(c, piece) > 0))) return;
        right = [0];
      } else {
        if (gold.sources.length === 0) return;
        right = candidates.flatMap((c, k) =>
          speakerRight({ speaker: c.attribution.speaker } as Quote, gold, art.text) !== null ? [k + 1] : [],
        );
        if (right.length === 0) right = [0];
      }
      out.push({ docId: doc.id, x: [vector(none), ...candidates.map((c) => vector(c.features))], right });
    },
  });
  return out;
}

/** How the conditional logit is fitted: L2 penalty per example and the number of full-batch steps. */
export interface FitOptions {
  readonly lambda: number;
  readonly steps: number;
}
export const FIT: FitOptions = { lambda: 0.001, steps: 400 };

/**
 * Fits weights that maximise, over the examples, the log of the softmax probability of their right choices,
 * less `lambda`/2 times the squared weights: full-batch Adam steps from zero, in a fixed order, so the same
 * examples always give the same weights.
 */
export function fitRanker(examples: readonly Example[], opts: FitOptions = FIT): number[] {
  const n = SPEAKER_FEATURES.length;
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const grad = new Float64Array(n);
  const rate = 0.05;
  for (let step = 1; step <= opts.steps; step++) {
    grad.fill(0);
    for (const ex of examples) {
      const scores = ex.x.map((x) => {
        let s = 0;
        for (let k = 0; k < n; k++) s += (x[k] as number) * (w[k] as number);
        return s;
      });
      const top = Math.max(...scores);
      const e = scores.map((s) => Math.exp(s - top));
      let z = 0;
      for (const x of e) z += x;
      let zRight = 0;
      for (const k of ex.right) zRight += e[k] ?? 0;
      for (let c = 0; c < ex.x.length; c++) {
        const x = ex.x[c] as Float64Array;
        const d = (e[c] as number) / z - (ex.right.includes(c) ? (e[c] as number) / zRight : 0);
        for (let k = 0; k < n; k++) grad[k] = (grad[k] as number) + d * (x[k] as number);
      }
    }
    for (let k = 0; k < n; k++) {
      const g = (grad[k] as number) / examples.length + opts.lambda * (w[k] as number);
      m[k] = 0.9 * (m[k] as number) + 0.1 * g;
      v[k] = 0.999 * (v[k] as number) + 0.001 * g * g;
      const mh = (m[k] as number) / (1 - 0.9 ** step);
      const vh = (v[k] as number) / (1 - 0.999 ** step);
      w[k] = (w[k] as number) - (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return [...w].map((x) => Math.round(x * 1e4) / 1e4);
}

/** A model of fitted weights. */
export const modelOf = (weights: readonly number[], margin = 0): SpeakerModel => ({ features: [...SPEAKER_FEATURES], weights, margin });
