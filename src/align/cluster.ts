import type { Corpus } from '../document/model.js';
import { pacer, type Steps } from '../util/steps.js';
import { contentClasses, type ContentClasses, type SpanRef } from './content.js';
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

/** The clustering's state that {@link keepUnmerged} extends. */
interface Linking {
  readonly pairs: readonly PassagePair[];
  /** The members: spans merged from overlapping copies (see {@link buildNodes}); kept pairs append theirs. */
  readonly nodes: Node[];
  /** Per side of each passage pair (2i: A, 2i + 1: B), its node. */
  readonly nodeOf: Int32Array;
  /** Pairs of nodes judged related, the lower (document order) first. */
  readonly edges: [number, number][];
  /** The score of each edge, by {@link Linking.key}. */
  readonly edgeScore: Map<number, ScoredPair>;
  readonly key: (u: number, v: number) => number;
}

const spanKey = (s: Node): string => `${s.doc}:${s.from}:${s.to}`;

/** The index of a span in `list`, appending a copy of it when no span of that extent is there (`at` indexes `list`). */
function interner(list: Node[], at: Map<string, number>): (s: Node) => number {
  return (s) => {
    let i = at.get(spanKey(s));
    if (i === undefined) {
      i = list.length;
      list.push({ ...s });
      at.set(spanKey(s), i);
    }
    return i;
  };
}

/**
 * Keeps the passage pairs that merging lost: a pair whose two nodes (its spans merged with overlapping copies of
 * other passages) are not judged related, nor joined through other nodes, is scored on its own two spans, and when
 * those are, they become nodes of their own (or the node of exactly that extent) joined by an edge. A sentence restated in a document that
 * also carries a longer copy of its paragraph is then still found, as a passage of its own.
 * @param linking - the nodes and edges so far, extended in place
 * @param work - scores the pairs
 * @param related - whether a score links two passages
 */
function* keepUnmerged(linking: Linking, work: PairWork, related: (p: ScoredPair) => boolean): Steps<void> {
  const { pairs, nodes, nodeOf, edges, edgeScore, key } = linking;
  const linked = new Set(edges.map(([u, v]) => key(u, v)));
  // Nodes already joined through other edges carry the pair's link in their alignment.
  const joined = new UnionFind(nodes.length);
  for (const [u, v] of edges) joined.union(u, v);
  const spans: Node[] = [];
  const spanOf = interner(spans, new Map());
  const request: number[] = [];
  const requested = new Set<string>();
  for (let i = 0; i < pairs.length; i++) {
    const x = nodeOf[2 * i] ?? 0;
    const y = nodeOf[2 * i + 1] ?? 0;
    if (joined.find(x) === joined.find(y)) continue;
    const p = pairs[i]!;
    const [sa, sb] = [spanOf({ doc: p.a, from: p.fromA, to: p.toA }), spanOf({ doc: p.b, from: p.fromB, to: p.toB })];
    if (requested.has(`${sa}:${sb}`)) continue;
    requested.add(`${sa}:${sb}`);
    request.push(sa, sb);
  }
  if (request.length === 0) return;
  const scored = yield* work.score({ spans, pairs: Int32Array.from(request) });
  const nodeFor = interner(nodes, new Map(nodes.map((n, i) => [spanKey(n), i])));
  for (let k = 0; k < request.length / 2; k++) {
    const r = scored[k]!;
    if (!related(r)) continue;
    // Passage pairs have their A side in the earlier document, so the edge keeps document order.
    const u = nodeFor(spans[request[2 * k] ?? 0]!);
    const v = nodeFor(spans[request[2 * k + 1] ?? 0]!);
    if (linked.has(key(u, v))) continue;
    linked.add(key(u, v));
    edges.push([u, v]);
    edgeScore.set(key(u, v), r);
  }
}

/**
 * The edges between nodes: each distinct pair of nodes some passage pair joins, scored once on the members' final
 * extent, and kept when related. Copies of one passage with the same tokens form one content class: each class is
 * prepared, cut into diff units, and scored against each other class once, however many pairs of copies link them.
 * @returns the edges (in order of their first passage pair, the lower node first), their scores by key, and the
 *   content classes of the nodes
 */
function* linkNodes(
  corpus: Corpus,
  linking: Pick<Linking, 'pairs' | 'nodes' | 'nodeOf' | 'key'>,
  work: PairWork,
  related: (p: ScoredPair) => boolean,
): Steps<{ edges: [number, number][]; edgeScore: Map<number, ScoredPair>; classes: ContentClasses }> {
  const { pairs, nodes, nodeOf, key } = linking;
  const pace = pacer(32);
  const classes = contentClasses(corpus.docs, nodes);
  const nClasses = classes.reps.length;
  const classOfNode = (u: number): number => classes.classOf[u] ?? 0;
  // Class pairs keyed in node order: the order in which the pair would be scored one by one.
  const nodePairs: [number, number][] = [];
  const seenNodes = new Set<number>();
  const classPairAt = new Map<number, number>();
  const classPairs: number[] = [];
  for (let i = 0; i < pairs.length; i++) {
    if (pace()) yield;
    const x = nodeOf[2 * i] ?? 0;
    const y = nodeOf[2 * i + 1] ?? 0;
    const [u, v] = x < y ? [x, y] : [y, x];
    if (seenNodes.has(key(u, v))) continue;
    seenNodes.add(key(u, v));
    nodePairs.push([u, v]);
    const ckey = classOfNode(u) * nClasses + classOfNode(v);
    if (!classPairAt.has(ckey)) {
      classPairAt.set(ckey, classPairs.length / 2);
      classPairs.push(classOfNode(u), classOfNode(v));
    }
  }
  const spans: SpanRef[] = classes.reps.map((r) => nodes[r]!);
  const scores = yield* work.score({ spans, pairs: Int32Array.from(classPairs) });
  const edgeScore = new Map<number, ScoredPair>();
  const edges: [number, number][] = [];
  for (const [u, v] of nodePairs) {
    const scored = scores[classPairAt.get(classOfNode(u) * nClasses + classOfNode(v)) ?? 0]!;
    if (related(scored)) {
      edges.push([u, v]);
      edgeScore.set(key(u, v), scored);
    }
  }
  return { edges, edgeScore, classes };
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
  // Edge keys: at most two nodes per passage pair, and as many again for the pairs kept on their own spans.
  const keyBase = 4 * pairs.length + 1;
  const key = (u: number, v: number): number => u * keyBase + v;
  const related = (p: ScoredPair): boolean => p.result.kind !== 'unrelated' && p.result.score >= minSimilarity;
  const { edges, edgeScore, classes } = yield* linkNodes(corpus, { pairs, nodes, nodeOf, key }, work, related);
  // A passage pair whose members, merged with overlapping copies, no longer match each other is kept on its own
  // spans when those match: merging must not lose a passage found.
  yield* keepUnmerged({ pairs, nodes, nodeOf, edges, edgeScore, key }, work, related);
  const scoreOf = (u: number, v: number): ScoredPair => edgeScore.get(key(u, v))!;
  // Nodes appended for kept passage pairs need content classes of their own for the diffs.
  const diffClasses = nodes.length === classes.classOf.length ? classes : contentClasses(corpus.docs, nodes);
  const diffSpans: SpanRef[] = diffClasses.reps.map((r) => nodes[r]!);
  const diffClassOf = (u: number): number => diffClasses.classOf[u] ?? 0;
  const nDiffClasses = diffClasses.reps.length;

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
  const inTextOrder = (x: number, y: number): number => {
    const [a, b] = [nodes[x]!, nodes[y]!];
    return a.doc - b.doc || a.from - b.from || a.to - b.to || x - y;
  };
  for (const g of groups.values()) {
    const set = new Set<number>();
    for (const [u, v] of g.edges) set.add(u).add(v);
    g.members = [...set].sort(inTextOrder);
  }

  // Each alignment's members and listed pairs; then the diffs those pairs need, one per pair of classes.
  const drafts: { members: Alignment['members']; listed: { a: number; b: number; u: number; v: number }[]; edges: [number, number][] }[] =
    [];
  const diffAt = new Map<number, number>();
  const diffPairs: number[] = [];
  for (const g of [...groups.values()].sort((x, y) => inTextOrder(x.members[0] ?? 0, y.members[0] ?? 0))) {
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
      const ckey = diffClassOf(p.u) * nDiffClasses + diffClassOf(p.v);
      if (diffAt.has(ckey)) continue;
      diffAt.set(ckey, diffPairs.length / 2);
      diffPairs.push(diffClassOf(p.u), diffClassOf(p.v));
    }
    drafts.push({ members, listed, edges: g.edges });
  }
  const diffs = yield* work.diff({ spans: diffSpans, pairs: Int32Array.from(diffPairs) });
  // Each pair gets its own operations, as it did when every pair was diffed.
  const diffOf = (u: number, v: number): DiffOp[] =>
    (diffs[diffAt.get(diffClassOf(u) * nDiffClasses + diffClassOf(v)) ?? 0] ?? []).map((d) => ({ op: d.op, text: d.text }));

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
