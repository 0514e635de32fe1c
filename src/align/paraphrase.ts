import type { Corpus } from '../document/model.js';
import type { PassagePair } from './extend.js';
import type { PreparedView } from './prepared.js';
import { prepareSpan, scoreViews, type ScoreContext } from './score.js';
import type { DocWords } from './words.js';
import calibration from './data/paraphrase-calibration.json' with { type: 'json' };

/** Longest sentence the paraphrase tier compares, in words (longer lines are lists or run-ons). @internal */
export const MAX_PARAPHRASE_WORDS = 80;
/** Rare shared content words a sentence pair needs to be compared at all. @internal */
export const MIN_SHARED_RARE = 2;
/** Candidates kept per sentence, best first, so that cost stays linear in the number of sentences. @internal */
export const MAX_CANDIDATES_PER_SENTENCE = 4;
/**
 * Lowest score of a sentence outside every copy paired with one inside a copy: such a link joins every copy of
 * that passage at once, so it must be as likely a restatement as two MSRP sentences picked from one event for their
 * shared words are (the score at which MSRP's paraphrase verdicts reach its base rate; fitted by
 * test/eval/calibrate-paraphrase.ts into data/paraphrase-calibration.json). @internal
 */
export const MIN_SCORE_INTO_COPY: number = calibration.intoCopyMinScore;

/** A span of tokens of one document. */
interface Span {
  readonly doc: number;
  readonly from: number;
  readonly to: number;
}

interface Sent {
  /** Whether copies already cover most of it: such a sentence is compared only with one they do not cover. */
  covered: boolean;
  doc: number;
  from: number;
  to: number;
  keys: Int32Array;
}

/**
 * The paraphrase tier: sentences that no copy covers, paired through the rare content words they share
 * (an inverted index over sentences, each word's postings capped so that common words pair nothing) with one
 * another and with sentences inside copies (the original of a passage other documents copy among themselves), and
 * kept when the similarity model judges them related ({@link MIN_SCORE_INTO_COPY} for a sentence inside a copy).
 * Paired sentences that follow one another are one passage ({@link joinSentenceRuns}), grown to their paragraphs
 * where those hold together ({@link growToParagraphs}).
 *
 * @param corpus - the documents
 * @param words - their words
 * @param copies - the passage pairs seed-and-extend found
 * @param ctx - the scorer
 * @param minWords - shortest sentence compared, in words
 * @param minSimilarity - lowest score kept
 * @returns sentence pairs judged paraphrases or edited copies
 * @internal
 */
export function paraphrasePairs(
  corpus: Corpus,
  words: readonly DocWords[],
  copies: readonly PassagePair[],
  ctx: ScoreContext,
  minWords: number,
  minSimilarity: number,
): PassagePair[] {
  const covered = corpus.docs.map((d) => new Uint8Array(d.tokens.count));
  for (const p of copies) {
    covered[p.a]?.fill(1, p.fromA, p.toA);
    covered[p.b]?.fill(1, p.fromB, p.toB);
  }
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
      // A sentence inside a copy is still the partner of one outside every copy: the original of a passage that
      // other documents copy among themselves, each copy a paraphrase of it.
      if (n >= minWords && n <= MAX_PARAPHRASE_WORDS) {
        const keys = new Set<number>();
        for (let i = p; i < q; i++) if (w.stop[i] === 0) keys.add(w.keys[i] ?? 0);
        sents.push({ covered: coveredWords * 2 >= n, doc: d, from: s.tokenStart, to: s.tokenEnd, keys: Int32Array.from(keys) });
      }
      p = q;
    }
  });
  const nS = sents.length;
  const nOpen = sents.reduce((k, x) => k + (x.covered ? 0 : 1), 0);
  if (nOpen === 0 || nS < 2) return [];

  // Inverted index over sentences, by key: those outside copies and those inside apart.
  const postings = new Map<number, { open: number[]; inCopy: number[] }>();
  sents.forEach((s, i) => {
    for (const k of s.keys) {
      let lists = postings.get(k);
      if (lists === undefined) postings.set(k, (lists = { open: [], inCopy: [] }));
      (s.covered ? lists.inCopy : lists.open).push(i);
    }
  });
  const maxPostings = Math.min(64, Math.max(8, Math.ceil(Math.sqrt(nOpen))));
  // The rare keys each pair shares: [0] between two sentences outside copies, [1] between one outside and one inside.
  const shared = [new Map<number, { n: number; w: number }>(), new Map<number, { n: number; w: number }>()] as const;
  const count = (tier: 0 | 1, i: number, j: number, w: number): void => {
    if (sents[i]?.doc === sents[j]?.doc) return;
    const key = i < j ? i * nS + j : j * nS + i;
    const c = shared[tier].get(key);
    if (c === undefined) shared[tier].set(key, { n: 1, w });
    else {
      c.n++;
      c.w += w;
    }
  };
  for (const [k, { open, inCopy }] of [...postings].sort((x, y) => x[0] - y[0])) {
    if (open.length === 0 || open.length > maxPostings) continue;
    const w = ctx.idf[k] ?? 0;
    for (let x = 0; x < open.length; x++) for (let y = x + 1; y < open.length; y++) count(0, open[x] ?? 0, open[y] ?? 0, w);
    if (inCopy.length <= maxPostings) for (const i of open) for (const j of inCopy) count(1, i, j, w);
  }

  // Best candidates per sentence, of each kind of partner.
  const chosen = new Set<number>();
  const intoCopy = new Set<number>();
  for (const tier of shared) {
    const best: { key: number; w: number }[][] = Array.from({ length: nS }, () => []);
    for (const [key, c] of tier) {
      if (c.n < MIN_SHARED_RARE) continue;
      best[Math.floor(key / nS)]?.push({ key, w: c.w });
      best[key % nS]?.push({ key, w: c.w });
    }
    for (const list of best) {
      list.sort((x, y) => y.w - x.w || x.key - y.key);
      for (const c of list.slice(0, MAX_CANDIDATES_PER_SENTENCE)) {
        chosen.add(c.key);
        if (tier === shared[1]) intoCopy.add(c.key);
      }
    }
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
    if (r.kind === 'unrelated' || r.score < (intoCopy.has(key) ? Math.max(minSimilarity, MIN_SCORE_INTO_COPY) : minSimilarity)) continue;
    const [si, sj] = [sents[i]!, sents[j]!];
    const [x, y] = si.doc < sj.doc ? [si, sj] : [sj, si];
    out.push({ a: x.doc, b: y.doc, fromA: x.from, toA: x.to, fromB: y.from, toB: y.to, matched: 0, coverage: 0, paraphrase: true });
  }
  return growToParagraphs(corpus, joinSentenceRuns(corpus, out), copies, ctx, minSimilarity);
}

/** The index of the paragraph token `t` of document `doc` stands in (-1 when there is none). */
function paragraphOfToken(corpus: Corpus, doc: number, t: number): number {
  const d = corpus.docs[doc];
  return d?.sentences[d.tokens.sentence[t] ?? 0]?.paragraph ?? -1;
}

/** Longest paragraph a sentence pair is grown to, in tokens. @internal */
export const MAX_GROWN_TOKENS = 400;
/** Most copies a grown paragraph may take in beyond its run (each is scored against its partner). @internal */
export const MAX_COPIES_CHECKED = 32;

/**
 * Grows each paraphrased run to the paragraphs around it when the two paragraphs, judged whole by the similarity
 * model, are paraphrases or edited copies of each other too: a paragraph restated sentence by sentence, with
 * clauses moved and words changed, is then one passage even where some of its sentences are too short, too
 * changed or cut differently to pair on their own. A run whose paragraphs do not hold together stays as it is, and
 * so does one whose paragraph holds, outside the run, a copy shared with another document that the grown
 * paragraph would no longer match: clustering makes overlapping spans one member, and that copy would lose its
 * partner.
 * @param corpus - the documents
 * @param runs - paraphrased runs ({@link joinSentenceRuns})
 * @param copies - the passage pairs seed-and-extend found
 * @param ctx - the scorer
 * @param minSimilarity - lowest score kept
 * @returns the runs, grown where the paragraphs hold together; each pair of paragraphs once
 * @internal
 */
export function growToParagraphs(
  corpus: Corpus,
  runs: readonly PassagePair[],
  copies: readonly PassagePair[],
  ctx: ScoreContext,
  minSimilarity: number,
): PassagePair[] {
  // Per paragraph of each document, the copied spans that overlap it, each with its partner.
  const spans = new Map<string, { from: number; to: number; partner: Span }[]>();
  const paragraphKey = (doc: number, t: number): string => `${doc}:${paragraphOfToken(corpus, doc, t)}`;
  const addSpan = (doc: number, from: number, to: number, partner: Span): void => {
    for (const k of new Set([paragraphKey(doc, from), paragraphKey(doc, to - 1)])) {
      let list = spans.get(k);
      if (list === undefined) spans.set(k, (list = []));
      list.push({ from, to, partner });
    }
  };
  for (const c of copies) {
    addSpan(c.a, c.fromA, c.toA, { doc: c.b, from: c.fromB, to: c.toB });
    addSpan(c.b, c.fromB, c.toB, { doc: c.a, from: c.fromA, to: c.toA });
  }
  // A paragraph is scored against its partner paragraph and against every copy it would take in, often for
  // several runs: each span is prepared once.
  const views = new Map<string, PreparedView>();
  const viewOf = (x: Span): PreparedView => {
    const k = `${x.doc}:${x.from}:${x.to}`;
    let v = views.get(k);
    if (v === undefined) views.set(k, (v = prepareSpan({ doc: corpus.docs[x.doc]!, from: x.from, to: x.to }, ctx)));
    return v;
  };
  const related = (x: Span, y: Span): boolean => {
    const r = scoreViews(viewOf(x), viewOf(y), ctx);
    return r.kind !== 'unrelated' && r.score >= minSimilarity;
  };
  /** The paragraph around a run's side, when it is short enough and not boilerplate. */
  const paragraphAt = (doc: number, from: number): Span | undefined => {
    const p = corpus.docs[doc]?.paragraphs[paragraphOfToken(corpus, doc, from)];
    return p === undefined || p.boilerplate || p.tokenEnd - p.tokenStart > MAX_GROWN_TOKENS
      ? undefined
      : { doc, from: p.tokenStart, to: p.tokenEnd };
  };
  /**
   * Whether every copy the grown side takes in beyond the run still matches its partner once grown; false past
   * {@link MAX_COPIES_CHECKED} such copies (a paragraph many documents copy stays as it is, so the cost stays linear).
   */
  const keepsCopies = (grown: Span, from: number, to: number): boolean => {
    const inside = (spans.get(paragraphKey(grown.doc, grown.from)) ?? []).filter(
      (s) => s.to > grown.from && s.from < grown.to && (s.from < from || s.to > to),
    );
    return inside.length <= MAX_COPIES_CHECKED && inside.every((s) => related(grown, s.partner));
  };
  const seen = new Set<string>();
  const out: PassagePair[] = [];
  for (const r of runs) {
    const pa = paragraphAt(r.a, r.fromA);
    const pb = paragraphAt(r.b, r.fromB);
    let grown: PassagePair = r;
    if (
      pa !== undefined &&
      pb !== undefined &&
      (pa.from !== r.fromA || pa.to !== r.toA || pb.from !== r.fromB || pb.to !== r.toB) &&
      related(pa, pb) &&
      keepsCopies(pa, r.fromA, r.toA) &&
      keepsCopies(pb, r.fromB, r.toB)
    )
      grown = { ...r, fromA: pa.from, toA: pa.to, fromB: pb.from, toB: pb.to };
    const key = `${grown.a}:${grown.b}:${grown.fromA}:${grown.toA}:${grown.fromB}:${grown.toB}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(grown);
  }
  return out;
}

/** Sentences an unpaired run may leave out between two paired ones and still be one passage. @internal */
export const MAX_RUN_GAP = 1;

/**
 * Joins paraphrased sentence pairs that follow one another on both sides into one passage pair: sentence
 * k + 1 of one document paired with sentence m + 1 of the other, after k with m, in one paragraph on each
 * side (a gap of up to {@link MAX_RUN_GAP} unpaired sentences on both sides is taken in). A paragraph
 * restated sentence by sentence is then one passage, scored and clustered as a whole, and it meets a copy of
 * itself elsewhere as one member rather than as sentences each too short against the copy's whole paragraph.
 * @param corpus - the documents
 * @param pairs - sentence pairs, each side one sentence
 * @returns the runs, in order of document pair and position
 * @internal
 */
export function joinSentenceRuns(corpus: Corpus, pairs: readonly PassagePair[]): PassagePair[] {
  const sentenceOf = (d: number, t: number): number => corpus.docs[d]?.tokens.sentence[t] ?? 0;
  const items = pairs.map((p) => ({ p, sa: sentenceOf(p.a, p.fromA), sb: sentenceOf(p.b, p.fromB) }));
  // Runs lie on one diagonal (sentence of A less sentence of B) of one document pair.
  items.sort((x, y) => x.p.a - y.p.a || x.p.b - y.p.b || x.sa - x.sb - (y.sa - y.sb) || x.sa - y.sa);
  const out: PassagePair[] = [];
  let run: { p: PassagePair; sa: number; sb: number; lastA: number } | undefined;
  for (const it of items) {
    const { p } = it;
    const gap = run === undefined ? -1 : it.sa - run.lastA - 1;
    if (
      run !== undefined &&
      run.p.a === p.a &&
      run.p.b === p.b &&
      run.sa - run.sb === it.sa - it.sb &&
      gap >= 0 &&
      gap <= MAX_RUN_GAP &&
      paragraphOfToken(corpus, p.a, run.p.fromA) === paragraphOfToken(corpus, p.a, p.fromA) &&
      paragraphOfToken(corpus, p.b, run.p.fromB) === paragraphOfToken(corpus, p.b, p.fromB)
    ) {
      run.p = { ...run.p, toA: p.toA, toB: p.toB };
      run.lastA = it.sa;
      continue;
    }
    if (run !== undefined) out.push(run.p);
    run = { p, sa: it.sa, sb: it.sb, lastA: it.sa };
  }
  if (run !== undefined) out.push(run.p);
  return out.sort((x, y) => x.a - y.a || x.b - y.b || x.fromA - y.fromA || x.fromB - y.fromB);
}
