// Fits the similarity model on the MSRP training pairs and writes src/align/data/similarity-model.json.
// Run: npx tsx test/eval/fit-msrp.ts   (reads ../shared/corpus/msrp at run time; takes about 15 s)
// The fitted file holds only numbers and a table of inverse document frequencies of match keys
// computed over the MSRP sentences — no sentence text.
import { writeFileSync } from 'node:fs';
import { FEATURE_NAMES } from '../../src/align/features.js';
import { CHOSEN, COPY_RULE, crossValidate, EDITED_LCS, features, fit, loadMsrp, round, shippedIdf } from './msrp-lib.js';


const data = loadMsrp();
for (const opts of [{ quadratic: false, lambda: 0.1 }, CHOSEN, { quadratic: false, lambda: 5 }, { quadratic: true, lambda: 1 }]) {
  const s = crossValidate(data, 5, opts);
  console.log(`5-fold CV ${JSON.stringify(opts)}: accuracy ${s.accuracy.toFixed(4)}, F1 ${s.f1.toFixed(4)}`);
}
const all = Array.from({ length: data.labels.length }, (_, i) => i);
const table = shippedIdf(data, all);
// Features over the shipped IDF table (keys below df 2 get the default), exactly as the library sees them.
const idf = new Float64Array(data.vocab.size);
for (let k = 0; k < idf.length; k++) idf[k] = table.idf[data.vocab.str(k)] ?? table.defaultIdf;
const m = fit(features(data, idf), data.labels, all, CHOSEN.quadratic, CHOSEN.lambda);
const out = {
  source:
    'Fitted by test/eval/fit-msrp.ts on the training part of the Microsoft Research Paraphrase Corpus ' +
    '(Dolan & Brockett 2005): L2 logistic regression, decision threshold folded into the bias. idf: ' +
    'log((N+1)/(df+1))+1 over the N MSRP training sentences, for match keys seen in at least two sentences.',
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
};
writeFileSync(new URL('../../src/align/data/similarity-model.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote src/align/data/similarity-model.json (${Object.keys(table.idf).length} idf entries)`);
