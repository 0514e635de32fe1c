import { findBoilerplate } from './boilerplate.js';
import { joinCompounds } from './compounds.js';
import { TokenFlag, Vocabulary, type Corpus, type DocModel, type Paragraph, type Sentence, type TokenTable } from './model.js';
import { cachedIds, keyId, surfaceId, type TokenIdCache } from './token-ids.js';
import { forgetCorpusIds, rawTokens } from './wink.js';
import type { ArticleInput } from '../types.js';

const STARTS_LOWER = /^\p{Ll}/u;
const PUNCT_ONLY = /^[\p{P}\p{S}]+$/u;
/** A dateline opening a line: "TERVIK, March 4 (Nordwire) - " or "MOSCOW (Reuters) —". */
const DATELINE =
  /^[ \t]*\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+\d{1,2})?(?:,[ \t]*\d{4})?)?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[-\u2013\u2014]+[ \t]+(?=\S)/gmu;

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

/**
 * Reads one input into the document model: tokens with exact offsets and match keys, sentences (split
 * also at line breaks wink-nlp reads through: headlines, datelines, "SEE ALSO:" lines), paragraphs, and
 * boilerplate, whose tokens are flagged so that later stages skip them.
 *
 * @param input - the article
 * @param index - its place in the corpus
 * @param vocab - the corpus's vocabulary, which the document's words are interned in
 * @param cache - the corpus's token-id cache (see {@link TokenIdCache}); a fresh one gives the same ids
 * @returns the document model
 * @internal
 */
export function readDocument(input: ArticleInput, index: number, vocab: Vocabulary, cache: TokenIdCache = new Map()): DocModel {
  const text = input.text;
  const boilerplate = findBoilerplate(text);
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

  const lowerTexts = new Array<string | undefined>(n).fill(undefined);
  const doc: DocModel = { index, id: input.id, text, tokens: table, sentences, paragraphs, boilerplate, lowerTexts };
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
  const reader = corpusReader();
  try {
    return { docs: inputs.map(reader.read), vocab: reader.vocab };
  } finally {
    reader.close();
  }
}

/**
 * Reads documents one at a time into one corpus (one vocabulary), for a caller that reads in batches; `close`
 * frees the per-corpus token cache and must be called when reading ends, also when it ends early.
 * @internal
 */
export function corpusReader(): { vocab: Vocabulary; read: (input: ArticleInput, index: number) => DocModel; close: () => void } {
  const vocab = new Vocabulary();
  const ids: TokenIdCache = new Map();
  return { vocab, read: (input, index) => readDocument(input, index, vocab, ids), close: forgetCorpusIds };
}
