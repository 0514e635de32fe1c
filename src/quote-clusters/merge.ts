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

/** Where each document's views stand in the view list: they are contiguous, in text order. @internal */
export interface DocRanges {
  readonly first: ReadonlyMap<string, number>;
  readonly end: ReadonlyMap<string, number>;
}

/**
 * Where each document's views stand in the view list.
 * @param views - the views, in report order
 * @returns the first index and the end of each document's views
 * @internal
 */
export function docRanges(views: readonly QuoteView[]): DocRanges {
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
 * @internal
 */
export function sameDocCompatible(evidence: PairEvidence, ranges: DocRanges, lex: ClusterLexicon, x: number, y: number): boolean {
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
 * incompatibleBelow. With the shipped parameters it reads the two word sequences only.
 * @internal
 */
export function crossDocCompatible(evidence: PairEvidence, lex: ClusterLexicon, x: number, y: number): boolean {
  const L = lex.params.link;
  const core = evidence.core(x, y);
  if (core.lexical >= L.incompatibleBelow || core.rare.length > 0) return true;
  return L.translationMinLexical < L.incompatibleBelow && evidence.pair(x, y).linked;
}

/** Whether a quote has enough content words that its compatibility with others is checked at all. @internal */
export function substantial(evidence: PairEvidence, lex: ClusterLexicon, x: number): boolean {
  return (evidence.views[x] as QuoteView).contentCount >= lex.params.link.substantialWords;
}

/** Whether `z` holds most of `w`'s words: a third rendering that quotes whole what two others split. @internal */
export function covers(evidence: PairEvidence, z: number, w: number): boolean {
  const vw = evidence.views[w] as QuoteView;
  return vw.total > 0 && evidence.core(z, w).matched / vw.total >= 0.6;
}

/**
 * A cluster being merged. Its quotes are kept by word sequence (copies of a wire quote are one
 * sequence) and by document, so that two clusters are checked sequence by sequence, not quote by quote:
 * the words decide between documents, and positions only between quotes of one document.
 */
interface Component {
  readonly members: number[];
  /** Substantial quotes by word sequence, then by document. */
  readonly substantial: Map<number, Map<string, number[]>>;
  /** Every quote's word sequence: one quote of it and the documents that have it. */
  readonly seqs: Map<number, { readonly view: number; readonly docs: Set<string> }>;
  /** The edges that joined the component, in merge order. */
  readonly joins: Edge[];
}

function singleton(evidence: PairEvidence, lex: ClusterLexicon, i: number): Component {
  const seq = evidence.seqs.idOf[i] as number;
  const doc = (evidence.views[i] as QuoteView).doc.id;
  const substantialSeqs = new Map<number, Map<string, number[]>>();
  if (substantial(evidence, lex, i)) substantialSeqs.set(seq, new Map([[doc, [i]]]));
  return { members: [i], substantial: substantialSeqs, seqs: new Map([[seq, { view: i, docs: new Set([doc]) }]]), joins: [] };
}

/** What checking two components reads. */
interface MergeContext {
  readonly evidence: PairEvidence;
  readonly ranges: DocRanges;
  readonly lex: ClusterLexicon;
}

/**
 * The documents of quotes in A or B that hold most of both `x` and `y` (word sequences stand for their
 * quotes): a pair of A × B that would not be compatible is, when one of these stands in a third document.
 */
function coverDocs(ctx: MergeContext, A: Component, B: Component, x: number, y: number): Set<string> {
  const docs = new Set<string>();
  for (const C of [A, B]) {
    for (const { view, docs: ds } of C.seqs.values()) {
      if (covers(ctx.evidence, view, x) && covers(ctx.evidence, view, y)) for (const d of ds) docs.add(d);
    }
  }
  return docs;
}

/**
 * Whether every substantial quote of one word sequence in A (`inA`, by document) may stand with every
 * one of another sequence in B (`inB`): between documents the words decide, so one pair of quotes
 * answers for all; a third document covering both answers by its documents; only quotes of one
 * document are compared one by one (their positions decide).
 */
function sequencesCompatible(
  ctx: MergeContext,
  A: Component,
  B: Component,
  inA: Map<string, number[]>,
  inB: Map<string, number[]>,
): boolean {
  const { evidence } = ctx;
  const x0 = inA.values().next().value?.[0] ?? 0;
  const y0 = inB.values().next().value?.[0] ?? 0;
  let covering: Set<string> | undefined;
  const coverDocsOf = (): Set<string> => (covering ??= coverDocs(ctx, A, B, x0, y0));
  // Quotes of different documents: the words decide, or a quote in a third document covering both.
  const crossPairs = inA.size > 1 || inB.size > 1 || inA.keys().next().value !== inB.keys().next().value;
  if (crossPairs && !crossDocCompatible(evidence, ctx.lex, x0, y0)) {
    const docs = [...coverDocsOf()];
    const [c1, c2] = docs;
    // A pair (da, db) fails when no covering document stands apart from both.
    if (c1 === undefined) return false;
    if (docs.length === 1 && (inA.has(c1) ? inB.size > (inB.has(c1) ? 1 : 0) : false)) return false;
    if (docs.length === 1 && (inB.has(c1) ? inA.size > (inA.has(c1) ? 1 : 0) : false)) return false;
    if (docs.length === 2 && c2 !== undefined && ((inA.has(c1) && inB.has(c2)) || (inA.has(c2) && inB.has(c1)))) return false;
  }
  // Quotes of one document: their positions decide, unless a quote in another document covers both.
  for (const [doc, la] of inA) {
    const lb = inB.get(doc);
    if (lb === undefined) continue;
    if (evidence.pair(x0, y0).lexical >= ctx.lex.params.link.sameDocCompatibleAbove) continue;
    if ([...coverDocsOf()].some((d) => d !== doc)) continue;
    for (const x of la) for (const y of lb) if (!sameDocCompatible(evidence, ctx.ranges, ctx.lex, x, y)) return false;
  }
  return true;
}

/**
 * Whether two components may be one cluster: every substantial quote of one may stand with every
 * substantial quote of the other — the same words always may; otherwise by document
 * ({@link sameDocCompatible}, {@link crossDocCompatible}), or when a third document quotes whole what the
 * two split. Copies of one sequence are checked once, so merging grows with the distinct sequences.
 */
function compatible(ctx: MergeContext, A: Component, B: Component): boolean {
  for (const [sa, inA] of A.substantial) {
    for (const [sb, inB] of B.substantial) {
      if (sa !== sb && !sequencesCompatible(ctx, A, B, inA, inB)) return false;
    }
  }
  return true;
}

/** Moves the smaller component into the larger, which `e` joined. */
function absorb(A: Component, B: Component, compOf: Component[], e: Edge): void {
  const [big, small] = A.members.length >= B.members.length ? [A, B] : [B, A];
  for (const i of small.members) {
    big.members.push(i);
    compOf[i] = big;
  }
  for (const [seq, byDoc] of small.substantial) {
    let into = big.substantial.get(seq);
    if (into === undefined) big.substantial.set(seq, (into = new Map()));
    for (const [doc, list] of byDoc) {
      const have = into.get(doc);
      if (have === undefined) into.set(doc, list);
      else for (const i of list) have.push(i);
    }
  }
  for (const [seq, s] of small.seqs) {
    const have = big.seqs.get(seq);
    if (have === undefined) big.seqs.set(seq, s);
    else for (const d of s.docs) have.docs.add(d);
  }
  for (const j of small.joins) big.joins.push(j);
  big.joins.push(e);
}

/** One cluster of linked quotes and the links that joined it. @internal */
export interface MergedCluster {
  /** View indices, ascending. */
  readonly members: readonly number[];
  /** The edges that joined two parts of the cluster (one fewer than its members), strongest first. */
  readonly joins: readonly Edge[];
}

/** Edges strongest first, ties by view index. */
const byStrength = (x: Edge, y: Edge): number => y.f.score - x.f.score || x.a - y.a || x.b - y.b;

/**
 * Merges linked views into clusters, strongest edge first, each merge checked for compatibility so that
 * two unrelated remarks (say, two different remarks of one speaker in one article) never end up in one
 * cluster. The smaller cluster moves into the larger, and copies of one word sequence are checked once,
 * so merging grows with the quotes times the distinct sequences of a cluster, not with its quotes squared.
 * @param edges - the linked pairs
 * @param evidence - the pair evidence of the run
 * @param lex - the lexicon
 * @returns the clusters (single views included), by first member
 * @internal
 */
export function mergeLinked(edges: readonly Edge[], evidence: PairEvidence, lex: ClusterLexicon): MergedCluster[] {
  const n = evidence.views.length;
  const ctx: MergeContext = { evidence, ranges: docRanges(evidence.views), lex };
  const compOf = Array.from({ length: n }, (_, i) => singleton(evidence, lex, i));
  for (const e of [...edges].sort(byStrength)) {
    const A = compOf[e.a] as Component;
    const B = compOf[e.b] as Component;
    if (A === B || !compatible(ctx, A, B)) continue;
    absorb(A, B, compOf, e);
  }
  // Each component once, at its first member.
  const seen = new Set<Component>();
  const out: MergedCluster[] = [];
  for (const c of compOf) {
    if (seen.has(c)) continue;
    seen.add(c);
    out.push({ members: [...c.members].sort((x, y) => x - y), joins: c.joins.sort(byStrength) });
  }
  return out;
}
