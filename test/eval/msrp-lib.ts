// Shared by the MSRP evaluation (msrp.eval.ts) and the fitting script (fit-msrp.ts): reads the MSRP
// training pairs from ../shared/corpus at run time, computes the similarity features with the library's
// own code, and fits / cross-validates the logistic model. Nothing here ships in the package.
import { readFileSync } from 'node:fs';
import { pairFeatures, prepareView, Scratch, wordView, type WordView } from '../../src/align/features.js';
import { MODEL, type SimilarityModel } from '../../src/align/model.js';
import { judge, lcsOf } from '../../src/align/score.js';
import { readCorpus } from '../../src/document/read.js';
import type { Vocabulary } from '../../src/document/model.js';

export const MSRP_TRAIN = new URL('../../../shared/corpus/msrp/msr_paraphrase_train.txt', import.meta.url);

export interface MsrpData {
  readonly labels: Uint8Array;
  readonly a: WordView[];
  readonly b: WordView[];
  readonly vocab: Vocabulary;
}

/** Reads the training pairs and tokenizes every sentence with the document stage. */
export function loadMsrp(): MsrpData {
  const lines = readFileSync(MSRP_TRAIN, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(1).filter((l) => l.trim() !== '');
  const labels: number[] = [];
  const texts: { id: string; text: string }[] = [];
  lines.forEach((line, i) => {
    const cols = line.split('\t');
    labels.push(cols[0] === '1' ? 1 : 0);
    texts.push({ id: `${i}a`, text: cols[3] ?? '' }, { id: `${i}b`, text: cols[4] ?? '' });
  });
  const corpus = readCorpus(texts);
  const views = corpus.docs.map((d) => wordView({ doc: d, from: 0, to: d.tokens.count }));
  return {
    labels: Uint8Array.from(labels),
    a: views.filter((_, i) => i % 2 === 0),
    b: views.filter((_, i) => i % 2 === 1),
    vocab: corpus.vocab,
  };
}

/** IDF over the sentences of the given pairs: log((N + 1) / (df + 1)) + 1 with df counted per sentence. */
export function idfTable(data: MsrpData, pairs: readonly number[]): { idf: Float64Array; df: Int32Array; n: number } {
  const df = new Int32Array(data.vocab.size);
  const seen = new Int32Array(data.vocab.size).fill(-1);
  let stamp = 0;
  for (const p of pairs) {
    for (const v of [data.a[p], data.b[p]]) {
      if (v === undefined) continue;
      stamp++;
      for (const k of v.keys) {
        if (seen[k] !== stamp) {
          seen[k] = stamp;
          df[k]!++;
        }
      }
    }
  }
  const n = pairs.length * 2;
  const idf = new Float64Array(data.vocab.size);
  // Keys seen in fewer than two sentences get the idf of df = 1, as the shipped table does.
  for (let k = 0; k < idf.length; k++) idf[k] = Math.log((n + 1) / (Math.max(1, df[k] ?? 0) + 1)) + 1;
  return { idf, df, n };
}

export function features(data: MsrpData, idf: Float64Array): Float64Array[] {
  const scratch = new Scratch(data.vocab.size);
  return data.a.map((a, i) =>
    pairFeatures(prepareView(a, idf, data.vocab), prepareView(data.b[i] as WordView, idf, data.vocab), idf, data.vocab, scratch),
  );
}

export interface Fit {
  readonly mean: number[];
  readonly scale: number[];
  readonly terms: number[][];
  readonly weights: number[];
  readonly bias: number;
}

export function expand(f: Float64Array, mean: readonly number[], scale: readonly number[], terms: readonly (readonly number[])[]): Float64Array {
  const z = new Float64Array(f.length);
  for (let i = 0; i < f.length; i++) z[i] = ((f[i] ?? 0) - (mean[i] ?? 0)) / (scale[i] || 1);
  const x = new Float64Array(terms.length);
  terms.forEach((t, k) => {
    let v = 1;
    for (const i of t) v *= z[i] ?? 0;
    x[k] = v;
  });
  return x;
}

/** The terms: every feature, plus (if asked) products of pairs of features. */
export function makeTerms(nf: number, quadratic: boolean): number[][] {
  const terms: number[][] = [];
  for (let i = 0; i < nf; i++) terms.push([i]);
  // Squares only: cross products over-fit 4,000 pairs (measured: lower CV accuracy, 20x slower).
  if (quadratic) for (let i = 0; i < nf; i++) terms.push([i, i]);
  return terms;
}

/** Solves A x = b for a symmetric positive definite A (Cholesky). */
function solve(A: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const L = A.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i]![j]!;
      for (let k = 0; k < j; k++) s -= L[i]![k]! * L[j]![k]!;
      L[i]![j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / L[j]![j]!;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= L[i]![k]! * y[k]!;
    y[i] = s / L[i]![i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= L[k]![i]! * x[k]!;
    x[i] = s / L[i]![i]!;
  }
  return x;
}

function loss(X: Float64Array[], y: Uint8Array, w: Float64Array, lambda: number): number {
  let l = 0;
  for (let n = 0; n < X.length; n++) {
    const x = X[n]!;
    let z = w[0]!;
    for (let k = 1; k < w.length; k++) z += w[k]! * x[k - 1]!;
    // log(1 + e^z) - y z, computed stably
    l += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y[n]! * z;
  }
  for (let k = 1; k < w.length; k++) l += (lambda / 2) * w[k]! ** 2;
  return l;
}

/** L2-regularized logistic regression by Newton's method; returns [bias, ...weights]. */
export function logistic(X: Float64Array[], y: Uint8Array, lambda: number): Float64Array {
  const d = (X[0]?.length ?? 0) + 1;
  let w = new Float64Array(d);
  for (let iter = 0; iter < 25; iter++) {
    const g = new Float64Array(d);
    const H = Array.from({ length: d }, () => new Float64Array(d));
    for (let n = 0; n < X.length; n++) {
      const x = X[n]!;
      let z = w[0]!;
      for (let k = 1; k < d; k++) z += w[k]! * x[k - 1]!;
      const p = 1 / (1 + Math.exp(-z));
      const r = p - y[n]!;
      const s = p * (1 - p);
      g[0]! += r;
      for (let k = 1; k < d; k++) g[k]! += r * x[k - 1]!;
      H[0]![0]! += s;
      for (let k = 1; k < d; k++) {
        const sk = s * x[k - 1]!;
        H[0]![k]! += sk;
        for (let m = 1; m <= k; m++) H[k]![m]! += sk * x[m - 1]!;
      }
    }
    for (let k = 0; k < d; k++) for (let m = 0; m < k; m++) H[m]![k] = H[k]![m]!;
    for (let k = 1; k < d; k++) {
      g[k]! += lambda * w[k]!;
      H[k]![k]! += lambda;
    }
    const step = solve(H, g);
    // Damped Newton: halve the step until the penalized loss goes down (plain Newton overshoots on
    // skewed features).
    const base = loss(X, y, w, lambda);
    let t = 1;
    let next = w;
    for (let h = 0; h < 30; h++, t /= 2) {
      next = w.map((v, k) => v - t * step[k]!);
      if (loss(X, y, next, lambda) <= base) break;
    }
    let max = 0;
    for (let k = 0; k < d; k++) max = Math.max(max, Math.abs(next[k]! - w[k]!));
    w = next;
    if (max < 1e-7) break;
  }
  return w;
}

/** Fits the model on the given pairs; the threshold that maximizes training accuracy is folded into the bias. */
export function fit(F: Float64Array[], y: Uint8Array, rows: readonly number[], quadratic: boolean, lambda: number): Fit {
  const nf = F[0]?.length ?? 0;
  const mean = new Array<number>(nf).fill(0);
  const scale = new Array<number>(nf).fill(0);
  for (const r of rows) for (let i = 0; i < nf; i++) mean[i]! += F[r]![i]! / rows.length;
  for (const r of rows) for (let i = 0; i < nf; i++) scale[i]! += (F[r]![i]! - mean[i]!) ** 2 / rows.length;
  for (let i = 0; i < nf; i++) scale[i] = Math.sqrt(scale[i]!) || 1;
  const terms = makeTerms(nf, quadratic);
  const X = rows.map((r) => expand(F[r]!, mean, scale, terms));
  const Y = Uint8Array.from(rows.map((r) => y[r]!));
  const w = logistic(X, Y, lambda);
  // Pick the accuracy-maximizing cut on the training rows and fold it into the bias.
  const z = X.map((x) => {
    let s = w[0]!;
    for (let k = 0; k < x.length; k++) s += w[k + 1]! * x[k]!;
    return s;
  });
  const order = z.map((_, i) => i).sort((p, q) => z[p]! - z[q]!);
  let correct = Y.reduce((s, v) => s + v, 0); // cut below everything: all predicted positive
  let best = correct;
  let cut = (z[order[0]!] ?? 0) - 1;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    correct += Y[i] === 0 ? 1 : -1;
    const next = order[k + 1];
    if (correct > best && (next === undefined || z[next]! > z[i]!)) {
      best = correct;
      cut = next === undefined ? z[i]! + 1 : (z[i]! + z[next]!) / 2;
    }
  }
  return { mean, scale, terms, weights: Array.from(w.subarray(1)), bias: w[0]! - cut };
}

/** The library's own verdict (`judge`) with a fitted model: the model's decision or the trimmed-copy rule. */
export function decide(fitModel: Fit, f: Float64Array, la: number, lb: number): boolean {
  const x = expand(f, fitModel.mean, fitModel.scale, fitModel.terms);
  let z = fitModel.bias;
  for (let k = 0; k < x.length; k++) z += fitModel.weights[k]! * x[k]!;
  const p = 1 / (1 + Math.exp(-z));
  return judge(p, lcsOf(f, la, lb), la, lb, { ...MODEL, ...COPY_RULE }).kind !== 'unrelated';
}

/** The settings chosen by cross-validation (fit-msrp.ts prints the comparison). */
export const CHOSEN: CvOptions = { quadratic: false, lambda: 1 };
/** Word-LCS Dice from which a related pair is an edited copy (MSRP has no such label: a design choice). */
export const EDITED_LCS = 0.75;

/** The trimmed-copy rule's settings (a design choice for text reuse; its effect on MSRP is measured). */
export const COPY_RULE = { copyContainment: 0.9, copyMinWords: 8 } as const;

/** Deterministic fold of each pair (a fixed permutation, then round robin). */
export function folds(n: number, k: number): Int32Array {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = 20180531;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const fold = new Int32Array(n);
  order.forEach((p, i) => (fold[p] = i % k));
  return fold;
}

export interface Scores {
  readonly accuracy: number;
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
}

export function scores(pred: ArrayLike<boolean>, y: Uint8Array): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let ok = 0;
  for (let i = 0; i < y.length; i++) {
    const p = pred[i] === true;
    const t = y[i] === 1;
    if (p === t) ok++;
    if (p && t) tp++;
    if (p && !t) fp++;
    if (!p && t) fn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { accuracy: ok / y.length, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), precision, recall };
}

export interface CvOptions {
  readonly quadratic: boolean;
  readonly lambda: number;
}

/** k-fold cross-validation: IDF, standardization, weights and threshold all from the training folds. */
export function crossValidate(data: MsrpData, k: number, opts: CvOptions): Scores {
  const fold = folds(data.labels.length, k);
  const pred = new Array<boolean>(data.labels.length).fill(false);
  for (let f = 0; f < k; f++) {
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < fold.length; i++) (fold[i] === f ? test : train).push(i);
    const { idf } = idfTable(data, train);
    const F = features(data, idf);
    const m = fit(F, data.labels, train, opts.quadratic, opts.lambda);
    for (const i of test) pred[i] = decide(m, F[i]!, data.a[i]!.count, data.b[i]!.count);
  }
  return scores(pred, data.labels);
}

/** The IDF part of a shipped model: keys seen in at least two sentences; the rest get the idf of df = 1. */
export function shippedIdf(data: MsrpData, all: readonly number[]): Pick<SimilarityModel, 'idf' | 'defaultIdf'> {
  const { df, n } = idfTable(data, all);
  const idf: Record<string, number> = {};
  const keys: [string, number][] = [];
  for (let k = 0; k < df.length; k++) if ((df[k] ?? 0) >= 2) keys.push([data.vocab.str(k), df[k]!]);
  keys.sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0));
  for (const [s, d] of keys) idf[s] = round(Math.log((n + 1) / (d + 1)) + 1);
  return { idf, defaultIdf: round(Math.log((n + 1) / 2) + 1) };
}

export function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
