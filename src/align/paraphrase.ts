import type { Corpus } from '../document/model.js';
import type { PassagePair } from './extend.js';
import type { PreparedView } from './prepared.js';
import { prepareSpan, scoreViews, type ScoreContext } from './score.js';
import type { DocWords } from './words.js';

/** Longest sentence the paraphrase tier compares, in words (longer lines are lists or run-ons). @internal */
export const MAX_PARAPHRASE_WORDS = 80;
/** Rare shared content words a sentence pair needs to be compared at all. @internal */
export const MIN_SHARED_RARE = 2;
/** Candidates kept per sentence, best first, so that cost stays linear in the number of sentences. @internal */
export const MAX_CANDIDATES_PER_SENTENCE = 4;

interface Sent {
  doc: number;
  from: number;
  to: number;
  keys: Int32Array;
}

/**
 * The paraphrase tier: sentences that no copy covers, paired through the rare content words they share
 * (an inverted index over sentences, each word's postings capped so that common words pair nothing),
 * and kept when the similarity model judges them related.
 *
 * @param corpus - the documents
 * @param words - their words
 * @param covered - per document, 1 for tokens already inside a copied passage
 * @param ctx - the scorer
 * @param minWords - shortest sentence compared, in words
 * @param minSimilarity - lowest score kept
 * @returns sentence pairs judged paraphrases or edited copies
 * @internal
 */
export function paraphrasePairs(
  corpus: Corpus,
  words: readonly DocWords[],
  covered: readonly Uint8Array[],
  ctx: ScoreContext,
  minWords: number,
  minSimilarity: number,
): PassagePair[] {
  const sents: Sent[] = [];
  words.forEach((w, d) => {
    const doc = corpus.docs[d]!;
    const cov = covered[d]!;
    let p = 0;
    for (const s of doc.sentences) {
      if (s.boilerplate) continue;
      while (p < w.tok.length && (w.tok[p] ?? 0) < s.tokenStart) p++;
      let q = p;
      let coveredWords = 0;
      while (q < w.tok.length && (w.tok[q] ?? 0) < s.tokenEnd) {
        if (cov[w.tok[q] ?? 0] === 1) coveredWords++;
        q++;
      }
      const n = q - p;
      // Most sentences are inside copies: their keys are collected only for the few compared.
      if (n >= minWords && n <= MAX_PARAPHRASE_WORDS && coveredWords * 2 < n) {
        const keys = new Set<number>();
        for (let i = p; i < q; i++) if (w.stop[i] === 0) keys.add(w.keys[i] ?? 0);
        sents.push({ doc: d, from: s.tokenStart, to: s.tokenEnd, keys: Int32Array.from(keys) });
      }
      p = q;
    }
  });
  const nS = sents.length;
  if (nS < 2) return [];

  // Inverted index over sentences, by key.
  const postings = new Map<number, number[]>();
  sents.forEach((s, i) => {
    for (const k of s.keys) {
      let list = postings.get(k);
      if (list === undefined) postings.set(k, (list = []));
      list.push(i);
    }
  });
  const maxPostings = Math.min(64, Math.max(8, Math.ceil(Math.sqrt(nS))));
  const shared = new Map<number, { n: number; w: number }>();
  for (const [k, list] of [...postings].sort((x, y) => x[0] - y[0])) {
    if (list.length < 2 || list.length > maxPostings) continue;
    const w = ctx.idf[k] ?? 0;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] ?? 0;
        const j = list[y] ?? 0;
        if (sents[i]?.doc === sents[j]?.doc) continue;
        const key = i * nS + j;
        const c = shared.get(key);
        if (c === undefined) shared.set(key, { n: 1, w });
        else {
          c.n++;
          c.w += w;
        }
      }
    }
  }

  // Best candidates per sentence.
  const best: { key: number; w: number }[][] = Array.from({ length: nS }, () => []);
  for (const [key, c] of shared) {
    if (c.n < MIN_SHARED_RARE) continue;
    const i = Math.floor(key / nS);
    const j = key % nS;
    best[i]?.push({ key, w: c.w });
    best[j]?.push({ key, w: c.w });
  }
  const chosen = new Set<number>();
  for (const list of best) {
    list.sort((x, y) => y.w - x.w || x.key - y.key);
    for (const c of list.slice(0, MAX_CANDIDATES_PER_SENTENCE)) chosen.add(c.key);
  }

  const views = new Map<number, PreparedView>();
  const view = (i: number): PreparedView => {
    let v = views.get(i);
    if (v === undefined) {
      const s = sents[i]!;
      v = prepareSpan({ doc: corpus.docs[s.doc]!, from: s.from, to: s.to }, ctx);
      views.set(i, v);
    }
    return v;
  };
  const out: PassagePair[] = [];
  for (const key of [...chosen].sort((x, y) => x - y)) {
    const i = Math.floor(key / nS);
    const j = key % nS;
    const r = scoreViews(view(i), view(j), ctx);
    if (r.kind === 'unrelated' || r.score < minSimilarity) continue;
    const [si, sj] = [sents[i]!, sents[j]!];
    const [x, y] = si.doc < sj.doc ? [si, sj] : [sj, si];
    out.push({ a: x.doc, b: y.doc, fromA: x.from, toA: x.to, fromB: y.from, toB: y.to, matched: 0, coverage: 0, paraphrase: true });
  }
  return out;
}
