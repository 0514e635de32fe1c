import type { Vocabulary } from '../document/model.js';
import { clusterLexicon } from '../lexicon/cluster-words.js';
import type { Scratch } from './scratch.js';
import type { WordView } from './view.js';

/**
 * A fingerprint of the near-synonym table the synonym features read (FNV-1a over its groups in order).
 * The fitted model records the one it was fitted with, and a test fails when the table has changed
 * since: the table belongs to the quote-cluster stage, and editing it changes these features.
 *
 * @returns eight hex digits
 * @internal
 */
export function synonymTableFingerprint(): string {
  const groups = [...clusterLexicon().synonymGroups.entries()]
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([word, g]) => `${word}:${[...g].sort((p, q) => p - q).join(',')}`)
    .join(';');
  let h = 0x811c9dc5;
  for (let i = 0; i < groups.length; i++) h = Math.imul(h ^ groups.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Near-synonym groups of the keys of a vocabulary: `of[key]` lists the group ids (undefined: none). @internal */
export interface SynonymGroups {
  readonly of: (readonly number[] | undefined)[];
  /** Number of groups (group ids are 0 … count - 1). */
  readonly count: number;
}

/**
 * Per vocabulary key, its near-synonym groups (the quote-cluster stage's table, read-only).
 *
 * @param vocab - the corpus's vocabulary
 * @returns the groups of every entry, indexed by entry id
 * @internal
 */
export function synonymTable(vocab: Vocabulary): SynonymGroups {
  const lex = clusterLexicon();
  let count = 0;
  for (const g of lex.synonymGroups.values()) for (const x of g) count = Math.max(count, x + 1);
  const of: (readonly number[] | undefined)[] = [];
  for (let i = 0; i < vocab.size; i++) of[i] = lex.synonymGroups.get(vocab.str(i));
  return { of, count };
}

/**
 * Non-stop words of `a` whose key `b` lacks but which share a near-synonym group with such a word of
 * `b`: METEOR's synonym stage, with the quote-cluster stage's small table.
 *
 * @param a - one passage
 * @param b - the other
 * @param syn - {@link synonymTable} of the vocabulary
 * @param scratch - scratch counts and group marks (left all 0)
 * @returns how many words of `a` are matched only through a near-synonym
 * @internal
 */
export function synonymMatched(a: WordView, b: WordView, syn: SynonymGroups, scratch: Scratch): number {
  const { of } = syn;
  const c = scratch.counts;
  const marks = scratch.marks(syn.count);
  for (let i = 0; i < a.count; i++) c[a.keys[i] ?? 0] = 1;
  let any = false;
  for (let i = 0; i < b.count; i++) {
    const k = b.keys[i] ?? 0;
    const g = of[k];
    if (g === undefined || b.stop[i] !== 0 || c[k] === 1) continue;
    for (const x of g) marks[x] = 1;
    any = true;
  }
  for (let i = 0; i < a.count; i++) c[a.keys[i] ?? 0] = 0;
  if (!any) return 0;
  for (let i = 0; i < b.count; i++) c[b.keys[i] ?? 0] = 1;
  let n = 0;
  for (let i = 0; i < a.count; i++) {
    const k = a.keys[i] ?? 0;
    const g = of[k];
    if (g === undefined || a.stop[i] !== 0 || c[k] === 1) continue;
    if (g.some((x) => marks[x] === 1)) n++;
  }
  for (let i = 0; i < b.count; i++) c[b.keys[i] ?? 0] = 0;
  for (let i = 0; i < b.count; i++) for (const x of of[b.keys[i] ?? 0] ?? []) marks[x] = 0;
  return n;
}
