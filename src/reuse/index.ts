import type { Alignment, AlignmentKind, AlignmentMember, AlignmentPair } from '../align/types.js';
import { similarity as similarityOf } from '../align/similarity.js';
import type { Corpus } from '../document/model.js';
import type { StoryAssignment } from '../stories/types.js';
import { isReportingFormula } from './formulas.js';
import type { CommonPassage, CommonPassageKind, StoryAlignment } from './types.js';
import { drain, pacer, type Steps } from '../util/steps.js';
import { UnionFind } from '../util/union-find.js';

export type { CommonPassage, CommonPassageKind, StoryAlignment } from './types.js';
export { isReportingFormula } from './formulas.js';

/** A passage shared across stories shorter than this (in words) is a stock phrase; a longer one is background. */
export const STOCK_PHRASE_MAX_WORDS = 15;

/**
 * A passage found in documents of this many stories or more is common text (a stock phrase, a recurring
 * background sentence) even where two documents of one story carry it: it is no sign of reuse within a story.
 */
export const WIDESPREAD_STORIES = 3;

/** What {@link keepReuseInStories} gives: the alignments, each inside one story, and the common passages. */
export interface ReuseSplit {
  readonly alignments: StoryAlignment[];
  readonly commonPassages: CommonPassage[];
}

/** The connected parts of `n` members joined by `links`: each member's root, the smallest member of its part. */
function components(n: number, links: readonly (readonly [number, number])[]): Int32Array {
  const sets = new UnionFind(n);
  for (const [a, b] of links) sets.union(a, b);
  return sets.roots();
}

/**
 * The members `keep` (indices into `al.members`, ascending) of an alignment as alignments of their own: the
 * pairs among them kept (renumbered), cut where only a member left out joined them; each part with copies in
 * two or more documents, its kind and similarity those of its pairs.
 */
function subAlignments(al: Alignment, keep: readonly number[], storyId: string): Omit<StoryAlignment, 'id'>[] {
  const at = new Map(keep.map((m, i) => [m, i]));
  const members = keep.map((m) => al.members[m] as AlignmentMember);
  const pairs = al.pairs.flatMap((p) => {
    const a = at.get(p.a);
    const b = at.get(p.b);
    return a === undefined || b === undefined ? [] : [{ ...p, a, b }];
  });
  // Members with the same text are verbatim copies (their pair is not listed); the listed pairs join the rest.
  const links: [number, number][] = pairs.map((p) => [p.a, p.b]);
  const firstWith = new Map<string, number>();
  members.forEach((m, i) => {
    const j = firstWith.get(m.text ?? '');
    if (j === undefined) firstWith.set(m.text ?? '', i);
    else links.push([j, i]);
  });
  const root = components(members.length, links);
  // Members and pairs by component, in one pass each (not once per component).
  const partOf = new Map<number, number[]>();
  root.forEach((r, i) => {
    const list = partOf.get(r);
    if (list === undefined) partOf.set(r, [i]);
    else list.push(i);
  });
  const local = new Int32Array(members.length);
  for (const list of partOf.values()) list.forEach((m, i) => (local[m] = i));
  const pairsOf = new Map<number, AlignmentPair[]>();
  for (const p of pairs) {
    const r = root[p.a] ?? 0;
    const list = pairsOf.get(r) ?? [];
    list.push({ ...p, a: local[p.a] ?? 0, b: local[p.b] ?? 0 });
    pairsOf.set(r, list);
  }
  const out: Omit<StoryAlignment, 'id'>[] = [];
  for (const [r, part] of partOf) {
    if (new Set(part.map((i) => members[i]?.docId)).size < 2) continue;
    const partPairs = pairsOf.get(r) ?? [];
    let kind: AlignmentKind = 'verbatim';
    let similarity = 1;
    if (partPairs.length === pairs.length && part.length === al.members.length && pairs.length === al.pairs.length) {
      // Every pair of the alignment is in the part: its kind and similarity are the alignment's.
      kind = al.kind;
      similarity = al.similarity;
    } else {
      // The weakest pair decides, as in the alignment stage, judged by the same scorer.
      let weakest: AlignmentPair | undefined;
      for (const p of partPairs) if (weakest === undefined || p.similarity < weakest.similarity) weakest = p;
      if (weakest !== undefined) {
        similarity = weakest.similarity;
        const k = similarityOf(members[part[weakest.a] ?? 0]?.text ?? '', members[part[weakest.b] ?? 0]?.text ?? '').kind;
        kind = k === 'unrelated' ? al.kind : k;
      }
    }
    out.push({ storyId, kind, similarity, members: part.map((i) => members[i] as AlignmentMember), pairs: partPairs });
  }
  return out;
}

/** Words in a passage, for telling a stock phrase from a background sentence. */
function wordCount(text: string): number {
  return text.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w !== '').length;
}

/**
 * Keeps reuse inside a story. The alignment stage finds every passage documents share; this splits them:
 * - an alignment whose copies all stand in one story stays an alignment of that story (`storyId`);
 * - one whose copies are reporting formulas ({@link isReportingFormula}), wherever they stand, is a common
 *   passage of kind `reporting-formula`;
 * - one carried by documents of {@link WIDESPREAD_STORIES} or more stories is a common passage (`stock-phrase`
 *   under {@link STOCK_PHRASE_MAX_WORDS} words, else `background`);
 * - one carried by documents of two stories is a common passage with every copy, and within each story
 *   whose documents carry two or more copies it stays an alignment of that story, with its pairs there.
 * Linear in the members and pairs of the alignments (one sort of the result).
 * @param corpus - the documents
 * @param alignments - the alignment stage's, in report order
 * @param stories - the stories and each document's story
 * @returns alignments in report order (by first member) numbered `p1`, `p2`, …, and the common passages, `cp1`, …
 * @internal
 */
export function keepReuseInStories(corpus: Corpus, alignments: readonly Alignment[], stories: StoryAssignment): ReuseSplit {
  return drain(reuseSteps(corpus, alignments, stories));
}

/**
 * {@link keepReuseInStories} as {@link Steps}: the same work, pausing between alignments, so that `analyze` can
 * hand the event loop back.
 * @internal
 */
export function* reuseSteps(corpus: Corpus, alignments: readonly Alignment[], stories: StoryAssignment): Steps<ReuseSplit> {
  const pace = pacer(16);
  const position = new Map(corpus.docs.map((d, i) => [d.id, i]));
  const storyOfDoc = (docId: string): number => stories.storyOf[position.get(docId) ?? 0] ?? 0;
  const kept: Omit<StoryAlignment, 'id'>[] = [];
  const common: Omit<CommonPassage, 'id'>[] = [];
  for (const al of alignments) {
    if (pace()) yield;
    const byStory = new Map<number, number[]>();
    al.members.forEach((m, i) => {
      const s = storyOfDoc(m.docId);
      const list = byStory.get(s);
      if (list === undefined) byStory.set(s, [i]);
      else list.push(i);
    });
    const storyIndices = [...byStory.keys()].sort((a, b) => a - b);
    const storyIds = storyIndices.map((s) => stories.stories[s]?.id ?? '');
    const formula = al.members.every((m) => isReportingFormula(m.text ?? ''));
    if (!formula && storyIndices.length === 1) {
      kept.push({ storyId: storyIds[0] ?? '', ...withoutId(al) });
      continue;
    }
    let kind: CommonPassageKind = 'reporting-formula';
    if (!formula) {
      const words = al.members.reduce((k, m) => Math.max(k, wordCount(m.text ?? '')), 0);
      kind = words < STOCK_PHRASE_MAX_WORDS ? 'stock-phrase' : 'background';
    }
    common.push({ kind, storyIds, similarity: al.similarity, members: al.members });
    if (formula || storyIndices.length >= WIDESPREAD_STORIES) continue;
    for (const s of storyIndices) {
      const keep = byStory.get(s) ?? [];
      if (keep.length >= 2) kept.push(...subAlignments(al, keep, stories.stories[s]?.id ?? ''));
    }
  }
  const before = (x: { members: readonly AlignmentMember[] }, y: { members: readonly AlignmentMember[] }): number => {
    const mx = x.members[0];
    const my = y.members[0];
    if (mx === undefined || my === undefined) return 0;
    return (position.get(mx.docId) ?? 0) - (position.get(my.docId) ?? 0) || mx.start - my.start || mx.end - my.end;
  };
  kept.sort(before);
  common.sort(before);
  return {
    alignments: kept.map((a, i) => ({
      id: `p${i + 1}`,
      storyId: a.storyId,
      kind: a.kind,
      similarity: a.similarity,
      members: a.members,
      pairs: a.pairs,
    })),
    commonPassages: common.map((c, i) => ({ id: `cp${i + 1}`, ...c })),
  };
}

/** The alignment's fields but its id. */
function withoutId(al: Alignment): Omit<Alignment, 'id'> {
  return { kind: al.kind, similarity: al.similarity, members: al.members, pairs: al.pairs };
}
