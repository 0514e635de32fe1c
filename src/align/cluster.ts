import type { Corpus } from '../document/model.js';
import { pacer, type Steps } from '../util/steps.js';
import { contentClasses, type SpanRef } from './content.js';
import type { PassagePair } from './extend.js';
import type { PairWork, ScoredPair } from './pair-work.js';
import type { Alignment, AlignmentKind, AlignmentPair, DiffOp } from './types.js';
import { UnionFind } from '../util/union-find.js';

/** Share of the shorter of two spans of one document they must overlap to count as one copy. @internal */
export const SAME_COPY_OVERLAP = 0.5;

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
 * @param work - scores and diffs pairs of passages (in this thread, or in others)
 * @param minSimilarity - lowest pair similarity kept
 * @returns alignments in report order with ids `p1`, `p2`, … (pausing between pairs and alignments, see {@link Steps})
 * @internal
 */
export function* clusterPassages(corpus: Corpus, pairs: readonly PassagePair[], work: PairWork, minSimilarity: number): Steps<Alignment[]> {
  const pace = pacer(32);
  const { nodes, nodeOf } = buildNodes(pairs, corpus.docs.length);
  // Copies of one passage with the same tokens form one content class: each class is prepared, cut into
  // diff units, and scored and diffed against each other class once, however many pairs of copies link them.
  const { classOf, reps } = contentClasses(corpus.docs, nodes);
  const nClasses = reps.length;
  const classSpans: SpanRef[] = reps.map((r) => nodes[r]!);
  const classOfNode = (u: number): number => classOf[u] ?? 0;

  // Distinct node pairs, in order of their first passage pair, each scored once on the members' final extent (the
  // score of their classes, keyed in node order: the order in which the pair would be scored one by one).
  const nodePairs: [number, number][] = [];
  const seenNodes = new Set<number>();
  const classPairAt = new Map<number, number>();
  const classPairs: number[] = [];
  for (let i = 0; i < pairs.length; i++) {
    if (pace()) yield;
    const x = nodeOf[2 * i] ?? 0;
    const y = nodeOf[2 * i + 1] ?? 0;
    const [u, v] = x < y ? [x, y] : [y, x];
    const key = u * nodes.length + v;
    if (seenNodes.has(key)) continue;
    seenNodes.add(key);
    nodePairs.push([u, v]);
    const ckey = classOfNode(u) * nClasses + classOfNode(v);
    if (!classPairAt.has(ckey)) {
      classPairAt.set(ckey, classPairs.length / 2);
      classPairs.push(classOfNode(u), classOfNode(v));
    }
  }
  const scores = yield* work.score({ spans: classSpans, pairs: Int32Array.from(classPairs) });
  const scoreOf = (u: number, v: number): ScoredPair => scores[classPairAt.get(classOfNode(u) * nClasses + classOfNode(v)) ?? 0]!;
  const edges: [number, number][] = [];
  for (const [u, v] of nodePairs) {
    const r = scoreOf(u, v).result;
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

  // Each alignment's members and listed pairs; then the diffs those pairs need, one per pair of classes.
  const drafts: { members: Alignment['members']; listed: { a: number; b: number; u: number; v: number }[]; edges: [number, number][] }[] =
    [];
  const diffAt = new Map<number, number>();
  const diffPairs: number[] = [];
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
    const listed = g.edges
      .filter(([u, v]) => {
        const r = scoreOf(u, v).result;
        return r.score < 1 || r.kind !== 'verbatim' || members[index.get(u) ?? 0]?.text !== members[index.get(v) ?? 0]?.text;
      })
      .map(([u, v]) => ({ a: index.get(u) ?? 0, b: index.get(v) ?? 0, u, v }))
      .sort((x, y) => x.a - y.a || x.b - y.b);
    for (const p of listed) {
      const ckey = classOfNode(p.u) * nClasses + classOfNode(p.v);
      if (diffAt.has(ckey)) continue;
      diffAt.set(ckey, diffPairs.length / 2);
      diffPairs.push(classOfNode(p.u), classOfNode(p.v));
    }
    drafts.push({ members, listed, edges: g.edges });
  }
  const diffs = yield* work.diff({ spans: classSpans, pairs: Int32Array.from(diffPairs) });
  // Each pair gets its own operations, as it did when every pair was diffed.
  const diffOf = (u: number, v: number): DiffOp[] =>
    (diffs[diffAt.get(classOfNode(u) * nClasses + classOfNode(v)) ?? 0] ?? []).map((d) => ({ op: d.op, text: d.text }));

  const out: Omit<Alignment, 'id'>[] = [];
  for (const d of drafts) {
    if (pace()) yield;
    const alignmentPairs: AlignmentPair[] = d.listed.map((p) => {
      const r = scoreOf(p.u, p.v);
      return { a: p.a, b: p.b, similarity: r.result.score, components: { ...r.components }, diff: diffOf(p.u, p.v) };
    });
    let kind: AlignmentKind = 'verbatim';
    let similarity = 1;
    for (const [u, v] of d.edges) {
      const r = scoreOf(u, v).result;
      if (r.kind !== 'unrelated' && KIND_RANK[r.kind] < KIND_RANK[kind]) kind = r.kind;
      similarity = Math.min(similarity, r.score);
    }
    out.push({ kind, similarity, members: d.members, pairs: alignmentPairs });
  }
  return out.map((a, i) => ({ id: `p${i + 1}`, ...a }));
}
