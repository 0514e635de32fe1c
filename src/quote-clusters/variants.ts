import type { ClusterLexicon } from '../lexicon/cluster-words.js';
import { compareWithPivot, type Compared, type CompareContext } from './compare.js';
import { divergenceOf, kindOf } from './divergence.js';
import { Findings } from './findings.js';
import { groupRenderings, perDocument, pivotOf, type Group } from './renderings.js';
import type { QuoteCluster, QuoteClusterSpan, QuoteVariant } from './types.js';
import { union } from './variant-spans.js';
import type { QuoteView } from './views.js';
import { formDifference, sameWriting } from './word-forms.js';
import type { WordMatch, WordMatcher } from './word-matcher.js';

/** What the variant analysis adds to a cluster. @internal */
export type VariantAnalysis = Pick<
  QuoteCluster,
  'kind' | 'divergence' | 'substitutions' | 'components' | 'variants' | 'insertions' | 'omissions' | 'reorderings'
> & {
  /** Quote ids of renderings that quote only part of the remark. */
  readonly trimmed: ReadonlySet<string>;
  /** Quote ids of the pivot rendering. */
  readonly pivot: ReadonlySet<string>;
};

/** Renderings that differ from each other where both differ from the pivot (domination ↔ dominance). */
function crossSubstitutions(compared: readonly Compared[], matcher: WordMatcher, findings: Findings): void {
  // Each rendering's matches by pivot position, once (a position has at most one match).
  const byPivot = compared.map((c) => new Map(c.matches.map((m) => [m.i, m])));
  for (let x = 0; x < compared.length; x++) {
    for (let y = x + 1; y < compared.length; y++) {
      const cx = compared[x] as Compared;
      const cy = compared[y] as Compared;
      const jy = byPivot[y] as ReadonlyMap<number, WordMatch>;
      const vx = cx.group.rep;
      const vy = cy.group.rep;
      for (const m of cx.matches) {
        const other = jy.get(m.i);
        if (other === undefined) continue;
        if (vx.keys[m.j] === vy.keys[other.j]) continue;
        if (m.exact && other.exact) continue;
        const relation = matcher.sim(vx, m.j, vy, other.j) > 0 ? 'near-synonym' : 'different';
        findings.substitution(
          { group: cx.group, view: vx, positions: [m.j] },
          { group: cy.group, view: vy, positions: [other.j] },
          relation,
        );
      }
    }
  }
}

/**
 * Copies with the same words may still spell or inflect one differently (denuclearisation /
 * denuclearization, half-way / halfway, says / said).
 */
function copySubstitutions(groups: readonly Group[], posOf: (v: QuoteView) => number, findings: Findings): void {
  for (const g of groups) {
    for (const other of g.views.slice(1)) {
      // Most copies are written exactly like the first, which no word of theirs can differ from.
      if (sameWriting(g.rep, other)) continue;
      const single: Group = { views: [other], rep: other, docIds: [other.doc.id], order: posOf(other) };
      g.rep.toks.forEach((_, i) => {
        const form = formDifference(g.rep, i, other, i);
        if (form !== undefined)
          findings.substitution({ group: g, view: g.rep, positions: [i] }, { group: single, view: other, positions: [i] }, form);
      });
    }
  }
}

/** Editorial brackets are insertions wherever they stand, absent from every document without them. */
function editorialInsertions(groups: readonly Group[], findings: Findings): void {
  const allDocs = union(
    [],
    groups.flatMap((g) => g.docIds),
    findings.docOrder,
  );
  for (const g of groups) {
    for (const [s, e] of g.rep.editorial) {
      const part = g.rep.parts.find((q) => q.start <= s && s < q.end) ?? g.rep.quote;
      const span: QuoteClusterSpan = { docId: g.rep.doc.id, quoteId: part.id, start: s, end: e, text: g.rep.doc.text.slice(s, e) };
      findings.insertion(
        span,
        'editorial',
        allDocs.filter((d) => !g.docIds.includes(d)),
      );
    }
  }
}

/** The quote ids of a group's renderings. */
function quoteIdsOf(g: Group): string[] {
  return g.views.flatMap((v) => v.parts.map((q) => q.id));
}

/**
 * Aligns every rendering of one remark word by word against the fullest one (the pivot), and reads
 * off substitutions, insertions (editorial brackets, intensifiers, hedges), omissions and reorderings;
 * then classifies the cluster and scores its divergence part by part.
 * @param views - the cluster's quotes
 * @param matcher - the word matcher
 * @param lex - the lexicon
 * @param docOrder - document positions by id
 * @returns the analysis, with the ids of trimmed and pivot quotes
 * @internal
 */
export function analyzeVariants(
  views: readonly QuoteView[],
  matcher: WordMatcher,
  lex: ClusterLexicon,
  docOrder: ReadonlyMap<string, number>,
): VariantAnalysis {
  const posOf = (v: QuoteView): number => (docOrder.get(v.doc.id) ?? 0) * 1e9 + v.quote.start;
  const { renderings, covered } = perDocument(
    [...views].sort((a, b) => posOf(a) - posOf(b)),
    matcher,
  );
  const groups = groupRenderings(renderings, docOrder, posOf);
  const pivot = pivotOf(groups);
  const findings = new Findings(lex, matcher.corpus.vocab, docOrder);
  const ctx: CompareContext = { pivot, matcher, lex, findings };
  const compared = groups.filter((g) => g !== pivot).map((g) => compareWithPivot(ctx, g));
  crossSubstitutions(compared, matcher, findings);
  copySubstitutions(groups, posOf, findings);
  editorialInsertions(groups, findings);
  const sorted = findings.sorted();
  const { components, divergence } = divergenceOf({ groups, compared, findings: sorted, spanOrder: findings.spanOrder }, lex);
  const variants: QuoteVariant[] = [
    { quoteIds: quoteIdsOf(pivot), docIds: pivot.docIds, ops: [] },
    ...compared.map((c) => ({ quoteIds: quoteIdsOf(c.group), docIds: c.group.docIds, ops: c.ops })),
  ];
  const trimmed = new Set([
    ...compared.filter((c) => c.trimmed).flatMap((c) => quoteIdsOf(c.group)),
    ...views.flatMap((v) => v.parts.filter((q) => q.partial === true).map((q) => q.id)),
    ...covered,
  ]);
  return {
    kind: kindOf(compared, sorted, lex),
    divergence,
    substitutions: sorted.substitutions,
    components,
    variants,
    insertions: sorted.insertions,
    omissions: sorted.omissions,
    reorderings: sorted.reorderings,
    trimmed,
    pivot: new Set(pivot.rep.parts.map((q) => q.id)),
  };
}
