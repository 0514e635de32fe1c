import { findBoilerplate } from './boilerplate.js';
import {
  POS_INDEX,
  POS_TAGS,
  TokenFlag,
  TokenKind,
  Vocabulary,
  type Corpus,
  type DocModel,
  type Paragraph,
  type Sentence,
  type TokenTable,
} from './model.js';
import type { ArticleInput } from '../types.js';
import { learnPossessives, nlp } from './nlp.js';
import { americanSpelling, foldCharacters, matchKey } from './normalize.js';

const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const WINK_KIND: Readonly<Record<string, number>> = {
  word: TokenKind.Word,
  number: TokenKind.Number,
  ordinal: TokenKind.Number,
  decade: TokenKind.Word,
  time: TokenKind.Number,
  currency: TokenKind.Symbol,
  symbol: TokenKind.Symbol,
  punctuation: TokenKind.Punct,
  emoji: TokenKind.Emoji,
  emoticon: TokenKind.Emoji,
};
const SENTENCE_END = /[.!?;:"'\u201D\u2019)\]]$/;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const PUNCT_ONLY = /^[\p{P}\p{S}]+$/u;
const FORMAT_ONLY = /^\p{Cf}+$/u;
/** A dateline opening a line: "TERVIK, March 4 (Nordwire) - " or "MOSCOW (Reuters) —". */
const DATELINE =
  /^[ \t]*\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+\d{1,2})?(?:,[ \t]*\d{4})?)?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[-\u2013\u2014]+[ \t]+(?=\S)/gmu;
const POSSESSIVE = /^(\p{L}[\p{L}\p{N}.-]*)(['\u2019][sS])$/u;

/**
 * What wink-nlp says about one token text: its value, type and stop-word flag depend on its lexicon entry
 * alone, its lemma on the entry and the POS tag. Read once per entry (and tag) instead of once per token:
 * the per-token `out()` passes for value, type, stop-word flag and lemma were a third of wink-nlp's own
 * reading time. Contractions ("n't", the "'s" of "it's") are read per token: their lemma and stop flag come
 * from the expansion, not the entry.
 */
interface WinkWord {
  readonly value: string;
  readonly type: string;
  readonly kind: number;
  readonly stop: boolean;
  /** Lemma by POS index, filled as met. */
  readonly lemmas: (string | undefined)[];
  /** The text's vocabulary ids in the corpus being read (the same object as that corpus's id cache holds). */
  ids: TokenIds | undefined;
  idsCache: Map<string, TokenIds> | undefined;
}
// By wink-nlp's id of the token text (`its.uniqueId`, an index into the lexicon of the one `nlp()`
// instance, which new words extend): an array, not a map keyed by text, because a string-keyed lookup per
// token cost as much as all the rest of this loop. Kept dense (holes read slowly).
const winkWords: (WinkWord | undefined)[] = [];
let winkWordCount = 0;
/** The table is a pure function of the model; it is emptied past this size so a long-lived process stays bounded. */
const MAX_WINK_WORDS = 1 << 19;

type WinkTokens = ReturnType<ReturnType<ReturnType<typeof nlp>['readDoc']>['tokens']>;
type WinkIts = ReturnType<typeof nlp>['its'];

function winkKind(type: string, value: string): number {
  return WINK_KIND[type] ?? (HAS_LETTER_OR_DIGIT.test(value) ? TokenKind.Word : TokenKind.Other);
}

// wink-nlp types its.lemma with an extra addons parameter that `out` does pass; the cast bridges the typing gap.
const lemmaOf = (tokens: WinkTokens, its: WinkIts, i: number): string => tokens.itemAt(i).out(its.lemma as unknown as WinkIts['value']);

function winkWord(tokens: WinkTokens, its: WinkIts, i: number, id: number): WinkWord {
  let word = winkWords[id];
  if (word === undefined) {
    if (winkWordCount >= MAX_WINK_WORDS) {
      winkWords.length = 0;
      winkWordCount = 0;
    }
    while (winkWords.length <= id) winkWords.push(undefined);
    const item = tokens.itemAt(i);
    const value = item.out(its.value);
    const type = item.out(its.type);
    word = {
      value,
      type,
      kind: winkKind(type, value),
      stop: item.out(its.stopWordFlag) as unknown as boolean,
      // Filled with undefined up front: reading past the end of a short array takes V8's slow path.
      lemmas: new Array<string | undefined>(POS_TAGS.length).fill(undefined),
      ids: undefined,
      idsCache: undefined,
    };
    winkWords[id] = word;
    winkWordCount++;
  }
  return word;
}

/** Raw tokens as columns, before compounds are joined; `count` of them are filled. */
interface RawTokens {
  count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly pos: Uint8Array;
  readonly kind: Uint8Array;
  readonly stop: Uint8Array;
  readonly winkSentence: Int32Array;
  readonly lemma: string[];
  /** The token's text. */
  readonly text: string[];
  /** The vocabulary ids of the token's text. */
  readonly ids: TokenIds[];
}

const POS_X = POS_INDEX.get('X') ?? 16;
const POS_PART = POS_INDEX.get('PART') ?? 9;

/**
 * Reads wink-nlp's tokens back onto the original text. wink-nlp rebuilds the input from each token's
 * preceding spaces and value; where a value does not sit at the expected place (it never should), the
 * token is looked for further on, so an offset is never wrong — at worst a token is missing.
 */
function rawTokens(text: string, cache: Map<string, TokenIds>): { raws: RawTokens; sentiments: number[] } {
  const w = nlp();
  const its = w.its;
  learnPossessives(w, text);
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  const wordIds = tokens.out(its.uniqueId) as unknown as number[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];
  const contractions = tokens.out(its.contractionFlag) as unknown as boolean[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentiments = doc.sentences().out(its.sentiment) as unknown as number[];

  const sentenceOf = new Int32Array(wordIds.length);
  spans.forEach(([first, last], s) => sentenceOf.fill(s, first, last + 1));

  // A possessive splits into two tokens, so there are at most twice as many raw tokens as wink-nlp's.
  const cap = wordIds.length * 2;
  const raws: RawTokens = {
    count: 0,
    start: new Int32Array(cap),
    end: new Int32Array(cap),
    pos: new Uint8Array(cap),
    kind: new Uint8Array(cap),
    stop: new Uint8Array(cap),
    winkSentence: new Int32Array(cap),
    lemma: [],
    text: [],
    ids: [],
  };
  let n = 0;
  const push = (
    start: number,
    end: number,
    surface: string,
    ids: TokenIds,
    lemma: string,
    p: number,
    kind: number,
    stop: boolean,
    s: number,
  ): void => {
    raws.start[n] = start;
    raws.end[n] = end;
    raws.pos[n] = p;
    raws.kind[n] = kind;
    raws.stop[n] = stop ? 1 : 0;
    raws.winkSentence[n] = s;
    raws.lemma.push(lemma);
    raws.text.push(surface);
    raws.ids.push(ids);
    n++;
  };
  let cursor = 0;
  for (let i = 0; i < wordIds.length; i++) {
    const contraction = contractions[i] === true;
    const word = contraction ? undefined : winkWord(tokens, its, i, wordIds[i] ?? 0);
    const value = word?.value ?? tokens.itemAt(i).out(its.value);
    cursor += (spaces[i] ?? '').length;
    const at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (at === -1) continue;
    cursor = at + value.length;
    // White space, or invisible format characters alone (a zero-width space): no word, no key.
    if (value.trim() === '' || (value.charCodeAt(0) > 127 && FORMAT_ONLY.test(value))) continue;
    const p = POS_INDEX.get(pos[i] ?? 'X') ?? POS_X;
    let type: string;
    let kind: number;
    let stop: boolean;
    let lemma: string | undefined;
    let ids: TokenIds | undefined;
    if (word === undefined) {
      const item = tokens.itemAt(i);
      type = item.out(its.type);
      kind = winkKind(type, value);
      stop = item.out(its.stopWordFlag) as unknown as boolean;
      lemma = lemmaOf(tokens, its, i);
    } else {
      type = word.type;
      kind = word.kind;
      stop = word.stop;
      lemma = word.lemmas[p];
      if (lemma === undefined) {
        lemma = lemmaOf(tokens, its, i);
        word.lemmas[p] = lemma;
      }
      // One table lookup per token instead of two: the word remembers its ids in this corpus.
      if (word.idsCache === cache) ids = word.ids;
      else {
        word.ids = cachedIds(cache, value);
        word.idsCache = cache;
        ids = word.ids;
      }
    }
    const s = sentenceOf[i] ?? 0;
    // Only a token ending in s can be a possessive; the regular expression runs on those alone.
    const last = value.charCodeAt(value.length - 1);
    const possessive = value.length > 2 && (last === 115 || last === 83) ? POSSESSIVE.exec(value) : null;
    if (possessive !== null && type === 'word') {
      // wink-nlp reads a possessive whole once its lexicon holds it, which learnPossessives makes sure of
      // before every text: split it here, and flag the mark as wink-nlp flags an "'s" it splits off
      // itself (not a stop word).
      const stem = possessive[1] ?? '';
      const mark = possessive[2] ?? '';
      push(at, at + stem.length, stem, cachedIds(cache, stem), stem, p, TokenKind.Word, false, s);
      push(at + stem.length, at + value.length, mark, cachedIds(cache, mark), "'s", POS_PART, TokenKind.Word, false, s);
      continue;
    }
    push(at, at + value.length, value, ids ?? cachedIds(cache, value), lemma, p, kind, stop, s);
  }
  raws.count = n;
  return { raws, sentiments };
}

/**
 * Joins hyphenated compounds written without spaces ("half-way", "Jong-un", "stage-by-stage") into one
 * token, so that "half-way" and "halfway" can share a match key. Works in place (a compound takes the
 * place of its first part); returns the match key of each joined compound by its new index.
 */
function joinCompounds(text: string, raws: RawTokens, cache: Map<string, TokenIds>): Map<number, string> {
  const keys = new Map<number, string>();
  const { start, end } = raws;
  const count = raws.count;
  const isHyphen = (k: number): boolean => end[k] === (start[k] ?? 0) + 1 && HYPHENS.has(text.charAt(start[k] ?? 0));
  let o = 0;
  for (let i = 0; i < count; i++) {
    let j = i;
    const parts: string[] = [];
    // A compound: word, hyphen, word, ... with nothing between them.
    while (j + 2 < count && end[j] === start[j + 1] && end[j + 1] === start[j + 2] && isHyphen(j + 1)) {
      const cur = raws.text[j] ?? '';
      if (!HAS_LETTER_OR_DIGIT.test(cur) || !HAS_LETTER_OR_DIGIT.test(raws.text[j + 2] ?? '')) break;
      parts.push(cur);
      j += 2;
    }
    if (j === i) {
      if (o !== i) copyRaw(raws, i, o);
      o++;
      continue;
    }
    const first = start[i] ?? 0;
    const lastEnd = end[j] ?? 0;
    const whole = text.slice(first, lastEnd);
    const surfaceParts = parts.map((p) => matchKey(p));
    const lastKey = matchKey(raws.text[j] ?? '', raws.lemma[j]);
    const hyphenated = matchKey(whole);
    // A table entry for the whole compound ("half-way") wins; otherwise the parts are joined.
    const joined = hyphenated !== whole.toLowerCase().replace(/-/g, '') ? hyphenated : surfaceParts.join('') + lastKey;
    copyRaw(raws, j, o);
    start[o] = first;
    raws.kind[o] = TokenKind.Word;
    raws.stop[o] = 0;
    raws.text[o] = whole;
    raws.ids[o] = cachedIds(cache, whole);
    keys.set(o, joined);
    o++;
    i = j;
  }
  raws.count = o;
  return keys;
}

function copyRaw(raws: RawTokens, from: number, to: number): void {
  raws.start[to] = raws.start[from] ?? 0;
  raws.end[to] = raws.end[from] ?? 0;
  raws.pos[to] = raws.pos[from] ?? 0;
  raws.kind[to] = raws.kind[from] ?? 0;
  raws.stop[to] = raws.stop[from] ?? 0;
  raws.winkSentence[to] = raws.winkSentence[from] ?? 0;
  raws.lemma[to] = raws.lemma[from] ?? '';
  raws.text[to] = raws.text[from] ?? '';
  const ids = raws.ids[from];
  if (ids !== undefined) raws.ids[to] = ids;
}

type Break = 0 | 1 | 2; // none, sentence, paragraph

/** Whether a line break between two tokens ends a sentence and a paragraph, or is a soft wrap. */
function lineBreak(text: string, prevEnd: number, start: number): Break {
  // Most tokens follow the one before directly or after one space.
  if (start === prevEnd || (start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32)) return 0;
  const gap = text.slice(prevEnd, start);
  const nl = gap.indexOf('\n');
  if (nl === -1) return 0;
  if (gap.indexOf('\n', nl + 1) !== -1) return 2;
  // One newline: a soft wrap only when a sentence plainly runs on (lower-case or comma before, lower case after).
  const before = text.slice(Math.max(0, prevEnd - 1), prevEnd);
  const after = text.slice(start, start + 1);
  const runsOn = (STARTS_LOWER.test(before) || before === ',') && STARTS_LOWER.test(after);
  return runsOn ? 0 : 2;
}

/** The vocabulary ids of a token text: its folded surface form, and its match key for one lemma (-1: not yet). */
interface TokenIds {
  surface: number;
  lemma: string;
  key: number;
  /** Whether the text starts with an upper-case letter. */
  readonly capitalized: boolean;
}

// Per vocabulary, the ids of each token text seen, with the match key for the lemma it last came with.
// Token texts repeat heavily (most of a text is a few hundred common words), and folding, spelling and
// key rules were most of the document stage's own cost when run for every token. Ids are interned in
// the same order as without the cache (key, then surface), so the vocabulary comes out the same.
const idCache = new WeakMap<Vocabulary, Map<string, TokenIds>>();

function idsOf(vocab: Vocabulary): Map<string, TokenIds> {
  let cache = idCache.get(vocab);
  if (cache === undefined) {
    cache = new Map();
    idCache.set(vocab, cache);
  }
  return cache;
}

function cachedIds(cache: Map<string, TokenIds>, surfaceText: string): TokenIds {
  let ids = cache.get(surfaceText);
  if (ids === undefined) {
    ids = { surface: -1, lemma: '', key: -1, capitalized: STARTS_UPPER.test(surfaceText) };
    cache.set(surfaceText, ids);
  }
  return ids;
}

function keyId(ids: TokenIds, vocab: Vocabulary, surfaceText: string, lemma: string): number {
  if (ids.key === -1 || ids.lemma !== lemma) {
    ids.key = vocab.intern(matchKey(surfaceText, lemma));
    ids.lemma = lemma;
  }
  return ids.key;
}

function surfaceId(ids: TokenIds, vocab: Vocabulary, surfaceText: string): number {
  if (ids.surface === -1) ids.surface = vocab.intern(americanSpelling(foldCharacters(surfaceText).toLowerCase()));
  return ids.surface;
}

/**
 * Reads one input into the document model: tokens with exact offsets and match keys, sentences (split
 * also at line breaks wink-nlp reads through: headlines, datelines, "SEE ALSO:" lines), paragraphs, and
 * boilerplate, whose tokens are flagged so that later stages skip them.
 * @internal
 */
export function readDocument(input: ArticleInput, index: number, vocab: Vocabulary): DocModel {
  const text = input.text;
  const boilerplate = findBoilerplate(text);
  const cache = idsOf(vocab);
  const { raws, sentiments } = rawTokens(text, cache);
  const keys = joinCompounds(text, raws, cache);
  const n = raws.count;
  const { start: rawStart, end: rawEnd, winkSentence } = raws;
  const table = {
    count: n,
    start: rawStart.slice(0, n),
    end: rawEnd.slice(0, n),
    key: new Int32Array(n),
    surface: new Int32Array(n),
    pos: raws.pos.slice(0, n),
    kind: raws.kind.slice(0, n),
    flags: new Uint8Array(n),
    sentence: new Int32Array(n),
  } satisfies TokenTable;

  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  let bp = 0; // boilerplate cursor
  let sentenceStart = 0;
  let paragraphStart = 0;
  let paragraphSentenceStart = 0;

  const inBoilerplate = (start: number, end: number): boolean => {
    while (bp < boilerplate.length && (boilerplate[bp]?.end ?? 0) <= start) bp++;
    const b = boilerplate[bp];
    return b !== undefined && b.start <= start && end <= b.end;
  };
  const closeSentence = (endToken: number): void => {
    if (endToken <= sentenceStart) return;
    let allBoiler = true;
    for (let t = sentenceStart; t < endToken; t++) {
      table.sentence[t] = sentences.length;
      if (((table.flags[t] ?? 0) & TokenFlag.Boilerplate) === 0) allBoiler = false;
    }
    table.flags[sentenceStart] = (table.flags[sentenceStart] ?? 0) | TokenFlag.SentenceStart;
    sentences.push({
      start: rawStart[sentenceStart] ?? 0,
      end: rawEnd[endToken - 1] ?? 0,
      tokenStart: sentenceStart,
      tokenEnd: endToken,
      paragraph: paragraphs.length,
      boilerplate: allBoiler,
      sentiment: sentiments[winkSentence[sentenceStart] ?? 0] ?? 0,
    });
    sentenceStart = endToken;
  };
  const closeParagraph = (endToken: number): void => {
    closeSentence(endToken);
    if (endToken <= paragraphStart) return;
    table.flags[paragraphStart] = (table.flags[paragraphStart] ?? 0) | TokenFlag.ParagraphStart;
    let allBoiler = true;
    for (let s = paragraphSentenceStart; s < sentences.length; s++) if (!sentences[s]?.boilerplate) allBoiler = false;
    paragraphs.push({
      start: rawStart[paragraphStart] ?? 0,
      end: rawEnd[endToken - 1] ?? 0,
      tokenStart: paragraphStart,
      tokenEnd: endToken,
      sentenceStart: paragraphSentenceStart,
      sentenceEnd: sentences.length,
      boilerplate: allBoiler,
    });
    paragraphStart = endToken;
    paragraphSentenceStart = sentences.length;
  };

  // A dateline ends where the story's first sentence starts.
  const forced = new Set<number>();
  for (const m of text.matchAll(DATELINE)) forced.add((m.index ?? 0) + m[0].length);

  let prevBoiler = false;
  let curWink = winkSentence[0] ?? 0;
  for (let i = 0; i < n; i++) {
    const start = rawStart[i] ?? 0;
    const end = rawEnd[i] ?? 0;
    const wink = winkSentence[i] ?? 0;
    const surfaceText = raws.text[i] ?? '';
    const ids = raws.ids[i] ?? cachedIds(cache, surfaceText);
    const boiler = inBoilerplate(start, end);
    let flags = 0;
    if (boiler) flags |= TokenFlag.Boilerplate;
    if (raws.stop[i] === 1) flags |= TokenFlag.Stop;
    if (ids.capitalized) flags |= TokenFlag.Capitalized;
    if (i > 0) {
      const prevEnd = rawEnd[i - 1] ?? 0;
      const br = lineBreak(text, prevEnd, start);
      if (br === 2 || boiler !== prevBoiler) {
        closeParagraph(i);
        curWink = wink;
      } else if (forced.has(start)) {
        closeSentence(i);
        curWink = wink;
      } else if (wink !== curWink) {
        // wink-nlp sometimes starts a sentence at a closing quote mark after the full stop; that mark
        // stays with the sentence it closes. An opening mark (space before, word right after) starts one.
        const opening = start > prevEnd && i + 1 < n && rawStart[i + 1] === end;
        if (!PUNCT_ONLY.test(surfaceText) || opening) {
          closeSentence(i);
          curWink = wink;
        }
      }
    }
    prevBoiler = boiler;
    const compound = keys.get(i);
    table.key[i] = compound === undefined ? keyId(ids, vocab, surfaceText, raws.lemma[i] ?? '') : vocab.intern(compound);
    table.surface[i] = surfaceId(ids, vocab, surfaceText);
    table.flags[i] = flags;
  }
  closeParagraph(n);

  const doc: DocModel = { index, id: input.id, text, tokens: table, sentences, paragraphs, boilerplate };
  return Object.assign(doc, pick(input));
}

function pick(input: ArticleInput): Partial<ArticleInput> {
  const out: { -readonly [K in keyof ArticleInput]?: ArticleInput[K] } = {};
  if (input.title !== undefined) out.title = input.title;
  if (input.source !== undefined) out.source = input.source;
  if (input.url !== undefined) out.url = input.url;
  if (input.publishedAt !== undefined) out.publishedAt = input.publishedAt;
  return out;
}

/**
 * Reads every input into one corpus sharing a vocabulary.
 * @internal
 */
export function readCorpus(inputs: readonly ArticleInput[]): Corpus {
  const vocab = new Vocabulary();
  const docs = inputs.map((input, i) => readDocument(input, i, vocab));
  // The module-wide word table must not keep this corpus's id cache alive once the corpus is gone.
  for (const word of winkWords) {
    if (word === undefined) continue;
    word.ids = undefined;
    word.idsCache = undefined;
  }
  return { docs, vocab };
}
