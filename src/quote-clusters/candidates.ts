import type { Corpus } from '../document/model.js';
import type { ClusterLexicon } from '../lexicon/cluster-words.js';
import type { Idf, QuoteView } from './views.js';

/** Two quotes worth scoring, by index, `a < b`. @internal */
export interface CandidatePair {
  readonly a: number;
  readonly b: number;
}

/**
 * How many quotes hold each content word.
 * @param views - the quotes
 * @returns the number of quotes by key
 */
function quotesPerWord(views: readonly QuoteView[]): Map<number, number> {
  const quotesWith = new Map<number, number>();
  for (const v of views) {
    for (const k of new Set(v.keys.filter((_, t) => v.stop[t] !== true))) quotesWith.set(k, (quotesWith.get(k) ?? 0) + 1);
  }
  return quotesWith;
}

/** Quotes by what may pair them, each list in ascending quote order. */
interface Postings {
  /** By content word (key): its rare words and its two least common ones. */
  readonly byWord: Map<number, number[]>;
  /** By near-synonym group of its content words. */
  readonly byGroup: Map<number, number[]>;
  /** By name part of its speaker (with a provider only). */
  readonly bySpeakerPart: Map<string, number[]>;
}

function post<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

/** The postings of every quote. */
function postingsOf(views: readonly QuoteView[], corpus: Corpus, lex: ClusterLexicon, idf: Idf, provider: boolean): Postings {
  const quotesWith = quotesPerWord(views);
  const p: Postings = { byWord: new Map(), byGroup: new Map(), bySpeakerPart: new Map() };
  views.forEach((v, i) => {
    const content = [...new Set(v.keys.filter((_, t) => v.stop[t] !== true))];
    const leastCommon = new Set(content.sort((a, b) => (quotesWith.get(a) ?? 0) - (quotesWith.get(b) ?? 0) || a - b).slice(0, 2));
    for (const k of content) {
      if (idf.rare(k) || leastCommon.has(k)) post(p.byWord, k, i);
      for (const g of lex.synonymGroups.get(corpus.vocab.str(k)) ?? []) post(p.byGroup, g, i);
    }
    if (provider) for (const part of v.speakerParts ?? []) post(p.bySpeakerPart, part, i);
  });
  return p;
}

/**
 * Pairs of quotes worth scoring, found through an inverted index instead of all pairs. A link needs a
 * shared rare content word (or a near-synonym of one), or nearly all words alike; so two quotes are
 * paired when they share a rare content word, a near-synonym group, or one of the two least common
 * content words of each (which nearly identical quotes share). A word held by more than `cap` quotes
 * proposes no pairs: it is no evidence of one remark, and its pairs would grow with the square of the
 * corpus. With a word-similarity provider, quotes whose speakers share a name part are paired too,
 * since the provider may match words no table knows.
 * @param views - the quotes
 * @param corpus - their corpus
 * @param lex - the lexicon
 * @param idf - the corpus IDF
 * @param provider - whether a word-similarity provider is in use
 * @returns the pairs, each once, ordered by `a` then `b`
 * @internal
 */
export function candidatePairs(
  views: readonly QuoteView[],
  corpus: Corpus,
  lex: ClusterLexicon,
  idf: Idf,
  provider: boolean,
): CandidatePair[] {
  const { byWord, byGroup, bySpeakerPart } = postingsOf(views, corpus, lex, idf, provider);
  const cap = Math.max(lex.params.link.candidateCapMin, Math.ceil(lex.params.link.candidateCapPerSqrt * Math.sqrt(views.length)));
  // The second quotes of each first quote (lists hold quotes in ascending order).
  const seconds: number[][] = views.map(() => []);
  for (const list of [...byWord.values(), ...byGroup.values(), ...bySpeakerPart.values()]) {
    if (list.length < 2 || list.length > cap) continue;
    for (let x = 0; x < list.length - 1; x++) {
      const firsts = seconds[list[x] as number] as number[];
      for (let y = x + 1; y < list.length; y++) firsts.push(list[y] as number);
    }
  }
  const pairs: CandidatePair[] = [];
  seconds.forEach((bs, a) => {
    bs.sort((x, y) => x - y);
    for (let k = 0; k < bs.length; k++) if (k === 0 || bs[k] !== bs[k - 1]) pairs.push({ a, b: bs[k] as number });
  });
  return pairs;
}
