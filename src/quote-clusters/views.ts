import type { Alignment } from '../align/types.js';
import { TokenFlag, TokenKind, tokenAt, type Corpus, type DocModel } from '../document/model.js';
import type { Quote } from '../quotes/types.js';

/**
 * What the stage needs of one quote: its word tokens (integers into the corpus vocabulary) with their
 * IDF weights, the bracketed editorial insertions kept apart, and the aligned passages around it.
 * @internal
 */
export interface QuoteView {
  /** The first quote of the unit; its id names the unit. */
  readonly quote: Quote;
  /** The quotes of the unit: one, or a quote and the quotes that continue it over later paragraphs. */
  readonly parts: readonly Quote[];
  readonly doc: DocModel;
  /** Token indices of the words counted (no punctuation, no boilerplate, nothing inside brackets). */
  readonly toks: readonly number[];
  /** Match-key vocabulary ids, parallel to `toks`. */
  readonly keys: readonly number[];
  /** IDF weights, parallel to `toks`. */
  readonly weights: readonly number[];
  /** Whether each token is a stop word, parallel to `toks`. */
  readonly stop: readonly boolean[];
  /** Sum of `weights`. */
  readonly total: number;
  /** Words that are not stop words. */
  readonly contentCount: number;
  /** Bracketed spans inside the quote ("[of the world]"), as [start, end) offsets including the brackets. */
  readonly editorial: readonly (readonly [number, number])[];
  /** Speaker name folded into lower-case parts, or null. */
  readonly speakerParts: readonly string[] | null;
  /** Whether the speaker was only inferred (a resolved pronoun): it can confirm a link but not veto one. */
  readonly speakerWeak: boolean;
  /** Ids of the alignments whose member in this document overlaps the quote's sentence. */
  readonly context: ReadonlySet<string>;
}

/** IDF of every match key over the corpus's sentences, scaled to [0, 1]. @internal */
export interface Idf {
  /** Scaled IDF of a key id; 1 for a key seen in one sentence or never. */
  readonly of: (key: number) => number;
  /**
   * Whether a key is rare in this corpus: in few sentences, counted against the corpus's size (a
   * remark quoted by every article stands in at least one sentence per article).
   */
  readonly rare: (key: number) => boolean;
}

/**
 * Computes sentence-level IDF. Sentences, not documents, are the unit because a corpus is a handful of
 * articles on one event: document frequency would call every story word common.
 * @internal
 */
export function sentenceIdf(corpus: Corpus, rareMaxPerDoc = 2, rareMaxShare = 0.04): Idf {
  // Counts and weights by key id in typed arrays: the stage asks for them for every word it reads.
  const size = corpus.vocab.size;
  const sf = new Int32Array(size);
  const lastSeen = new Int32Array(size).fill(-1);
  let sentences = 0;
  for (const doc of corpus.docs) {
    for (const s of doc.sentences) {
      if (s.boilerplate) continue;
      const id = sentences++;
      for (let t = s.tokenStart; t < s.tokenEnd; t++) {
        if ((doc.tokens.flags[t] ?? 0) & TokenFlag.Boilerplate) continue;
        const k = doc.tokens.key[t] ?? -1;
        if (k < 0 || k >= size || lastSeen[k] === id) continue;
        lastSeen[k] = id;
        sf[k] = (sf[k] ?? 0) + 1;
      }
    }
  }
  const max = Math.log((sentences + 1) / 0.5);
  const rareMax = Math.max(rareMaxPerDoc * corpus.docs.length, rareMaxShare * sentences);
  const weightOf = (f: number): number => (max <= 0 ? 1 : Math.min(1, Math.max(0, Math.log((sentences + 1) / (f + 0.5)) / max)));
  const weights = Float64Array.from(sf, weightOf);
  const unseen = weightOf(0);
  const inRange = (key: number): boolean => key >= 0 && key < size;
  return {
    rare: (key) => (inRange(key) ? (sf[key] ?? 0) : 0) <= rareMax,
    of: (key) => (inRange(key) ? (weights[key] ?? unseen) : unseen),
  };
}

/** Whether token `t` is a word or number the stage counts. @internal */
export function isWord(doc: DocModel, t: number): boolean {
  const kind = doc.tokens.kind[t];
  if (kind !== TokenKind.Word && kind !== TokenKind.Number) return false;
  return ((doc.tokens.flags[t] ?? 0) & TokenFlag.Boilerplate) === 0;
}

/** Finds `[…]` spans in `text` between `start` and `end`: an editor's words inside a quote. @internal */
export function bracketSpans(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  // Searched inside the quote only: a search of the whole text would read on to its end for every
  // quote that has no bracket.
  const inside = text.slice(start, end);
  let i = inside.indexOf('[');
  while (i !== -1) {
    const j = inside.indexOf(']', i + 1);
    if (j === -1) break;
    out.push([start + i, start + j + 1]);
    i = inside.indexOf('[', j + 1);
  }
  return out;
}

/** Splits a speaker name into folded lower-case parts ("Kim Jong-un" → kim, jong, un). @internal */
export function nameParts(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s\-.\u2010\u2011'’]+/u)
    .filter((p) => p.length > 0);
}

/**
 * Whether two speaker names denote one person: the same parts, one a subset of the other ("Kim" and
 * "Kim Jong Un"), or the same last part with the same initial ("Sergey"/"Sergei" Lavrov).
 * @internal
 */
export function sameSpeaker(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  // Names have a few parts: searching the arrays beats building sets, and this runs for every pair.
  if (a.every((p) => b.includes(p)) || b.every((p) => a.includes(p))) return true;
  const la = a[a.length - 1];
  const lb = b[b.length - 1];
  return a.length > 1 && b.length > 1 && la === lb && a[0]?.[0] === b[0]?.[0];
}

/**
 * Builds the view of each quote; quotes with no word left (an empty quote, a bracket only) get none.
 * @internal
 */
export function quoteViews(
  corpus: Corpus,
  quotes: readonly Quote[],
  alignments: readonly Alignment[],
  idf: Idf,
  stopWeight: number,
): QuoteView[] {
  const docs = new Map(corpus.docs.map((d) => [d.id, d]));
  const members = membersByDoc(alignments);
  const views: QuoteView[] = [];
  // Name parts by spelling: the same few speakers stand behind most quotes.
  const names = new Map<string, string[]>();
  const namePartsOf = (name: string): string[] => {
    let got = names.get(name);
    if (got === undefined) names.set(name, (got = nameParts(name)));
    return got;
  };
  for (const parts of quoteUnits(quotes)) {
    const quote = parts[0] as Quote;
    const doc = docs.get(quote.docId);
    if (doc === undefined) continue;
    const editorial = parts.flatMap((q) => bracketSpans(doc.text, q.start, q.end));
    const toks: number[] = [];
    const keys: number[] = [];
    const weights: number[] = [];
    const stop: boolean[] = [];
    let total = 0;
    let contentCount = 0;
    for (const q of parts) {
      for (let t = tokenAt(doc, q.start); t < doc.tokens.count && (doc.tokens.end[t] ?? 0) <= q.end; t++) {
        if (!isWord(doc, t)) continue;
        const s = doc.tokens.start[t] ?? 0;
        if (editorial.length > 0 && editorial.some(([a, b]) => s >= a && s < b)) continue;
        const key = doc.tokens.key[t] ?? -1;
        const isStop = isStopToken(corpus, doc, t, key);
        const w = isStop ? stopWeight * idf.of(key) : idf.of(key);
        toks.push(t);
        keys.push(key);
        weights.push(w);
        stop.push(isStop);
        total += w;
        if (!isStop) contentCount++;
      }
    }
    if (toks.length === 0) continue;
    views.push({
      quote,
      parts,
      doc,
      toks,
      keys,
      weights,
      stop,
      total,
      contentCount,
      editorial,
      speakerParts: personName(parts, namePartsOf),
      speakerWeak: parts.every((q) => q.speaker === null || q.speaker.kind === 'pronoun'),
      context: contextOf(doc, quote.start, (parts[parts.length - 1] ?? quote).end, members.get(doc.id) ?? []),
    });
  }
  return views;
}

/** An alignment's member in one document. */
interface MemberSpan {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** Members of the alignments by document, in alignment order: each quote then reads its document's only. */
function membersByDoc(alignments: readonly Alignment[]): Map<string, MemberSpan[]> {
  const out = new Map<string, MemberSpan[]>();
  for (const a of alignments) {
    for (const m of a.members) {
      const span = { id: a.id, start: m.start, end: m.end };
      const list = out.get(m.docId);
      if (list === undefined) out.set(m.docId, [span]);
      else list.push(span);
    }
  }
  return out;
}

/** The alignments whose member in `doc` (`members`) overlaps the sentence(s) holding [start, end). */
function contextOf(doc: DocModel, start: number, end: number, members: readonly MemberSpan[]): Set<string> {
  let from = start;
  let to = end;
  // Sentences come in text order: none after one that starts at or past `end` overlaps.
  for (const s of doc.sentences) {
    if (s.start >= end) break;
    if (s.end > start) {
      from = Math.min(from, s.start);
      to = Math.max(to, s.end);
    }
  }
  const out = new Set<string>();
  for (const m of members) if (m.start < to && m.end > from) out.add(m.id);
  return out;
}

/**
 * Groups a quote with the quotes that continue it over later paragraphs (`continues`), and leaves out
 * quotes that are not speech (scare quotes, titles): a remark is compared as a whole.
 * @internal
 */
export function quoteUnits(quotes: readonly Quote[]): Quote[][] {
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const rootOf = (q: Quote): Quote => {
    let cur = q;
    // Built only for a quote that continues another: most quotes do not.
    let seen: Set<string> | undefined;
    while (cur.continues !== undefined && !(seen ??= new Set<string>()).has(cur.id)) {
      seen.add(cur.id);
      const prev = byId.get(cur.continues);
      if (prev === undefined) break;
      cur = prev;
    }
    return cur;
  };
  const units = new Map<string, Quote[]>();
  for (const q of quotes) {
    const root = rootOf(q);
    const list = units.get(root.id) ?? [];
    list.push(q);
    units.set(root.id, list);
  }
  return [...units.values()].map((list) => list.sort((a, b) => a.start - b.start)).filter((list) => list.some((q) => q.isSpeech !== false));
}

/** The speaker's name parts when the speaker is a person; a credited outlet, a document or "a source" is no evidence. */
function personName(parts: readonly Quote[], partsOf: (name: string) => string[]): string[] | null {
  for (const q of parts) {
    const sp = q.speaker;
    if (sp === null) continue;
    if (sp.kind === 'source' || sp.kind === 'document' || sp.kind === 'other') continue;
    return partsOf(sp.name);
  }
  return null;
}

/**
 * Whether a token is a stop word. An acronym ("US", "U.S.") is not, though wink-nlp's list holds "us":
 * "US hegemonism" names a country.
 * @internal
 */
export function isStopToken(corpus: Corpus, doc: DocModel, t: number, key: number): boolean {
  if (((doc.tokens.flags[t] ?? 0) & TokenFlag.Stop) === 0) return false;
  return !corpus.vocab.str(key).endsWith('.');
}
