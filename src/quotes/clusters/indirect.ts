import { TokenFlag, TokenKind, type Corpus } from '../../document/model.js';
import type { Quote } from '../types.js';
import type { ClusterLexicon } from './lexicon.js';
import type { WordMatcher, WordSeq } from './pair.js';
import type { QuoteClusterMember } from './types.js';
import { isStopToken, isWord, nameParts, type Idf, type QuoteView } from './views.js';

/** A sentence outside quotes that has a reporting verb: its words, ready to compare with a remark. */
interface ReportingSentence {
  readonly docId: string;
  readonly start: number;
  readonly end: number;
  readonly seq: WordSeq;
  /** Words (not stop words, not numbers) the near-synonym table holds: each may match a rare word. */
  readonly synonymWords: number;
  /** Keys of the other words (not stop words, not numbers) that are rare in the corpus. */
  readonly rareKeys: readonly number[];
}

/** Reporting sentences by the name parts they hold, built once per corpus and quote list. */
interface SentenceIndex {
  readonly byName: ReadonlyMap<string, readonly ReportingSentence[]>;
}

const indexCache = new WeakMap<Corpus, WeakMap<readonly Quote[], SentenceIndex>>();

/**
 * Reads every sentence once: the words outside quotes, whether a reporting verb is among them, and the
 * name parts they hold. Looking sentences up by the speaker's name then costs nothing per cluster, where
 * reading the whole corpus again for each cluster would cost clusters × tokens.
 */
function sentenceIndex(corpus: Corpus, allQuotes: readonly Quote[], lex: ClusterLexicon, idf: Idf): SentenceIndex {
  let perCorpus = indexCache.get(corpus);
  if (perCorpus === undefined) indexCache.set(corpus, (perCorpus = new WeakMap()));
  const cached = perCorpus.get(allQuotes);
  if (cached !== undefined) return cached;
  const p = lex.params;
  const byName = new Map<string, ReportingSentence[]>();
  const quotesByDoc = new Map<string, Quote[]>();
  for (const q of allQuotes) {
    const list = quotesByDoc.get(q.docId);
    if (list === undefined) quotesByDoc.set(q.docId, [q]);
    else list.push(q);
  }
  for (const doc of corpus.docs) {
    const quotesHere = quotesByDoc.get(doc.id) ?? [];
    for (const s of doc.sentences) {
      if (s.boilerplate) continue;
      const toks: number[] = [];
      const keys: number[] = [];
      const weights: number[] = [];
      const stop: boolean[] = [];
      const names = new Set<string>();
      const rareKeys: number[] = [];
      let synonymWords = 0;
      let total = 0;
      let cue = false;
      for (let t = s.tokenStart; t < s.tokenEnd; t++) {
        if (!isWord(doc, t)) continue;
        const st = doc.tokens.start[t] ?? 0;
        if (quotesHere.some((q) => st >= q.start && st < q.end)) continue;
        const key = doc.tokens.key[t] ?? -1;
        if (lex.indirectCues.has(corpus.vocab.str(key))) cue = true;
        if ((doc.tokens.flags[t] ?? 0) & TokenFlag.Capitalized) {
          for (const part of nameParts(doc.text.slice(st, doc.tokens.end[t] ?? st))) if (part.length >= 3) names.add(part);
        }
        const isStop = isStopToken(corpus, doc, t, key);
        if (!isStop && doc.tokens.kind[t] !== TokenKind.Number) {
          if (lex.synonymGroups.has(corpus.vocab.str(key))) synonymWords++;
          else if (idf.rare(key)) rareKeys.push(key);
        }
        const w = isStop ? p.match.stopWordWeight * idf.of(key) : idf.of(key);
        toks.push(t);
        keys.push(key);
        weights.push(w);
        stop.push(isStop);
        total += w;
      }
      if (!cue || names.size === 0 || total === 0) continue;
      const entry: ReportingSentence = { docId: doc.id, start: s.start, end: s.end, seq: { doc, toks, keys, weights, stop, total }, synonymWords, rareKeys };
      for (const name of names) {
        const list = byName.get(name);
        if (list === undefined) byName.set(name, [entry]);
        else list.push(entry);
      }
    }
  }
  const index = { byName };
  perCorpus.set(allQuotes, index);
  return index;
}

/**
 * Finds sentences that report a clustered remark in indirect speech ("Kim said he values Putin's
 * government for opposing U.S. dominance"): a reporting verb, a name of the speaker, and enough of the
 * remark's rare words (or their near-synonyms). Sentences holding one of the cluster's quotes are
 * skipped: they are already members.
 * @internal
 */
export function indirectMembers(
  corpus: Corpus,
  speaker: string,
  members: readonly QuoteView[],
  allQuotes: readonly Quote[],
  matcher: WordMatcher,
  lex: ClusterLexicon,
  idf: Idf,
): QuoteClusterMember[] {
  const names = new Set(nameParts(speaker).filter((p) => p.length >= 3));
  if (names.size === 0) return [];
  const p = lex.params;
  const index = sentenceIndex(corpus, allQuotes, lex, idf);
  const candidates = new Set<ReportingSentence>();
  for (const name of names) for (const s of index.byName.get(name) ?? []) candidates.add(s);
  const spansByDoc = new Map<string, Quote[]>();
  for (const m of members) spansByDoc.set(m.doc.id, [...(spansByDoc.get(m.doc.id) ?? []), ...m.parts]);
  // Copies with the same words match a sentence the same way: compare each wording once.
  const wordings = new Map<string, { view: QuoteView; keys: ReadonlySet<number> }>();
  for (const m of members) {
    const sig = m.keys.join(' ');
    if (!wordings.has(sig)) wordings.set(sig, { view: m, keys: new Set(m.keys) });
  }
  const out: QuoteClusterMember[] = [];
  // A matched word counts as rare when one of its two words is rare: a sentence's word can count only
  // when it is rare and the wording has it, or when the table holds it (its near-synonym may be the
  // rare one). Below minRare such words no wording can qualify: most sentences that name the speaker
  // are about something else. A provider may match any two words, so it gets no such bound.
  const bounded = !matcher.hasProvider;
  const countable = (s: ReportingSentence, keys: ReadonlySet<number>): number => {
    let n = s.synonymWords;
    for (const k of s.rareKeys) if (keys.has(k)) n++;
    return n;
  };
  const anyWording = new Set<number>();
  for (const w of wordings.values()) for (const k of w.keys) anyWording.add(k);
  const kept = bounded ? [...candidates].filter((s) => countable(s, anyWording) >= p.indirect.minRare) : [...candidates];
  // Corpus order (document, then text), whatever order the name lists came in.
  const docOrder = new Map(corpus.docs.map((d, i) => [d.id, i]));
  const ordered = kept.sort((a, b) => (docOrder.get(a.docId) ?? 0) - (docOrder.get(b.docId) ?? 0) || a.start - b.start);
  for (const s of ordered) {
    const seq = s.seq;
    const doc = seq.doc;
    const open = bounded ? [...wordings.values()].filter((w) => countable(s, w.keys) >= p.indirect.minRare) : [...wordings.values()];
    if (open.length === 0) continue;
    if ((spansByDoc.get(s.docId) ?? []).some((q) => q.start < s.end && q.end > s.start)) continue;
    let best = 0;
    let bestRare = 0;
    // A wording with fewer countable words has fewer rare matches than minRare, so it cannot be the
    // one that qualifies the sentence.
    for (const { view: m } of open) {
      const buf = matcher.matchInto(seq, m);
      let matched = 0;
      let rare = 0;
      for (let k = 0; k < buf.count; k++) {
        const i = buf.i[k] ?? 0;
        const j = buf.j[k] ?? 0;
        matched += ((buf.sim[k] ?? 0) * ((seq.weights[i] ?? 0) + (m.weights[j] ?? 0))) / 2;
        const rk = idf.rare(seq.keys[i] ?? -1) || idf.rare(m.keys[j] ?? -1);
        const nameWord = names.has(corpus.vocab.str(seq.keys[i] ?? -1));
        const number = doc.tokens.kind[seq.toks[i] ?? 0] === TokenKind.Number;
        if (seq.stop[i] !== true && !nameWord && !number && rk) rare++;
      }
      // How much of the remark the sentence renders: the measure is the quote, not the sentence,
      // which carries the story around the remark.
      const coverage = m.total > 0 ? matched / m.total : 0;
      if (rare > bestRare || (rare === bestRare && coverage > best)) {
        best = coverage;
        bestRare = rare;
      }
    }
    if (bestRare >= p.indirect.minRare && best >= p.indirect.minCoverage) {
      out.push({ docId: s.docId, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), indirect: true, trimmed: false, pivot: false });
    }
  }
  return out;
}
