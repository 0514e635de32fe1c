import { findBoilerplate } from './boilerplate.js';
import {
  POS_INDEX,
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
import { nlp } from './nlp.js';
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
/** A dateline opening a line: "TERVIK, March 4 (Nordwire) - " or "MOSCOW (Reuters) —". */
const DATELINE = /^[ \t]*\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+\d{1,2})?(?:,[ \t]*\d{4})?)?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[-\u2013\u2014]+[ \t]+(?=\S)/gmu;
const POSSESSIVE = /^(\p{L}[\p{L}\p{N}.-]*)(['\u2019][sS])$/u;

/** A raw token before the table is built. */
interface Raw {
  start: number;
  end: number;
  lemma: string;
  pos: number;
  kind: number;
  stop: boolean;
  winkSentence: number;
}

/**
 * Reads wink-nlp's tokens back onto the original text. wink-nlp rebuilds the input from each token's
 * preceding spaces and value; where a value does not sit at the expected place (it never should), the
 * token is looked for further on, so an offset is never wrong — at worst a token is missing.
 */
function rawTokens(text: string): { raws: Raw[]; sentiments: number[] } {
  const w = nlp();
  const its = w.its;
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const types = tokens.out(its.type) as string[];
  const pos = tokens.out(its.pos) as string[];
  // wink-nlp types its.lemma with an extra addons parameter that `out` does pass; the cast bridges the typing gap.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentiments = doc.sentences().out(its.sentiment) as unknown as number[];

  const sentenceOf = new Int32Array(values.length);
  spans.forEach(([first, last], s) => sentenceOf.fill(s, first, last + 1));

  const raws: Raw[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    cursor += (spaces[i] ?? '').length;
    const at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (at === -1) continue;
    cursor = at + value.length;
    if (value.trim() === '') continue;
    // Only a token ending in s can be a possessive; the regular expression runs on those alone.
    const last = value.charCodeAt(value.length - 1);
    const possessive = value.length > 2 && (last === 115 || last === 83) ? POSSESSIVE.exec(value) : null;
    if (possessive !== null && types[i] === 'word') {
      // wink-nlp splits "Kim's" but sometimes not "Kim’s": split every possessive the same way.
      const stem = possessive[1] ?? '';
      const common = { pos: POS_INDEX.get(pos[i] ?? 'X') ?? 16, kind: TokenKind.Word, winkSentence: sentenceOf[i] ?? 0 };
      raws.push({ ...common, start: at, end: at + stem.length, lemma: stem, stop: false });
      raws.push({ ...common, start: at + stem.length, end: at + value.length, lemma: "'s", pos: POS_INDEX.get('PART') ?? 9, stop: true });
      continue;
    }
    raws.push({
      start: at,
      end: at + value.length,
      lemma: lemmas[i] ?? value,
      pos: POS_INDEX.get(pos[i] ?? 'X') ?? POS_INDEX.get('X') ?? 16,
      kind: WINK_KIND[types[i] ?? ''] ?? (HAS_LETTER_OR_DIGIT.test(value) ? TokenKind.Word : TokenKind.Other),
      stop: stops[i] === true,
      winkSentence: sentenceOf[i] ?? 0,
    });
  }
  return { raws, sentiments };
}

/**
 * Joins hyphenated compounds written without spaces ("half-way", "Jong-un", "stage-by-stage") into one
 * token, so that "half-way" and "halfway" can share a match key.
 */
function joinCompounds(text: string, raws: Raw[]): { tokens: Raw[]; keys: (string | undefined)[] } {
  const tokens: Raw[] = [];
  // The match key of each joined compound; undefined for a token left alone (keyed by the caller).
  const keys: (string | undefined)[] = [];
  for (let i = 0; i < raws.length; i++) {
    const first = raws[i];
    if (first === undefined) continue;
    let j = i;
    const parts: string[] = [];
    while (true) {
      const cur = raws[j];
      const dash = raws[j + 1];
      const next = raws[j + 2];
      if (cur === undefined || dash === undefined || next === undefined) break;
      if (dash.start !== cur.end || next.start !== dash.end) break;
      if (!HYPHENS.has(text.slice(dash.start, dash.end))) break;
      if (!HAS_LETTER_OR_DIGIT.test(text.slice(cur.start, cur.end))) break;
      if (!HAS_LETTER_OR_DIGIT.test(text.slice(next.start, next.end))) break;
      parts.push(text.slice(cur.start, cur.end));
      j += 2;
    }
    const last = raws[j] ?? first;
    if (j === i) {
      tokens.push(first);
      keys.push(undefined);
      continue;
    }
    const surfaceParts = parts.map((p) => matchKey(p));
    const lastKey = matchKey(text.slice(last.start, last.end), last.lemma);
    const hyphenated = matchKey(text.slice(first.start, last.end));
    // A table entry for the whole compound ("half-way") wins; otherwise the parts are joined.
    const joined = hyphenated !== text.slice(first.start, last.end).toLowerCase().replace(/-/g, '')
      ? hyphenated
      : surfaceParts.join('') + lastKey;
    tokens.push({ ...last, start: first.start, end: last.end, kind: TokenKind.Word, stop: false });
    keys.push(joined);
    i = j;
  }
  return { tokens, keys };
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
}

// Per vocabulary, the ids of each token text seen, with the match key for the lemma it last came with.
// Token texts repeat heavily (most of a text is a few hundred common words), and folding, spelling and
// key rules were most of the document stage's own cost when run for every token. Ids are interned in
// the same order as without the cache (key, then surface), so the vocabulary comes out the same.
const idCache = new WeakMap<Vocabulary, Map<string, TokenIds>>();

function cachedIds(vocab: Vocabulary, surfaceText: string): TokenIds {
  let cache = idCache.get(vocab);
  if (cache === undefined) {
    cache = new Map();
    idCache.set(vocab, cache);
  }
  let ids = cache.get(surfaceText);
  if (ids === undefined) {
    ids = { surface: -1, lemma: '', key: -1 };
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
  const { raws, sentiments } = rawTokens(text);
  const { tokens: toks, keys } = joinCompounds(text, raws);
  const n = toks.length;
  const table = {
    count: n,
    start: new Int32Array(n),
    end: new Int32Array(n),
    key: new Int32Array(n),
    surface: new Int32Array(n),
    pos: new Uint8Array(n),
    kind: new Uint8Array(n),
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
    const first = toks[sentenceStart];
    const last = toks[endToken - 1];
    sentences.push({
      start: first?.start ?? 0,
      end: last?.end ?? 0,
      tokenStart: sentenceStart,
      tokenEnd: endToken,
      paragraph: paragraphs.length,
      boilerplate: allBoiler,
      sentiment: sentiments[first?.winkSentence ?? 0] ?? 0,
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
      start: toks[paragraphStart]?.start ?? 0,
      end: toks[endToken - 1]?.end ?? 0,
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
  let curWink = toks[0]?.winkSentence ?? 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Raw;
    const surfaceText = text.slice(t.start, t.end);
    const boiler = inBoilerplate(t.start, t.end);
    let flags = 0;
    if (boiler) flags |= TokenFlag.Boilerplate;
    if (t.stop) flags |= TokenFlag.Stop;
    if (STARTS_UPPER.test(surfaceText)) flags |= TokenFlag.Capitalized;
    if (i > 0) {
      const prev = toks[i - 1] as Raw;
      const br = lineBreak(text, prev.end, t.start);
      if (br === 2 || boiler !== prevBoiler) {
        closeParagraph(i);
        curWink = t.winkSentence;
      } else if (forced.has(t.start)) {
        closeSentence(i);
        curWink = t.winkSentence;
      } else if (t.winkSentence !== curWink) {
        // wink-nlp sometimes starts a sentence at a closing quote mark after the full stop; that mark
        // stays with the sentence it closes. An opening mark (space before, word right after) starts one.
        const next = toks[i + 1];
        const opening = t.start > prev.end && next !== undefined && next.start === t.end;
        if (!PUNCT_ONLY.test(surfaceText) || opening) {
          closeSentence(i);
          curWink = t.winkSentence;
        }
      }
    }
    prevBoiler = boiler;
    table.start[i] = t.start;
    table.end[i] = t.end;
    const ids = cachedIds(vocab, surfaceText);
    const compound = keys[i];
    table.key[i] = compound === undefined ? keyId(ids, vocab, surfaceText, t.lemma) : vocab.intern(compound);
    table.surface[i] = surfaceId(ids, vocab, surfaceText);
    table.pos[i] = t.pos;
    table.kind[i] = t.kind;
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
  return { docs, vocab };
}
