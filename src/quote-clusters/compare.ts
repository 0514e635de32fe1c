import type { TextSpan } from '../document/types.js';
import type { ClusterLexicon } from '../lexicon/cluster-words.js';
import type { Findings } from './findings.js';
import type { Group } from './renderings.js';
import type { QuoteVariantOp } from './types.js';
import { alignToPivot, densest } from './variant-align.js';
import { plain, plainWords, range, runs, telling, tokSpan, wordKind, wordSpan } from './variant-spans.js';
import type { QuoteView } from './views.js';
import { formDifference } from './word-forms.js';
import type { WordMatch, WordMatcher } from './word-matcher.js';

/** One rendering compared with the pivot. @internal */
export interface Compared {
  readonly group: Group;
  /** Its matches with the pivot (aligned and moved), by pivot position. */
  readonly matches: readonly WordMatch[];
  readonly trimmed: boolean;
  /** Weighted share of exact matches. */
  readonly exactSim: number;
  /** Weighted share of all matches (near-synonyms included). */
  readonly softSim: number;
  readonly ops: QuoteVariantOp[];
}

/** What comparing renderings with the pivot reads. @internal */
export interface CompareContext {
  readonly pivot: Group;
  readonly matcher: WordMatcher;
  readonly lex: ClusterLexicon;
  readonly findings: Findings;
}

/** The matched weight of a set of matches. */
function matchedWeight(P: QuoteView, V: QuoteView, matches: readonly WordMatch[]): number {
  let matched = 0;
  for (const m of matches) matched += (m.sim * ((P.weights[m.i] ?? 0) + (V.weights[m.j] ?? 0))) / 2;
  return matched;
}

/** The state of one walk along the alignment of a rendering with the pivot. */
interface Walk {
  readonly ctx: CompareContext;
  readonly g: Group;
  readonly movedP: ReadonlySet<number>;
  readonly movedV: ReadonlyMap<number, WordMatch>;
  readonly ops: QuoteVariantOp[];
  /** Pivot positions the rendering lacks. */
  readonly deleted: number[];
  /** Rendering positions the pivot lacks. */
  readonly inserted: number[];
  /** The op count after the last op of a run, and its pivot and rendering positions (-2 for none). */
  run: { end: number; i: number; j: number };
}

/**
 * Words between two aligned pairs: moved words, a substitution of a few plain words for a few others,
 * or deletions and insertions.
 */
function gap(w: Walk, pg: readonly number[], vg: readonly number[]): void {
  const { pivot, lex, findings } = w.ctx;
  const P = pivot.rep;
  const V = w.g.rep;
  const vocab = w.ctx.matcher.corpus.vocab;
  const pgs = pg.filter((i) => !w.movedP.has(i));
  const vgs: number[] = [];
  for (const j of vg) {
    const mv = w.movedV.get(j);
    if (mv !== undefined) w.ops.push({ op: 'move', a: wordSpan(P, mv.i), b: wordSpan(V, j) });
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
    w.ops.push({ op: 'substitute', a: plain(tokSpan(P, pgs)), b: plain(tokSpan(V, vgs)) });
    findings.substitution({ group: pivot, view: P, positions: pgs }, { group: w.g, view: V, positions: vgs }, 'different');
    return;
  }
  for (const i of pgs) {
    pushRun(w, 'delete', i, undefined);
    w.deleted.push(i);
  }
  for (const j of vgs) {
    pushRun(w, 'insert', undefined, j);
    w.inserted.push(j);
  }
}

/** Text between two words of one stretch of quoted words: no word, no quote mark, no line break. */
const WITHIN_STRETCH = /^[^\p{L}\p{N}\n"“”„«»‹›]{0,8}$/u;

/** `next` is the word after `prev` in one stretch of quoted words of `text`. */
function follows(prev: TextSpan | undefined, next: TextSpan, text: string): boolean {
  return prev !== undefined && prev.end <= next.start && WITHIN_STRETCH.test(text.slice(prev.end, next.start));
}

/** `prev` extended to the end of `next`. */
function extend(prev: TextSpan, next: TextSpan, text: string): TextSpan {
  return { start: prev.start, end: next.end, text: text.slice(prev.start, next.end) };
}

/**
 * Adds an `equal`, `delete` or `insert` op for pivot word `i` and/or rendering word `j`, or extends the
 * previous op over them when it is of the same kind and they follow its words inside one stretch of
 * quoted words: a run of words equal, deleted or inserted is one op, so the report grows with the
 * differences, not with every word.
 */
function pushRun(w: Walk, op: 'equal' | 'delete' | 'insert', i: number | undefined, j: number | undefined): void {
  const P = w.ctx.pivot.rep;
  const V = w.g.rep;
  const a = i === undefined ? undefined : wordSpan(P, i);
  const b = j === undefined ? undefined : wordSpan(V, j);
  const last = w.ops[w.ops.length - 1];
  const run = w.run;
  const extends_ =
    last !== undefined &&
    last.op === op &&
    run.end === w.ops.length &&
    (i === undefined || (run.i === i - 1 && follows(last.a, a as TextSpan, P.doc.text))) &&
    (j === undefined || (run.j === j - 1 && follows(last.b, b as TextSpan, V.doc.text)));
  if (extends_) {
    w.ops[w.ops.length - 1] = {
      op,
      ...(a !== undefined && last.a !== undefined ? { a: extend(last.a, a, P.doc.text) } : {}),
      ...(b !== undefined && last.b !== undefined ? { b: extend(last.b, b, V.doc.text) } : {}),
    };
  } else w.ops.push({ op, ...(a !== undefined ? { a } : {}), ...(b !== undefined ? { b } : {}) });
  w.run = { end: w.ops.length, i: i ?? -2, j: j ?? -2 };
}

/** The aligned pairs in order, with the gaps between them: the rendering's ops, runs of equal words as one. */
function walkAlignment(w: Walk, kept: readonly WordMatch[], cover: readonly [number, number]): void {
  const { pivot, findings } = w.ctx;
  const P = pivot.rep;
  const V = w.g.rep;
  let pi = cover[0];
  let vj = 0;
  for (const m of kept) {
    // Most aligned words follow the previous ones on both sides: no gap between them.
    if (pi < m.i || vj < m.j) gap(w, range(pi, m.i), range(vj, m.j));
    const a = { group: pivot, view: P, positions: [m.i] };
    const b = { group: w.g, view: V, positions: [m.j] };
    if (m.exact) {
      pushRun(w, 'equal', m.i, m.j);
      const form = formDifference(P, m.i, V, m.j);
      if (form !== undefined) findings.substitution(a, b, form);
    } else {
      w.ops.push({ op: 'substitute', a: wordSpan(P, m.i), b: wordSpan(V, m.j) });
      findings.substitution(a, b, 'near-synonym');
    }
    pi = m.i + 1;
    vj = m.j + 1;
  }
  gap(w, range(pi, cover[1] + 1), range(vj, V.toks.length));
}

/**
 * Words only this rendering has are its insertions; the pivot's words it lacks are the pivot's
 * insertions when they intensify, hedge or bracket, and omissions from this rendering otherwise.
 */
function recordInsertions(w: Walk): void {
  const { pivot, lex, findings } = w.ctx;
  const vocab = w.ctx.matcher.corpus.vocab;
  const P = pivot.rep;
  const V = w.g.rep;
  for (const r of runs(w.inserted, (p) => wordKind(lex, V, p, vocab))) {
    if (telling(V, r)) findings.insertion(tokSpan(V, r.positions), r.kind, pivot.docIds);
  }
  for (const r of runs(w.deleted, (p) => wordKind(lex, P, p, vocab))) {
    if (!telling(P, r)) continue;
    const span = tokSpan(P, r.positions);
    if (r.kind !== 'words') findings.insertion(span, r.kind, w.g.docIds);
    else findings.omission(span, w.g.docIds);
  }
}

/** Moved words, in runs of consecutive positions of the rendering. */
function recordMoves(w: Walk): void {
  const P = w.ctx.pivot.rep;
  const V = w.g.rep;
  let run: number[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    w.ctx.findings.reordering({
      a: tokSpan(
        P,
        run.map((j) => w.movedV.get(j)?.i ?? 0),
      ),
      b: tokSpan(V, run),
    });
    run = [];
  };
  for (const j of [...w.movedV.keys()].sort((a, b) => a - b)) {
    if (run.length > 0 && run[run.length - 1] !== j - 1) flush();
    run.push(j);
  }
  flush();
}

/**
 * Compares one rendering with the pivot: aligns them, trims a partial quote to the stretch of the pivot
 * it renders, records what differs in the findings, and measures how alike the two are.
 * @param ctx - the pivot and what the comparison records into
 * @param g - the rendering's group
 * @returns the comparison
 * @internal
 */
export function compareWithPivot(ctx: CompareContext, g: Group): Compared {
  const P = ctx.pivot.rep;
  const V = g.rep;
  const aligned = alignToPivot(P, V, ctx.matcher);
  let { kept, moved } = aligned;
  let matches = [...kept, ...moved].sort((x, y) => x.i - y.i);
  const matched = matchedWeight(P, V, matches);
  // A partial quote: most of its words (or their near-synonyms) stand in a much longer rendering;
  // it is compared with the stretch of the pivot it renders only.
  const trimmed = V.total < 0.7 * P.total && V.total > 0 && matched / V.total >= 0.8 && kept.length > 0;
  const cover: [number, number] = trimmed ? densest(kept, P) : [0, P.toks.length - 1];
  if (trimmed) {
    // Words matched outside the stretch it quotes are chance matches of common words.
    kept = kept.filter((k) => k.i >= cover[0] && k.i <= cover[1]);
    moved = moved.filter((k) => k.i >= cover[0] && k.i <= cover[1]);
    matches = [...kept, ...moved].sort((x, y) => x.i - y.i);
  }
  const w: Walk = {
    ctx,
    g,
    movedP: new Set(moved.map((m) => m.i)),
    movedV: new Map(moved.map((m) => [m.j, m])),
    ops: [],
    deleted: [],
    inserted: [],
    run: { end: -1, i: -2, j: -2 },
  };
  walkAlignment(w, kept, cover);
  for (const m of moved) {
    if (!m.exact)
      ctx.findings.substitution({ group: ctx.pivot, view: P, positions: [m.i] }, { group: g, view: V, positions: [m.j] }, 'near-synonym');
  }
  recordInsertions(w);
  recordMoves(w);
  let wp = 0;
  for (let i = cover[0]; i <= cover[1]; i++) wp += P.weights[i] ?? 0;
  let exact = 0;
  for (const m of matches) if (m.exact && m.i >= cover[0] && m.i <= cover[1]) exact += ((P.weights[m.i] ?? 0) + (V.weights[m.j] ?? 0)) / 2;
  const denom = wp + V.total;
  return {
    group: g,
    matches,
    trimmed,
    exactSim: denom > 0 ? Math.min(1, (2 * exact) / denom) : 1,
    softSim: denom > 0 ? Math.min(1, (2 * matched) / denom) : 1,
    ops: w.ops,
  };
}
