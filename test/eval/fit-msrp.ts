// Fits the similarity model on the MSRP training pairs and writes src/align/data/similarity-model.json.
// Run: npx tsx test/eval/fit-msrp.ts   (reads ../shared/corpus/msrp at run time; about two minutes;
// --no-cv skips the printed comparison and only fits and writes the model; --check writes nothing and fails
// when the shipped file differs from what this script fits, as CI runs it: the shipped numbers must be the
// ones this script produces from the current code)
// The fitted file holds only numbers and two tables keyed by match key — inverse document frequencies
// and word evidence computed over the MSRP training pairs — no sentence text.
import { writeOrCheck } from './model-file.js';
import { FEATURE_NAMES } from '../../src/align/feature-names.js';
import { MODEL, modelEvidence } from '../../src/align/model.js';
import { synonymTableFingerprint } from '../../src/align/synonyms.js';
import {
  CHOSEN,
  COPY_RULE,
  crossValidate,
  EDITED_LCS,
  features,
  fit,
  heldOutEvidence,
  loadMsrp,
  round,
  shippedEvidence,
  shippedIdf,
  UNRELATED,
  unrelatedFeatures,
} from './msrp-lib.js';

const data = loadMsrp();
// The comparison CHOSEN was picked from (also measured, all lower: lambda 0.01 and 0.03, squared terms,
// added pairs sharing the most rare keys instead of one — often the same story, so mislabelled).
for (const opts of [
  CHOSEN,
  { ...CHOSEN, lambda: 1 },
  { ...CHOSEN, lambda: 0.1 },
  { ...CHOSEN, unrelated: 0 },
  { ...CHOSEN, unrelatedWeight: 1 },
  { ...CHOSEN, evidence: { smoothing: 10, minPairs: 2 } },
  { ...CHOSEN, f1Weight: 1 },
]) {
  if (process.argv.includes('--no-cv')) break;
  const s = crossValidate(data, 5, opts);
  console.log(`5-fold CV ${JSON.stringify(opts)}: accuracy ${s.accuracy.toFixed(4)}, F1 ${s.f1.toFixed(4)}`);
}
const all = Array.from({ length: data.labels.length }, (_, i) => i);
const table = shippedIdf(data, all);
const ev = shippedEvidence(data, all);
// Features over the shipped tables (idf: keys below df 2 get the default; evidence rounded), exactly as
// the library sees them — except each pair's own evidence features, which are held out by folds so the
// weights learn how far evidence carries to pairs it was not estimated on.
const idf = new Float64Array(data.vocab.size);
for (let k = 0; k < idf.length; k++) idf[k] = table.idf[data.vocab.str(k)] ?? table.defaultIdf;
const evidence = modelEvidence(data.vocab, { ...MODEL, ...ev });
const F = features(data, idf, evidence);
heldOutEvidence(data, F, all, 5);
const neg = unrelatedFeatures(data, all, idf, evidence, CHOSEN.unrelated ?? UNRELATED);
const rows = [...all, ...neg.map((_, j) => F.length + j)];
const m = fit(
  [...F, ...neg],
  [...data.labels, ...neg.map(() => 0)],
  rows,
  CHOSEN.quadratic,
  CHOSEN.lambda,
  CHOSEN.f1Weight,
  all,
  CHOSEN.unrelatedWeight,
);
const out = {
  source:
    'Fitted by test/eval/fit-msrp.ts on the training part of the Microsoft Research Paraphrase Corpus ' +
    '(Dolan & Brockett 2005): L2 logistic regression, decision threshold (max accuracy + 2 F1 on the ' +
    'training pairs) folded into the bias. idf: log((N+1)/(df+1))+1 over the N MSRP training sentences, ' +
    'for match keys seen in at least two sentences. evidence: per match key, [shared, unmatched] smoothed ' +
    'log-likelihood ratios of paraphrase vs non-paraphrase given that both sentences / only one carry the ' +
    'key (after Ji & Eisenstein 2013, TF-KLD), for keys in at least evidenceMinPairs training pairs; ' +
    'bigramEvidence: the same for bigrams of match keys.',
  features: [...FEATURE_NAMES],
  mean: m.mean.map(round),
  scale: m.scale.map(round),
  terms: m.terms,
  weights: m.weights.map(round),
  bias: round(m.bias),
  editedLcs: EDITED_LCS,
  ...COPY_RULE,
  defaultIdf: table.defaultIdf,
  idf: table.idf,
  ...ev,
  nearSynonymsFingerprint: synonymTableFingerprint(),
};
// One line per number list and per table entry: readable diffs at half the size of JSON.stringify's layout.
const layout = (v: unknown): string =>
  v !== null && typeof v === 'object' && !Array.isArray(v)
    ? `{\n${Object.entries(v)
        .map(([k, x]) => `  ${JSON.stringify(k)}: ${JSON.stringify(x)}`)
        .join(',\n')}\n }`
    : JSON.stringify(v);
const text = `{\n${Object.entries(out)
  .map(([k, v]) => ` ${JSON.stringify(k)}: ${layout(v)}`)
  .join(',\n')}\n}\n`;
writeOrCheck('src/align/data/similarity-model.json', text, 'npx tsx test/eval/fit-msrp.ts --no-cv');
console.log(
  `wrote src/align/data/similarity-model.json (${Object.keys(table.idf).length} idf entries, ${Object.keys(ev.evidence).length} + ${Object.keys(ev.bigramEvidence).length} evidence entries)`,
);
