import { POS_INDEX, POS_TAGS, TokenKind } from './model.js';
import { learnPossessives, nlp } from './nlp.js';
import { cachedIds, type TokenIdCache, type TokenIds } from './token-ids.js';
import { guardText } from './guard.js';

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
/** A letter or a digit anywhere. @internal */
export const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const FORMAT_ONLY = /^\p{Cf}+$/u;
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

/** @internal Raw tokens as columns, before compounds are joined; `count` of them are filled. */
export interface RawTokens {
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

/** Appends one raw token to the table. */
type PushRaw = (
  start: number,
  end: number,
  surface: string,
  ids: TokenIds,
  lemma: string,
  p: number,
  kind: number,
  stop: boolean,
  s: number,
) => void;

/** An empty raw-token table with room for `cap` tokens, and the function that appends to it. */
function rawTable(cap: number): { raws: RawTokens; push: PushRaw } {
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
  const push: PushRaw = (start, end, surface, ids, lemma, p, kind, stop, s) => {
    raws.start[n] = start;
    raws.end[n] = end;
    raws.pos[n] = p;
    raws.kind[n] = kind;
    raws.stop[n] = stop ? 1 : 0;
    raws.winkSentence[n] = s;
    raws.lemma.push(lemma);
    raws.text.push(surface);
    raws.ids.push(ids);
    raws.count = ++n;
  };
  return { raws, push };
}

/**
 * Reads wink-nlp's tokens back onto the original text. wink-nlp rebuilds the input from each token's
 * preceding spaces and value; where a value does not sit at the expected place (it never should), the
 * token is looked for further on, so an offset is never wrong — at worst a token is missing.
 * @internal
 */
export function rawTokens(original: string, cache: TokenIdCache): { raws: RawTokens; sentiments: number[] } {
  const w = nlp();
  const its = w.its;
  // wink-nlp reads the text with its giant runs blanked and long runs of line breaks as spaces (guard.ts):
  // as long as the original, so every offset below is an offset into it; the blanked runs are put back as
  // tokens of their own where they stand.
  const { text, runs } = guardText(original);
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

  // A possessive splits into two tokens, so there are at most twice as many raw tokens as wink-nlp's
  // (and the blanked runs).
  const { raws, push } = rawTable(wordIds.length * 2 + runs.length);
  let cursor = 0;
  let nextRun = 0;
  /** Puts back the blanked runs that start before `at`, each as one token of sentence `s` (tagged X). */
  const putRuns = (at: number, s: number): void => {
    for (let run = runs[nextRun]; run !== undefined && run.start < at; run = runs[++nextRun]) {
      const value = original.slice(run.start, run.end);
      push(run.start, run.end, value, cachedIds(cache, value), value, POS_X, winkKind('', value), false, s);
    }
  };
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
    if (nextRun < runs.length) putRuns(at, s);
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
  putRuns(Infinity, Math.max(0, spans.length - 1));
  return { raws, sentiments };
}

/**
 * Lets go of one corpus's id cache: the module-wide word table (a pure function of the model, kept across
 * runs) must not keep a corpus alive once it is read.
 * @internal
 */
export function forgetCorpusIds(): void {
  for (const word of winkWords) {
    if (word === undefined) continue;
    word.ids = undefined;
    word.idsCache = undefined;
  }
}
