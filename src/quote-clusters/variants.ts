import { tokenText } from '../document/model.js';
import { americanSpelling, foldCharacters } from '../document/normalize.js';
import type { TextSpan } from '../document/types.js';
import type { ClusterLexicon } from '../lexicon/cluster-words.js';
import { round4 } from './pair.js';
import type { WordMatch, WordMatcher } from './word-matcher.js';
import type {
  DivergenceComponent,
  QuoteCluster,
  QuoteClusterSpan,
  QuoteInsertion,
  QuoteInsertionKind,
  QuoteOmission,
  QuoteReordering,
  QuoteSubstitution,
  QuoteVariant,
  QuoteVariantOp,
} from './types.js';
import type { QuoteView } from './views.js';

/** Identical renderings (same words in the same order, same brackets) grouped. */
interface Group {
  readonly views: readonly QuoteView[];
  readonly rep: QuoteView;
  readonly docIds: readonly string[];
  /** Position of the group in report order (its first member's). */
  readonly order: number;
}

/** One rendering compared with the pivot. */
interface Compared {
  readonly group: Group;
  readonly matches: readonly WordMatch[];
  readonly kept: readonly WordMatch[];
  readonly moved: readonly WordMatch[];
  readonly trimmed: boolean;
  /** Covered stretch of the pivot, as positions in its `toks` [from, to]. */
  readonly cover: readonly [number, number];
  readonly exactSim: number;
  readonly softSim: number;
  readonly ops: QuoteVariantOp[];
}

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

function tokSpan(v: QuoteView, positions: readonly number[]): QuoteClusterSpan {
  const first = v.toks[Math.min(...positions)] ?? 0;
  const last = v.toks[Math.max(...positions)] ?? 0;
  const start = v.doc.tokens.start[first] ?? 0;
  const end = v.doc.tokens.end[last] ?? 0;
  const part = v.parts.find((q) => q.start <= start && start < q.end) ?? v.quote;
  return { docId: v.doc.id, quoteId: part.id, start, end, text: v.doc.text.slice(start, end) };
}

function plain(s: QuoteClusterSpan): TextSpan {
  return { start: s.start, end: s.end, text: s.text };
}

/** The span of the word at one position, as `plain(tokSpan(v, [p]))` gives it, without the span of the quote part. */
function wordSpan(v: QuoteView, p: number): TextSpan {
  const t = v.toks[p] ?? 0;
  const start = v.doc.tokens.start[t] ?? 0;
  const end = v.doc.tokens.end[t] ?? 0;
  return { start, end, text: v.doc.text.slice(start, end) };
}

/** The positions from `from` up to `to` (excluded). */
function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

/** Whether positions hold a content word and only plain words (no intensifier or hedge). */
function plainWords(lex: ClusterLexicon, v: QuoteView, ps: readonly number[], vocab: { str(id: number): string }): boolean {
  return ps.some((q) => v.stop[q] !== true) && ps.every((q) => wordKind(lex, v, q, vocab) === 'words');
}

/** Whether a run of words is worth reporting: a lone function word ("for", "the") is noise, not a finding. */
function telling(v: QuoteView, r: { kind: QuoteInsertionKind; positions: number[] }): boolean {
  return r.kind !== 'words' || r.positions.some((q) => v.stop[q] !== true && !/^['’]/u.test(tokenText(v.doc, v.toks[q] ?? 0)));
}

/**
 * Aligns the rendering V against the pivot P: a monotone alignment maximizing matched weight (words in
 * the same order: equal or substituted), then the same content words left over on both sides paired as
 * moved (reordered clauses).
 */
function alignToPivot(P: QuoteView, V: QuoteView, matcher: WordMatcher): { kept: WordMatch[]; moved: WordMatch[] } {
  const n = P.toks.length;
  const m = V.toks.length;
  const sims = new Float64Array(n * m);
  matcher.simMatrix(P, V, sims);
  const best = new Float64Array((n + 1) * (m + 1));
  const W = m + 1;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const sim = sims[(i - 1) * m + (j - 1)] as number;
      let v = Math.max(best[(i - 1) * W + j] ?? 0, best[i * W + j - 1] ?? 0);
      if (sim > 0) {
        // Weighted by IDF so that a rare word anchors the alignment; a small constant keeps stop words in it.
        const gain = (sim * ((P.weights[i - 1] ?? 0) + (V.weights[j - 1] ?? 0))) / 2 + 1e-3;
        v = Math.max(v, (best[(i - 1) * W + j - 1] ?? 0) + gain);
      }
      best[i * W + j] = v;
    }
  }
  const kept: WordMatch[] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = best[i * W + j] ?? 0;
    const sim = sims[(i - 1) * m + (j - 1)] ?? 0;
    if (sim > 0) {
      const gain = (sim * ((P.weights[i - 1] ?? 0) + (V.weights[j - 1] ?? 0))) / 2 + 1e-3;
      if (Math.abs((best[(i - 1) * W + j - 1] ?? 0) + gain - here) < 1e-9) {
        kept.push({ i: i - 1, j: j - 1, sim, exact: P.keys[i - 1] === V.keys[j - 1] });
        i--;
        j--;
        continue;
      }
    }
    if (Math.abs((best[(i - 1) * W + j] ?? 0) - here) < 1e-12) i--;
    else j--;
  }
  kept.reverse();
  // Positions already aligned, as marks (the loop below reads them for every pair of positions).
  const usedP = new Uint8Array(n);
  const usedV = new Uint8Array(m);
  for (const k of kept) {
    usedP[k.i] = 1;
    usedV[k.j] = 1;
  }
  const moved: WordMatch[] = [];
  const cands: WordMatch[] = [];
  for (let b = 0; b < m; b++) {
    if (usedV[b] === 1 || V.stop[b] === true) continue;
    for (let a = 0; a < n; a++) {
      if (usedP[a] === 1 || P.stop[a] === true) continue;
      const sim = sims[a * m + b] ?? 0;
      if (sim > 0) cands.push({ i: a, j: b, sim, exact: P.keys[a] === V.keys[b] });
    }
  }
  cands.sort((x, y) => y.sim - x.sim || x.j - y.j || x.i - y.i);
  for (const c of cands) {
    if (usedP[c.i] === 1 || usedV[c.j] === 1) continue;
    moved.push(c);
    usedP[c.i] = 1;
    usedV[c.j] = 1;
  }
  return { kept, moved };
}

/** Whether two tokens are written with the same characters (most copies of a word are), without slicing. */
function sameText(da: QuoteView['doc'], ta: number, db: QuoteView['doc'], tb: number): boolean {
  const sa = da.tokens.start[ta] ?? 0;
  const sb = db.tokens.start[tb] ?? 0;
  const len = (da.tokens.end[ta] ?? 0) - sa;
  if ((db.tokens.end[tb] ?? 0) - sb !== len) return false;
  for (let k = 0; k < len; k++) if (da.text.charCodeAt(sa + k) !== db.text.charCodeAt(sb + k)) return false;
  return true;
}

/** Whether two renderings have the same keys, position by position. */
function sameKeys(a: QuoteView, b: QuoteView): boolean {
  if (a.keys.length !== b.keys.length) return false;
  for (let t = 0; t < a.keys.length; t++) if (a.keys[t] !== b.keys[t]) return false;
  return true;
}

/**
 * Whether every word of `b` is written with the same characters as the word at its position in `a`:
 * the same number of words, at the same offsets from the first, in the same stretch of text.
 */
function sameWriting(a: QuoteView, b: QuoteView): boolean {
  const n = a.toks.length;
  if (b.toks.length !== n) return false;
  if (n === 0) return true;
  const ta = a.doc.tokens;
  const tb = b.doc.tokens;
  const sa = ta.start[a.toks[0] ?? 0] ?? 0;
  const sb = tb.start[b.toks[0] ?? 0] ?? 0;
  const len = (ta.end[a.toks[n - 1] ?? 0] ?? 0) - sa;
  for (let i = 0; i < n; i++) {
    const x = a.toks[i] ?? 0;
    const y = b.toks[i] ?? 0;
    const from = (ta.start[x] ?? 0) - sa;
    const to = (ta.end[x] ?? 0) - sa;
    // Every word inside the stretch compared below.
    if (from < 0 || to > len || from !== (tb.start[y] ?? 0) - sb || to !== (tb.end[y] ?? 0) - sb) return false;
  }
  if (a.doc === b.doc && sa === sb) return true;
  return a.doc.text.startsWith(b.doc.text.slice(sb, sb + len), sa);
}

/**
 * How two tokens with the same match key differ as written: another spelling (British/American,
 * hyphenation), another form of the word, or not at all (case and quote marks aside).
 */
function formDifference(a: QuoteView, i: number, b: QuoteView, j: number): 'spelling' | 'inflection' | undefined {
  const ta = a.toks[i];
  const tb = b.toks[j];
  if (ta === undefined || tb === undefined) return undefined;
  if (sameText(a.doc, ta, b.doc, tb)) return undefined;
  const fa = foldCharacters(tokenText(a.doc, ta)).toLowerCase();
  const fb = foldCharacters(tokenText(b.doc, tb)).toLowerCase();
  if (fa === fb) return undefined;
  const norm = (w: string): string => americanSpelling(w.replace(/-/g, ''));
  if (norm(fa) === norm(fb) || americanSpelling(fa).replace(/-/g, '') === americanSpelling(fb).replace(/-/g, '')) return 'spelling';
  // Acronyms written with and without dots (U.S. / US) or a possessive ('s) are the same form.
  if (fa.replace(/[.']|’s$|'s$/g, '') === fb.replace(/[.']|’s$|'s$/g, '')) return undefined;
  return 'inflection';
}

/**
 * The stretch of the pivot a partial quote renders: the run of aligned words with the most weight,
 * where consecutive aligned words of the pivot lie at most a few words apart.
 */
function densest(kept: readonly WordMatch[], P: QuoteView): [number, number] {
  let best: [number, number] = [kept[0]?.i ?? 0, kept[0]?.i ?? 0];
  let bestW = -1;
  let from = 0;
  let w = 0;
  for (let k = 0; k < kept.length; k++) {
    const cur = kept[k] as WordMatch;
    const prev = kept[k - 1];
    if (prev !== undefined && cur.i - prev.i > 4 + Math.max(0, cur.j - prev.j - 1)) {
      from = k;
      w = 0;
    }
    w += P.weights[cur.i] ?? 0;
    if (w > bestW) {
      bestW = w;
      best = [kept[from]?.i ?? 0, cur.i];
    }
  }
  return best;
}

/**
 * One rendering per document: the document's quotes of the remark in text order, joined — an article
 * may quote a remark in pieces ("…," he said. "…") where another quotes it whole. A quote whose words
 * another quote of the same document already carries (a partial quote repeated in the full one) is left
 * out of the rendering and reported as trimmed.
 */
function perDocument(views: readonly QuoteView[], matcher: WordMatcher): { renderings: QuoteView[]; covered: string[] } {
  const byDoc = new Map<string, QuoteView[]>();
  for (const v of views) byDoc.set(v.doc.id, [...(byDoc.get(v.doc.id) ?? []), v]);
  const renderings: QuoteView[] = [];
  const covered: string[] = [];
  for (const list of byDoc.values()) {
    const keep = list.filter((v) => {
      const inside = list.some((o) => {
        if (o === v || o.total <= v.total) return false;
        let matched = 0;
        // Read from the matcher's buffer, in match order: no object per match.
        const buf = matcher.matchInto(v, o);
        for (let k = 0; k < buf.count; k++)
          matched += ((buf.sim[k] ?? 0) * ((v.weights[buf.i[k] ?? 0] ?? 0) + (o.weights[buf.j[k] ?? 0] ?? 0))) / 2;
        return v.total > 0 && matched / v.total >= 0.8;
      });
      if (inside) covered.push(...v.parts.map((q) => q.id));
      return !inside;
    });
    const first = keep[0];
    if (first === undefined) continue;
    if (keep.length === 1) {
      renderings.push(first);
      continue;
    }
    renderings.push({
      quote: first.quote,
      parts: keep.flatMap((v) => v.parts),
      doc: first.doc,
      toks: keep.flatMap((v) => v.toks),
      keys: keep.flatMap((v) => v.keys),
      weights: keep.flatMap((v) => v.weights),
      stop: keep.flatMap((v) => v.stop),
      total: keep.reduce((t, v) => t + v.total, 0),
      contentCount: keep.reduce((t, v) => t + v.contentCount, 0),
      editorial: keep.flatMap((v) => v.editorial),
      speakerParts: first.speakerParts,
      speakerWeak: first.speakerWeak,
      context: new Set(keep.flatMap((v) => [...v.context])),
    });
  }
  return { renderings, covered };
}

function wordKind(lex: ClusterLexicon, v: QuoteView, pos: number, vocab: { str(id: number): string }): QuoteInsertionKind {
  const key = vocab.str(v.keys[pos] ?? -1);
  if (lex.intensifiers.has(key)) return 'intensifier';
  if (lex.hedges.has(key)) return 'hedge';
  return 'words';
}

/** Splits positions into runs of consecutive positions of one kind. */
function runs(
  positions: readonly number[],
  kindOf: (p: number) => QuoteInsertionKind,
): { kind: QuoteInsertionKind; positions: number[] }[] {
  const out: { kind: QuoteInsertionKind; positions: number[] }[] = [];
  for (const p of [...positions].sort((a, b) => a - b)) {
    const kind = kindOf(p);
    const last = out[out.length - 1];
    const lastPos = last?.positions[last.positions.length - 1];
    if (last !== undefined && last.kind === kind && lastPos === p - 1) last.positions.push(p);
    else out.push({ kind, positions: [p] });
  }
  return out;
}

function union(a: readonly string[], b: readonly string[], order: ReadonlyMap<string, number>): string[] {
  return [...new Set([...a, ...b])].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
}

/**
 * Aligns every rendering of one remark word by word against the fullest one (the pivot), and reads
 * off substitutions, insertions (editorial brackets, intensifiers, hedges), omissions and reorderings;
 * then classifies the cluster and scores its divergence part by part.
 * @internal
 */
export function analyzeVariants(
  views: readonly QuoteView[],
  matcher: WordMatcher,
  lex: ClusterLexicon,
  docOrder: ReadonlyMap<string, number>,
): VariantAnalysis {
  const vocab = matcher.corpus.vocab;
  const posOf = (v: QuoteView): number => (docOrder.get(v.doc.id) ?? 0) * 1e9 + v.quote.start;
  const { renderings, covered } = perDocument(
    [...views].sort((a, b) => posOf(a) - posOf(b)),
    matcher,
  );
  const sorted = renderings;

  // Group identical renderings.
  // Same keys and same bracketed text: found through a hash of the keys and checked in full, with no
  // signature string per rendering. Lists in order of their first rendering.
  const lists: { views: QuoteView[]; editorial: string }[] = [];
  const byHash = new Map<number, number[]>();
  for (const v of sorted) {
    // The length and the first eight keys: a rendering found in a bucket is compared in full anyway.
    let h = v.keys.length;
    for (let t = 0, end = Math.min(8, v.keys.length); t < end; t++) h = (Math.imul(h, 31) + (v.keys[t] ?? -1)) | 0;
    const editorial = v.editorial.length === 0 ? '' : v.editorial.map(([s, e]) => v.doc.text.slice(s, e)).join('|');
    const bucket = byHash.get(h);
    const found = bucket?.find((x) => {
      const l = lists[x] as { views: QuoteView[]; editorial: string };
      return l.editorial === editorial && sameKeys(l.views[0] as QuoteView, v);
    });
    if (found !== undefined) (lists[found] as { views: QuoteView[] }).views.push(v);
    else {
      if (bucket === undefined) byHash.set(h, [lists.length]);
      else bucket.push(lists.length);
      lists.push({ views: [v], editorial });
    }
  }
  const groups: Group[] = lists.map(({ views: list }) => {
    const rep = list[0] as QuoteView;
    return {
      views: list,
      rep,
      docIds: union(
        [],
        list.map((v) => v.doc.id),
        docOrder,
      ),
      order: posOf(rep),
    };
  });
  groups.sort((a, b) => a.order - b.order);
  // The pivot is the fullest rendering; ties go to the earliest.
  let pivot = groups[0] as Group;
  for (const g of groups) if (g.rep.total > pivot.rep.total + 1e-9) pivot = g;
  const P = pivot.rep;

  const substitutions = new Map<string, { s: Omit<QuoteSubstitution, 'docIds' | 'spans'>; docIds: string[]; spans: QuoteClusterSpan[] }>();
  const addSub = (
    ga: Group,
    va: QuoteView,
    pa: number[],
    gb: Group,
    vb: QuoteView,
    pb: number[],
    relation: QuoteSubstitution['relation'],
  ): void => {
    let [g1, v1, p1, g2, v2, p2] = [ga, va, pa, gb, vb, pb] as const;
    if (g2.order < g1.order) [g1, v1, p1, g2, v2, p2] = [gb, vb, pb, ga, va, pa];
    const s1 = tokSpan(v1, p1);
    const s2 = tokSpan(v2, p2);
    const key = `${s1.text.toLowerCase()}\u0000${s2.text.toLowerCase()}`;
    const entry = substitutions.get(key);
    const docIds = union(g1.docIds, g2.docIds, docOrder);
    if (entry !== undefined) {
      entry.docIds.splice(0, entry.docIds.length, ...union(entry.docIds, docIds, docOrder));
      for (const sp of [s1, s2]) if (!entry.spans.some((x) => x.docId === sp.docId && x.start === sp.start)) entry.spans.push(sp);
      return;
    }
    const c1 = p1.length === 1 ? lex.connotation.get(vocab.str(v1.keys[p1[0] ?? 0] ?? -1)) : undefined;
    const c2 = p2.length === 1 ? lex.connotation.get(vocab.str(v2.keys[p2[0] ?? 0] ?? -1)) : undefined;
    const base: Omit<QuoteSubstitution, 'docIds' | 'spans'> = {
      from: s1.text,
      to: s2.text,
      relation,
      ...(c1 !== undefined && c2 !== undefined ? { connotationShift: round4(c2 - c1) } : {}),
    };
    substitutions.set(key, { s: base, docIds, spans: [s1, s2] });
  };

  const insertions = new Map<string, { span: QuoteClusterSpan; kind: QuoteInsertionKind; absentFrom: string[] }>();
  const addIns = (span: QuoteClusterSpan, kind: QuoteInsertionKind, absent: readonly string[]): void => {
    const key = `${span.docId}:${span.start}:${span.end}`;
    const e = insertions.get(key);
    if (e !== undefined) e.absentFrom.splice(0, e.absentFrom.length, ...union(e.absentFrom, absent, docOrder));
    else insertions.set(key, { span, kind, absentFrom: union([], absent, docOrder) });
  };
  const omissions = new Map<string, { span: QuoteClusterSpan; missingFrom: string[] }>();
  const reorderings: QuoteReordering[] = [];

  const compared: Compared[] = [];
  for (const g of groups) {
    if (g === pivot) continue;
    const V = g.rep;
    const { kept, moved } = alignToPivot(P, V, matcher);
    const matches = [...kept, ...moved].sort((x, y) => x.i - y.i);
    let matched = 0;
    for (const m of matches) {
      const w = (m.sim * ((P.weights[m.i] ?? 0) + (V.weights[m.j] ?? 0))) / 2;
      matched += w;
    }
    // A partial quote: most of its words (or their near-synonyms) stand in a much longer rendering;
    // it is compared with the stretch of the pivot it renders only.
    const trimmed = V.total < 0.7 * P.total && V.total > 0 && matched / V.total >= 0.8 && kept.length > 0;
    const cover: [number, number] = trimmed ? densest(kept, P) : [0, P.toks.length - 1];
    if (trimmed) {
      // Words matched outside the stretch it quotes are chance matches of common words.
      const inCover = kept.filter((k) => k.i >= cover[0] && k.i <= cover[1]);
      kept.splice(0, kept.length, ...inCover);
      const mv = moved.filter((k) => k.i >= cover[0] && k.i <= cover[1]);
      moved.splice(0, moved.length, ...mv);
      matches.splice(0, matches.length, ...[...kept, ...moved].sort((x, y) => x.i - y.i));
    }
    const movedP = new Set(moved.map((m) => m.i));
    const movedV = new Map(moved.map((m) => [m.j, m]));
    const ops: QuoteVariantOp[] = [];
    const delP: number[] = [];
    const insV: number[] = [];
    const gap = (pg: number[], vg: number[]): void => {
      const pgs = pg.filter((i) => !movedP.has(i));
      const vgs: number[] = [];
      for (const j of vg) {
        const mv = movedV.get(j);
        if (mv !== undefined) ops.push({ op: 'move', a: wordSpan(P, mv.i), b: wordSpan(V, j) });
        else vgs.push(j);
      }
      if (
        pgs.length > 0 &&
        vgs.length > 0 &&
        pgs.length <= 3 &&
        vgs.length <= 3 &&
        plainWords(lex, P, pgs, vocab) &&
        plainWords(lex, V, vgs, vocab)
      ) {
        ops.push({ op: 'substitute', a: plain(tokSpan(P, pgs)), b: plain(tokSpan(V, vgs)) });
        addSub(pivot, P, pgs, g, V, vgs, 'different');
        return;
      }
      for (const i of pgs) {
        ops.push({ op: 'delete', a: wordSpan(P, i) });
        delP.push(i);
      }
      for (const j of vgs) {
        ops.push({ op: 'insert', b: wordSpan(V, j) });
        insV.push(j);
      }
    };
    let pi = cover[0];
    let vj = 0;
    for (const m of kept) {
      // Most aligned words follow the previous ones on both sides: no gap between them.
      if (pi < m.i || vj < m.j) gap(range(pi, m.i), range(vj, m.j));
      if (m.exact) {
        ops.push({ op: 'equal', a: wordSpan(P, m.i), b: wordSpan(V, m.j) });
        const form = formDifference(P, m.i, V, m.j);
        if (form !== undefined) addSub(pivot, P, [m.i], g, V, [m.j], form);
      } else {
        ops.push({ op: 'substitute', a: wordSpan(P, m.i), b: wordSpan(V, m.j) });
        addSub(pivot, P, [m.i], g, V, [m.j], 'near-synonym');
      }
      pi = m.i + 1;
      vj = m.j + 1;
    }
    gap(range(pi, cover[1] + 1), range(vj, V.toks.length));
    for (const m of moved) if (!m.exact) addSub(pivot, P, [m.i], g, V, [m.j], 'near-synonym');

    // Words only this rendering has are its insertions; the pivot's words it lacks are the pivot's
    // insertions when they intensify, hedge or bracket, and omissions from this rendering otherwise.
    // (Kinds read through unnamed functions, and the helpers at module level: closures named per
    // rendering cost a property definition each where the names are kept, as tsx keeps them.)
    for (const r of runs(insV, (p) => wordKind(lex, V, p, vocab))) if (telling(V, r)) addIns(tokSpan(V, r.positions), r.kind, pivot.docIds);
    for (const r of runs(delP, (p) => wordKind(lex, P, p, vocab))) {
      if (!telling(P, r)) continue;
      const span = tokSpan(P, r.positions);
      if (r.kind !== 'words') addIns(span, r.kind, g.docIds);
      else {
        const key = `${span.start}:${span.end}`;
        const e = omissions.get(key);
        if (e !== undefined) e.missingFrom.splice(0, e.missingFrom.length, ...union(e.missingFrom, g.docIds, docOrder));
        else omissions.set(key, { span, missingFrom: union([], g.docIds, docOrder) });
      }
    }
    // Moved words, in runs of consecutive positions of this rendering.
    const movedJ = [...movedV.keys()].sort((a, b) => a - b);
    let run: number[] = [];
    const flush = (): void => {
      if (run.length === 0) return;
      const is = run.map((j) => movedV.get(j)?.i ?? 0);
      reorderings.push({ a: tokSpan(P, is), b: tokSpan(V, run) });
      run = [];
    };
    for (const j of movedJ) {
      if (run.length > 0 && run[run.length - 1] !== j - 1) flush();
      run.push(j);
    }
    flush();

    let wp = 0;
    for (let i = cover[0]; i <= cover[1]; i++) wp += P.weights[i] ?? 0;
    let exact = 0;
    for (const m of matches)
      if (m.exact && m.i >= cover[0] && m.i <= cover[1]) exact += ((P.weights[m.i] ?? 0) + (V.weights[m.j] ?? 0)) / 2;
    const denom = wp + V.total;
    compared.push({
      group: g,
      matches,
      kept,
      moved,
      trimmed,
      cover,
      exactSim: denom > 0 ? Math.min(1, (2 * exact) / denom) : 1,
      softSim: denom > 0 ? Math.min(1, (2 * matched) / denom) : 1,
      ops,
    });
  }

  // Renderings that differ from each other where both differ from the pivot (domination ↔ dominance).
  // Each rendering's matches by pivot position, once (a position has at most one match).
  const byPivot = compared.map((c) => new Map(c.matches.map((m) => [m.i, m])));
  for (let x = 0; x < compared.length; x++) {
    for (let y = x + 1; y < compared.length; y++) {
      const cx = compared[x] as Compared;
      const cy = compared[y] as Compared;
      const jy = byPivot[y] as ReadonlyMap<number, WordMatch>;
      for (const m of cx.matches) {
        const other = jy.get(m.i);
        if (other === undefined) continue;
        const j2 = other.j;
        const vx = cx.group.rep;
        const vy = cy.group.rep;
        if (vx.keys[m.j] === vy.keys[j2]) continue;
        if (m.exact && other.exact) continue;
        addSub(cx.group, vx, [m.j], cy.group, vy, [j2], matcher.sim(vx, m.j, vy, j2) > 0 ? 'near-synonym' : 'different');
      }
    }
  }

  // Copies with the same words may still spell or inflect one differently (denuclearisation /
  // denuclearization, half-way / halfway, says / said).
  for (const g of groups) {
    for (const other of g.views.slice(1)) {
      // Most copies are written exactly like the first, which no word of theirs can differ from.
      if (sameWriting(g.rep, other)) continue;
      const single: Group = { views: [other], rep: other, docIds: [other.doc.id], order: posOf(other) };
      g.rep.toks.forEach((_, i) => {
        const form = formDifference(g.rep, i, other, i);
        if (form !== undefined) addSub(g, g.rep, [i], single, other, [i], form);
      });
    }
  }

  // Editorial brackets are insertions wherever they stand.
  const allDocs = union(
    [],
    groups.flatMap((g) => g.docIds),
    docOrder,
  );
  for (const g of groups) {
    for (const [s, e] of g.rep.editorial) {
      const part = g.rep.parts.find((q) => q.start <= s && s < q.end) ?? g.rep.quote;
      const span: QuoteClusterSpan = { docId: g.rep.doc.id, quoteId: part.id, start: s, end: e, text: g.rep.doc.text.slice(s, e) };
      addIns(
        span,
        'editorial',
        allDocs.filter((d) => !g.docIds.includes(d)),
      );
    }
  }

  const spanOrder = (a: QuoteClusterSpan, b: QuoteClusterSpan): number =>
    (docOrder.get(a.docId) ?? 0) - (docOrder.get(b.docId) ?? 0) || a.start - b.start || a.end - b.end;
  const subs: QuoteSubstitution[] = [...substitutions.values()]
    .map((e) => ({
      from: e.s.from,
      to: e.s.to,
      docIds: e.docIds,
      relation: e.s.relation,
      ...(e.s.connotationShift !== undefined ? { connotationShift: e.s.connotationShift } : {}),
      spans: [...e.spans].sort(spanOrder),
    }))
    .sort(
      (a, b) =>
        spanOrder(a.spans[0] as QuoteClusterSpan, b.spans[0] as QuoteClusterSpan) ||
        (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0),
    );
  const ins: QuoteInsertion[] = [...insertions.values()].sort((a, b) => spanOrder(a.span, b.span));
  const oms: QuoteOmission[] = [...omissions.values()].sort((a, b) => spanOrder(a.span, b.span));
  reorderings.sort((a, b) => spanOrder(a.b, b.b));

  // Divergence, part by part.
  const w = lex.params.divergence;
  const comp = (score: number, weight: number, evidence: QuoteClusterSpan[]): DivergenceComponent => ({
    score: round4(Math.min(1, Math.max(0, score))),
    weight,
    evidence: evidence.sort(spanOrder),
  });
  const weakest = compared.reduce((m, c) => Math.min(m, c.exactSim), 1);
  const lexEvidence = [
    ...subs.filter((s) => s.relation !== 'spelling').flatMap((s) => s.spans),
    ...ins.filter((i) => i.kind === 'words').map((i) => i.span),
    ...oms.map((o) => o.span),
  ];
  const conn = subs.filter((s) => s.connotationShift !== undefined && s.connotationShift !== 0);
  const connScore = conn.reduce((m, s) => Math.max(m, Math.abs(s.connotationShift ?? 0) / 2), 0);
  const ih = ins.filter((i) => i.kind === 'intensifier' || i.kind === 'hedge');
  const ihWords = ih.reduce((n, i) => n + i.span.text.split(/\s+/u).length, 0);
  const ed = ins.filter((i) => i.kind === 'editorial');
  const full = groups.filter((g) => !compared.some((c) => c.group === g && c.trimmed));
  const lengths = full.map((g) => g.rep.toks.length);
  const lenScore = lengths.length > 1 ? 1 - Math.min(...lengths) / Math.max(...lengths) : 0;
  const lenEvidence: QuoteClusterSpan[] = [];
  if (lenScore > 0) {
    const shortest = full.reduce((a, b) => (b.rep.toks.length < a.rep.toks.length ? b : a));
    const longest = full.reduce((a, b) => (b.rep.toks.length > a.rep.toks.length ? b : a));
    for (const g of [shortest, longest])
      for (const q of g.rep.parts) lenEvidence.push({ docId: q.docId, quoteId: q.id, start: q.start, end: q.end, text: q.text });
  }
  const components = {
    lexical: comp(1 - weakest, w.lexical, lexEvidence),
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
    length: comp(lenScore, w.length, lenEvidence),
  };
  const divergence = round4(
    Math.min(
      1,
      Object.values(components).reduce((s, c) => s + c.score * c.weight, 0),
    ),
  );

  const k = lex.params.kind;
  let kind: QuoteCluster['kind'];
  if (weakest >= k.identical && ed.length === 0 && !subs.some((s) => s.relation === 'inflection')) kind = 'identical';
  else if (weakest >= k.edited) kind = 'edited';
  else if (compared.some((c) => c.softSim - c.exactSim >= k.translationMinSynonymShare) && subs.some((s) => s.relation === 'near-synonym'))
    kind = 'translation-variant';
  else kind = 'paraphrase';

  const variants: QuoteVariant[] = [
    { quoteIds: pivot.views.flatMap((v) => v.parts.map((q) => q.id)), docIds: pivot.docIds, ops: [] },
    ...compared.map((c) => ({ quoteIds: c.group.views.flatMap((v) => v.parts.map((q) => q.id)), docIds: c.group.docIds, ops: c.ops })),
  ];
  const trimmedIds = new Set([
    ...compared.filter((c) => c.trimmed).flatMap((c) => c.group.views.flatMap((v) => v.parts.map((q) => q.id))),
    ...views.flatMap((v) => v.parts.filter((q) => q.partial === true).map((q) => q.id)),
    ...covered,
  ]);
  return {
    kind,
    divergence,
    substitutions: subs,
    components,
    variants,
    insertions: ins,
    omissions: oms,
    reorderings,
    trimmed: trimmedIds,
    pivot: new Set(P.parts.map((q) => q.id)),
  };
}
