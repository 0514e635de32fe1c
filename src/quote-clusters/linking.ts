import type { Corpus } from '../document/model.js';
import type { ClusterLexicon } from '../lexicon/cluster-words.js';
import { pacer, type Steps } from '../util/steps.js';
import { candidatePairs } from './candidates.js';
import type { LinkBound } from './link-bound.js';
import type { TightBound } from './tight-bound.js';
import type { Edge } from './merge.js';
import type { ResolvedQuoteClusterOptions } from './options.js';
import type { PairEvidence } from './pair-evidence.js';
import { cannotLink, minLexicalFor } from './pair.js';
import type { Idf, QuoteView } from './views.js';

/** What finding the linked pairs of a run reads. @internal */
export interface LinkContext {
  readonly corpus: Corpus;
  readonly evidence: PairEvidence;
  /** The signatures' bound, read first. */
  readonly bound: LinkBound;
  /** The tighter bound, read for the pairs the first lets through. */
  readonly tight: TightBound;
  readonly lex: ClusterLexicon;
  readonly idf: Idf;
  readonly options: ResolvedQuoteClusterOptions;
  /** Each view's document as its position in the corpus. */
  readonly docOf: readonly number[];
  /** Each document's story (by position in the corpus): two quotes link only within one story. */
  readonly storyOf?: Int32Array;
}

/**
 * Whether a pair may link before it is scored in full: speakers and lengths alone rule many out, and
 * an unknown or different speaker needs more words alike than the two can have.
 */
function worthScoring(ctx: LinkContext, x: number, y: number): boolean {
  if (ctx.options.scoreEveryCandidate === true) return true;
  const { evidence, lex } = ctx;
  const vx = evidence.views[x] as QuoteView;
  const vy = evidence.views[y] as QuoteView;
  const relation = evidence.relation(x, y);
  if (cannotLink(vx, vy, lex, relation)) return false;
  // Whatever the speakers, a link needs translationMinLexical (pairFeatures).
  const need = Math.max(minLexicalFor(relation, lex), lex.params.link.translationMinLexical);
  const sx = evidence.seqs.idOf[x] as number;
  const sy = evidence.seqs.idOf[y] as number;
  // Two copies of one word sequence match word for word: their bound is 1 (when they weigh anything).
  const copies = sx === sy && vx.total > 0 && need < 0.99;
  return need <= 0 || copies || (ctx.bound.mayReach(sx, sy, need) && ctx.tight.mayReach(sx, sy, need));
}

/** Scores a pair (unless it cannot link) and adds it to `edges` when it links. */
function link(ctx: LinkContext, edges: Edge[], a: number, b: number): void {
  const x = a < b ? a : b;
  const y = a < b ? b : a;
  // One remark is made on one occasion: quotes in documents of two stories are two remarks, however alike.
  if (ctx.storyOf !== undefined && ctx.storyOf[ctx.docOf[x] ?? 0] !== ctx.storyOf[ctx.docOf[y] ?? 0]) return;
  if (!worthScoring(ctx, x, y)) return;
  const f = ctx.evidence.pair(x, y);
  if (f.linked) edges.push({ a: x, b: y, f });
}

/**
 * Links within each group of copies (a wire quote carried by many outlets): its members are paired
 * with one representative, or, when they share its document, with a copy that stands elsewhere.
 */
function* linkCopies(ctx: LinkContext, edges: Edge[], reps: readonly number[]): Steps<void> {
  const pace = pacer(64);
  for (const [g, members] of ctx.evidence.seqs.members.entries()) {
    const r = reps[g] ?? 0;
    const away = members.find((m) => ctx.docOf[m] !== ctx.docOf[r]);
    for (const m of members) {
      if (m === r) continue;
      if (ctx.docOf[m] !== ctx.docOf[r]) link(ctx, edges, r, m);
      else if (away !== undefined) link(ctx, edges, away, m);
      if (pace()) yield;
    }
  }
}

/**
 * Links groups of copies through their representatives, for the candidate pairs of representatives;
 * when two representatives share a document, a copy of one that stands elsewhere is paired instead.
 */
function* linkGroups(ctx: LinkContext, edges: Edge[], reps: readonly number[]): Steps<void> {
  const pace = pacer(64);
  const groups = ctx.evidence.seqs.members;
  const repViews = reps.map((r) => ctx.evidence.views[r] as QuoteView);
  for (const { a: ga, b: gb } of candidatePairs(repViews, ctx.corpus, ctx.lex, ctx.idf, ctx.options.wordSimilarity !== undefined)) {
    if (pace()) yield;
    const a = reps[ga] ?? 0;
    const b = reps[gb] ?? 0;
    if (ctx.docOf[a] !== ctx.docOf[b]) {
      link(ctx, edges, a, b);
      continue;
    }
    const other = (groups[gb] ?? []).find((m) => ctx.docOf[m] !== ctx.docOf[a]);
    const otherA = (groups[ga] ?? []).find((m) => ctx.docOf[m] !== ctx.docOf[b]);
    if (other !== undefined) link(ctx, edges, a, other);
    else if (otherA !== undefined) link(ctx, edges, otherA, b);
  }
}

/**
 * The linked pairs of a run. Renderings with the same words form one group: its members are paired with
 * one representative (a member with a named speaker, if any), and groups are paired through their
 * representatives, so pairs grow with the number of copies, not with its square.
 * @param ctx - the run's views, evidence and bound
 * @returns the pairs that link, each once (pausing between candidates, see {@link Steps})
 * @internal
 */
export function* linkedPairs(ctx: LinkContext): Steps<Edge[]> {
  const views = ctx.evidence.views;
  const reps = ctx.evidence.seqs.members.map(
    (members) => members.find((i) => views[i]?.speakerParts !== null && views[i]?.speakerWeak === false) ?? members[0] ?? 0,
  );
  const edges: Edge[] = [];
  yield* linkCopies(ctx, edges, reps);
  yield* linkGroups(ctx, edges, reps);
  return edges;
}
