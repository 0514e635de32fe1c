import type { Corpus } from '../document/model.js';
import { pacer, type Steps } from '../util/steps.js';
import { contentClasses } from './content.js';
import { diffUnits, wordDiff, type DiffUnits } from './diff.js';
import type { PreparedView } from './prepared.js';
import type { TokenSpan } from './view.js';
import type { PassagePair } from './extend.js';
import { prepareSpan, scoreWithComponents, type ScoreComponents, type ScoreContext } from './score.js';
import type { Alignment, AlignmentKind, AlignmentPair, DiffOp, SimilarityResult } from './types.js';
import { UnionFind } from '../util/union-find.js';

/** Share of the shorter of two spans of one document they must overlap to count as one copy. @internal */
export const SAME_COPY_OVERLAP = 0.5;

/** A pair's score and its components, as {@link scoreWithComponents} gives them. */
type ScoredPair = { result: SimilarityResult; components: ScoreComponents };

interface Node {
  doc: number;
  from: number;
  to: number;
}

const KIND_RANK: Readonly<Record<AlignmentKind, number>> = { paraphrase: 0, edited: 1, verbatim: 2 };

/**
 * Merges the spans of one document that are copies of the same passage into nodes: spans sorted by
 * start, each joining the current node when it overlaps it by at least {@link SAME_COPY_OVERLAP} of the
 * shorter of the two.
 */
function buildNodes(pairs: readonly PassagePair[], nDocs: number): { nodes: Node[]; nodeOf: Int32Array } {
  const perDoc: number[][] = Array.from({ length: nDocs }, () => []);
  pairs.forEach((p, i) => {
    perDoc[p.a]?.push(2 * i);
    perDoc[p.b]?.push(2 * i + 1);
  });
  // Token range of side s (2i: pair i's A side, 2i + 1: its B side), read by the sort's comparisons.
  const spanFrom = new Int32Array(pairs.length * 2);
  const spanTo = new Int32Array(pairs.length * 2);
  pairs.forEach((p, i) => {
    spanFrom[2 * i] = p.fromA;
    spanTo[2 * i] = p.toA;
    spanFrom[2 * i + 1] = p.fromB;
    spanTo[2 * i + 1] = p.toB;
  });
  const nodes: Node[] = [];
  const nodeOf = new Int32Array(pairs.length * 2);
  perDoc.forEach((list, doc) => {
    list.sort((x, y) => spanFrom[x]! - spanFrom[y]! || spanTo[x]! - spanTo[y]! || x - y);
    let cur: Node | undefined;
    for (const s of list) {
      const from = spanFrom[s] ?? 0;
      const to = spanTo[s] ?? 0;
      if (cur !== undefined) {
        const overlap = Math.min(to, cur.to) - from;
        if (overlap > 0 && overlap >= SAME_COPY_OVERLAP * Math.min(to - from, cur.to - cur.from)) {
          cur.to = Math.max(cur.to, to);
          nodeOf[s] = nodes.length - 1;
          continue;
        }
      }
      cur = { doc, from, to };
      nodes.push(cur);
      nodeOf[s] = nodes.length - 1;
    }
  });
  return { nodes, nodeOf };
}

/**
 * Clusters passage pairs across documents: overlapping copies in one document become one member, each
 * linked pair of members is scored and diffed on the members' own text, pairs below `minSimilarity` are
 * dropped, and the rest are joined by union-find into alignments with every document that carries the
 * passage.
 *
 * @param corpus - the documents
 * @param pairs - passage pairs from seed-and-extend and the paraphrase tier
 * @param ctx - the scorer's context
 * @param minSimilarity - lowest pair similarity kept
 * @returns alignments in report order with ids `p1`, `p2`, … (pausing between pairs and alignments, see {@link Steps})
 * @internal
 */
export function* clusterPassages(
  corpus: Corpus,
  pairs: readonly PassagePair[],
  ctx: ScoreContext,
  minSimilarity: number,
): Steps<Alignment[]> {
  const pace = pacer(32);
  const { nodes, nodeOf } = buildNodes(pairs, corpus.docs.length);
  // Copies of one passage with the same tokens form one content class: each class is prepared, cut into
  // diff units, and scored and diffed against each other class once, however many pairs of copies link them.
  const { classOf, reps } = contentClasses(corpus.docs, nodes);
  const nClasses = reps.length;
  const spanOf = (c: number): TokenSpan => {
    const n = nodes[reps[c]!]!;
    return { doc: corpus.docs[n.doc]!, from: n.from, to: n.to };
  };
  const prepared: (PreparedView | undefined)[] = [];
  const prep = (c: number): PreparedView => (prepared[c] ??= prepareSpan(spanOf(c), ctx));
  const unitCache: (DiffUnits | undefined)[] = [];
  const unitsOf = (c: number): DiffUnits => (unitCache[c] ??= diffUnits(spanOf(c)));
  const classScore = new Map<number, ScoredPair>();
  const classDiff = new Map<number, DiffOp[]>();
  const diffOf = (u: number, v: number): DiffOp[] => {
    const cu = classOf[u] ?? 0;
    const cv = classOf[v] ?? 0;
    const key = cu * nClasses + cv;
    const hit = classDiff.get(key);
    // Each pair gets its own operations, as it did when every pair was diffed.
    if (hit !== undefined) return hit.map((d) => ({ op: d.op, text: d.text }));
    const ops = wordDiff(unitsOf(cu), unitsOf(cv));
    classDiff.set(key, ops);
    return ops.map((d) => ({ op: d.op, text: d.text }));
  };

  // Distinct node pairs, each scored once on the members' final extent (the score of their classes).
  const edgeScore = new Map<number, ScoredPair>();
  const edges: [number, number][] = [];
  for (let i = 0; i < pairs.length; i++) {
    if (pace()) yield;
    const x = nodeOf[2 * i] ?? 0;
    const y = nodeOf[2 * i + 1] ?? 0;
    const [u, v] = x < y ? [x, y] : [y, x];
    const key = u * nodes.length + v;
    if (edgeScore.has(key)) continue;
    const cu = classOf[u] ?? 0;
    const cv = classOf[v] ?? 0;
    // Keyed in node order, the order in which the pair would be scored without the memo.
    const ckey = cu * nClasses + cv;
    let s = classScore.get(ckey);
    if (s === undefined) classScore.set(ckey, (s = scoreWithComponents(prep(cu), prep(cv), ctx)));
    const r = s.result;
    edgeScore.set(key, s);
    if (r.kind !== 'unrelated' && r.score >= minSimilarity) edges.push([u, v]);
  }

  const uf = new UnionFind(nodes.length);
  for (const [u, v] of edges) uf.union(u, v);
  const groups = new Map<number, { members: number[]; edges: [number, number][] }>();
  for (const [u, v] of edges) {
    const r = uf.find(u);
    let g = groups.get(r);
    if (g === undefined) {
      g = { members: [], edges: [] };
      groups.set(r, g);
    }
    g.edges.push([u, v]);
  }
  for (const g of groups.values()) {
    const set = new Set<number>();
    for (const [u, v] of g.edges) set.add(u).add(v);
    // Nodes were built document by document in text order, so node order is document order.
    g.members = [...set].sort((x, y) => x - y);
  }

  const out: Omit<Alignment, 'id'>[] = [];
  for (const g of [...groups.values()].sort((x, y) => (x.members[0] ?? 0) - (y.members[0] ?? 0))) {
    if (pace()) yield;
    const index = new Map(g.members.map((m, i) => [m, i]));
    const members = g.members.map((m) => {
      const n = nodes[m]!;
      const doc = corpus.docs[n.doc]!;
      const start = doc.tokens.start[n.from] ?? 0;
      const end = doc.tokens.end[n.to - 1] ?? start;
      return { docId: doc.id, start, end, text: doc.text.slice(start, end) };
    });
    // Pairs of copies with the same text are verbatim, similarity 1, their diff the text itself: not listed,
    // so that N copies of a passage do not repeat it N more times (kind and similarity still count them).
    const alignmentPairs: AlignmentPair[] = g.edges
      .filter(([u, v]) => {
        const r = edgeScore.get(u * nodes.length + v)!.result;
        return r.score < 1 || r.kind !== 'verbatim' || members[index.get(u) ?? 0]?.text !== members[index.get(v) ?? 0]?.text;
      })
      .map(([u, v]) => {
        const r = edgeScore.get(u * nodes.length + v)!;
        return { a: index.get(u) ?? 0, b: index.get(v) ?? 0, r, u, v };
      })
      .sort((x, y) => x.a - y.a || x.b - y.b)
      .map((p) => ({ a: p.a, b: p.b, similarity: p.r.result.score, components: { ...p.r.components }, diff: diffOf(p.u, p.v) }));
    let kind: AlignmentKind = 'verbatim';
    let similarity = 1;
    for (const [u, v] of g.edges) {
      const r = edgeScore.get(u * nodes.length + v)!.result;
      if (r.kind !== 'unrelated' && KIND_RANK[r.kind] < KIND_RANK[kind]) kind = r.kind;
      similarity = Math.min(similarity, r.score);
    }
    out.push({ kind, similarity, members, pairs: alignmentPairs });
  }
  return out.map((a, i) => ({ id: `p${i + 1}`, ...a }));
}
