import { TokenFlag, TokenKind, type Corpus, type DocModel } from '../document/model.js';
import type { ClusterLexicon } from '../lexicon/cluster-words.js';
import type { Quote } from '../quotes/types.js';
import { isWord, nameParts, type Idf } from './views.js';
import type { WordSeq } from './word-matcher.js';

/** A sentence outside quotes that has a reporting verb: its words, ready to compare with a remark. @internal */
export interface ReportingSentence {
  readonly docId: string;
  readonly start: number;
  readonly end: number;
  readonly seq: WordSeq;
  /**
   * Keys of the words that may count as rare words of a remark (not stop words, not numbers): rare
   * ones, and ones the near-synonym table holds (a near-synonym of a rare word counts).
   */
  readonly countKeys: Int32Array;
  /** Position in the index's list of all reporting sentences. */
  readonly id: number;
  /** The name parts it holds (the keys of `byName` it is listed under). */
  readonly names: readonly string[];
  /** Position of its document in the corpus. */
  readonly docIndex: number;
}

/**
 * Reporting sentences by the name parts they hold, built once per clustering run (and dropped with
 * it), and the postings of their count keys.
 * @internal
 */
export interface SentenceIndex {
  /** The sentences holding each name part, in corpus order. */
  readonly byName: ReadonlyMap<string, readonly ReportingSentence[]>;
  /**
   * The ids of the sentences holding a count key, once per occurrence: counting a remark's keys through
   * them reads only the sentences that hold one, where most sentences that name a speaker hold none.
   */
  readonly postings: (key: number) => readonly number[];
  /** All reporting sentences, by id. */
  readonly all: readonly ReportingSentence[];
}

/** What the sentence reader asks of a vocabulary key. */
interface KeyInfo {
  /** A reporting cue ("said", "told"). */
  readonly cue: boolean;
  /** In the near-synonym table. */
  readonly synonym: boolean;
  /** Ends with a full stop: an abbreviation, never a stop word (see isStopToken). */
  readonly abbreviation: boolean;
}

/** What one reading of the corpus shares between sentences: key facts and name parts, each found once. */
interface Reader {
  readonly corpus: Corpus;
  readonly lex: ClusterLexicon;
  readonly idf: Idf;
  readonly info: (KeyInfo | undefined)[];
  /** Name parts (of three letters or more) of each capitalized spelling. */
  readonly partsOf: Map<string, readonly string[]>;
}

function keyInfo(r: Reader, key: number): KeyInfo {
  let info = r.info[key];
  if (info === undefined) {
    const str = r.corpus.vocab.str(key);
    info = { cue: r.lex.indirectCues.has(str), synonym: r.lex.synonymGroups.has(str), abbreviation: str.endsWith('.') };
    if (key >= 0) r.info[key] = info;
  }
  return info;
}

/** The spans of a document's quotes, merged where they overlap, in text order. */
function quoteCover(quotes: readonly Quote[]): [number, number][] {
  const spans = quotes.map((q): [number, number] => [q.start, q.end]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [start, end] of spans) {
    if (end <= start) continue;
    const last = out[out.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * A walk along a document's merged quote spans, in text order: it only moves forward, past spans that
 * end before a word, so a later word moves it to the same place whichever words moved it before.
 */
class QuoteWalk {
  at = 0;
  constructor(private readonly spans: readonly (readonly [number, number])[]) {}

  /** Whether the word starting at `start` stands inside a quote. */
  inside(start: number): boolean {
    while (this.at < this.spans.length && (this.spans[this.at]?.[1] ?? 0) <= start) this.at++;
    return this.at < this.spans.length && start >= (this.spans[this.at]?.[0] ?? 0);
  }
}

/** Whether a sentence has both a reporting cue and a capitalized word outside quotes (reads flags and keys only). */
function mayReport(r: Reader, doc: DocModel, from: number, to: number, walk: QuoteWalk): boolean {
  let cueSeen = false;
  let capitalSeen = false;
  for (let t = from; t < to && !(cueSeen && capitalSeen); t++) {
    if (!isWord(doc, t)) continue;
    const cue = keyInfo(r, doc.tokens.key[t] ?? -1).cue;
    const capital = ((doc.tokens.flags[t] ?? 0) & TokenFlag.Capitalized) !== 0;
    if (!cue && !capital) continue;
    // Only the words that could count are placed against the quote spans.
    if (walk.inside(doc.tokens.start[t] ?? 0)) continue;
    if (cue) cueSeen = true;
    if (capital) capitalSeen = true;
  }
  return cueSeen && capitalSeen;
}

/** The name parts of a capitalized word. */
function namePartsOf(r: Reader, word: string): readonly string[] {
  let parts = r.partsOf.get(word);
  if (parts === undefined) r.partsOf.set(word, (parts = nameParts(word).filter((part) => part.length >= 3)));
  return parts;
}

/** A sentence's words outside quotes, weighed, with its name parts and count keys; or none without a cue or name. */
function readSentence(
  r: Reader,
  doc: DocModel,
  s: DocModel['sentences'][number],
  walk: QuoteWalk,
  docIndex: number,
  id: number,
): ReportingSentence | undefined {
  const seq = { doc, toks: [] as number[], keys: [] as number[], weights: [] as number[], stop: [] as boolean[], total: 0 };
  const names = new Set<string>();
  const countKeys: number[] = [];
  let cue = false;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    if (!isWord(doc, t)) continue;
    const st = doc.tokens.start[t] ?? 0;
    if (walk.inside(st)) continue;
    const key = doc.tokens.key[t] ?? -1;
    const flags = doc.tokens.flags[t] ?? 0;
    const info = keyInfo(r, key);
    if (info.cue) cue = true;
    if (flags & TokenFlag.Capitalized) for (const part of namePartsOf(r, doc.text.slice(st, doc.tokens.end[t] ?? st))) names.add(part);
    // isStopToken, from the key's spelling.
    const isStop = (flags & TokenFlag.Stop) !== 0 && !info.abbreviation;
    if (!isStop && doc.tokens.kind[t] !== TokenKind.Number && (r.idf.rare(key) || info.synonym)) countKeys.push(key);
    const w = isStop ? r.lex.params.match.stopWordWeight * r.idf.of(key) : r.idf.of(key);
    seq.toks.push(t);
    seq.keys.push(key);
    seq.weights.push(w);
    seq.stop.push(isStop);
    seq.total += w;
  }
  if (!cue || names.size === 0 || seq.total === 0) return undefined;
  return { docId: doc.id, start: s.start, end: s.end, seq, countKeys: new Int32Array(countKeys), id, names: [...names], docIndex };
}

/** The ids of the sentences holding each count key (a vocabulary id), once per occurrence. */
function countKeyPostings(all: readonly ReportingSentence[], vocabSize: number): Map<number, number[]> {
  const postings = new Map<number, number[]>();
  for (const e of all) {
    for (const k of e.countKeys) {
      if (k < 0 || k >= vocabSize) continue;
      const list = postings.get(k);
      if (list === undefined) postings.set(k, [e.id]);
      else list.push(e.id);
    }
  }
  return postings;
}

const NO_SENTENCES: readonly number[] = [];

/**
 * Reads every sentence once: the words outside quotes, whether a reporting verb is among them, and the
 * name parts they hold. Looking sentences up by the speaker's name then costs nothing per cluster, where
 * reading the whole corpus again for each cluster would cost clusters × tokens.
 * @param corpus - the documents
 * @param allQuotes - all quotes found in them
 * @param lex - the lexicon
 * @param idf - the corpus IDF
 * @returns the reporting sentences, by name part and by count key
 * @internal
 */
export function sentenceIndex(corpus: Corpus, allQuotes: readonly Quote[], lex: ClusterLexicon, idf: Idf): SentenceIndex {
  const quotesByDoc = new Map<string, Quote[]>();
  for (const q of allQuotes) {
    const list = quotesByDoc.get(q.docId);
    if (list === undefined) quotesByDoc.set(q.docId, [q]);
    else list.push(q);
  }
  const r: Reader = { corpus, lex, idf, info: [], partsOf: new Map() };
  const all: ReportingSentence[] = [];
  const byName = new Map<string, ReportingSentence[]>();
  corpus.docs.forEach((doc, docIndex) => {
    const walk = new QuoteWalk(quoteCover(quotesByDoc.get(doc.id) ?? []));
    for (const s of doc.sentences) {
      if (s.boilerplate) continue;
      // Most sentences have no reporting verb or no capitalized word outside quotes: found out in a
      // first pass, they are dropped before any word is weighed. A kept one is read again from its start.
      const from = walk.at;
      if (!mayReport(r, doc, s.tokenStart, s.tokenEnd, walk)) continue;
      walk.at = from;
      const entry = readSentence(r, doc, s, walk, docIndex, all.length);
      if (entry === undefined) continue;
      all.push(entry);
      for (const name of entry.names) {
        const list = byName.get(name);
        if (list === undefined) byName.set(name, [entry]);
        else list.push(entry);
      }
    }
  });
  const postings = countKeyPostings(all, corpus.vocab.size);
  return { byName, postings: (key) => postings.get(key) ?? NO_SENTENCES, all };
}
