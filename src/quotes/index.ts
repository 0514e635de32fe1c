import { lowerBound, type Corpus, type DocModel } from '../document/model.js';
import type { TextSpan } from '../document/types.js';
import type { ActorIndex, PersonMention } from '../actors/index.js';
import { insideMask, quoteContext, quoteRange, type Attribution, type QuoteContext } from './attribute.js';
import { attributeQuote, noSpeakerFeatures, type Candidate } from './candidates.js';
import { shippedSpeakerModel, type SpeakerFeatures, type SpeakerModel } from './rank.js';
import { MAX_CONTEXT_TOKENS, quoteRunStarts } from './context.js';
import { findQuoteMarks, type MarkedQuote, type Range } from './marks.js';
import { creditedSources } from './sources.js';
import { isBoiler, isTerminatorToken } from '../document/tokens.js';
import type { CreditedSource, Quote } from './types.js';
import { drain, type Steps } from '../util/steps.js';

export { creditedSources } from './sources.js';

function paragraphRanges(doc: DocModel): Range[] {
  return doc.paragraphs.map((p) => ({ start: p.start, end: p.end }));
}

function inBoilerplate(doc: DocModel, at: number): boolean {
  return doc.boilerplate.some((b) => b.start <= at && at < b.end);
}

/**
 * Tokens of the last sentence of paragraph `p`, quotes left out (for "Lavrov continued," paragraphs): at
 * most {@link MAX_CONTEXT_TOKENS} of them, as for the words before a quote.
 */
function lastSentence(doc: DocModel, p: number, inQuote: Uint8Array): number[] {
  const para = doc.paragraphs[p];
  if (para === undefined || para.boilerplate) return [];
  const out: number[] = [];
  for (let i = para.tokenEnd - 1; i >= para.tokenStart && out.length < MAX_CONTEXT_TOKENS; i--) {
    if (inQuote[i] === 1) return []; // the paragraph ends in a quote
    if (i < para.tokenEnd - 1 && isTerminatorToken(doc, i)) break;
    if (isBoiler(doc, i)) break;
    out.push(i);
  }
  return out.reverse(); // collected right to left
}

/** Whether a quote is woven into the writer's sentence rather than standing as what someone said. */
function isPartial(doc: DocModel, q: MarkedQuote): boolean {
  const first = q.pieces[0];
  if (first === undefined) return false;
  const open = first.open?.start ?? first.start;
  let i = open - 1;
  while (i >= 0 && /\s/u.test(doc.text[i] ?? '')) i--;
  const before = doc.text[i] ?? '';
  if (/[\p{L}\p{N}]/u.test(before) && !doc.text.slice(i + 1, open).includes('\n')) return true;
  return /^\p{Ll}/u.test(doc.text.slice(first.start, first.start + 1));
}

const TITLE_WORD = /[\p{L}][\p{L}'\u2019-]*/gu;

/**
 * Whether a short quote reads as a title ("Morning Joe", "A Change Is Gonna Come"): two words or more,
 * every word of four letters or more capitalized. Titles are kept but nothing attributes them.
 */
function isTitle(doc: DocModel, q: MarkedQuote): boolean {
  if (q.pieces.length !== 1) return false;
  const p = q.pieces[0];
  if (p === undefined) return false;
  // The words, read no further than the eleventh: a longer quote is no title.
  const text = doc.text.slice(p.start, p.end);
  // Counted as they come: the first long word not capitalized already rules the quote out (most quotes
  // are sentences, so this stops after a word or two), which is what testing them all at the end gives.
  let words = 0;
  let long = 0;
  TITLE_WORD.lastIndex = 0;
  for (let m = TITLE_WORD.exec(text); m !== null; m = TITLE_WORD.exec(text)) {
    if (++words > 10) return false;
    const w = m[0];
    if (w.length >= 4) {
      const c = w.charCodeAt(0);
      if (c < 128 ? c < 65 || c > 90 : !/^\p{Lu}/u.test(w)) return false;
      long++;
    }
  }
  if (words < 2 || long < 2) return false;
  // Set in the writer's sentence ("on “Morning Joe”") or standing as a line of its own; a quote that
  // opens a sentence ("“Come to Russia,” he said") is speech.
  const para = doc.paragraphs[p.paragraph];
  const wholeLine = para !== undefined && (p.open?.start ?? p.start) <= para.start && (p.close?.end ?? p.end) >= para.end - 1;
  return isPartial(doc, q) || wholeLine;
}

/** Cues that give something a name: a title-like quote after them is the speaker's words. */
const NAMING_CUES = new Set(['call', 'dub', 'label', 'brand', 'describe', 'characterize', 'nickname']);
const TRANSCRIPT = /^(\p{Lu}[\p{Lu}.'\u2019-]+(?: \p{Lu}[\p{Lu}.'\u2019-]+){0,3}):\s/u;

/**
 * A transcript line quoted whole ("PENCE: Well, …"): the capitalized name before the colon speaks.
 * Its canonical name is the person's whose name has that word, if the corpus has one.
 */
function transcriptSpeaker(doc: DocModel, q: MarkedQuote, personByWord: ReadonlyMap<string, string>): Attribution | undefined {
  const first = q.pieces[0];
  if (first === undefined || !mayOpenTranscript(doc.text, first.start)) return undefined;
  const m = TRANSCRIPT.exec(doc.text.slice(first.start, first.end));
  if (m === null || m[1] === undefined || m[1].length < 3) return undefined;
  const written = m[1];
  const mention = { start: first.start, end: first.start + written.length, text: written };
  const name = personByWord.get(written.toLowerCase());
  if (name !== undefined) return { speaker: { name, mention, kind: 'name' }, pattern: 'colon' };
  const titled = written.toLowerCase().replace(/(^|[\s'-])\p{Ll}/gu, (c) => c.toUpperCase());
  return { speaker: { name: titled, mention, kind: 'name' }, pattern: 'colon' };
}

/** Whether TRANSCRIPT may match text starting at `at`: it opens with a capital (an ASCII one is A-Z). */
function mayOpenTranscript(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 128 || (c >= 65 && c <= 90);
}

/** Each lower-case word of a person's name → the first person (in index order) whose name has it. */
function personsByWord(index: ActorIndex): Map<string, string> {
  const words = new Map<string, string>();
  for (const p of index.persons.values()) {
    for (const w of p.name.toLowerCase().split(/\s+/u)) if (!words.has(w)) words.set(w, p.name);
  }
  return words;
}

/** `text.slice(from, to).trim() === ''`, read in place: trim removes exactly what `\s` matches, all of it in the BMP. */
function onlySpace(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c !== 32 && (c < 9 || c > 13) : !/\s/u.test(String.fromCharCode(c))) return false;
  }
  return true;
}

/** Per document, where its '[' stand (found once: searching on from each quote scanned to the text's end when there was none). */
const bracketsOf = new WeakMap<DocModel, Int32Array>();

function brackets(doc: DocModel): Int32Array {
  let at = bracketsOf.get(doc);
  if (at === undefined) {
    const found: number[] = [];
    for (let i = doc.text.indexOf('['); i !== -1; i = doc.text.indexOf('[', i + 1)) found.push(i);
    bracketsOf.set(doc, (at = Int32Array.from(found)));
  }
  return at;
}

function insertionsIn(doc: DocModel, start: number, end: number): TextSpan[] {
  const out: TextSpan[] = [];
  // Most quotes have no '[' at all: then nothing can match.
  const at = brackets(doc);
  const first = at[lowerBound(at.length, (k) => (at[k] ?? 0) < start)];
  if (first === undefined || first >= end) return out;
  for (const m of doc.text.slice(start, end).matchAll(/\[[^\]\n]{1,120}\]/gu)) {
    const s = start + (m.index ?? 0);
    out.push({ start: s, end: s + m[0].length, text: m[0] });
  }
  return out;
}

/** The quote marks of one document: the quotes as marked, and the stretch each covers. @internal */
export interface DocQuotes {
  /** Quotes as marked (transcripts split where a paragraph starts "NAME:", none in boilerplate), in text order. */
  readonly marked: readonly MarkedQuote[];
  /** Per quote, from its first opening mark to its last closing one. */
  readonly ranges: readonly Range[];
}

/** A transcript quoted paragraph by paragraph changes speaker where a paragraph starts "NAME:". */
function splitTranscript(doc: DocModel, q: MarkedQuote): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let cur: MarkedQuote['pieces'][number][] = [];
  for (const p of q.pieces) {
    if (cur.length > 0 && mayOpenTranscript(doc.text, p.start) && TRANSCRIPT.test(doc.text.slice(p.start, p.end))) {
      out.push({ pieces: cur });
      cur = [];
    }
    cur.push(p);
  }
  if (cur.length > 0) out.push({ pieces: cur });
  return out;
}

export function markedQuotes(doc: DocModel): DocQuotes {
  const marked = findQuoteMarks(doc.text, paragraphRanges(doc))
    .flatMap((q) => splitTranscript(doc, q))
    .filter((q) => {
      const first = q.pieces[0];
      return first !== undefined && !inBoilerplate(doc, first.open?.start ?? first.start);
    });
  return { marked, ranges: marked.map(quoteRange) };
}

/**
 * The quote marks of every document, found first because the actors stage needs the quoted stretches
 * (a name inside a quote is no antecedent for a pronoun outside it). No speakers yet.
 *
 * @param corpus - the documents, as the document stage read them
 * @returns per document, in input order, its marked quotes and their ranges
 * @example
 * ```ts
 * const corpus = readCorpus([{ id: 'a', text: '“Come to Russia,” Lavrov said.' }]);
 * findQuotes(corpus)[0].ranges;
 * //=> [{ start: 0, end: 17 }]
 * ```
 * @internal
 */
export function findQuotes(corpus: Corpus): DocQuotes[] {
  return corpus.docs.map(markedQuotes);
}

/**
 * The sources every document credits (see {@link creditedSources}).
 *
 * @param corpus - the documents
 * @returns per document, in input order, the credits in text order
 * @example
 * ```ts
 * const corpus = readCorpus([{ id: 'a', text: 'Kim met Lavrov, Tass reported.' }]);
 * findCredits(corpus)[0].map((c) => c.name);
 * //=> ['Tass']
 * ```
 * @internal
 */
export function findCredits(corpus: Corpus): CreditedSource[][] {
  return corpus.docs.map(creditedSources);
}

/** What one document's quotes are read against: the corpus's persons and the document's credits and mentions. */
interface DocInputs {
  readonly index: ActorIndex;
  readonly personByWord: ReadonlyMap<string, string>;
  readonly mentions: readonly PersonMention[];
  readonly credits: readonly CreditedSource[];
  readonly ranker: SpeakerRanker;
}

/**
 * The model that picks each quote's speaker among the candidates, and a hook that sees every choice
 * (the fitting script records the candidates with it).
 * @internal
 */
export interface SpeakerRanker {
  readonly model: SpeakerModel;
  readonly onChoice?: (doc: DocModel, pieces: readonly Range[], candidates: readonly Candidate[], none: SpeakerFeatures) => void;
}

/** The attribution of the quote before, kept for quotes that continue it. */
interface Previous {
  readonly attribution: Attribution | undefined;
  readonly lastParagraph: number;
  readonly endsParagraph: boolean;
}

/** The credit inside a quote's clause and outside every quote, or the source its attribution names. */
function creditOf(
  attribution: Attribution | undefined,
  clause: Range,
  credits: readonly CreditedSource[],
  ranges: readonly Range[],
): { name: string; mention: TextSpan | undefined } | undefined {
  if (attribution?.sourceName !== undefined) return { name: attribution.sourceName, mention: attribution.sourceMention };
  const c = credits.find(
    (x) => x.start >= clause.start && x.end <= clause.end && !ranges.some((r) => r.start <= x.start && x.start < r.end),
  );
  return c === undefined ? undefined : { name: c.name, mention: { start: c.start, end: c.end, text: c.text } };
}

/** One quote per piece of a marked quote, ids numbered on from `n`, fields in the order the report lists them; `partial` is {@link isPartial} of it. */
function quotePieces(
  doc: DocModel,
  q: MarkedQuote,
  attribution: Attribution | undefined,
  credit: { name: string; mention: TextSpan | undefined } | undefined,
  n: number,
  partial: boolean,
): Quote[] {
  const out: Quote[] = [];
  let prevId: string | undefined;
  for (const piece of q.pieces) {
    const id = `q${n + out.length + 1}`;
    // Fields are set one by one, in the order the report lists them (no spread of temporary objects).
    const quote: { -readonly [K in keyof Quote]?: Quote[K] } = {
      id,
      docId: doc.id,
      start: piece.start,
      end: piece.end,
      text: doc.text.slice(piece.start, piece.end),
      speaker: attribution?.speaker ?? null,
    };
    if (attribution?.cue !== undefined) {
      quote.cue = attribution.cue.text;
      quote.cueLemma = attribution.cueLemma ?? attribution.cue.text.toLowerCase();
      quote.cueMention = attribution.cue;
    }
    if (attribution !== undefined) quote.attribution = attribution.pattern;
    if (credit !== undefined) quote.creditedSource = credit.name;
    if (credit?.mention !== undefined) quote.creditedSourceMention = credit.mention;
    quote.isSpeech = attribution !== undefined;
    quote.partial = partial;
    quote.insertions = insertionsIn(doc, piece.start, piece.end);
    if (piece.open !== undefined)
      quote.openMark = { start: piece.open.start, end: piece.open.end, text: doc.text.slice(piece.open.start, piece.open.end) };
    if (piece.close !== undefined)
      quote.closeMark = { start: piece.close.start, end: piece.close.end, text: doc.text.slice(piece.close.start, piece.close.end) };
    if (prevId !== undefined) quote.continues = prevId;
    out.push(quote as Quote);
    prevId = id;
  }
  return out;
}

/** Whether a quote continues the previous quote's speaker: right after it in the same paragraph, or a paragraph all quote after one ending in it. */
function continuesPrevious(doc: DocModel, q: MarkedQuote, ctx: QuoteContext, prev: Previous | undefined): boolean {
  const firstPiece = q.pieces[0];
  if (firstPiece === undefined || prev?.attribution === undefined || ctx.before.length !== 0) return false;
  const samePara = prev.lastParagraph === firstPiece.paragraph;
  const para = doc.paragraphs[firstPiece.paragraph];
  const wholePara =
    para !== undefined &&
    prev.lastParagraph === firstPiece.paragraph - 1 &&
    prev.endsParagraph &&
    (firstPiece.open?.start ?? firstPiece.start) <= para.start &&
    ctx.after.length === 0;
  return samePara || wholePara;
}

/** The quotes of one document with their speakers, cues and credits, ids numbered on from `n`. */
function docQuotes(doc: DocModel, { marked, ranges }: DocQuotes, inputs: DocInputs, n: number): Quote[] {
  const paras = paragraphRanges(doc);
  const quotes: Quote[] = [];
  let prev: Previous | undefined;
  // The last sentence of a paragraph, kept for the next quote that starts in the paragraph after it.
  let lastOf = -1;
  let lastTokens: number[] = [];
  // Which tokens lie inside a quote: made once for the document, read by every quote's context.
  const inQuote = insideMask(doc, ranges);
  const runStarts = quoteRunStarts(inQuote);
  for (const q of marked) {
    const ctx = quoteContext(doc, q, inQuote, paras, runStarts);
    const firstPiece = q.pieces[0];
    const lastPiece = q.pieces[q.pieces.length - 1];
    if (firstPiece === undefined || lastPiece === undefined) continue;
    if (firstPiece.paragraph > 0 && lastOf !== firstPiece.paragraph - 1) {
      lastOf = firstPiece.paragraph - 1;
      lastTokens = lastSentence(doc, lastOf, inQuote);
    }
    const prevPara = firstPiece.paragraph > 0 ? lastTokens : undefined;
    const title = isTitle(doc, q);
    const partial = isPartial(doc, q);
    let attribution = transcriptSpeaker(doc, q, inputs.personByWord);
    if (attribution === undefined) {
      // Every reading proposes a speaker; the fitted ranker picks one or nobody.
      const previous = prev === undefined ? undefined : { ...prev, continued: continuesPrevious(doc, q, ctx, prev) };
      const none = noSpeakerFeatures(doc, q, title, partial);
      const fragment = none['none:partial'] === 1 || none['none:short'] === 1;
      const inputsOfQuote = { prevParagraph: prevPara, inQuote, mentions: inputs.mentions, index: inputs.index, previous, fragment };
      const chosen = attributeQuote(doc, q, ctx, inputsOfQuote, none, inputs.ranker.model);
      inputs.ranker.onChoice?.(doc, q.pieces, chosen.candidates, none);
      attribution = chosen.attribution;
    }
    // A title ("Morning Joe") is nobody's words, unless someone is said to call someone that.
    if (attribution !== undefined && title && !NAMING_CUES.has(attribution.cueLemma ?? '')) attribution = undefined;
    const credit = creditOf(attribution, ctx.clause, inputs.credits, ranges);
    quotes.push(...quotePieces(doc, q, attribution, credit, n + quotes.length, partial));
    const para = doc.paragraphs[lastPiece.paragraph];
    const endsParagraph = para === undefined || onlySpace(doc.text, quoteRange(q).end, para.end);
    prev = { attribution, lastParagraph: lastPiece.paragraph, endsParagraph };
  }
  return quotes;
}

/**
 * Finds the speakers, cue verbs and credited sources of every document's quotes. Quotes in
 * boilerplate are skipped; a quote running over several paragraphs gives one quote per paragraph,
 * linked by `continues`.
 *
 * @param corpus - the documents, as the document stage read them
 * @param marks - per document, its quote marks (see {@link findQuotes})
 * @param actors - the persons and their mentions, from the actors stage
 * @param credits - per document, the sources it credits (see {@link findCredits})
 * @param ranker - the speaker model (the shipped one by default) and a hook that sees each choice
 * @returns quotes in document then text order, with ids `q1`, `q2`, …
 * @example
 * ```ts
 * const corpus = readCorpus([{ id: 'a', text: '“Come to Russia,” Lavrov said.' }]);
 * const marks = findQuotes(corpus);
 * const actors = resolveActors(corpus, marks.map((m) => m.ranges));
 * extractQuotes(corpus, marks, actors.index, findCredits(corpus)).map((q) => [q.text, q.speaker?.name, q.cue]);
 * //=> [['Come to Russia,', 'Lavrov', 'said']]
 * ```
 * @internal
 */
export function extractQuotes(
  corpus: Corpus,
  marks: readonly DocQuotes[],
  actors: ActorIndex,
  credits: readonly (readonly CreditedSource[])[],
  ranker: SpeakerRanker = { model: shippedSpeakerModel() },
): Quote[] {
  return drain(quoteSteps(corpus, marks, actors, credits, ranker));
}

/**
 * {@link extractQuotes} as {@link Steps}: the same work, pausing between documents, so that `analyze` can hand
 * the event loop back.
 * @internal
 */
export function* quoteSteps(
  corpus: Corpus,
  marks: readonly DocQuotes[],
  actors: ActorIndex,
  credits: readonly (readonly CreditedSource[])[],
  ranker: SpeakerRanker = { model: shippedSpeakerModel() },
): Steps<Quote[]> {
  const personByWord = personsByWord(actors);
  const quotes: Quote[] = [];
  for (const [d, doc] of corpus.docs.entries()) {
    const inputs = { index: actors, personByWord, mentions: actors.mentions[d] ?? [], credits: credits[d] ?? [], ranker };
    quotes.push(...docQuotes(doc, marks[d] ?? { marked: [], ranges: [] }, inputs, quotes.length));
    yield;
  }
  return quotes;
}
