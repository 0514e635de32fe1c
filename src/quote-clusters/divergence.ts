import type { ClusterLexicon } from '../lexicon/cluster-words.js';
import type { Compared } from './compare.js';
import type { SortedFindings } from './findings.js';
import { round4 } from './pair.js';
import type { Group } from './renderings.js';
import type { DivergenceComponent, QuoteCluster, QuoteClusterSpan } from './types.js';

/** What scoring a cluster's divergence reads. @internal */
export interface DivergenceInput {
  readonly groups: readonly Group[];
  readonly compared: readonly Compared[];
  readonly findings: SortedFindings;
  readonly spanOrder: (a: QuoteClusterSpan, b: QuoteClusterSpan) => number;
}

/** The least exact similarity of a rendering to the pivot (1 with no other rendering). */
function weakest(compared: readonly Compared[]): number {
  return compared.reduce((m, c) => Math.min(m, c.exactSim), 1);
}

/** How much the full renderings differ in length, with the shortest and longest as evidence. */
function lengthComponent(input: DivergenceInput): { score: number; evidence: QuoteClusterSpan[] } {
  const full = input.groups.filter((g) => !input.compared.some((c) => c.group === g && c.trimmed));
  const lengths = full.map((g) => g.rep.toks.length);
  const score = lengths.length > 1 ? 1 - Math.min(...lengths) / Math.max(...lengths) : 0;
  const evidence: QuoteClusterSpan[] = [];
  if (score > 0) {
    const shortest = full.reduce((a, b) => (b.rep.toks.length < a.rep.toks.length ? b : a));
    const longest = full.reduce((a, b) => (b.rep.toks.length > a.rep.toks.length ? b : a));
    for (const g of [shortest, longest])
      for (const q of g.rep.parts) evidence.push({ docId: q.docId, quoteId: q.id, start: q.start, end: q.end, text: q.text });
  }
  return { score, evidence };
}

/**
 * Scores how far a cluster's renderings drift apart, part by part: words (the weakest rendering),
 * connotation shifts, intensifiers and hedges, editorial brackets, and length.
 * @param input - the renderings, their comparisons with the pivot, and the findings
 * @param lex - the lexicon (component weights)
 * @returns the components and their weighted sum, in [0, 1]
 * @internal
 */
export function divergenceOf(input: DivergenceInput, lex: ClusterLexicon): Pick<QuoteCluster, 'components' | 'divergence'> {
  const { substitutions: subs, insertions: ins, omissions: oms } = input.findings;
  const w = lex.params.divergence;
  const comp = (score: number, weight: number, evidence: QuoteClusterSpan[]): DivergenceComponent => ({
    score: round4(Math.min(1, Math.max(0, score))),
    weight,
    evidence: evidence.sort(input.spanOrder),
  });
  const lexEvidence = [
    ...subs.filter((s) => s.relation !== 'spelling').flatMap((s) => s.spans),
    ...ins.filter((i) => i.kind === 'words').map((i) => i.span),
    ...oms.map((o) => o.span),
  ];
  const conn = subs.filter((s) => s.connotationShift !== undefined && s.connotationShift !== 0);
  const connScore = conn.reduce((m, s) => Math.max(m, Math.abs(s.connotationShift ?? 0) / 2), 0);
  const ih = ins.filter((i) => i.kind === 'intensifier' || i.kind === 'hedge');
  const ihWords = ih.reduce((n, i) => n + (i.span.text ?? '').split(/\s+/u).length, 0);
  const ed = ins.filter((i) => i.kind === 'editorial');
  const length = lengthComponent(input);
  const components = {
    lexical: comp(1 - weakest(input.compared), w.lexical, lexEvidence),
    connotation: comp(
      connScore,
      w.connotation,
      conn.flatMap((s) => s.spans),
    ),
    intensifiersHedges: comp(
      ihWords / 4,
      w.intensifiersHedges,
      ih.map((i) => i.span),
    ),
    editorial: comp(
      ed.length / 2,
      w.editorial,
      ed.map((i) => i.span),
    ),
    length: comp(length.score, w.length, length.evidence),
  };
  const divergence = round4(
    Math.min(
      1,
      Object.values(components).reduce((s, c) => s + c.score * c.weight, 0),
    ),
  );
  return { components, divergence };
}

/**
 * The kind of a cluster: identical renderings, edited ones, a translation variant (near-synonyms where
 * the others have other words), or a paraphrase.
 * @param compared - the renderings compared with the pivot
 * @param findings - what the comparison found
 * @param lex - the lexicon (kind thresholds)
 * @returns the cluster's kind
 * @internal
 */
export function kindOf(compared: readonly Compared[], findings: SortedFindings, lex: ClusterLexicon): QuoteCluster['kind'] {
  const k = lex.params.kind;
  const least = weakest(compared);
  const subs = findings.substitutions;
  const editorial = findings.insertions.some((i) => i.kind === 'editorial');
  if (least >= k.identical && !editorial && !subs.some((s) => s.relation === 'inflection')) return 'identical';
  if (least >= k.edited) return 'edited';
  if (compared.some((c) => c.softSim - c.exactSim >= k.translationMinSynonymShare) && subs.some((s) => s.relation === 'near-synonym'))
    return 'translation-variant';
  return 'paraphrase';
}
