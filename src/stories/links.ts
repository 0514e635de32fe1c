import { pacer, type Steps } from '../util/steps.js';
import { cosine, type StoryVectors } from './vectors.js';

/** How the stage decides that two documents tell one story. @internal */
export interface LinkParams {
  /** Lowest similarity (date factor included) at which two documents are one story. */
  readonly minSimilarity: number;
  /** Lowest similarity at which a document joins the story of its nearest document. */
  readonly minNearestSimilarity: number;
  /**
   * A feature in at most this many documents proposes every pair of them as candidates; one in more proposes
   * each document's `commonNeighbours` neighbours on either side in id order only (so that copies of one
   * article, which share only common words, still meet).
   */
  readonly maxCandidateDf: number;
  /** Neighbours on either side, in id order, that a common feature proposes. */
  readonly commonNeighbours: number;
  /** Most candidates compared with each document, the ones sharing the most rare weight first. */
  readonly maxCandidates: number;
  /** Days apart within which publication dates do not lower the similarity. */
  readonly sameDays: number;
}

/** What the stage uses (reasons in the README's "How stories are formed"). @internal */
export const LINK_PARAMS: LinkParams = {
  minSimilarity: 0.25,
  minNearestSimilarity: 0.12,
  maxCandidateDf: 64,
  commonNeighbours: 2,
  maxCandidates: 32,
  sameDays: 3,
};

/** Rounds away the last bits a sum picks up from its order (comparisons must not hinge on them). */
const steady = (x: number): number => Math.round(x * 1e9) / 1e9;

/** The day (since 1970-01-01, UTC) a publication date names, or NaN when it is absent or not a date. @internal */
export function dayOf(publishedAt: string | undefined): number {
  if (publishedAt === undefined) return NaN;
  const ms = Date.parse(publishedAt);
  return Number.isNaN(ms) ? NaN : Math.floor(ms / 86_400_000);
}

/**
 * The factor dates apply to a similarity: 1 when either date is unknown or they are at most `sameDays`
 * apart, else `sameDays / days apart` (a week apart halves it at the default of 3).
 * @internal
 */
export function dateFactor(a: number, b: number, sameDays: number): number {
  const apart = Math.abs(a - b);
  if (Number.isNaN(apart) || apart <= sameDays) return 1;
  return sameDays / apart;
}

/** A link between two documents (input positions), with its similarity. @internal */
export interface StoryLink {
  readonly a: number;
  readonly b: number;
  readonly similarity: number;
}

/**
 * The postings of the features found in two documents or more: for feature `f`, documents
 * `doc[start[f]..start[f + 1])` in id order with their weights; and per document, for each of its features
 * (parallel to its `ids`), its position in that feature's postings (-1 when the feature is in it alone).
 */
interface Postings {
  readonly start: Int32Array;
  readonly doc: Int32Array;
  readonly weight: Float64Array;
  readonly at: readonly Int32Array[];
}

/** The postings of `v`, documents in id order (`order`). */
function postings(v: StoryVectors, order: readonly number[]): Postings {
  const features = v.df.length;
  const shared = (f: number): boolean => (v.df[f] ?? 0) >= 2;
  const start = new Int32Array(features + 1);
  for (let f = 0; f < features; f++) start[f + 1] = (start[f] ?? 0) + (shared(f) ? (v.df[f] ?? 0) : 0);
  const total = start[features] ?? 0;
  const doc = new Int32Array(total);
  const weight = new Float64Array(total);
  const fill = start.slice(0, features);
  const at = v.docs.map((d) => new Int32Array(d.ids.length).fill(-1));
  for (const i of order) {
    const d = v.docs[i];
    if (d === undefined) continue;
    d.ids.forEach((f, j) => {
      if (!shared(f)) return;
      const k = fill[f] ?? 0;
      fill[f] = k + 1;
      doc[k] = i;
      weight[k] = d.weights[j] ?? 0;
      (at[i] as Int32Array)[j] = k;
    });
  }
  return { start, doc, weight, at };
}

/**
 * The pairs of documents similar enough to be one story: every pair whose similarity (cosine of the vectors
 * times the date factor) reaches `minSimilarity`, and each document with its nearest document when their
 * similarity reaches `minNearestSimilarity`. Not every pair is compared: each document is compared with at
 * most `maxCandidates` others, those that share the most weight of features found in at most
 * `maxCandidateDf` documents, so the work grows with the documents times a constant.
 *
 * @param v - the documents' vectors
 * @param days - per document, its publication day (NaN when unknown)
 * @param rank - per document, its rank in id order (ties go to the smaller id)
 * @param params - thresholds and caps
 * @returns links with `a` before `b` in id order, sorted by the ranks of `a` then `b` (pausing between documents, see {@link Steps})
 * @internal
 */
export function* storyLinks(
  v: StoryVectors,
  days: readonly number[],
  rank: Int32Array,
  params: LinkParams = LINK_PARAMS,
): Steps<StoryLink[]> {
  const pace = pacer(16);
  const n = v.docs.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => (rank[x] ?? 0) - (rank[y] ?? 0));
  const post = postings(v, order);
  const acc = new Float64Array(n);
  const known = new Map<number, number>();
  const links = new Map<number, StoryLink>();
  const similarity = (a: number, b: number): number => {
    const key = a * n + b;
    let s = known.get(key);
    if (s === undefined) {
      const va = v.docs[a];
      const vb = v.docs[b];
      s = va === undefined || vb === undefined ? 0 : steady(cosine(va, vb) * dateFactor(days[a] ?? NaN, days[b] ?? NaN, params.sameDays));
      known.set(key, s);
    }
    return s;
  };
  for (let d = 0; d < n; d++) {
    if (pace()) yield;
    let nearest: StoryLink | undefined;
    let nearestRank = 0;
    for (const e of candidates(v, post, acc, d, rank, params)) {
      const [a, b] = (rank[d] ?? 0) < (rank[e] ?? 0) ? [d, e] : [e, d];
      const link = { a, b, similarity: similarity(a, b) };
      if (link.similarity >= params.minSimilarity) links.set(a * n + b, link);
      // The nearest: the most similar, and of two as similar the one with the smaller id.
      const r = rank[e] ?? 0;
      if (nearest === undefined || link.similarity > nearest.similarity || (link.similarity === nearest.similarity && r < nearestRank)) {
        nearest = link;
        nearestRank = r;
      }
    }
    if (nearest !== undefined && nearest.similarity >= params.minNearestSimilarity) links.set(nearest.a * n + nearest.b, nearest);
  }
  return [...links.values()].sort((x, y) => (rank[x.a] ?? 0) - (rank[y.a] ?? 0) || (rank[x.b] ?? 0) - (rank[y.b] ?? 0));
}

/**
 * The documents `d` is compared with: those sharing features with it (all of a rare feature's documents, the
 * neighbours in id order of a common one), the most shared weight first (ties to the smaller id), at most
 * `maxCandidates`. `acc` is scratch of one number per document, all 0, left all 0.
 */
function candidates(v: StoryVectors, post: Postings, acc: Float64Array, d: number, rank: Int32Array, params: LinkParams): number[] {
  const vd = v.docs[d];
  const at = post.at[d];
  if (vd === undefined || at === undefined) return [];
  const touched: number[] = [];
  vd.ids.forEach((f, j) => {
    const self = at[j] ?? -1;
    if (self < 0) return;
    const w = vd.weights[j] ?? 0;
    let from = post.start[f] ?? 0;
    let to = post.start[f + 1] ?? 0;
    if (to - from > params.maxCandidateDf) {
      from = Math.max(from, self - params.commonNeighbours);
      to = Math.min(to, self + params.commonNeighbours + 1);
    }
    for (let k = from; k < to; k++) {
      const e = post.doc[k] ?? 0;
      if (e === d) continue;
      if (acc[e] === 0) touched.push(e);
      acc[e] = (acc[e] ?? 0) + w * (post.weight[k] ?? 0);
    }
  });
  const max = params.maxCandidates;
  const weight = (e: number): number => steady(acc[e] ?? 0);
  const before = (x: number, y: number): number => weight(y) - weight(x) || (rank[x] ?? 0) - (rank[y] ?? 0);
  let best = touched;
  if (touched.length > max) {
    // Only the weights at or above the max-th largest are sorted (a document may touch thousands).
    const cut = Float64Array.from(touched, weight).sort()[touched.length - max] ?? 0;
    best = touched.filter((e) => weight(e) >= cut);
  }
  best = best.sort(before).slice(0, max);
  for (const e of touched) acc[e] = 0;
  return best;
}
