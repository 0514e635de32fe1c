// Calibrates the paraphrase tier's own threshold (issue 16, deliverable 4) on the MSRP training pairs, the similarity
// model's fitting data. Run: npx tsx test/eval/calibrate-paraphrase.ts   (reads ../shared/corpus/msrp at run time)
// It writes src/align/data/paraphrase-calibration.json, whose intoCopyMinScore is the tier's bar for pairing a
// sentence with one inside a copy (src/align/paraphrase.ts); --check compares instead (CI runs it).
//
// MSRP pairs come from clusters of news stories about one event, picked for their shared words: its negatives are
// sentences on the same topic that do not restate the same statement, which is what a paraphrase link must not
// join. Each pair is judged as in `npm run eval -- msrp` (5-fold cross-validation, the fold assignment of
// msrp-lib.ts: IDF, evidence, weights and threshold from the four other folds) and its held-out score kept. The
// table gives, for each threshold t, the pairs the library's verdict calls `paraphrase` (related, words not kept in
// order) with a score ≥ t: how many, and the share of them that MSRP labels paraphrases (precision), beside the
// share of edited verdicts that are (the tier a reader already trusts) and the whole verdict's figures when
// paraphrase verdicts below t count as unrelated.
import { MODEL } from '../../src/align/model.js';
import { writeOrCheck } from './model-file.js';
import { judge, lcsOf } from '../../src/align/score.js';
import { CHOSEN, COPY_RULE, expand, fitFold, folds, loadMsrp, scores } from './msrp-lib.js';
import type { SimilarityResult } from '../../src/align/types.js';

const data = loadMsrp();
const k = 5;
const fold = folds(data.labels.length, k);
const verdicts: SimilarityResult[] = new Array<SimilarityResult>(data.labels.length);
for (let f = 0; f < k; f++) {
  const train: number[] = [];
  const test: number[] = [];
  for (let i = 0; i < fold.length; i++) (fold[i] === f ? test : train).push(i);
  const { model: m, F } = fitFold(data, train, k, CHOSEN);
  for (const i of test) {
    const x = expand(F[i]!, m.mean, m.scale, m.terms);
    let z = m.bias;
    for (let j = 0; j < x.length; j++) z += m.weights[j]! * x[j]!;
    const p = 1 / (1 + Math.exp(-z));
    const la = data.a[i]!.count;
    const lb = data.b[i]!.count;
    verdicts[i] = judge(p, lcsOf(F[i]!, la, lb), la, lb, { ...MODEL, ...COPY_RULE });
  }
}

const y = data.labels;
const edited = verdicts.map((v, i) => ({ v, i })).filter(({ v }) => v.kind === 'edited' || v.kind === 'verbatim');
const editedPrecision = edited.filter(({ i }) => y[i] === 1).length / Math.max(1, edited.length);
console.log(`MSRP train, ${y.length} pairs, held-out verdicts of 5-fold CV`);
console.log(`edited or verbatim verdicts: ${edited.length}, precision ${editedPrecision.toFixed(3)}`);
console.log(
  '\n| t | paraphrase verdicts ≥ t | their precision | paraphrase verdicts in [t, t+0.05) precision | all verdicts: accuracy | F1 | precision | recall |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (let t = 0.5; t <= 0.9001; t += 0.025) {
  const para = verdicts.map((v, i) => ({ v, i })).filter(({ v }) => v.kind === 'paraphrase' && v.score >= t);
  const band = para.filter(({ v }) => v.score < t + 0.05);
  const prec = para.filter(({ i }) => y[i] === 1).length / Math.max(1, para.length);
  const bandPrec = band.filter(({ i }) => y[i] === 1).length / Math.max(1, band.length);
  const pred = verdicts.map((v) => v.kind === 'edited' || v.kind === 'verbatim' || (v.kind === 'paraphrase' && v.score >= t));
  const s = scores(pred, y);
  console.log(
    `| ${t.toFixed(3)} | ${para.length} | ${prec.toFixed(3)} | ${bandPrec.toFixed(3)} (${band.length}) | ${s.accuracy.toFixed(4)} | ${s.f1.toFixed(4)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} |`,
  );
}

// The chosen rule: a paraphrase verdict is kept where MSRP pairs of that score are paraphrases at least as often as
// MSRP pairs are at all (its base rate: every MSRP pair was picked from one event for its shared words). Below that
// score, a paraphrase verdict says less than "same topic, shared words" already does. P(paraphrase | score) among
// paraphrase verdicts is a one-variable logistic fit (Newton's method), smoother than the bands above.
const base = y.reduce((s, v) => s + v, 0) / y.length;
const para = verdicts.map((v, i) => ({ x: v.score, t: y[i] ?? 0, kind: v.kind })).filter((r) => r.kind === 'paraphrase');
let w0 = 0;
let w1 = 0;
for (let it = 0; it < 50; it++) {
  let g0 = 0;
  let g1 = 0;
  let h00 = 0;
  let h01 = 0;
  let h11 = 0;
  for (const r of para) {
    const p = 1 / (1 + Math.exp(-(w0 + w1 * r.x)));
    const d = p * (1 - p);
    g0 += r.t - p;
    g1 += (r.t - p) * r.x;
    h00 += d;
    h01 += d * r.x;
    h11 += d * r.x * r.x;
  }
  const det = h00 * h11 - h01 * h01;
  w0 += (h11 * g0 - h01 * g1) / det;
  w1 += (h00 * g1 - h01 * g0) / det;
}
const cut = (Math.log(base / (1 - base)) - w0) / w1;
console.log(
  `\nMSRP base rate ${base.toFixed(3)}; among paraphrase verdicts P(paraphrase | score s) = 1 / (1 + exp(-(${w0.toFixed(3)} + ${w1.toFixed(3)} s)));` +
    ` it reaches the base rate at s = ${cut.toFixed(3)}`,
);

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;
const text = `${JSON.stringify(
  {
    source:
      "Fitted by test/eval/calibrate-paraphrase.ts on the MSRP training pairs (held-out verdicts of 5-fold cross-validation): among paraphrase verdicts, P(paraphrase | score s) = 1 / (1 + exp(-(intercept + slope s))); intoCopyMinScore is the score at which it reaches MSRP's base rate. Numbers only.",
    baseRate: round4(base),
    intercept: round4(w0),
    slope: round4(w1),
    intoCopyMinScore: round4(cut),
  },
  null,
  1,
)}\n`;
writeOrCheck('src/align/data/paraphrase-calibration.json', text, 'npx tsx test/eval/calibrate-paraphrase.ts');
console.log(`wrote src/align/data/paraphrase-calibration.json (intoCopyMinScore ${round4(cut)})`);
