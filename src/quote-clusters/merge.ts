import type { ClusterLexicon } from '../lexicon/cluster-words.js';
import type { PairEvidence } from './pair-evidence.js';
import type { PairFeatures } from './pair.js';
import type { QuoteView } from './views.js';

/** A linked pair of views (by index, `a < b`) and its features. @internal */
export interface Edge {
  readonly a: number;
  readonly b: number;
  readonly f: PairFeatures;
}

/** Where each document's views stand in the view list: they are contiguous, in text order. */
interface DocRanges {
  readonly first: ReadonlyMap<string, number>;
  readonly end: ReadonlyMap<string, number>;
}

function docRanges(views: readonly QuoteView[]): DocRanges {
  const first = new Map<string, number>();
  const end = new Map<string, number>();
  views.forEach((v, i) => {
    if (!first.has(v.doc.id)) first.set(v.doc.id, i);
    end.set(v.doc.id, i + 1);
  });
  return { first, end };
}

/** Whether another quote of the same document stands between two quotes. */
function quoteBetween(views: readonly QuoteView[], ranges: DocRanges, x: QuoteView, y: QuoteView): boolean {
  const lo = Math.min(x.quote.start, y.quote.start);
  const hi = Math.max(x.quote.start, y.quote.start);
  const end = ranges.end.get(x.doc.id) ?? 0;
  for (let i = ranges.first.get(x.doc.id) ?? end; i < end; i++) {
    const s = views[i]?.quote.start ?? 0;
    if (s >= hi) break;
    if (s > lo) return true;
  }
  return false;
}

/**
 * Whether two quotes of one document may stand in one cluster: they overlap, have nearly the same
 * words, or are consecutive pieces of one statement ("…," he said. "…") with no quote between them.
 */
function sameDocCompatible(evidence: PairEvidence, ranges: DocRanges, lex: ClusterLexicon, x: number, y: number): boolean {
  const L = lex.params.link;
  const vx = evidence.views[x] as QuoteView;
  const vy = evidence.views[y] as QuoteView;
  const f = evidence.pair(x, y);
  if (vx.quote.start < vy.quote.end && vy.quote.start < vx.quote.end) return true;
  if (f.lexical >= L.sameDocCompatibleAbove) return true;
  const endX = vx.parts[vx.parts.length - 1]?.end ?? vx.quote.end;
  const endY = vy.parts[vy.parts.length - 1]?.end ?? vy.quote.end;
  const gap = vx.quote.start < vy.quote.start ? vy.quote.start - endX : vx.quote.start - endY;
  return gap <= L.adjacentQuoteGap && f.speaker !== 'different' && !quoteBetween(evidence.views, ranges, vx, vy);
}

/**
 * Whether two quotes of different documents may stand in one cluster: the words decide. A linked pair
 * has at least translationMinLexical, so the pair is scored in full only when that bound is below
 * incompatibleBelow.
 */
function crossDocCompatible(evidence: PairEvidence, lex: ClusterLexicon, x: number, y: number): boolean {
  const L = lex.params.link;
  const core = evidence.core(x, y);
  if (core.lexical >= L.incompatibleBelow || core.rare.length > 0) return true;
  return L.translationMinLexical < L.incompatibleBelow && evidence.pair(x, y).linked;
}

/**
 * Whether two quotes may stand in one cluster whose members would be `all`: the same words always may;
 * short quotes always may; otherwise by document ({@link sameDocCompatible}, {@link crossDocCompatible}),
 * or when a third document quotes whole what the two split.
 */
function compatible(evidence: PairEvidence, ranges: DocRanges, lex: ClusterLexicon, x: number, y: number, all: readonly number[]): boolean {
  const views = evidence.views;
  const vx = views[x] as QuoteView;
  const vy = views[y] as QuoteView;
  if (evidence.seqs.idOf[x] === evidence.seqs.idOf[y]) return true;
  const substantial = (v: QuoteView): boolean => v.contentCount >= lex.params.link.substantialWords;
  if (!substantial(vx) || !substantial(vy)) return true;
  if (vx.doc.id === vy.doc.id ? sameDocCompatible(evidence, ranges, lex, x, y) : crossDocCompatible(evidence, lex, x, y)) return true;
  // Two parts of one remark that one article splits and another quotes whole are compatible.
  const covers = (z: number, w: number): boolean => {
    const vw = views[w] as QuoteView;
    return vw.total > 0 && evidence.core(z, w).matched / vw.total >= 0.6;
  };
  return all.some((z) => views[z]?.doc.id !== vx.doc.id && views[z]?.doc.id !== vy.doc.id && covers(z, x) && covers(z, y));
}

/** Two ascending lists merged into one. */
function mergeSorted(A: readonly number[], B: readonly number[]): number[] {
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
  return merged;
}

/**
 * Merges linked views into clusters, strongest edge first, each merge checked for compatibility so that
 * two unrelated remarks (say, two different remarks of one speaker in one article) never end up in one
 * cluster.
 * @param edges - the linked pairs
 * @param evidence - the pair evidence of the run
 * @param lex - the lexicon
 * @returns the clusters as ascending lists of view indices (single views included), by first member
 * @internal
 */
export function mergeLinked(edges: readonly Edge[], evidence: PairEvidence, lex: ClusterLexicon): number[][] {
  const n = evidence.views.length;
  const sorted = [...edges].sort((x, y) => y.f.score - x.f.score || x.a - y.a || x.b - y.b);
  const ranges = docRanges(evidence.views);
  const clusterOf = Array.from({ length: n }, (_, i) => i);
  const members = new Map<number, number[]>(Array.from({ length: n }, (_, i) => [i, [i]]));
  for (const e of sorted) {
    const ra = clusterOf[e.a] ?? e.a;
    const rb = clusterOf[e.b] ?? e.b;
    if (ra === rb) continue;
    const A = members.get(ra) ?? [];
    const B = members.get(rb) ?? [];
    const all = [...A, ...B];
    if (!A.every((x) => B.every((y) => compatible(evidence, ranges, lex, x, y, all)))) continue;
    for (const y of B) clusterOf[y] = ra;
    members.set(ra, mergeSorted(A, B));
    members.delete(rb);
  }
  return [...members.values()];
}
