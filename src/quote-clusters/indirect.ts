import { TokenFlag, TokenKind, type Corpus } from '../document/model.js';
import type { Quote } from '../quotes/types.js';
import type { ClusterLexicon } from '../lexicon/cluster-words.js';
import type { WordMatcher, WordSeq } from './word-matcher.js';
import type { QuoteClusterMember } from './types.js';
import { isWord, nameParts, type Idf, type QuoteView } from './views.js';

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
  /** Position of its document in the corpus (`SentenceIndex.docOrder`). */
  readonly docIndex: number;
}

/**
 * Reporting sentences by the name parts they hold, built once per clustering run (and dropped with
 * it), with the scratch marks the clusters share.
 * @internal
 */
export interface SentenceIndex {
  readonly byName: ReadonlyMap<string, readonly ReportingSentence[]>;
  /** Position of each document in the corpus by id. */
  readonly docOrder: ReadonlyMap<string, number>;
  /** Marks on vocabulary ids, one generation per set of keys. */
  readonly marks: KeyMarks;
  /**
   * Which reporting sentences hold each count key, once per occurrence: the ids of key `k`'s sentences
   * are `postIds[postStart[k] .. postStart[k + 1])`. Counting a remark's keys through them reads only
   * the sentences that hold one, where scanning every sentence that names the speaker reads them all.
   */
  readonly postStart: Int32Array;
  readonly postIds: Int32Array;
  /** All reporting sentences, by id. */
  readonly all: readonly ReportingSentence[];
  /** Scratch per sentence id: membership stamps, counts and positions (counts all 0 between calls). */
  readonly scratch: {
    readonly stamp: Int32Array;
    readonly count: Int32Array;
    readonly slot: Int32Array;
    gen: number;
    /** The count keys of each name list's sentences, flattened (see `indirectMembers`). */
    readonly flat: WeakMap<readonly ReportingSentence[], { readonly keys: Int32Array; readonly ends: Int32Array }>;
    /** The number of count keys of each name list's sentences (what a scan of it reads). */
    readonly cost: WeakMap<readonly ReportingSentence[], number>;
    /**
     * Per sentence id, the id of its words as a remark is compared with them (keys, stop words,
     * numbers), -1 until first asked; ids by signature in `contentIds`. Copies of a wire sentence
     * share one.
     */
    readonly content: Int32Array;
    readonly contentIds: Map<string, number>;
  };
}

/**
 * Reads every sentence once: the words outside quotes, whether a reporting verb is among them, and the
 * name parts they hold. Looking sentences up by the speaker's name then costs nothing per cluster, where
 * reading the whole corpus again for each cluster would cost clusters × tokens.
 * @internal
 */
export function sentenceIndex(corpus: Corpus, allQuotes: readonly Quote[], lex: ClusterLexicon, idf: Idf): SentenceIndex {
  const p = lex.params;
  const byName = new Map<string, ReportingSentence[]>();
  const quotesByDoc = new Map<string, Quote[]>();
  for (const q of allQuotes) {
    const list = quotesByDoc.get(q.docId);
    if (list === undefined) quotesByDoc.set(q.docId, [q]);
    else list.push(q);
  }
  // Name parts of each capitalized word, read once per spelling.
  const partsOf = new Map<string, string[]>();
  const lastBySurface = new Map<number, { readonly word: string; readonly parts: readonly string[] }>();
  const all: ReportingSentence[] = [];
  // What the loop asks of each vocabulary key, looked up once per key instead of once per token:
  // bit 0 known, 1 a reporting cue, 2 in the near-synonym table, 3 ends with a full stop (an
  // abbreviation, never a stop word; see isStopToken).
  const info = new Uint8Array(corpus.vocab.size);
  const infoOf = (key: number): number => {
    if (key >= 0 && key < info.length && info[key] !== 0) return info[key] ?? 0;
    const str = corpus.vocab.str(key);
    const v = 1 | (lex.indirectCues.has(str) ? 2 : 0) | (lex.synonymGroups.has(str) ? 4 : 0) | (str.endsWith('.') ? 8 : 0);
    if (key >= 0 && key < info.length) info[key] = v;
    return v;
  };
  // One set of buffers for every sentence: most sentences are no reporting sentence and are dropped.
  const toks: number[] = [];
  const keys: number[] = [];
  const weights: number[] = [];
  const stop: boolean[] = [];
  const names = new Set<string>();
  const countKeys: number[] = [];
  const docOrder = new Map(corpus.docs.map((d, i) => [d.id, i]));
  for (const doc of corpus.docs) {
    const docIndex = docOrder.get(doc.id) ?? 0;
    const inQuote = quoteCover(quotesByDoc.get(doc.id) ?? []);
    let at = 0;
    for (const s of doc.sentences) {
      if (s.boilerplate) continue;
      // Most sentences have no reporting verb or no capitalized word outside quotes: found out in a
      // first pass that reads only flags and keys, they are dropped before any word is weighed.
      const from = at;
      let cueSeen = false;
      let capitalSeen = false;
      for (let t = s.tokenStart; t < s.tokenEnd && !(cueSeen && capitalSeen); t++) {
        if (!isWord(doc, t)) continue;
        const cue = (infoOf(doc.tokens.key[t] ?? -1) & 2) !== 0;
        const capital = ((doc.tokens.flags[t] ?? 0) & TokenFlag.Capitalized) !== 0;
        if (!cue && !capital) continue;
        // Only the words that could count are placed against the quote spans.
        const st = doc.tokens.start[t] ?? 0;
        while (at < inQuote.length && (inQuote[at]?.[1] ?? 0) <= st) at++;
        if (at < inQuote.length && st >= (inQuote[at]?.[0] ?? 0)) continue;
        if (cue) cueSeen = true;
        if (capital) capitalSeen = true;
      }
      // The walk along the quote spans only moves forward, past spans that end before a word: a
      // later word moves it to the same place whichever words moved it before. A kept sentence is
      // read again from its start.
      if (!cueSeen || !capitalSeen) continue;
      at = from;
      toks.length = 0;
      keys.length = 0;
      weights.length = 0;
      stop.length = 0;
      names.clear();
      countKeys.length = 0;
      let total = 0;
      let cue = false;
      for (let t = s.tokenStart; t < s.tokenEnd; t++) {
        if (!isWord(doc, t)) continue;
        const st = doc.tokens.start[t] ?? 0;
        // Tokens come in text order: walk the merged quote spans along.
        while (at < inQuote.length && (inQuote[at]?.[1] ?? 0) <= st) at++;
        if (at < inQuote.length && st >= (inQuote[at]?.[0] ?? 0)) continue;
        const key = doc.tokens.key[t] ?? -1;
        const flags = doc.tokens.flags[t] ?? 0;
        const ki = infoOf(key);
        if ((ki & 2) !== 0) cue = true;
        if (flags & TokenFlag.Capitalized) {
          // Most capitalized words are spelled as the last one of their surface form: compared in place,
          // they need no slice and no hashing.
          const en = doc.tokens.end[t] ?? st;
          const sf = doc.tokens.surface[t] ?? -1;
          const last = lastBySurface.get(sf);
          let parts: readonly string[];
          if (last !== undefined && last.word.length === en - st && doc.text.startsWith(last.word, st)) parts = last.parts;
          else {
            const word = doc.text.slice(st, en);
            let found = partsOf.get(word);
            if (found === undefined) partsOf.set(word, (found = nameParts(word).filter((part) => part.length >= 3)));
            lastBySurface.set(sf, { word, parts: found });
            parts = found;
          }
          for (const part of parts) names.add(part);
        }
        // isStopToken, from the key's cached spelling.
        const isStop = (flags & TokenFlag.Stop) !== 0 && (ki & 8) === 0;
        if (!isStop && doc.tokens.kind[t] !== TokenKind.Number && (idf.rare(key) || (ki & 4) !== 0)) {
          countKeys.push(key);
        }
        const w = isStop ? p.match.stopWordWeight * idf.of(key) : idf.of(key);
        toks.push(t);
        keys.push(key);
        weights.push(w);
        stop.push(isStop);
        total += w;
      }
      if (!cue || names.size === 0 || total === 0) continue;
      // Copies of the buffers as plain arrays, which cost less to allocate than typed arrays.
      const seq: WordSeq = { doc, toks: toks.slice(), keys: keys.slice(), weights: weights.slice(), stop: stop.slice(), total };
      const entry: ReportingSentence = {
        docId: doc.id,
        start: s.start,
        end: s.end,
        seq,
        countKeys: new Int32Array(countKeys),
        id: all.length,
        names: [...names],
        docIndex,
      };
      all.push(entry);
      for (const name of names) {
        const list = byName.get(name);
        if (list === undefined) byName.set(name, [entry]);
        else list.push(entry);
      }
    }
  }
  // Postings of count keys over sentence ids (a counting sort by key).
  const nKeys = corpus.vocab.size;
  const postStart = new Int32Array(nKeys + 1);
  for (const e of all) for (const k of e.countKeys) if (k >= 0 && k < nKeys) postStart[k + 1]!++;
  for (let k = 0; k < nKeys; k++) postStart[k + 1]! += postStart[k] ?? 0;
  const fill = postStart.slice(0, nKeys);
  const postIds = new Int32Array(postStart[nKeys] ?? 0);
  for (const e of all) for (const k of e.countKeys) if (k >= 0 && k < nKeys) postIds[fill[k]!++] = e.id;
  const n = all.length;
  return {
    byName,
    docOrder,
    marks: keyMarks(corpus),
    postStart,
    postIds,
    all,
    scratch: {
      stamp: new Int32Array(n),
      count: new Int32Array(n),
      slot: new Int32Array(n),
      gen: 0,
      flat: new WeakMap(),
      cost: new WeakMap(),
      content: new Int32Array(n).fill(-1),
      contentIds: new Map(),
    },
  };
}

/** Marks on vocabulary ids, one generation per set of keys: no set is built per cluster and wording. @internal */
export interface KeyMarks {
  readonly stamp: Int32Array;
  /** Marks `keys` with a new generation and returns it. */
  mark(keys: readonly number[]): number;
}

function keyMarks(corpus: Corpus): KeyMarks {
  const state = { stamp: new Int32Array(corpus.vocab.size), gen: 0 };
  return {
    stamp: state.stamp,
    mark(keys) {
      const gen = ++state.gen;
      for (const k of keys) if (k >= 0 && k < state.stamp.length) state.stamp[k] = gen;
      return gen;
    },
  };
}

/** Whether two key sequences are the same. */
function sameKeys(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let t = 0; t < a.length; t++) if (a[t] !== b[t]) return false;
  return true;
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
 * Finds sentences that report a clustered remark in indirect speech ("Kim said he values Putin's
 * government for opposing U.S. dominance"): a reporting verb, a name of the speaker, and enough of the
 * remark's rare words (or their near-synonyms). Sentences holding one of the cluster's quotes are
 * skipped: they are already members. `index` is {@link sentenceIndex} of the corpus and all its quotes.
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
  const names = new Set(nameParts(speaker).filter((p) => p.length >= 3));
  if (names.size === 0) return [];
  const p = lex.params;
  const sc = index.scratch;
  const spansByDoc = new Map<string, Quote[]>();
  for (const m of members) spansByDoc.set(m.doc.id, [...(spansByDoc.get(m.doc.id) ?? []), ...m.parts]);
  // A matched word counts as rare when one of its two words is rare. So a sentence's word can count
  // for a wording only when its key is one of the wording's rare keys, or a near-synonym of a wording
  // word where one of the two is rare. Below minRare such words the wording cannot qualify the
  // sentence: most sentences that name the speaker are about something else. A provider may match
  // any two words, so it gets no such bound (and with minRare 0 every sentence qualifies).
  const bounded = !matcher.hasProvider && p.indirect.minRare > 0;
  const countable = (m: QuoteView): number[] => {
    const keys: number[] = [];
    m.keys.forEach((k, j) => {
      if (idf.rare(k)) keys.push(k);
      if (m.stop[j] === true) return;
      for (const g of matcher.nearSynonymKeys(k)) if (idf.rare(k) || idf.rare(g)) keys.push(g);
    });
    return keys;
  };
  // Copies with the same words match a sentence the same way: compare each wording once.
  // (Found through a hash of the keys, checked in full: no signature string per member.)
  const list: { view: QuoteView; keys: readonly number[] }[] = [];
  const byHash = new Map<number, number[]>();
  for (const m of members) {
    let h = m.keys.length;
    for (let t = 0; t < m.keys.length; t++) h = (Math.imul(h, 31) + (m.keys[t] ?? -1)) | 0;
    const bucket = byHash.get(h);
    if (bucket?.some((w) => sameKeys((list[w] as { view: QuoteView }).view.keys, m.keys)) === true) continue;
    if (bucket === undefined) byHash.set(h, [list.length]);
    else bucket.push(list.length);
    list.push({ view: m, keys: bounded ? countable(m) : [] });
  }
  const marks = index.marks;
  // How many of a sentence's words carry a marked key.
  const count = (e: ReportingSentence, gen: number): number => {
    let n = 0;
    for (const k of e.countKeys) if (marks.stamp[k] === gen) n++;
    return n;
  };
  // The same counts for the sentences stamped `among` (all sentences when -1), through the postings of
  // the distinct keys of `keys` (marked with generation `gen`): into sc.count, returns the ids touched.
  const countByPostings = (keys: readonly number[], gen: number, among: number): number[] => {
    const touched: number[] = [];
    for (const k of keys) {
      if (k < 0 || k >= marks.stamp.length || marks.stamp[k] !== gen) continue;
      marks.stamp[k] = 0; // each distinct key once (generations start at 1)
      for (let q = index.postStart[k] ?? 0, end = index.postStart[k + 1] ?? 0; q < end; q++) {
        const id = index.postIds[q] ?? 0;
        if (among !== -1 && sc.stamp[id] !== among) continue;
        if (sc.count[id] === 0) touched.push(id);
        sc.count[id]!++;
      }
    }
    return touched;
  };
  // Postings cost what the keys' sentences number; scanning costs what the candidates' keys number.
  const postingsCost = (keys: readonly number[]): number => {
    let c = 0;
    for (const k of keys) if (k >= 0 && k < marks.stamp.length) c += (index.postStart[k + 1] ?? 0) - (index.postStart[k] ?? 0);
    return c;
  };
  // The count keys of a name list's sentences in one array (sentence i's end at ends[i]), built once
  // per name list: a scan then reads one array instead of one object per sentence.
  const flatOf = (l: readonly ReportingSentence[]): { keys: Int32Array; ends: Int32Array } => {
    let f = sc.flat.get(l);
    if (f === undefined) {
      const ends = new Int32Array(l.length);
      let n = 0;
      for (let i = 0; i < l.length; i++) {
        n += (l[i] as ReportingSentence).countKeys.length;
        ends[i] = n;
      }
      const keys = new Int32Array(n);
      for (let i = 0; i < l.length; i++) {
        const e = l[i] as ReportingSentence;
        keys.set(e.countKeys, (ends[i] ?? 0) - e.countKeys.length);
      }
      sc.flat.set(l, (f = { keys, ends }));
    }
    return f;
  };
  // Keys a scan of a name's sentences reads.
  // (Summed without flattening: a list read through the postings is never flattened.)
  const listCost = (l: readonly ReportingSentence[]): number => {
    const flat = sc.flat.get(l);
    if (flat !== undefined) return flat.keys.length;
    let c = sc.cost.get(l);
    if (c === undefined) {
      c = 0;
      for (const e of l) c += e.countKeys.length;
      sc.cost.set(l, c);
    }
    return c;
  };
  let kept: ReportingSentence[];
  // open[x * list.length + w]: whether wording w may qualify kept sentence x.
  let open: Uint8Array;
  if (!bounded) {
    const lists = [...names].map((name) => index.byName.get(name) ?? []);
    kept = lists.length === 1 ? [...(lists[0] ?? [])] : [...new Set(lists.flat())];
    open = new Uint8Array(kept.length * list.length).fill(1);
  } else {
    // Sentences that name the speaker and hold at least minRare words of any wording's keys: either
    // by scanning every sentence that names the speaker, or through the keys' postings and then the
    // names, whichever reads fewer keys (the same set either way; `ordered` below fixes the order).
    const allKeys = list.flatMap((w) => w.keys);
    const any = marks.mark(allKeys);
    const lists = [...names].map((name) => index.byName.get(name) ?? []);
    let scan = 0;
    for (const l of lists) scan += listCost(l);
    if (postingsCost(allKeys) < scan) {
      kept = [];
      for (const id of countByPostings(allKeys, any, -1)) {
        if ((sc.count[id] ?? 0) >= p.indirect.minRare) {
          const e = index.all[id] as ReportingSentence;
          let named = false;
          for (let k = 0; k < e.names.length && !named; k++) named = names.has(e.names[k] as string);
          if (named) kept.push(e);
        }
        sc.count[id] = 0;
      }
    } else {
      // Each sentence that names the speaker once (stamped), its keys read from the name list's
      // flattened copy.
      const candGen = ++sc.gen;
      kept = [];
      for (const l of lists) {
        const flat = flatOf(l);
        let q = 0;
        for (let i = 0; i < l.length; i++) {
          const e = l[i] as ReportingSentence;
          const end = flat.ends[i] ?? q;
          if (sc.stamp[e.id] === candGen) {
            q = end;
            continue;
          }
          sc.stamp[e.id] = candGen;
          let c = 0;
          for (; q < end; q++) if (marks.stamp[flat.keys[q] ?? -1] === any) c++;
          if (c >= p.indirect.minRare) kept.push(e);
        }
      }
    }
    open = new Uint8Array(kept.length * list.length);
    const keptGen = ++sc.gen;
    kept.forEach((e, x) => {
      sc.stamp[e.id] = keptGen;
      sc.slot[e.id] = x;
    });
    let keptScan = 0;
    for (const e of kept) keptScan += e.countKeys.length;
    list.forEach((w, wi) => {
      const gen = marks.mark(w.keys);
      if (postingsCost(w.keys) < keptScan) {
        for (const id of countByPostings(w.keys, gen, keptGen)) {
          if ((sc.count[id] ?? 0) >= p.indirect.minRare) open[(sc.slot[id] ?? 0) * list.length + wi] = 1;
          sc.count[id] = 0;
        }
      } else {
        kept.forEach((e, x) => {
          if (count(e, gen) >= p.indirect.minRare) open[x * list.length + wi] = 1;
        });
      }
    });
  }
  // The content id of a sentence (see SentenceIndex.scratch.content), from its signature when first asked.
  const contentOf = (e: ReportingSentence): number => {
    let id = sc.content[e.id] ?? -1;
    if (id === -1) {
      const seq = e.seq;
      let sig = '';
      for (let i = 0; i < seq.keys.length; i++) {
        const number = e.seq.doc.tokens.kind[seq.toks[i] ?? 0] === TokenKind.Number;
        sig += `${seq.keys[i] ?? -1}${seq.stop[i] === true ? 's' : ''}${number ? 'n' : ''},`;
      }
      id = sc.contentIds.get(sig) ?? sc.contentIds.size;
      if (id === sc.contentIds.size) sc.contentIds.set(sig, id);
      sc.content[e.id] = id;
    }
    return id;
  };
  // Figures of (sentence content, wording) pairs already compared in this cluster.
  const scored = new Map<number, number>();
  const coverages: number[] = [];
  const rares: number[] = [];
  const out: QuoteClusterMember[] = [];
  // Corpus order (document, then text), whatever order the name lists came in.
  const ordered = kept.map((s, x) => ({ s, x })).sort((a, b) => a.s.docIndex - b.s.docIndex || a.s.start - b.s.start);
  for (const { s, x } of ordered) {
    const seq = s.seq;
    const doc = seq.doc;
    // A wording with fewer countable words has fewer rare matches than minRare, so it cannot be the
    // one that qualifies the sentence.
    let any = false;
    for (let wi = 0; wi < list.length && !any; wi++) any = open[x * list.length + wi] === 1;
    if (!any) continue;
    if ((spansByDoc.get(s.docId) ?? []).some((q) => q.start < s.end && q.end > s.start)) continue;
    const content = contentOf(s);
    let best = 0;
    let bestRare = 0;
    for (let wi = 0; wi < list.length; wi++) {
      if (open[x * list.length + wi] !== 1) continue;
      const m = (list[wi] as { view: QuoteView }).view;
      // The comparison reads only the sentence's words (keys, stop words, numbers): copies of one
      // sentence in other articles give the same figures.
      const memoKey = content * list.length + wi;
      let at = scored.get(memoKey);
      if (at === undefined) {
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
        at = coverages.length;
        coverages.push(m.total > 0 ? matched / m.total : 0);
        rares.push(rare);
        scored.set(memoKey, at);
      }
      const coverage = coverages[at] as number;
      const rare = rares[at] as number;
      if (rare > bestRare || (rare === bestRare && coverage > best)) {
        best = coverage;
        bestRare = rare;
      }
    }
    if (bestRare >= p.indirect.minRare && best >= p.indirect.minCoverage) {
      out.push({
        docId: s.docId,
        start: s.start,
        end: s.end,
        text: doc.text.slice(s.start, s.end),
        indirect: true,
        trimmed: false,
        pivot: false,
      });
    }
  }
  return out;
}
