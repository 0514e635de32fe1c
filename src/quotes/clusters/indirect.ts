import { TokenKind, type Corpus } from '../../document/model.js';
import type { Quote } from '../types.js';
import type { ClusterLexicon } from './lexicon.js';
import type { WordMatcher, WordSeq } from './pair.js';
import type { QuoteClusterMember } from './types.js';
import { isStopToken, isWord, nameParts, type Idf, type QuoteView } from './views.js';

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
  const out: QuoteClusterMember[] = [];
  const memberSpans = members.flatMap((m) => m.parts);
  for (const doc of corpus.docs) {
    const quotesHere = allQuotes.filter((q) => q.docId === doc.id);
    for (const s of doc.sentences) {
      if (s.boilerplate) continue;
      if (memberSpans.some((q) => q.docId === doc.id && q.start < s.end && q.end > s.start)) continue;
      const toks: number[] = [];
      const keys: number[] = [];
      const weights: number[] = [];
      const stop: boolean[] = [];
      let total = 0;
      let cue = false;
      let named = false;
      for (let t = s.tokenStart; t < s.tokenEnd; t++) {
        if (!isWord(doc, t)) continue;
        const st = doc.tokens.start[t] ?? 0;
        if (quotesHere.some((q) => st >= q.start && st < q.end)) continue;
        const key = doc.tokens.key[t] ?? -1;
        const keyStr = corpus.vocab.str(key);
        if (lex.indirectCues.has(keyStr)) cue = true;
        for (const part of nameParts(doc.text.slice(st, doc.tokens.end[t] ?? st))) if (names.has(part)) named = true;
        const isStop = isStopToken(corpus, doc, t, key);
        const w = isStop ? p.match.stopWordWeight * idf.of(key) : idf.of(key);
        toks.push(t);
        keys.push(key);
        weights.push(w);
        stop.push(isStop);
        total += w;
      }
      if (!cue || !named || total === 0) continue;
      const seq: WordSeq = { doc, toks, keys, weights, stop, total };
      let best = 0;
      let bestRare = 0;
      for (const m of members) {
        const matches = matcher.match(seq, m);
        let matched = 0;
        let rare = 0;
        for (const x of matches) {
          matched += (x.sim * ((seq.weights[x.i] ?? 0) + (m.weights[x.j] ?? 0))) / 2;
          const rk = idf.rare(seq.keys[x.i] ?? -1) || idf.rare(m.keys[x.j] ?? -1);
          const nameWord = names.has(corpus.vocab.str(seq.keys[x.i] ?? -1));
          const number = doc.tokens.kind[seq.toks[x.i] ?? 0] === TokenKind.Number;
          if (seq.stop[x.i] !== true && !nameWord && !number && rk) rare++;
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
        out.push({ docId: doc.id, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), indirect: true, trimmed: false, pivot: false });
      }
    }
  }
  return out;
}
