import { ngramDice } from './char-ngrams.js';
import { evidenceSums, type EvidenceSums } from './evidence.js';
import { Feature, FEATURE_COUNT } from './feature-names.js';
import type { PreparedView } from './prepared.js';
import type { Scratch } from './scratch.js';
import { synonymMatched } from './synonyms.js';
import type { CorpusTables } from './tables.js';
import { unmatchedByGroup, unmatchedContent, unmatchedRuns } from './unmatched.js';
import { sameChars } from './view.js';
import { dice, intersect, mismatch, sortedOverlap } from './word-sets.js';
import { bleu, fragmentation, lcsAndEditDistance } from './word-order.js';

/**
 * The features the similarity model weighs, for two prepared views: all symmetric in `a` and `b`, most
 * in [0, 1]. See `FEATURE_NAMES` for what each one is.
 *
 * @param pa - one passage
 * @param pb - the other
 * @param tables - the tables of the vocabulary both come from
 * @param scratch - scratch memory (left as found)
 * @returns the feature vector, indexed by `Feature`
 * @internal
 */
export function pairFeatures(pa: PreparedView, pb: PreparedView, tables: CorpusTables, scratch: Scratch): Float64Array {
  scratch.ensure(tables.vocab.size);
  const f = new Float64Array(FEATURE_COUNT);
  const keyMatches = overlapFeatures(pa, pb, tables, scratch, f);
  const grams = ngramFeatures(pa, pb, f);
  orderFeatures(pa, pb, scratch, f);
  charFeatures(pa, pb, f);
  const unmatched = contentFeatures(pa, pb, scratch, f);
  classFeatures(pa, pb, scratch, f);
  // Machine-translation measures (Madnani et al. 2012): BLEU both ways.
  const a = pa.v.count;
  const b = pb.v.count;
  const ba = bleu(keyMatches, grams.bi, grams.tri, grams.four, a, pa.bi.length, pa.tri.length, pa.four.length, b);
  const bb = bleu(keyMatches, grams.bi, grams.tri, grams.four, b, pb.bi.length, pb.tri.length, pb.four.length, a);
  f[Feature.bleuMean] = (ba + bb) / 2;
  f[Feature.bleuMin] = Math.min(ba, bb);
  setEvidenceFeatures(f, evidenceSums(pa.v.keys, pb.v.keys, pa.bi, pb.bi, tables.evidence, scratch));
  synonymFeatures(pa, pb, tables, scratch, unmatched, f);
  runFeatures(pa, pb, scratch, f);
  return f;
}

/**
 * Writes a pair's evidence sums into its feature vector (the fitting script recomputes them with
 * held-out tables).
 *
 * @param f - the feature vector
 * @param e - the sums
 * @internal
 */
export function setEvidenceFeatures(f: Float64Array, e: EvidenceSums): void {
  f[Feature.sharedEvidence] = e.shared;
  f[Feature.unmatchedEvidence] = e.unmatched;
  f[Feature.sharedBigramEvidence] = e.sharedBigrams;
  f[Feature.unmatchedBigramEvidence] = e.unmatchedBigrams;
}

/** Word overlap, lengths and the stems; returns the size of the key intersection. */
function overlapFeatures(pa: PreparedView, pb: PreparedView, tables: CorpusTables, scratch: Scratch, f: Float64Array): number {
  const { idf } = tables;
  const a = pa.v;
  const b = pb.v;
  const la = a.count;
  const lb = b.count;
  const ia = pa.idfSum;
  const ib = pb.idfSum;
  const keys = intersect(a.keys, b.keys, idf, scratch);
  const iw = keys.weight;
  f[Feature.idfDice] = ia + ib === 0 ? 0 : (2 * iw) / (ia + ib);
  f[Feature.idfMin] = Math.max(ia, ib) === 0 ? 0 : iw / Math.max(ia, ib);
  f[Feature.idfMax] = Math.min(ia, ib) === 0 ? 0 : iw / Math.min(ia, ib);
  f[Feature.keyDice] = dice(keys.count, la, lb);
  f[Feature.surfaceDice] = dice(intersect(a.surface, b.surface, idf, scratch).count, la, lb);
  const ca = pa.contentIdfSum;
  const cb = pb.contentIdfSum;
  const cw = intersect(a.keys, b.keys, idf, scratch, a.stop, b.stop).weight;
  f[Feature.contentDice] = ca + cb === 0 ? 0 : (2 * cw) / (ca + cb);
  f[Feature.lengthRatio] = Math.max(la, lb) === 0 ? 0 : Math.min(la, lb) / Math.max(la, lb);
  f[Feature.logLengthDiff] = Math.log1p(Math.abs(la - lb));
  f[Feature.unmatchedIdf] = Math.log1p(Math.max(0, ia + ib - 2 * iw));
  f[Feature.stemDice] = dice(intersect(pa.stems, pb.stems, idf, scratch).count, la, lb);
  f[Feature.logMinLength] = Math.log1p(Math.min(la, lb));
  return keys.count;
}

/** Key n-gram overlaps; returns the shared bigrams, trigrams and 4-grams. */
function ngramFeatures(pa: PreparedView, pb: PreparedView, f: Float64Array): { bi: number; tri: number; four: number } {
  const bi = sortedOverlap(pa.bi, pb.bi);
  const tri = sortedOverlap(pa.tri, pb.tri);
  const four = sortedOverlap(pa.four, pb.four);
  f[Feature.bigramDice] = dice(bi, pa.bi.length, pb.bi.length);
  f[Feature.trigramDice] = dice(tri, pa.tri.length, pb.tri.length);
  f[Feature.fourgramDice] = dice(four, pa.four.length, pb.four.length);
  f[Feature.bigramMin] = Math.max(pa.bi.length, pb.bi.length) === 0 ? 0 : bi / Math.max(pa.bi.length, pb.bi.length);
  return { bi, tri, four };
}

/** Word order: LCS, edit rate and fragmentation. */
function orderFeatures(pa: PreparedView, pb: PreparedView, scratch: Scratch, f: Float64Array): void {
  const a = pa.v;
  const b = pb.v;
  const { lcs, distance } = lcsAndEditDistance(a.keys, b.keys, scratch);
  f[Feature.lcsDice] = dice(lcs, a.count, b.count);
  f[Feature.lcsMin] = Math.max(a.count, b.count) === 0 ? 0 : lcs / Math.max(a.count, b.count);
  f[Feature.editRate] = distance / Math.max(1, a.count, b.count);
  f[Feature.fragmentation] = (fragmentation(a.keys, b.keys, scratch) + fragmentation(b.keys, a.keys, scratch)) / 2;
}

/** Character n-gram overlaps (1 when the folded characters are the same). */
function charFeatures(pa: PreparedView, pb: PreparedView, f: Float64Array): void {
  const a = pa.v;
  const b = pb.v;
  const same = sameChars(a, b);
  f[Feature.charDice] = same ? 1 : a.chars.length < 2 || b.chars.length < 2 ? 0 : ngramDice(a.chars, b.chars, 2);
  f[Feature.charTrigramDice] = same ? 1 : a.chars.length < 3 || b.chars.length < 3 ? 0 : ngramDice(a.chars, b.chars, 3);
}

/** Content words each side adds; returns their counts, side by side. */
function contentFeatures(pa: PreparedView, pb: PreparedView, scratch: Scratch, f: Float64Array): { a: number; b: number } {
  const ua = unmatchedContent(pa.v, pb.v, scratch);
  const ub = unmatchedContent(pb.v, pa.v, scratch);
  f[Feature.unmatchedContentMax] = Math.log1p(Math.max(ua, ub));
  f[Feature.unmatchedContentMin] = Math.log1p(Math.min(ua, ub));
  return { a: ua, b: ub };
}

/** Per group of `POS_GROUPS`, in order: the features of the larger and of the smaller unmatched count. */
const GROUP_FEATURES: readonly (readonly [max: number, min: number])[] = [
  [Feature.unmatchedNounMax, Feature.unmatchedNounMin],
  [Feature.unmatchedPropnMax, Feature.unmatchedPropnMin],
  [Feature.unmatchedVerbMax, Feature.unmatchedVerbMin],
  [Feature.unmatchedModifierMax, Feature.unmatchedModifierMin],
  [Feature.unmatchedNumMax, Feature.unmatchedNumMin],
];

/** Numbers, names and negations that differ, and what kind of words each side adds. */
function classFeatures(pa: PreparedView, pb: PreparedView, scratch: Scratch, f: Float64Array): void {
  f[Feature.numberMismatch] = Math.min(3, mismatch(pa.numbers, pb.numbers)) / 3;
  f[Feature.properMismatch] = Math.min(4, mismatch(pa.names, pb.names)) / 4;
  f[Feature.negationMismatch] = pa.negated !== pb.negated ? 1 : 0;
  f[Feature.numberConflict] = pa.numbers.length > 0 && pb.numbers.length > 0 && mismatch(pa.numbers, pb.numbers) > 0 ? 1 : 0;
  const ga = scratch.groupsA.fill(0);
  const gb = scratch.groupsB.fill(0);
  unmatchedByGroup(pa.v, pb.v, scratch.counts, ga);
  unmatchedByGroup(pb.v, pa.v, scratch.counts, gb);
  GROUP_FEATURES.forEach(([max, min], g) => {
    const x = ga[g] ?? 0;
    const y = gb[g] ?? 0;
    f[max] = Math.log1p(Math.max(x, y));
    f[min] = Math.log1p(Math.min(x, y));
  });
}

/**
 * Words one side adds that the other renders by a near-synonym (METEOR's synonym stage, with the
 * quote-cluster stage's small table), and what stays unmatched after them.
 */
function synonymFeatures(
  pa: PreparedView,
  pb: PreparedView,
  tables: CorpusTables,
  scratch: Scratch,
  unmatched: { a: number; b: number },
  f: Float64Array,
): void {
  const sa = synonymMatched(pa.v, pb.v, tables.synonyms, scratch);
  const sb = synonymMatched(pb.v, pa.v, tables.synonyms, scratch);
  f[Feature.synonymMatches] = Math.log1p(sa + sb);
  f[Feature.unmatchedContentSynMax] = Math.log1p(Math.max(unmatched.a - sa, unmatched.b - sb));
}

/**
 * Longest unmatched run the features count: the model was fitted with this cap (a limit of the packed
 * number the runs once came in), kept so that scores stay the same; MSRP sentences never reach it.
 */
const MAX_RUN = 1023;

/** A whole added clause shows as one long run of unmatched words rather than scattered substitutions. */
function runFeatures(pa: PreparedView, pb: PreparedView, scratch: Scratch, f: Float64Array): void {
  const ra = unmatchedRuns(pa.v, pb.v, scratch.counts);
  const rb = unmatchedRuns(pb.v, pa.v, scratch.counts);
  f[Feature.longestUnmatchedRun] = Math.log1p(Math.min(MAX_RUN, Math.max(ra.longest, rb.longest)));
  f[Feature.unmatchedRuns] = Math.log1p(Math.max(ra.runs, rb.runs));
}
