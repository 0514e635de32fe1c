import type { Alignment } from '../align/types.js';
import type { Corpus } from '../document/model.js';
import type { Quote } from '../quotes/types.js';
import { indirectMembers, sentenceIndex, type SentenceIndex } from './indirect.js';
import { clusterLexicon } from '../lexicon/cluster-words.js';
import { QUOTE_CLUSTER_DEFAULTS, type ResolvedQuoteClusterOptions } from './options.js';
import {
  cannotLink,
  lexicalCore,
  minLexicalFor,
  pairFeatures,
  sameCue,
  sharesContext,
  speakerRelation,
  round4,
  type LexicalCore,
  type PairFeatures,
} from './pair.js';
import type { QuoteCluster, QuoteClusterLink, QuoteClusterMember } from './types.js';
import { BucketSignatures } from './signature.js';
import { WordMatcher } from './word-matcher.js';
import { analyzeVariants } from './variants.js';
import { nameParts, quoteViews, sameSpeaker, sentenceIdf, type Idf, type QuoteView } from './views.js';

export { resolveQuoteClusterOptions } from './options.js';

/**
 * Pairs of quotes worth scoring, found through an inverted index instead of
 * all pairs. A link needs a shared rare content word (or a near-synonym of one), or nearly all words
 * alike; so two quotes are paired when they share a rare content word, a near-synonym group, or one of
 * the two least common content words of each (which nearly identical quotes share). A word held by more
 * than `cap` quotes proposes no pairs: it is no evidence of one remark, and its pairs would grow with
 * the square of the corpus. With a word-similarity provider, quotes whose speakers share a name part
 * are paired too, since the provider may match words no table knows.
 * @returns pairs `a·n + b` with `a < b` (n views), in ascending order
 */
function candidatePairs(
  views: readonly QuoteView[],
  corpus: Corpus,
  lex: ReturnType<typeof clusterLexicon>,
  idf: Idf,
  provider: boolean,
): Float64Array | Uint32Array {
  // How many quotes hold each content word, to find each quote's least common ones.
  const quotesWith = new Map<number, number>();
  for (const v of views) {
    for (const k of new Set(v.keys.filter((_, t) => v.stop[t] !== true))) quotesWith.set(k, (quotesWith.get(k) ?? 0) + 1);
  }
  // Signs as numbers: 3k for key k, 3g + 1 for group g, 3p + 2 for the p-th speaker name part seen.
  const postings = new Map<number, number[]>();
  const partIds = new Map<string, number>();
  views.forEach((v, i) => {
    const signs = new Set<number>();
    const content = [...new Set(v.keys.filter((_, t) => v.stop[t] !== true))];
    const leastCommon = new Set(content.sort((a, b) => (quotesWith.get(a) ?? 0) - (quotesWith.get(b) ?? 0) || a - b).slice(0, 2));
    for (const k of content) {
      if (idf.rare(k) || leastCommon.has(k)) signs.add(3 * k);
      for (const g of lex.synonymGroups.get(corpus.vocab.str(k)) ?? []) signs.add(3 * g + 1);
    }
    if (provider) {
      for (const part of v.speakerParts ?? []) {
        let id = partIds.get(part);
        if (id === undefined) partIds.set(part, (id = partIds.size));
        signs.add(3 * id + 2);
      }
    }
    for (const sign of signs) {
      const list = postings.get(sign);
      if (list === undefined) postings.set(sign, [i]);
      else list.push(i);
    }
  });
  const cap = Math.max(lex.params.link.candidateCapMin, Math.ceil(lex.params.link.candidateCapPerSqrt * Math.sqrt(views.length)));
  const n = views.length;
  // Each pair as one number a·n + b in a typed array, sorted and deduplicated: no set or tuple per
  // pair (a large corpus has hundreds of thousands). 32-bit integers where every a·n + b fits (any
  // corpus below 65,536 quotes).
  // Lists hold quotes in ascending order, so a pair's first quote stands before its second in a list.
  // The second quotes are placed by first quote (counted first, so that one array of the exact size
  // holds them), then each first quote's are deduplicated and put in order on their own: no sort of
  // all the pairs of the corpus.
  const start = new Int32Array(n + 1);
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > cap) continue;
    for (let x = 0; x < list.length - 1; x++) start[(list[x] ?? 0) + 1]! += list.length - 1 - x;
  }
  for (let a = 0; a < n; a++) start[a + 1]! += start[a] ?? 0;
  const total = start[n] ?? 0;
  const seconds = new Int32Array(total);
  const fill = start.slice(0, n);
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > cap) continue;
    for (let x = 0; x < list.length - 1; x++) {
      const a = list[x] ?? 0;
      for (let y = x + 1; y < list.length; y++) seconds[fill[a]!++] = list[y] ?? 0;
    }
  }
  const keys: Float64Array | Uint32Array = n * n <= 2 ** 32 ? new Uint32Array(total) : new Float64Array(total);
  // Which second quotes the current first quote has (stamped with a + 1).
  const seen = new Int32Array(n);
  let size = 0;
  for (let a = 0; a < n; a++) {
    const from = start[a] ?? 0;
    const to = start[a + 1] ?? 0;
    if (from === to) continue;
    if ((to - from) * 8 >= n - a) {
      // Many: mark them and read the marks in order.
      for (let k = from; k < to; k++) seen[seconds[k] ?? 0] = a + 1;
      for (let b = a + 1; b < n; b++) if (seen[b] === a + 1) keys[size++] = a * n + b;
    } else {
      // Few: sort them, then drop repeats.
      const bs = seconds.subarray(from, to).sort();
      for (let k = 0; k < bs.length; k++) if (k === 0 || bs[k] !== bs[k - 1]) keys[size++] = a * n + (bs[k] ?? 0);
    }
  }
  return keys.subarray(0, size);
}

/**
 * Groups quotes from different documents that render one remark — identical, trimmed, edited or
 * translated differently — and aligns the renderings word by word.
 *
 * Pairs of quotes from different documents are scored on IDF-weighted lemma overlap (near-synonyms at
 * a discount, containment for a partial quote), shared rare words, same speaker, aligned passages
 * around them and the cue; linked pairs are merged strongest first, but never so that two unrelated
 * remarks (say, two different remarks of one speaker in one article) end up in one cluster.
 *
 * @param corpus - the documents
 * @param quotes - the quotes found in them
 * @param alignments - shared passages, used as context evidence (may be empty)
 * @param options - resolved options (defaults when omitted)
 * @returns clusters of two or more quotes from two or more documents, in report order
 * @internal
 */
export function clusterQuotes(
  corpus: Corpus,
  quotes: readonly Quote[],
  alignments: readonly Alignment[],
  options: ResolvedQuoteClusterOptions = QUOTE_CLUSTER_DEFAULTS,
): QuoteCluster[] {
  if (quotes.length < 2) return [];
  const lex = clusterLexicon();
  const idf = sentenceIdf(corpus, lex.params.match.rareMaxSentencesPerDoc, lex.params.match.rareMaxSentenceShare);
  const docOrder = new Map(corpus.docs.map((d, i) => [d.id, i]));
  // Document then text order, whatever order the quotes came in: the report must not depend on it.
  // (Each view's document position looked up once, not twice per comparison.)
  const unsorted = quoteViews(corpus, quotes, alignments, idf, lex.params.match.stopWordWeight);
  const viewDoc = unsorted.map((v) => docOrder.get(v.doc.id) ?? 0);
  const views = unsorted
    .map((_, i) => i)
    .sort((i, j) => {
      const a = unsorted[i] as QuoteView;
      const b = unsorted[j] as QuoteView;
      return (viewDoc[i] ?? 0) - (viewDoc[j] ?? 0) || a.quote.start - b.quote.start || a.quote.end - b.quote.end;
    })
    .map((i) => unsorted[i] as QuoteView);
  const matcher = new WordMatcher(corpus, lex, options.wordSimilarity);
  const plainMatcher = options.wordSimilarity === undefined ? matcher : new WordMatcher(corpus, lex, undefined);
  const n = views.length;

  // Quotes with the same words (a wire quote carried by many outlets) share their word-level evidence:
  // it is computed once per pair of word sequences, not once per pair of quotes.
  // Ids by view index; a sequence is found through a hash of its keys and stop words, checked in full.
  const wordsId = new Int32Array(n);
  let nSeqs = 0;
  // The first view of each word sequence, by sequence id.
  const firstOf: number[] = [];
  {
    const byHash = new Map<number, number[]>();
    views.forEach((v, i) => {
      // The length and the first eight words: a copy is compared in full anyway.
      let h = v.keys.length;
      for (let t = 0, end = Math.min(8, v.keys.length); t < end; t++)
        h = (Math.imul(h, 31) + (v.keys[t] ?? -1) * 2 + (v.stop[t] === true ? 1 : 0)) | 0;
      const bucket = byHash.get(h);
      const found = bucket?.find((id) => sameWords(views[firstOf[id] ?? 0] as QuoteView, v));
      if (found !== undefined) wordsId[i] = found;
      else {
        if (bucket === undefined) byHash.set(h, [nSeqs]);
        else bucket.push(nSeqs);
        firstOf.push(i);
        wordsId[i] = nSeqs++;
      }
    });
  }
  const cores = new Map<number, LexicalCore>();
  // The word-level core of a pair, as pairFeatures takes it: from the side with the lower quote id.
  const coreFor = (x: number, y: number): LexicalCore => {
    const vx = views[x] as QuoteView;
    const vy = views[y] as QuoteView;
    const swap = vx.quote.id > vy.quote.id;
    const key = (wordsId[swap ? y : x] as number) * nSeqs + (wordsId[swap ? x : y] as number);
    let core = cores.get(key);
    if (core === undefined) cores.set(key, (core = swap ? lexicalCore(vy, vx, matcher, lex, idf) : lexicalCore(vx, vy, matcher, lex, idf)));
    return core;
  };
  // The features of a pair follow from its core (its two word sequences), the speakers' relation,
  // the shared context and the cue: kept per core for each of those 3 × 2 × 2 cases, not per pair of
  // quotes (the hundreds of thousands of links of a quote carried by hundreds of outlets share a few).
  const features = new Map<LexicalCore, (PairFeatures | undefined)[]>();
  const pair = (x: number, y: number): PairFeatures => {
    const a = x < y ? x : y;
    const b = x < y ? y : x;
    const va = views[a] as QuoteView;
    const vb = views[b] as QuoteView;
    const core = coreFor(a, b);
    const relation = relationOf(a, b);
    const slot = (relation === 'same' ? 0 : relation === 'unknown' ? 4 : 8) + (sharesContext(va, vb) ? 2 : 0) + (sameCue(va, vb) ? 1 : 0);
    let cases = features.get(core);
    if (cases === undefined) features.set(core, (cases = new Array<PairFeatures | undefined>(12).fill(undefined)));
    let f = cases[slot];
    if (f === undefined) cases[slot] = f = pairFeatures(va, vb, matcher, lex, idf, options.minLinkScore, core, relation);
    return f;
  };

  const edges: { a: number; b: number; f: PairFeatures }[] = [];
  // Renderings with the same words (a wire quote carried by many outlets) form one group: its members
  // are paired with one representative (a member with a named speaker, if any), and groups are paired
  // through their representatives. Pairs grow with the number of copies, not with its square.
  const groups = new Map<number, number[]>();
  views.forEach((v, i) => {
    const id = wordsId[i] as number;
    const list = groups.get(id);
    if (list === undefined) groups.set(id, [i]);
    else list.push(i);
  });
  const groupList = [...groups.values()];
  const reps = groupList.map(
    (members) => members.find((i) => views[i]?.speakerParts !== null && views[i]?.speakerWeak === false) ?? members[0] ?? 0,
  );
  // Each view's document as its position in the corpus: compared for every candidate.
  const docIndex = new Int32Array(n);
  const docPosition = new Map(corpus.docs.map((d, i) => [d, i]));
  views.forEach((v, i) => (docIndex[i] = docPosition.get(v.doc) ?? -1));
  const docOf = (i: number): number => (i >= 0 && i < n ? (docIndex[i] as number) : -2);
  // An upper bound of a pair's lexical evidence from which words each side holds at all, on marks
  // over the vocabulary: a word counts when the other quote has its key, or when it may match another
  // word (the near-synonym table's words; any content word with a provider). It is a few array reads
  // per word, where matching the words one to one costs a sort and a merge.
  const provider = options.wordSimilarity !== undefined;
  // Whether each vocabulary key is in the near-synonym table: 1 yes, 2 no, 0 not looked up yet.
  const inTable = new Uint8Array(corpus.vocab.size);
  const synonymKey = (k: number): boolean => {
    if (k < 0 || k >= inTable.length) return lex.synonymGroups.has(corpus.vocab.str(k));
    if (inTable[k] === 0) inTable[k] = lex.synonymGroups.has(corpus.vocab.str(k)) ? 1 : 2;
    return inTable[k] === 1;
  };
  // The tables below describe words only, so they are built once per word sequence (copies of a quote
  // share them) and indexed by sequence id (wordsId of a view); seqView[s] is a view with them.
  const seqView = firstOf.map((i) => views[i] as QuoteView);
  // Each sequence's words in flat typed arrays (sequence s's at flatStart[s] .. flatStart[s + 1]), read
  // for every candidate pair.
  let nFlat = 0;
  for (const v of seqView) nFlat += v.keys.length;
  const flatStart = new Int32Array(nSeqs + 1);
  const flatKey = new Int32Array(nFlat);
  const flatWeight = new Float64Array(nFlat);
  const flatOther = new Uint8Array(nFlat);
  // Positions (flat) of each sequence's words that may match a different word: sequence s's at
  // otherIdx[otherStart[s] ..].
  const otherStart = new Int32Array(nSeqs + 1);
  const otherList: number[] = [];
  const V = corpus.vocab.size;
  seqView.forEach((v, i) => {
    const at = flatStart[i] ?? 0;
    for (let t = 0; t < v.keys.length; t++) {
      const k = v.keys[t] ?? -1;
      flatKey[at + t] = k;
      flatWeight[at + t] = v.weights[t] ?? 0;
      // Whether the word may match another word: a content word the near-synonym table holds (any
      // content word with a provider).
      if (v.stop[t] !== true && (provider || synonymKey(k))) {
        flatOther[at + t] = 1;
        otherList.push(at + t);
      }
    }
    flatStart[i + 1] = at + v.keys.length;
    otherStart[i + 1] = otherList.length;
  });
  const otherIdx = new Int32Array(otherList);
  // Each sequence's distinct keys (sequence s's at dStart[s] .. dStart[s + 1]): how many of its words
  // carry the key, the heaviest of them, the weight of those that count only when shared, and how many
  // are content words; and the weight of its words that may match another word. At most one entry per
  // word: arrays of that size, of which the first dStart[nSeqs] are used.
  const dStart = new Int32Array(nSeqs + 1);
  const dKey = new Int32Array(nFlat);
  const dCount = new Int32Array(nFlat);
  const dMax = new Float64Array(nFlat);
  const dNonOther = new Float64Array(nFlat);
  const dContent = new Int32Array(nFlat);
  const otherTotal = new Float64Array(nSeqs);
  {
    const slot = new Int32Array(V).fill(-1);
    let size = 0;
    seqView.forEach((v, i) => {
      const at = flatStart[i] ?? 0;
      const first = size;
      let other = 0;
      for (let t = 0; t < v.keys.length; t++) {
        const k = v.keys[t] ?? -1;
        const w = v.weights[t] ?? 0;
        if (flatOther[at + t] === 1) other += w;
        if (k < 0 || k >= V) continue;
        let d = slot[k] ?? -1;
        if (d < first) {
          d = size++;
          slot[k] = d;
          dKey[d] = k;
        }
        dCount[d] = (dCount[d] ?? 0) + 1;
        if (w > (dMax[d] ?? 0)) dMax[d] = w;
        if (flatOther[at + t] === 0) dNonOther[d] = (dNonOther[d] ?? 0) + w;
        if (v.stop[t] !== true) dContent[d] = (dContent[d] ?? 0) + 1;
      }
      otherTotal[i] = other;
      dStart[i + 1] = size;
    });
  }
  // Marks of the keys of the last two sequences asked about, one array each: candidates come grouped
  // by their first quote, so one side's marks are usually still in place for the next pair.
  interface Marks {
    seq: number;
    gen: number;
    readonly stamp: Int32Array;
  }
  const slots: [Marks, Marks] = [
    { seq: -1, gen: 0, stamp: new Int32Array(corpus.vocab.size) },
    { seq: -1, gen: 0, stamp: new Int32Array(corpus.vocab.size) },
  ];
  let lastSlot: 0 | 1 = 0;
  const marksOf = (b: number): Marks => {
    if (slots[0].seq === b) {
      lastSlot = 0;
      return slots[0];
    }
    if (slots[1].seq === b) {
      lastSlot = 1;
      return slots[1];
    }
    lastSlot = lastSlot === 0 ? 1 : 0;
    const slot = slots[lastSlot];
    slot.seq = b;
    const g = ++slot.gen;
    for (const k of (seqView[b] as QuoteView).keys) if (k >= 0 && k < slot.stamp.length) slot.stamp[k] = g;
    return slot;
  };
  // a and b are sequence ids, as in lexicalBound, stampSide and mayReach below.
  const held = (a: number, b: number): { weight: number; stretch: number } => {
    const va = seqView[a] as QuoteView;
    const at = flatStart[a] ?? 0;
    const { stamp: marks, gen: g } = marksOf(b);
    let weight = 0;
    let run = 0;
    let stretch = 0;
    for (let i = 0; i < va.keys.length; i++) {
      const shared = marks[va.keys[i] ?? -1] === g;
      if (shared || flatOther[at + i] === 1) weight += va.weights[i] ?? 0;
      run = shared ? run + 1 : 0;
      if (run > stretch) stretch = run;
    }
    return { weight, stretch };
  };
  const lexicalBound = (x: number, y: number): number => {
    const vx = seqView[x] as QuoteView;
    const vy = seqView[y] as QuoteView;
    const hx = held(x, y);
    const hy = held(y, x);
    // Each match adds sim·(w_x + w_y)/2 with sim <= 1, from words each side holds.
    const matched = (hx.weight + hy.weight) / 2;
    const dice = vx.total + vy.total > 0 ? (2 * matched) / (vx.total + vy.total) : 0;
    const shortTotal = Math.min(vx.total, vy.total);
    const containment = shortTotal > 0 ? Math.min(1, matched / shortTotal) : 0;
    const { minSharedRun, sharedRunLexical } = lex.params.link;
    const run = Math.min(hx.stretch, hy.stretch) >= minSharedRun ? sharedRunLexical : 0;
    return Math.max(dice, containment, run);
  };
  // A tighter bound in one pass over one side's distinct keys, for the hundreds of thousands of
  // candidates: the other side (the first of the pair, which the candidate order repeats) is stamped
  // once. Matches are
  // one to one, so a key shared by both sides matches at most min(count in x, count in y) times, each
  // at most its heaviest word on either side; a word matches a different word only as a near-synonym
  // (at the table's similarity) of a word the other side holds in one of its groups. lexicalBound's
  // looser sums are kept too, and the smaller bound counts. Both are upper bounds of the lexical score
  // pairFeatures computes, so a pair they rule out could not have linked: the same pairs link. A
  // bound within `margin` of the threshold, or one a run of shared words could lift (enough exact
  // matches for one), is settled by lexicalBound itself (whose stretches need both sides stamped). A
  // provider may match any two content words: it gets lexicalBound's sums only.
  // Near-synonym groups of each key that may match a different word, as small integer lists.
  const groupsOfKey: (readonly number[] | undefined)[] = new Array<readonly number[] | undefined>(V).fill(undefined);
  const groupsOf = (k: number): readonly number[] => {
    if (k < 0 || k >= V) return lex.synonymGroups.get(corpus.vocab.str(k)) ?? [];
    let gs = groupsOfKey[k];
    if (gs === undefined) groupsOfKey[k] = gs = lex.synonymGroups.get(corpus.vocab.str(k)) ?? [];
    return gs;
  };
  let nGroups = 0;
  for (const gs of lex.synonymGroups.values()) for (const g of gs) nGroups = Math.max(nGroups, g + 1);
  // Per group, the key a side holds in it (-2 for two or more keys), valid under the side's generation.
  const sideGroupGen = new Int32Array(nGroups);
  const sideGroupKey = new Int32Array(nGroups);
  const pairGroupGen = new Int32Array(nGroups);
  const pairGroupKey = new Int32Array(nGroups);
  const markGroups = (i: number, gen: number, groupGen: Int32Array, groupKey: Int32Array): void => {
    for (let o = otherStart[i] ?? 0, end = otherStart[i + 1] ?? 0; o < end; o++) {
      const k = flatKey[otherIdx[o] as number] as number;
      for (const g of groupsOf(k)) {
        if (groupGen[g] !== gen) {
          groupGen[g] = gen;
          groupKey[g] = k;
        } else if (groupKey[g] !== k) groupKey[g] = -2;
      }
    }
  };
  // Whether a word of key k has a near-synonym of another key on the side marked with `gen`.
  const hasPartner = (k: number, gen: number, groupGen: Int32Array, groupKey: Int32Array): boolean => {
    for (const g of groupsOf(k)) if (groupGen[g] === gen && groupKey[g] !== k) return true;
    return false;
  };
  const nearSim = lex.params.match.nearSynonym;
  const sideStamp = new Int32Array(V);
  const sideWeight = new Float64Array(V);
  const sideCount = new Int32Array(V);
  const sideMax = new Float64Array(V);
  const sideContent = new Int32Array(V);
  let sideSeq = -1;
  let sideGen = 0;
  let sideOther = 0;
  let seenGen = 0;
  const stampSide = (x: number): void => {
    const g = ++sideGen;
    let w = 0;
    for (let t = flatStart[x] ?? 0, end = flatStart[x + 1] ?? 0; t < end; t++) {
      const k = flatKey[t] as number;
      const wt = flatWeight[t] as number;
      if (flatOther[t] === 1) w += wt;
      if (k < 0 || k >= V) continue;
      if (sideStamp[k] !== g) {
        sideStamp[k] = g;
        sideWeight[k] = 0;
        sideCount[k] = 0;
        sideMax[k] = 0;
        sideContent[k] = 0;
      }
      if ((seqView[x] as QuoteView).stop[t - (flatStart[x] ?? 0)] !== true) sideContent[k] = (sideContent[k] ?? 0) + 1;
      if (flatOther[t] === 0) sideWeight[k] = (sideWeight[k] ?? 0) + wt;
      sideCount[k] = (sideCount[k] ?? 0) + 1;
      if (wt > (sideMax[k] ?? 0)) sideMax[k] = wt;
    }
    if (!provider) markGroups(x, g, sideGroupGen, sideGroupKey);
    sideOther = w;
    sideSeq = x;
  };
  const margin = 1e-7;
  // A looser bound still, in a few operations, which rules out most candidates before mayReach reads
  // any of their words: each word sequence's words in buckets of a signature (signature.ts), whose
  // sums over shared buckets are at least mayReach's sums over shared keys and near-synonyms.
  const signatures = new BucketSignatures(seqView, V, groupsOf, provider);
  // Whether mayReach may hold for two quotes (false: it cannot): its first test, on the signatures'
  // bounds, 1e-9 looser for sums taken in another order.
  const { minSharedRun, minSharedRunContent, sharedRunLexical } = lex.params.link;
  const mayPass = (x: number, y: number, need: number): boolean => {
    // A run of shared words lifts the score to sharedRunLexical only: below the need, no count matters.
    const runMayLift = !(sharedRunLexical < need - 1e-9 - margin);
    signatures.bound(wordsId[x] as number, wordsId[y] as number, runMayLift);
    const tx = (views[x] as QuoteView).total;
    const ty = (views[y] as QuoteView).total;
    const matched = (signatures.weightA + signatures.weightB) / 2;
    const dice = tx + ty > 0 ? (2 * matched) / (tx + ty) : 0;
    const shortTotal = Math.min(tx, ty);
    const containment = shortTotal > 0 ? Math.min(1, matched / shortTotal) : 0;
    if (Math.max(dice, containment) >= need - 2e-9 - margin) return true;
    return runMayLift && signatures.exact >= minSharedRun && signatures.content >= minSharedRunContent;
  };
  const mayReach = (qa: number, qb: number, need: number): boolean => {
    // On the quotes' word sequences. Symmetric in the two: stamp whichever is not stamped yet only
    // when neither is.
    const a = wordsId[qa] as number;
    const b = wordsId[qb] as number;
    let x = a;
    let y = b;
    if (sideSeq === b) {
      x = b;
      y = a;
    } else if (sideSeq !== a) stampSide(a);
    const g = sideGen;
    const sg = ++seenGen;
    let hx = sideOther;
    let hy = otherTotal[y] as number;
    // The one-to-one sums: exact matches of shared keys (then near-synonyms below); and how many exact
    // matches there can be, in all and of content words, which a run of shared words needs.
    let ax = 0;
    let ay = 0;
    let exact = 0;
    let content = 0;
    for (let u = dStart[y] ?? 0, end = dStart[y + 1] ?? 0; u < end; u++) {
      const k = dKey[u] as number;
      if (sideStamp[k] !== g) continue;
      hy += dNonOther[u] as number;
      hx += sideWeight[k] as number;
      const cx = sideCount[k] as number;
      const cy = dCount[u] as number;
      const m = cx < cy ? cx : cy;
      ax += m * (sideMax[k] as number);
      ay += m * (dMax[u] as number);
      exact += m;
      if ((sideContent[k] as number) > 0 || (dContent[u] as number) > 0) content += m;
    }
    let matched = (hx + hy) / 2;
    if (!provider) {
      if (otherStart[y + 1] !== otherStart[y] && otherStart[x + 1] !== otherStart[x]) {
        markGroups(y, sg, pairGroupGen, pairGroupKey);
        for (let o = otherStart[x] ?? 0, end = otherStart[x + 1] ?? 0; o < end; o++) {
          const t = otherIdx[o] as number;
          if (hasPartner(flatKey[t] as number, sg, pairGroupGen, pairGroupKey)) ax += nearSim * (flatWeight[t] as number);
        }
        for (let o = otherStart[y] ?? 0, end = otherStart[y + 1] ?? 0; o < end; o++) {
          const t = otherIdx[o] as number;
          if (hasPartner(flatKey[t] as number, g, sideGroupGen, sideGroupKey)) ay += nearSim * (flatWeight[t] as number);
        }
      }
      matched = Math.min(matched, (ax + ay) / 2);
    }
    const tx = (seqView[x] as QuoteView).total;
    const ty = (seqView[y] as QuoteView).total;
    const dice = tx + ty > 0 ? (2 * matched) / (tx + ty) : 0;
    const shortTotal = Math.min(tx, ty);
    const containment = shortTotal > 0 ? Math.min(1, matched / shortTotal) : 0;
    const bound = Math.max(dice, containment);
    const { minSharedRun, minSharedRunContent, sharedRunLexical } = lex.params.link;
    if (bound >= need - 1e-9 + margin) return true;
    // A run of shared words lifts the score only with minSharedRun exact matches, minSharedRunContent
    // of them content words (lexicalCore).
    if (bound < need - 1e-9 - margin && (sharedRunLexical < need - 1e-9 - margin || exact < minSharedRun || content < minSharedRunContent))
      return false;
    return lexicalBound(x, y) >= need - 1e-9;
  };
  // speakerRelation for every candidate, with sameSpeaker asked once per pair of distinct spellings:
  // the same few speakers stand behind most of the candidates.
  const speakerIds = new Map<string, number>();
  const speakerOf = views.map((v) => {
    if (v.speakerParts === null) return -1;
    const sig = JSON.stringify(v.speakerParts);
    let id = speakerIds.get(sig);
    if (id === undefined) speakerIds.set(sig, (id = speakerIds.size));
    return id;
  });
  const nSpeakers = speakerIds.size;
  // 0 unknown yet, 1 same, 2 not the same; a table while it stays small.
  const sameMemo = nSpeakers <= 2048 ? new Uint8Array(nSpeakers * nSpeakers) : undefined;
  const relationOf = (x: number, y: number): PairFeatures['speaker'] => {
    const vx = views[x] as QuoteView;
    const vy = views[y] as QuoteView;
    const sx = speakerOf[x] ?? -1;
    const sy = speakerOf[y] ?? -1;
    if (sameMemo === undefined || sx < 0 || sy < 0) return speakerRelation(vx, vy);
    let same = sameMemo[sx * nSpeakers + sy] ?? 0;
    if (same === 0) sameMemo[sx * nSpeakers + sy] = same = sameSpeaker(vx.speakerParts ?? [], vy.speakerParts ?? []) ? 1 : 2;
    return same === 1 ? 'same' : vx.speakerWeak || vy.speakerWeak ? 'unknown' : 'different';
  };
  const link = (a: number, b: number): void => {
    const x = a < b ? a : b;
    const y = a < b ? b : a;
    const vx = views[x] as QuoteView;
    const vy = views[y] as QuoteView;
    // Speakers and lengths alone rule many candidates out, and an unknown or different speaker needs
    // more words alike than the two can have: no need to compare their words one to one.
    const relation = relationOf(x, y);
    if (options.scoreEveryCandidate !== true) {
      if (cannotLink(vx, vy, lex, relation)) return;
      // Whatever the speakers, a link needs translationMinLexical (pairFeatures).
      const need = Math.max(minLexicalFor(relation, lex), lex.params.link.translationMinLexical);
      // Two copies of one word sequence match word for word: their bound is 1 (when they weigh anything).
      const copies = wordsId[x] === wordsId[y] && vx.total > 0 && need < 0.99;
      if (need > 0 && !copies && (!mayPass(x, y, need) || !mayReach(a, b, need))) return;
    }
    const f = pair(x, y);
    if (f.linked) edges.push({ a: x, b: y, f });
  };
  groupList.forEach((members, g) => {
    const r = reps[g] ?? 0;
    const away = members.find((m) => docOf(m) !== docOf(r));
    for (const m of members) {
      if (m === r) continue;
      if (docOf(m) !== docOf(r)) link(r, m);
      else if (away !== undefined) link(away, m);
    }
  });
  const repViews = reps.map((r) => views[r] as QuoteView);
  const candidates = candidatePairs(repViews, corpus, lex, idf, options.wordSimilarity !== undefined);
  // Indexed loops in this long function body: it runs once, and an iterator would allocate a result
  // object per step until the loop is optimized.
  for (let c = 0; c < candidates.length; c++) {
    const key = candidates[c] as number;
    const ga = Math.floor(key / repViews.length);
    const gb = key - ga * repViews.length;
    const a = reps[ga] ?? 0;
    let b = reps[gb] ?? 0;
    if (docOf(a) === docOf(b)) {
      // The representatives share a document: pair a copy of one that stands elsewhere.
      const other = (groupList[gb] ?? []).find((m) => docOf(m) !== docOf(a));
      const otherA = (groupList[ga] ?? []).find((m) => docOf(m) !== docOf(b));
      if (other !== undefined) b = other;
      else if (otherA !== undefined) {
        link(otherA, b);
        continue;
      } else continue;
    }
    link(a, b);
  }
  edges.sort((x, y) => y.f.score - x.f.score || x.a - y.a || x.b - y.b);

  // Clusters as member lists; merged strongest edge first, each merge checked for compatibility.
  const clusterOf = Array.from({ length: n }, (_, i) => i);
  const members = new Map<number, number[]>(Array.from({ length: n }, (_, i) => [i, [i]]));
  const L = lex.params.link;
  const substantial = (i: number): boolean => (views[i]?.contentCount ?? 0) >= L.substantialWords;
  const covers = (z: number, x: number): boolean => {
    const vx = views[x] as QuoteView;
    return vx.total > 0 && coreFor(z, x).matched / vx.total >= 0.6;
  };
  // Quotes of one document are contiguous in `views`, in text order.
  const docFirst = new Map<string, number>();
  const docEnd = new Map<string, number>();
  views.forEach((v, i) => {
    if (!docFirst.has(v.doc.id)) docFirst.set(v.doc.id, i);
    docEnd.set(v.doc.id, i + 1);
  });
  // Whether another quote of the same document stands between two quotes.
  const between = (x: QuoteView, y: QuoteView): boolean => {
    const lo = Math.min(x.quote.start, y.quote.start);
    const hi = Math.max(x.quote.start, y.quote.start);
    const end = docEnd.get(x.doc.id) ?? 0;
    for (let i = docFirst.get(x.doc.id) ?? end; i < end; i++) {
      const s = views[i]?.quote.start ?? 0;
      if (s >= hi) break;
      if (s > lo) return true;
    }
    return false;
  };
  const compatible = (x: number, y: number, all: readonly number[]): boolean => {
    const vx = views[x] as QuoteView;
    const vy = views[y] as QuoteView;
    // The same words are the same remark, wherever they stand.
    if (wordsId[x] === wordsId[y]) return true;
    if (!substantial(x) || !substantial(y)) return true;
    if (vx.doc.id === vy.doc.id) {
      const f = pair(x, y);
      if (vx.quote.start < vy.quote.end && vy.quote.start < vx.quote.end) return true;
      if (f.lexical >= L.sameDocCompatibleAbove) return true;
      // Consecutive quotes of one speaker with only an attribution between them ("…," he said. "…")
      // are pieces of one statement.
      const endX = vx.parts[vx.parts.length - 1]?.end ?? vx.quote.end;
      const endY = vy.parts[vy.parts.length - 1]?.end ?? vy.quote.end;
      const gap = vx.quote.start < vy.quote.start ? vy.quote.start - endX : vx.quote.start - endY;
      if (gap <= L.adjacentQuoteGap && f.speaker !== 'different' && !between(vx, vy)) return true;
    } else {
      // Across documents the words decide; a linked pair has at least translationMinLexical, so the
      // pair is scored in full only when that bound is below incompatibleBelow.
      const core = coreFor(x, y);
      if (core.lexical >= L.incompatibleBelow || core.rare.length > 0) return true;
      if (L.translationMinLexical < L.incompatibleBelow && pair(x, y).linked) return true;
    }
    // Two parts of one remark that one article splits and another quotes whole are compatible.
    return all.some((z) => views[z]?.doc.id !== vx.doc.id && views[z]?.doc.id !== vy.doc.id && covers(z, x) && covers(z, y));
  };
  for (let k = 0; k < edges.length; k++) {
    const e = edges[k] as (typeof edges)[number];
    const ra = clusterOf[e.a] ?? e.a;
    const rb = clusterOf[e.b] ?? e.b;
    if (ra === rb) continue;
    const A = members.get(ra) ?? [];
    const B = members.get(rb) ?? [];
    const all = [...A, ...B];
    if (!A.every((x) => B.every((y) => compatible(x, y, all)))) continue;
    for (const y of B) clusterOf[y] = ra;
    // Both lists are in ascending order: merged, not sorted.
    const merged: number[] = [];
    let i = 0;
    let j = 0;
    while (i < A.length || j < B.length) {
      const x = A[i] ?? Infinity;
      const y = B[j] ?? Infinity;
      if (x < y) {
        merged.push(x);
        i++;
      } else {
        merged.push(y);
        j++;
      }
    }
    members.set(ra, merged);
    members.delete(rb);
  }

  // Reporting sentences, read when the first cluster with a speaker needs them.
  let sentences: SentenceIndex | undefined;
  const clusters: Omit<QuoteCluster, 'id'>[] = [];
  for (const list of members.values()) {
    // Most quotes stay alone: no document set for them.
    if (list.length < 2) continue;
    const docs = new Set(list.map((i) => views[i]?.doc.id));
    if (docs.size < 2) continue;
    const vs = list.map((i) => views[i] as QuoteView);
    const analysis = analyzeVariants(vs, matcher, lex, docOrder);
    const speaker = canonicalSpeaker(vs, docOrder);
    const quoted: QuoteClusterMember[] = vs.flatMap((v) =>
      v.parts.map((q) => ({
        docId: v.doc.id,
        quoteId: q.id,
        start: q.start,
        end: q.end,
        text: q.text,
        indirect: false,
        trimmed: analysis.trimmed.has(q.id),
        pivot: analysis.pivot.has(q.id),
      })),
    );
    // Indirect speech shares fewer words with the quote than another quote does; word vectors would
    // let any sentence on the topic in, so only lemmas and the near-synonym table count here.
    const indirect =
      options.indirect && speaker !== undefined
        ? indirectMembers(corpus, speaker, vs, (sentences ??= sentenceIndex(corpus, quotes, lex, idf)), plainMatcher, lex, idf)
        : [];
    const order = (m: { docId: string; start: number }): number => (docOrder.get(m.docId) ?? 0) * 1e9 + m.start;
    const allMembers = [...quoted, ...indirect].sort((a, b) => order(a) - order(b) || a.end - b.end);
    const links: QuoteClusterLink[] = [];
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x] ?? 0;
        const b = list[y] ?? 0;
        if (views[a]?.doc.id === views[b]?.doc.id) continue;
        const f = pair(a, b);
        if (!f.linked) continue;
        const [qa, qb] = [views[a]?.quote.id ?? '', views[b]?.quote.id ?? ''];
        links.push({
          a: qa,
          b: qb,
          score: round4(f.score),
          lexical: round4(f.lexical),
          speaker: f.speaker,
          sharedRare: [...f.sharedRare],
          context: f.context,
          cue: f.cue,
        });
      }
    }
    links.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
    const { trimmed: _t, pivot: _p, ...rest } = analysis;
    clusters.push({
      ...(speaker !== undefined ? { speaker } : {}),
      quoteIds: quoted.sort((a, b) => order(a) - order(b)).map((m) => m.quoteId ?? ''),
      ...rest,
      members: allMembers,
      links,
    });
  }
  const first = (c: Omit<QuoteCluster, 'id'>): number => {
    const m = c.members.find((x) => !x.indirect) ?? c.members[0];
    return m === undefined ? 0 : (docOrder.get(m.docId) ?? 0) * 1e9 + m.start;
  };
  clusters.sort((a, b) => first(a) - first(b));
  return clusters.map((c, i) => reorder({ id: `c${i + 1}`, ...c }));
}

/** Whether two quotes have the same words: the same keys, stop words at the same positions. */
function sameWords(a: QuoteView, b: QuoteView): boolean {
  if (a.keys.length !== b.keys.length) return false;
  for (let t = 0; t < a.keys.length; t++) if (a.keys[t] !== b.keys[t] || (a.stop[t] === true) !== (b.stop[t] === true)) return false;
  return true;
}

/** Puts the contract fields first, so that the JSON reads in the documented order. */
function reorder(c: QuoteCluster): QuoteCluster {
  const { id, speaker, quoteIds, kind, divergence, substitutions, ...rest } = c;
  return { id, ...(speaker !== undefined ? { speaker } : {}), quoteIds, kind, divergence, substitutions, ...rest };
}

/** The speaker most members name (the longest spelling of that person), or none when no member has one. */
function canonicalSpeaker(vs: readonly QuoteView[], docOrder: ReadonlyMap<string, number>): string | undefined {
  const counts = new Map<string, { n: number; at: number }>();
  for (const v of vs) {
    const name = v.quote.speaker?.name;
    if (name === undefined) continue;
    const at = (docOrder.get(v.doc.id) ?? 0) * 1e9 + v.quote.start;
    const c = counts.get(name);
    if (c === undefined) counts.set(name, { n: 1, at });
    else c.n++;
  }
  let best: string | undefined;
  let bestC = { n: 0, at: Infinity };
  for (const [name, c] of counts) {
    if (c.n > bestC.n || (c.n === bestC.n && c.at < bestC.at)) {
      best = name;
      bestC = c;
    }
  }
  if (best === undefined) return undefined;
  // The fullest spelling of that person ("Ana Petrova" over "Petrova").
  const parts = nameParts(best);
  let full = best;
  for (const name of [...counts.keys()].sort()) {
    if (name.length > full.length && sameSpeaker(nameParts(name), parts)) full = name;
  }
  return full;
}
