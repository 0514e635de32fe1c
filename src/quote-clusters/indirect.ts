import { TokenKind, type Corpus } from '../document/model.js';
import type { ClusterLexicon } from '../lexicon/cluster-words.js';
import type { Quote } from '../quotes/types.js';
import type { ReportingSentence, SentenceIndex } from './reporting-sentences.js';
import type { QuoteClusterMember } from './types.js';
import { nameParts, type Idf, type QuoteView } from './views.js';
import type { WordMatcher } from './word-matcher.js';

/** One wording of the remark (copies with the same words are compared once) and the keys that may count for it. */
interface Wording {
  readonly view: QuoteView;
  /** Keys a sentence's word must have to count as one of the wording's rare words. */
  readonly countable: ReadonlySet<number>;
}

/** How a sentence renders one wording. */
interface Rendering {
  /** How much of the wording's weight the sentence matches. */
  readonly coverage: number;
  /** How many of the sentence's matched words count as rare (not names, numbers or stop words). */
  readonly rare: number;
}

/**
 * The keys of a sentence's words that can count as rare words of the wording. A matched word counts as
 * rare when one of its two words is rare, so it can count only when its key is one of the wording's rare
 * keys, or a near-synonym of a wording word where one of the two is rare.
 */
function countableKeys(m: QuoteView, matcher: WordMatcher, idf: Idf): Set<number> {
  const keys = new Set<number>();
  m.keys.forEach((k, j) => {
    if (idf.rare(k)) keys.add(k);
    if (m.stop[j] === true) return;
    for (const g of matcher.nearSynonymKeys(k)) if (idf.rare(k) || idf.rare(g)) keys.add(g);
  });
  return keys;
}

/** The members' distinct wordings, in member order. */
function wordingsOf(members: readonly QuoteView[], matcher: WordMatcher, idf: Idf): Wording[] {
  const seen = new Set<string>();
  const out: Wording[] = [];
  for (const m of members) {
    const sig = m.keys.join(',');
    if (seen.has(sig)) continue;
    seen.add(sig);
    out.push({ view: m, countable: countableKeys(m, matcher, idf) });
  }
  return out;
}

/** Whether a sentence holds one of the speaker's name parts. */
function namesSpeaker(s: ReportingSentence, parts: ReadonlySet<string>): boolean {
  return s.names.some((n) => parts.has(n));
}

/** Sentences in corpus order: document, then offset. */
function inCorpusOrder(sentences: Iterable<ReportingSentence>): ReportingSentence[] {
  return [...sentences].sort((a, b) => a.docIndex - b.docIndex || a.start - b.start);
}

/** The reporting sentences that hold one of the speaker's name parts, each once. */
function namingSentences(index: SentenceIndex, parts: ReadonlySet<string>): ReportingSentence[] {
  const found = new Map<number, ReportingSentence>();
  for (const part of parts) for (const e of index.byName.get(part) ?? []) found.set(e.id, e);
  return [...found.values()];
}

/**
 * For each sentence that holds at least `minRare` of a wording's countable keys (counted once per
 * occurrence in the sentence), the wordings it holds them for: read through the postings of the keys,
 * which list only the sentences that hold one, where most sentences that name a speaker hold none.
 */
function openWordings(index: SentenceIndex, wordings: readonly Wording[], minRare: number): Map<number, Set<Wording>> {
  const open = new Map<number, Set<Wording>>();
  // One counter per sentence, set back to zero after each wording through the sentences it touched (in
  // the order first touched): a Map of counts per wording was a fifth of the stage's time.
  const counts = new Int32Array(index.all.length);
  const touched: number[] = [];
  for (const w of wordings) {
    for (const k of w.countable) {
      for (const id of index.postings(k)) if ((counts[id] = (counts[id] ?? 0) + 1) === 1) touched.push(id);
    }
    for (const id of touched) {
      if ((counts[id] ?? 0) >= minRare) {
        const set = open.get(id);
        if (set === undefined) open.set(id, new Set([w]));
        else set.add(w);
      }
      counts[id] = 0;
    }
    touched.length = 0;
  }
  return open;
}

/**
 * How a sentence renders a wording: matched weight over the wording's weight (the measure is the quote,
 * not the sentence, which carries the story around the remark), and the rare words matched.
 */
function rendering(
  corpus: Corpus,
  s: ReportingSentence,
  m: QuoteView,
  names: ReadonlySet<string>,
  matcher: WordMatcher,
  idf: Idf,
): Rendering {
  const seq = s.seq;
  const buf = matcher.matchInto(seq, m);
  let matched = 0;
  let rare = 0;
  for (let k = 0; k < buf.count; k++) {
    const i = buf.i[k] ?? 0;
    const j = buf.j[k] ?? 0;
    matched += ((buf.sim[k] ?? 0) * ((seq.weights[i] ?? 0) + (m.weights[j] ?? 0))) / 2;
    const rk = idf.rare(seq.keys[i] ?? -1) || idf.rare(m.keys[j] ?? -1);
    const nameWord = names.has(corpus.vocab.str(seq.keys[i] ?? -1));
    const number = seq.doc.tokens.kind[seq.toks[i] ?? 0] === TokenKind.Number;
    if (seq.stop[i] !== true && !nameWord && !number && rk) rare++;
  }
  return { coverage: m.total > 0 ? matched / m.total : 0, rare };
}

/**
 * What a sentence's comparison with a wording reads of it (keys, stop words, numbers): copies of one
 * sentence in other articles give the same figures.
 */
function sentenceContent(s: ReportingSentence): string {
  let sig = '';
  for (let i = 0; i < s.seq.keys.length; i++) {
    const number = s.seq.doc.tokens.kind[s.seq.toks[i] ?? 0] === TokenKind.Number;
    sig += `${s.seq.keys[i] ?? -1}${s.seq.stop[i] === true ? 's' : ''}${number ? 'n' : ''},`;
  }
  return sig;
}

/**
 * Whether a stretch of a document overlaps one of the cluster's quotes there, answered by a binary
 * search over the quotes by start (with the furthest end so far), not by reading every quote for every
 * sentence: a document may hold thousands of the cluster's quotes.
 */
function quotedStretches(spansByDoc: ReadonlyMap<string, readonly Quote[]>): (docId: string, start: number, end: number) => boolean {
  const byDoc = new Map<string, { starts: number[]; reach: number[] }>();
  for (const [docId, spans] of spansByDoc) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    let reach = -Infinity;
    byDoc.set(docId, {
      starts: sorted.map((q) => q.start),
      reach: sorted.map((q) => (reach = Math.max(reach, q.end))),
    });
  }
  return (docId, start, end) => {
    const d = byDoc.get(docId);
    if (d === undefined) return false;
    // The last quote that starts before `end`: the furthest end among it and those before it decides.
    let lo = 0;
    let hi = d.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((d.starts[mid] ?? 0) < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (d.reach[lo - 1] ?? -Infinity) > start;
  };
}

/**
 * Finds sentences that report a clustered remark in indirect speech ("Kim said he values Putin's
 * government for opposing U.S. dominance"): a reporting verb, a name of the speaker, and enough of the
 * remark's rare words (or their near-synonyms). Sentences holding one of the cluster's quotes are
 * skipped: they are already members.
 * @param corpus - the documents
 * @param speaker - the cluster's speaker
 * @param members - the cluster's quotes
 * @param index - {@link sentenceIndex} of the corpus and all its quotes
 * @param matcher - a word matcher (without a provider: word vectors would let any sentence on the topic in)
 * @param lex - the lexicon
 * @param idf - the corpus IDF
 * @returns the indirect members, in corpus order
 * @internal
 */
export function indirectMembers(
  corpus: Corpus,
  speaker: string,
  members: readonly QuoteView[],
  index: SentenceIndex,
  matcher: WordMatcher,
  lex: ClusterLexicon,
  idf: Idf,
): QuoteClusterMember[] {
  const speakerParts = new Set(nameParts(speaker).filter((p) => p.length >= 3));
  if (speakerParts.size === 0) return [];
  const { minRare, minCoverage } = lex.params.indirect;
  const spansByDoc = new Map<string, Quote[]>();
  for (const m of members) {
    const list = spansByDoc.get(m.doc.id);
    if (list === undefined) spansByDoc.set(m.doc.id, [...m.parts]);
    else for (const q of m.parts) list.push(q);
  }
  const inQuote = quotedStretches(spansByDoc);
  // Below minRare countable words a wording cannot qualify a sentence: most sentences that name the
  // speaker are about something else. A provider may match any two words, so it gets no such bound
  // (and with minRare 0 every sentence qualifies).
  const bounded = !matcher.hasProvider && minRare > 0;
  const wordings = wordingsOf(members, matcher, idf);
  // Renderings of (sentence content, wording) pairs already compared in this cluster.
  const scored = new Map<string, Rendering>();
  const out: QuoteClusterMember[] = [];
  // The sentences that name the speaker, with the wordings each may render.
  let candidates: { s: ReportingSentence; open: readonly Wording[] }[];
  if (bounded) {
    const byId = openWordings(index, wordings, minRare);
    const named = [...byId.keys()].map((id) => index.all[id] as ReportingSentence).filter((s) => namesSpeaker(s, speakerParts));
    candidates = inCorpusOrder(named).map((s) => ({ s, open: wordings.filter((w) => byId.get(s.id)?.has(w) === true) }));
  } else {
    candidates = inCorpusOrder(namingSentences(index, speakerParts)).map((s) => ({ s, open: wordings }));
  }
  for (const { s, open } of candidates) {
    if (inQuote(s.docId, s.start, s.end)) continue;
    const content = sentenceContent(s);
    let best = 0;
    let bestRare = 0;
    for (const w of open) {
      const memoKey = `${wordings.indexOf(w)}|${content}`;
      let r = scored.get(memoKey);
      if (r === undefined) scored.set(memoKey, (r = rendering(corpus, s, w.view, speakerParts, matcher, idf)));
      if (r.rare > bestRare || (r.rare === bestRare && r.coverage > best)) {
        best = r.coverage;
        bestRare = r.rare;
      }
    }
    if (bestRare >= minRare && best >= minCoverage) {
      out.push({
        docId: s.docId,
        start: s.start,
        end: s.end,
        text: s.seq.doc.text.slice(s.start, s.end),
        indirect: true,
        trimmed: false,
        pivot: false,
      });
    }
  }
  return out;
}
