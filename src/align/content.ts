import type { DocModel } from '../document/model.js';
import { VIEW_FLAGS } from './view.js';

/** A run of tokens `[from, to)` of document `doc` (an index into the corpus's documents). @internal */
export interface SpanRef {
  readonly doc: number;
  readonly from: number;
  readonly to: number;
}

/** Spans grouped by content: `classOf[i]` is the class of span `i`, `reps[c]` the first span of class `c`. @internal */
export interface ContentClasses {
  readonly classOf: Int32Array;
  readonly reps: readonly number[];
}

/**
 * Groups spans whose every input to scoring and diffing is the same: the same text, the same token
 * boundaries within it, and per token the same kind, match key, surface form, POS tag and the flags a
 * word view reads ({@link VIEW_FLAGS}). Spans of one class have equal word views (so equal prepared
 * views and scores against any other span) and equal diff units, so work done on a pair of classes
 * holds for every pair of their members — a wire paragraph carried by ten outlets is scored and diffed
 * once per distinct partner. The text alone is not enough: the same words can carry other POS tags,
 * lemmas or flags in another context, and such spans get classes of their own.
 *
 * @param docs - the corpus's documents
 * @param spans - the spans to group
 * @returns each span's class, classes numbered in order of their first span
 * @internal
 */
export function contentClasses(docs: readonly DocModel[], spans: readonly SpanRef[]): ContentClasses {
  const classOf = new Int32Array(spans.length);
  const reps: number[] = [];
  // Hash of the tokens → classes with that hash (almost always one).
  const byHash = new Map<number, number | number[]>();
  spans.forEach((s, i) => {
    const doc = docs[s.doc]!;
    const h = tokenHash(doc, s.from, s.to);
    const hit = byHash.get(h);
    const same = (c: number): boolean => {
      const r = spans[reps[c]!]!;
      return sameTokens(docs[r.doc]!, r.from, r.to, doc, s.from, s.to);
    };
    const found = hit === undefined ? -1 : typeof hit === 'number' ? (same(hit) ? hit : -1) : (hit.find(same) ?? -1);
    if (found >= 0) {
      classOf[i] = found;
      return;
    }
    const c = reps.length;
    reps.push(i);
    classOf[i] = c;
    if (hit === undefined) byHash.set(h, c);
    else if (typeof hit === 'number') byHash.set(h, [hit, c]);
    else hit.push(c);
  });
  return { classOf, reps };
}

/**
 * FNV-1a over the match keys and relative starts of a span's tokens: a filter, equal for spans of one
 * class (the other columns, compared by {@link sameTokens}, rarely tell apart spans these do not).
 */
function tokenHash(doc: DocModel, from: number, to: number): number {
  const t = doc.tokens;
  const base = t.start[from] ?? 0;
  let h = Math.imul(0x811c9dc5 ^ (to - from), 0x01000193);
  for (let i = from; i < to; i++) h = Math.imul(Math.imul(h ^ (t.key[i] ?? 0), 0x01000193) ^ ((t.start[i] ?? 0) - base), 0x01000193);
  // 30 bits: small integers, which a Map keeps without boxing.
  return h & 0x3fffffff;
}

/**
 * Whether two token runs have the same tokens and text: the same count, the same offsets relative to
 * the run's start, the same kind, key, surface form, POS tag and {@link VIEW_FLAGS} per token, and the
 * same characters from the first token's start to the last token's end (gaps included).
 */
function sameTokens(da: DocModel, fa: number, ta: number, db: DocModel, fb: number, tb: number): boolean {
  if (ta - fa !== tb - fb) return false;
  const a = da.tokens;
  const b = db.tokens;
  const baseA = a.start[fa] ?? 0;
  const baseB = b.start[fb] ?? 0;
  for (let k = 0; k < ta - fa; k++) {
    const i = fa + k;
    const j = fb + k;
    if (
      a.kind[i] !== b.kind[j] ||
      a.key[i] !== b.key[j] ||
      a.surface[i] !== b.surface[j] ||
      a.pos[i] !== b.pos[j] ||
      ((a.flags[i] ?? 0) & VIEW_FLAGS) !== ((b.flags[j] ?? 0) & VIEW_FLAGS) ||
      (a.start[i] ?? 0) - baseA !== (b.start[j] ?? 0) - baseB ||
      (a.end[i] ?? 0) - baseA !== (b.end[j] ?? 0) - baseB
    ) {
      return false;
    }
  }
  if (ta === fa) return true;
  // Equal offsets make the two ranges equally long.
  const end = (a.end[ta - 1] ?? 0) - baseA;
  return da.text.slice(baseA, baseA + end) === db.text.slice(baseB, baseB + end);
}
