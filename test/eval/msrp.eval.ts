// MSRP paraphrase evaluation of similarity()'s own decision (kind !== 'unrelated'), by 5-fold
// cross-validation on the training part of ../shared/corpus/msrp (read at run time). In each fold the
// IDF table, feature standardization, weights and decision threshold come from the four training folds
// only; the held-out fold is judged by the library's own verdict function (model + trimmed-copy rule).
// Then the shipped model (src/align/data/similarity-model.json, fitted on all training pairs by
// fit-msrp.ts) is checked: similarity() on a sample of raw sentence pairs must agree with the batch path.
import { MODEL } from '../../src/align/model.js';
import { prepareView } from '../../src/align/prepared.js';
import { scoreContext, scoreViews } from '../../src/align/score.js';
import { similarity } from '../../src/align/similarity.js';
import { readFileSync } from 'node:fs';
import { CHOSEN, crossValidate, loadMsrp, MSRP_TRAIN, scores } from './msrp-lib.js';

const TARGET_ACCURACY = 0.78;
const TARGET_F1 = 0.845;

export async function run(): Promise<boolean> {
  const t0 = performance.now();
  const data = loadMsrp();
  const cv = crossValidate(data, 5, CHOSEN);
  console.log(`MSRP train: ${data.labels.length} pairs, ${data.labels.reduce((s, v) => s + v, 0)} paraphrases`);
  console.log(
    `5-fold CV of similarity(a, b).kind !== 'unrelated': accuracy ${cv.accuracy.toFixed(4)}, F1 ${cv.f1.toFixed(4)} ` +
      `(precision ${cv.precision.toFixed(4)}, recall ${cv.recall.toFixed(4)})`,
  );
  console.log(`targets: accuracy >= ${TARGET_ACCURACY}, F1 >= ${TARGET_F1} (best published non-neural: 0.774 / 0.841 on the test part)`);
  // How much the figure owes to the one fold assignment: the same CV under other assignments. Printed
  // for the reader; the target is judged on the fixed assignment above.
  const others = [1, 2, 3].map((seed) => crossValidate(data, 5, CHOSEN, seed));
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `the same 5-fold CV under 3 other fold assignments: accuracy ${others.map((o) => o.accuracy.toFixed(4)).join(' / ')} (mean ${mean(others.map((o) => o.accuracy)).toFixed(4)}), ` +
      `F1 ${others.map((o) => o.f1.toFixed(4)).join(' / ')} (mean ${mean(others.map((o) => o.f1)).toFixed(4)})`,
  );

  // The shipped model on the pairs it was fitted on (a fit, not a held-out figure).
  const ctx = scoreContext(data.vocab, MODEL);
  const pred = data.a.map((a, i) => scoreViews(prepareView(a, ctx), prepareView(data.b[i]!, ctx), ctx).kind !== 'unrelated');
  const fitted = scores(pred, data.labels);
  console.log(
    `shipped model on all training pairs (resubstitution, not CV; its word evidence was estimated on these very pairs): accuracy ${fitted.accuracy.toFixed(4)}, F1 ${fitted.f1.toFixed(4)}`,
  );

  // similarity() on raw strings must give the same verdicts as the batch path above.
  const lines = readFileSync(MSRP_TRAIN, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '');
  let agree = 0;
  const sample = 300;
  for (let k = 0; k < sample; k++) {
    const i = Math.floor((k * lines.length) / sample);
    const cols = (lines[i] ?? '').split('\t');
    if ((similarity(cols[3] ?? '', cols[4] ?? '').kind !== 'unrelated') === pred[i]) agree++;
  }
  console.log(`similarity() on ${sample} raw pairs agrees with the batch verdicts on ${agree}`);
  console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return cv.accuracy >= TARGET_ACCURACY && cv.f1 >= TARGET_F1 && agree === sample;
}
