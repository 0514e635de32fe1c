import type { Corpus } from '../document/model.js';
import type { ClusterLexicon } from '../lexicon/cluster-words.js';
import type { Quote } from '../quotes/types.js';
import { indirectMembers } from './indirect.js';
import { groupsAndLinks } from './links.js';
import type { MergedCluster } from './merge.js';
import type { ResolvedQuoteClusterOptions } from './options.js';
import type { PairEvidence } from './pair-evidence.js';
import { sentenceIndex, type SentenceIndex } from './reporting-sentences.js';
import type { QuoteCluster, QuoteClusterMember } from './types.js';
import { analyzeVariants } from './variants.js';
import { nameParts, sameSpeaker, type Idf, type QuoteView } from './views.js';
import type { WordMatcher } from './word-matcher.js';

/** What building the clusters of one run reads. @internal */
export interface AssemblyContext {
  readonly corpus: Corpus;
  /** All quotes of the corpus (the reporting sentences are read outside them). */
  readonly quotes: readonly Quote[];
  readonly evidence: PairEvidence;
  readonly matcher: WordMatcher;
  /** A matcher without the provider, for indirect speech. */
  readonly plainMatcher: WordMatcher;
  readonly lex: ClusterLexicon;
  readonly idf: Idf;
  readonly docOrder: ReadonlyMap<string, number>;
  readonly options: ResolvedQuoteClusterOptions;
  /** The id of the story a document is in (by document id). */
  readonly storyOfDoc: (docId: string) => string;
  /** Reporting sentences, read when the first cluster with a speaker needs them. */
  sentences?: SentenceIndex;
}

/** A cluster before it is numbered. */
type Unnumbered = Omit<QuoteCluster, 'id'>;

/** A position in corpus order: document, then offset. */
function corpusOrder(docOrder: ReadonlyMap<string, number>, m: { docId: string; start: number }): number {
  return (docOrder.get(m.docId) ?? 0) * 1e9 + m.start;
}

/**
 * The speaker most members name (the longest spelling of that person), or none when no member has one.
 * @param vs - the members
 * @param docOrder - document positions by id
 * @returns the speaker's fullest name, or undefined
 * @internal
 */
export function canonicalSpeaker(vs: readonly QuoteView[], docOrder: ReadonlyMap<string, number>): string | undefined {
  const counts = new Map<string, { n: number; at: number }>();
  for (const v of vs) {
    const name = v.quote.speaker?.name;
    if (name === undefined) continue;
    const at = corpusOrder(docOrder, { docId: v.doc.id, start: v.quote.start });
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

/**
 * Sentences that report the remark in indirect speech. Indirect speech shares fewer words with the
 * quote than another quote does; word vectors would let any sentence on the topic in, so only lemmas
 * and the near-synonym table count here.
 */
function indirectOf(ctx: AssemblyContext, speaker: string | undefined, vs: readonly QuoteView[]): QuoteClusterMember[] {
  if (!ctx.options.indirect || speaker === undefined) return [];
  const sentences = (ctx.sentences ??= sentenceIndex(ctx.corpus, ctx.quotes, ctx.lex, ctx.idf));
  return indirectMembers(ctx.corpus, speaker, vs, sentences, ctx.plainMatcher, ctx.lex, ctx.idf);
}

/**
 * One cluster's record: its members (quoted and indirect), the word-by-word analysis of its renderings,
 * its speaker and its links; or none for a group of fewer than two documents.
 * @param ctx - the run's context
 * @param cluster - the cluster's view indices, ascending, and the edges that joined it
 * @returns the record, without its id
 * @internal
 */
export function assembleCluster(ctx: AssemblyContext, { members: list, joins }: MergedCluster): Unnumbered | undefined {
  // Most quotes stay alone: no document set for them.
  if (list.length < 2) return undefined;
  const views = ctx.evidence.views;
  if (new Set(list.map((i) => views[i]?.doc.id)).size < 2) return undefined;
  const vs = list.map((i) => views[i] as QuoteView);
  const { trimmed, pivot, ...analysis } = analyzeVariants(vs, ctx.matcher, ctx.lex, ctx.docOrder);
  const speaker = canonicalSpeaker(vs, ctx.docOrder);
  const quoted: QuoteClusterMember[] = vs.flatMap((v) =>
    v.parts.map((q) => ({
      docId: v.doc.id,
      quoteId: q.id,
      start: q.start,
      end: q.end,
      text: q.text,
      indirect: false,
      trimmed: trimmed.has(q.id),
      pivot: pivot.has(q.id),
    })),
  );
  const order = (m: { docId: string; start: number }): number => corpusOrder(ctx.docOrder, m);
  // A remark is one remark within one story: its quotes are all in one (the links stay inside a story), and
  // so is indirect speech of it.
  const storyId = ctx.storyOfDoc(vs[0]?.doc.id ?? '');
  const indirect = indirectOf(ctx, speaker, vs).filter((m) => ctx.storyOfDoc(m.docId) === storyId);
  const members = [...quoted, ...indirect].sort((a, b) => order(a) - order(b) || a.end - b.end);
  const { groups, links } = groupsAndLinks(views, ctx.evidence.seqs, list, joins);
  return {
    storyId,
    ...(speaker !== undefined ? { speaker } : {}),
    quoteIds: quoted.sort((a, b) => order(a) - order(b)).map((m) => m.quoteId ?? ''),
    ...analysis,
    members,
    groups,
    links,
  };
}

/** Puts the contract fields first, so that the JSON reads in the documented order. */
function reorder(c: QuoteCluster): QuoteCluster {
  const { id, storyId, speaker, quoteIds, kind, divergence, substitutions, ...rest } = c;
  return { id, storyId, ...(speaker !== undefined ? { speaker } : {}), quoteIds, kind, divergence, substitutions, ...rest };
}

/**
 * Numbers the clusters in report order (by their first quoted member) and puts their fields in the
 * documented order.
 * @param clusters - the records
 * @param docOrder - document positions by id
 * @returns the clusters with ids `c1`, `c2`, …
 * @internal
 */
export function numberClusters(clusters: readonly Unnumbered[], docOrder: ReadonlyMap<string, number>): QuoteCluster[] {
  const first = (c: Unnumbered): number => {
    const m = c.members.find((x) => !x.indirect) ?? c.members[0];
    return m === undefined ? 0 : corpusOrder(docOrder, m);
  };
  return [...clusters].sort((a, b) => first(a) - first(b)).map((c, i) => reorder({ id: `c${i + 1}`, ...c }));
}
