import type { Alignment } from '../align/types.js';
import type { Corpus } from '../document/model.js';
import { foldText } from '../document/normalize.js';
import type { QuoteCluster } from '../quote-clusters/types.js';
import type { Quote } from '../quotes/types.js';
import weightsData from './data/weights.json' with { type: 'json' };
import type { Coverage } from '../coverage/types.js';
import { round4 } from '../util/numbers.js';
import type { ComponentExplanation, FramingActor, FramingDocument, FramingEvidence, FramingLabel, FramingPair } from './types.js';

/** The components of the pairwise divergence and their weights (`data/weights.json`). @internal */
export const DIVERGENCE_WEIGHTS: Readonly<Record<string, number>> = weightsData.weights;

const MAX_EVIDENCE = 6;
const sign = (l: { direction: string }): number => (l.direction === 'negative' ? -1 : l.direction === 'positive' ? 1 : 0);

type Ranges = readonly { readonly start: number; readonly end: number }[];
interface Weighed {
  readonly signed: number;
  readonly intensity: number;
  readonly spans: readonly { start: number; end: number; text: string }[];
}

/** Everything a pair needs, indexed once per corpus so that each pair costs only what the two share. */
interface Ctx {
  readonly corpus: Corpus;
  readonly texts: ReadonlyMap<string, string>;
  readonly actors: readonly FramingActor[];
  readonly coverage: Coverage;
  /** Per document: shared item id → its ranges in that document (items in report order). */
  readonly carried: ReadonlyMap<string, ReadonlyMap<string, Ranges>>;
  /** Per document: indices (into `actors`) of the actors it names, ascending. */
  readonly actorIdx: ReadonlyMap<string, readonly number[]>;
  readonly weighed: Map<string, Weighed>;
}

/**
 * At most {@link MAX_EVIDENCE} pieces of a pair's evidence, as many from each document as from the other
 * when both have enough (else the one with more fills up), so that which pieces are shown does not depend
 * on which document of the pair comes first. Each side's pieces are taken in their order, or by position
 * with `byPosition` (where their order follows report ids, which follow input order); the pieces kept
 * stay in the order given.
 */
function capEvidence(evidence: readonly FramingEvidence[], aDoc: string, byPosition = false): FramingEvidence[] {
  if (evidence.length <= MAX_EVIDENCE) return [...evidence];
  const sideA = evidence.filter((e) => e.docId === aDoc);
  const sideB = evidence.filter((e) => e.docId !== aDoc);
  const nA = Math.min(sideA.length, Math.max(MAX_EVIDENCE / 2, MAX_EVIDENCE - sideB.length));
  const nB = Math.min(sideB.length, MAX_EVIDENCE - nA);
  const order = (side: FramingEvidence[]): FramingEvidence[] =>
    byPosition ? [...side].sort((x, y) => x.start - y.start || x.end - y.end || (x.note < y.note ? -1 : x.note > y.note ? 1 : 0)) : side;
  const kept = new Set([...order(sideA).slice(0, nA), ...order(sideB).slice(0, nB)]);
  return evidence.filter((e) => kept.has(e));
}

function ev(ctx: Ctx, docId: string, start: number, end: number, note: string): FramingEvidence {
  const text = ctx.texts.get(docId)?.slice(start, end) ?? '';
  return { docId, start, end, text, note };
}

/** Label choice for actors both documents name: the gap between the most loaded label each uses for it. */
function labelsComponent(ctx: Ctx, a: FramingDocument, b: FramingDocument): ComponentExplanation {
  const own = (d: FramingDocument, actor: string): FramingLabel[] => d.labels.filter((l) => l.refersTo === actor && !l.quoted);
  const parts: { actor: string; gap: number; la: FramingLabel | undefined; lb: FramingLabel | undefined }[] = [];
  const ia = ctx.actorIdx.get(a.docId) ?? [];
  const ib = new Set(ctx.actorIdx.get(b.docId) ?? []);
  for (const k of ia) {
    const act = ctx.actors[k];
    if (act === undefined || !ib.has(k)) continue;
    const la = own(a, act.name);
    const lb = own(b, act.name);
    if (la.length === 0 && lb.length === 0) continue;
    const top = (ls: FramingLabel[]): FramingLabel | undefined =>
      ls.filter((l) => l.loaded).sort((x, y) => y.weight - x.weight || x.start - y.start)[0];
    const ta = top(la);
    const tb = top(lb);
    parts.push({ actor: act.name, gap: Math.abs((ta?.weight ?? 0) - (tb?.weight ?? 0)), la: ta, lb: tb });
  }
  const value = parts.length ? round4(parts.reduce((s, p) => s + p.gap, 0) / parts.length) : 0;
  const evidence: FramingEvidence[] = [];
  for (const p of [...parts].sort((x, y) => y.gap - x.gap)) {
    if (p.gap === 0) continue;
    if (p.la) evidence.push(ev(ctx, a.docId, p.la.start, p.la.end, `loaded label for ${p.actor} (weight ${p.la.weight})`));
    if (p.lb) evidence.push(ev(ctx, b.docId, p.lb.start, p.lb.end, `loaded label for ${p.actor} (weight ${p.lb.weight})`));
  }
  const summary = parts.length
    ? `Mean over ${parts.length} shared actor(s) labelled in either document (${parts.map((p) => `${p.actor}: ${round4(p.gap)}`).join('; ')}) of the gap between the weights of the most loaded label each document itself uses for the actor (0 when it uses none).`
    : 'No actor named by both documents is labelled by either: nothing to compare.';
  return { component: 'labels', value, weight: DIVERGENCE_WEIGHTS.labels ?? 0, summary, evidence: capEvidence(evidence, a.docId) };
}

/** Connotation shifts inside material both carry: loaded words and intensity in aligned passages and quote variants. */
function connotationComponent(ctx: Ctx, a: FramingDocument, b: FramingDocument): ComponentExplanation {
  const ca = ctx.carried.get(a.docId) ?? new Map<string, Ranges>();
  const cb = ctx.carried.get(b.docId) ?? new Map<string, Ranges>();
  const items: { id: string; ra: Ranges; rb: Ranges }[] = [];
  for (const [id, ra] of ca) {
    const rb = cb.get(id);
    if (rb) items.push({ id, ra, rb });
  }
  const within = (d: FramingDocument, id: string, rs: Ranges): Weighed => {
    const key = `${d.docId}\u0000${id}`;
    const hit = ctx.weighed.get(key);
    if (hit) return hit;
    const inR = (s: number, e: number): boolean => rs.some((r) => r.start <= s && e <= r.end);
    const labels = d.labels.filter((l) => l.loaded && inR(l.start, l.end));
    const cues = d.cueVerbs.verbs.filter((v) => v.loaded && inR(v.start, v.end));
    const markers = [...d.intensifiers, ...d.hedges].filter((m) => inR(m.start, m.end));
    const signed = labels.reduce((s, l) => s + sign(l) * l.weight, 0) + cues.reduce((s, v) => s + sign(v) * v.weight, 0);
    const intensity = markers.reduce((s, m) => s + m.weight, 0);
    const w: Weighed = { signed, intensity, spans: [...labels, ...cues, ...markers] };
    ctx.weighed.set(key, w);
    return w;
  };
  let diff = 0;
  let norm = 0;
  const evidence: FramingEvidence[] = [];
  const perItem: string[] = [];
  for (const it of items) {
    const wa = within(a, it.id, it.ra);
    const wb = within(b, it.id, it.rb);
    const d = Math.abs(wa.signed - wb.signed) + Math.abs(wa.intensity - wb.intensity);
    const n = Math.abs(wa.signed) + Math.abs(wb.signed) + wa.intensity + wb.intensity;
    diff += d;
    norm += n;
    if (d > 0) {
      perItem.push(`${it.id}: ${round4(d)}/${round4(n)}`);
      const fa = new Set(wb.spans.map((s) => foldText(s.text)));
      const fb = new Set(wa.spans.map((s) => foldText(s.text)));
      for (const s of wa.spans)
        if (!fa.has(foldText(s.text))) evidence.push(ev(ctx, a.docId, s.start, s.end, `only this side of ${it.id} has it`));
      for (const s of wb.spans)
        if (!fb.has(foldText(s.text))) evidence.push(ev(ctx, b.docId, s.start, s.end, `only this side of ${it.id} has it`));
    }
  }
  const value = norm > 0 ? round4(Math.min(1, diff / norm)) : 0;
  const summary = items.length
    ? `Over ${items.length} shared passage(s)/quote cluster(s): sum of |signed loaded weight A − B| + |intensifier and hedge weight A − B| (${round4(diff)}) over the sum of their magnitudes (${round4(norm)})${perItem.length ? `; differing: ${perItem.join(', ')}` : ''}.`
    : 'The two documents share no aligned passage or quote cluster: nothing to compare.';
  return {
    component: 'connotation',
    value,
    weight: DIVERGENCE_WEIGHTS.connotation ?? 0,
    summary,
    evidence: capEvidence(evidence, a.docId, true),
  };
}

/** Attribution verbs: distance between the shares of negative, neutral and positive cue verbs. */
function attributionComponent(ctx: Ctx, a: FramingDocument, b: FramingDocument): ComponentExplanation {
  const dist = (d: FramingDocument): Record<string, number> => {
    const n = d.cueVerbs.verbs.length;
    const out: Record<string, number> = { negative: 0, neutral: n === 0 ? 1 : 0, positive: 0 };
    for (const v of d.cueVerbs.verbs) out[v.loaded ? v.direction : 'neutral'] = (out[v.loaded ? v.direction : 'neutral'] ?? 0) + 1 / n;
    return out;
  };
  const da = dist(a);
  const db = dist(b);
  const value = round4(0.5 * ['negative', 'neutral', 'positive'].reduce((s, k) => s + Math.abs((da[k] ?? 0) - (db[k] ?? 0)), 0));
  const fmt = (d: Record<string, number>): string =>
    `neg ${round4(d.negative ?? 0)} / neutral ${round4(d.neutral ?? 0)} / pos ${round4(d.positive ?? 0)}`;
  const evidence = [
    ...a.cueVerbs.verbs
      .filter((v) => v.loaded)
      .map((v) => ev(ctx, a.docId, v.start, v.end, `${v.direction} attribution verb "${v.lemma}"`)),
    ...b.cueVerbs.verbs
      .filter((v) => v.loaded)
      .map((v) => ev(ctx, b.docId, v.start, v.end, `${v.direction} attribution verb "${v.lemma}"`)),
  ];
  const summary = `Total variation distance between the shares of cue verbs by connotation: ${a.docId} ${fmt(da)} (${a.cueVerbs.verbs.length} verbs), ${b.docId} ${fmt(db)} (${b.cueVerbs.verbs.length} verbs); a document without cue verbs counts as all neutral.`;
  return {
    component: 'attribution',
    value,
    weight: DIVERGENCE_WEIGHTS.attribution ?? 0,
    summary,
    evidence: capEvidence(evidence, a.docId),
  };
}

/** Sentiment gap of the outlets' own voices. */
function sentimentComponent(ctx: Ctx, a: FramingDocument, b: FramingDocument): ComponentExplanation {
  const sa = a.sentiment.ownVoice.mean;
  const sb = b.sentiment.ownVoice.mean;
  const value = round4(Math.abs(sa - sb) / 2);
  const strongest = (d: FramingDocument) =>
    [...d.editorializing].sort((x, y) => Math.abs(y.sentiment) - Math.abs(x.sentiment) || x.start - y.start).slice(0, 2);
  const evidence = [
    ...strongest(a).map((e) => ev(ctx, a.docId, e.start, e.end, `own-voice sentence, sentiment ${e.sentiment}`)),
    ...strongest(b).map((e) => ev(ctx, b.docId, e.start, e.end, `own-voice sentence, sentiment ${e.sentiment}`)),
  ];
  const summary = `Half the gap between the length-weighted mean wink-nlp sentiment of each outlet's own voice (quoted speech cut out): ${a.docId} ${sa}, ${b.docId} ${sb}.`;
  return { component: 'sentiment', value, weight: DIVERGENCE_WEIGHTS.sentiment ?? 0, summary, evidence };
}

/** Coverage difference: Jaccard distance of the shared passages and quote clusters each carries. */
function coverageComponent(ctx: Ctx, a: FramingDocument, b: FramingDocument): ComponentExplanation {
  const total = ctx.coverage.items.length;
  const ca = ctx.carried.get(a.docId) ?? new Map<string, Ranges>();
  const cb = ctx.carried.get(b.docId) ?? new Map<string, Ranges>();
  let both = 0;
  for (const id of ca.keys()) if (cb.has(id)) both++;
  const union = ca.size + cb.size - both;
  const value = total === 0 ? 0 : union === 0 ? 1 : round4(1 - both / union);
  const evidence: FramingEvidence[] = [];
  for (const [x, y, cx, cy] of [
    [a, b, ca, cb],
    [b, a, cb, ca],
  ] as const) {
    for (const [id, ranges] of cx) {
      if (cy.has(id)) continue;
      const m = ranges[0];
      if (m)
        evidence.push(
          ev(
            ctx,
            x.docId,
            m.start,
            m.end,
            `${id.startsWith('p') ? 'alignment' : 'quote cluster'} ${id}: carried here, omitted by ${y.docId}`,
          ),
        );
    }
  }
  const summary =
    total === 0
      ? 'No shared passages or quote clusters in the corpus: coverage cannot be compared.'
      : `1 − shared/union of the ${union} passage alignment(s) and quote cluster(s) either carries (${both} carried by both; ${ca.size - both} only by ${a.docId}, ${cb.size - both} only by ${b.docId}).`;
  return {
    component: 'coverage',
    value,
    weight: DIVERGENCE_WEIGHTS.coverage ?? 0,
    summary,
    evidence: capEvidence(evidence, a.docId, true),
  };
}

/** Sources credited: Jaccard distance of the agencies, outlets and officials each credits. */
function sourcesComponent(ctx: Ctx, a: FramingDocument, b: FramingDocument): ComponentExplanation {
  const sa = new Set(a.sourcesCredited.map(foldText));
  const sb = new Set(b.sourcesCredited.map(foldText));
  const union = new Set([...sa, ...sb]);
  const both = [...sa].filter((s) => sb.has(s));
  const value = union.size === 0 ? 0 : round4(1 - both.length / union.size);
  const summary =
    union.size === 0
      ? 'Neither document credits a source.'
      : `1 − shared/union of credited sources: ${a.docId} [${a.sourcesCredited.join(', ')}], ${b.docId} [${b.sourcesCredited.join(', ')}].`;
  const evidence: FramingEvidence[] = [];
  for (const [x, other] of [
    [a, sb],
    [b, sa],
  ] as const) {
    const seen = new Set<string>();
    for (const c of x.credits) {
      const k = foldText(c.name);
      if (other.has(k) || seen.has(k)) continue;
      seen.add(k);
      evidence.push(ev(ctx, x.docId, c.start, c.end, `credits ${c.name}; the other does not`));
    }
  }
  return { component: 'sources', value, weight: DIVERGENCE_WEIGHTS.sources ?? 0, summary, evidence: capEvidence(evidence, a.docId) };
}

/**
 * Pairwise framing divergence of every pair of documents (input order, a before b): the weighted mean
 * of six components in [0, 1], each explained. Every component is symmetric in a and b.
 * @internal
 */
export function framingPairs(
  corpus: Corpus,
  documents: readonly FramingDocument[],
  actors: readonly FramingActor[],
  alignments: readonly Alignment[],
  clusters: readonly QuoteCluster[],
  quotes: readonly Quote[],
  coverage: Coverage,
): FramingPair[] {
  const quoteById = new Map(quotes.map((q) => [q.id, q]));
  const carried = new Map<string, Map<string, { start: number; end: number }[]>>(documents.map((d) => [d.docId, new Map()]));
  const add = (docId: string, id: string, r: { start: number; end: number }): void => {
    const m = carried.get(docId);
    if (!m) return;
    const list = m.get(id);
    if (list) list.push({ start: r.start, end: r.end });
    else m.set(id, [{ start: r.start, end: r.end }]);
  };
  for (const al of alignments) for (const m of al.members) add(m.docId, al.id, m);
  for (const c of clusters) {
    for (const qid of c.quoteIds) {
      const q = quoteById.get(qid);
      if (q) add(q.docId, c.id, q);
    }
  }
  const actorIdx = new Map<string, number[]>(documents.map((d) => [d.docId, []]));
  actors.forEach((act, k) => act.byDocument.forEach((x) => actorIdx.get(x.docId)?.push(k)));
  const ctx: Ctx = {
    corpus,
    texts: new Map(corpus.docs.map((d) => [d.id, d.text])),
    actors,
    coverage,
    carried,
    actorIdx,
    weighed: new Map(),
  };
  const pairs: FramingPair[] = [];
  for (let i = 0; i < documents.length; i++) {
    for (let j = i + 1; j < documents.length; j++) {
      const a = documents[i];
      const b = documents[j];
      if (a === undefined || b === undefined) continue;
      const explanations = [
        labelsComponent(ctx, a, b),
        connotationComponent(ctx, a, b),
        attributionComponent(ctx, a, b),
        sentimentComponent(ctx, a, b),
        coverageComponent(ctx, a, b),
        sourcesComponent(ctx, a, b),
      ];
      const components: Record<string, number> = {};
      const weights: Record<string, number> = {};
      let total = 0;
      let wsum = 0;
      for (const e of explanations) {
        components[e.component] = e.value;
        weights[e.component] = e.weight;
        total += e.weight * e.value;
        wsum += e.weight;
      }
      pairs.push({
        a: a.docId,
        b: b.docId,
        divergence: wsum > 0 ? round4(Math.min(1, total / wsum)) : 0,
        components,
        weights,
        explanations,
      });
    }
  }
  return pairs;
}
