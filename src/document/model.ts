import type { ArticleInput } from '../types.js';
import type { BoilerplateSpan } from './types.js';

/** Token kinds, stored as small integers in {@link TokenTable.kind}. @internal */
export const TokenKind = { Word: 0, Number: 1, Punct: 2, Symbol: 3, Emoji: 4, Other: 5 } as const;
/** Bit flags stored in {@link TokenTable.flags}. @internal */
export const TokenFlag = {
  /** Inside a boilerplate span: later stages skip it. */
  Boilerplate: 1,
  /** A stop word (wink-nlp's list). */
  Stop: 2,
  /** Begins with an upper-case letter. */
  Capitalized: 4,
  /** First token of a sentence. */
  SentenceStart: 8,
  /** First token of a paragraph. */
  ParagraphStart: 16,
} as const;

/** Universal POS tags as wink-nlp reports them; {@link TokenTable.pos} holds indices into this list. @internal */
export const POS_TAGS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
] as const;
/** One universal POS tag. @internal */
export type PosTag = (typeof POS_TAGS)[number];
/** POS tag → index in {@link POS_TAGS}. @internal */
export const POS_INDEX: ReadonlyMap<string, number> = new Map(POS_TAGS.map((t, i) => [t, i]));

/**
 * Interns strings as dense integer ids, shared by all documents of a corpus so that hot paths compare
 * integers, not strings.
 * @internal
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];

  /** The id of `s`, adding it if new. */
  intern(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(s, id);
      this.strings.push(s);
    }
    return id;
  }

  /** The id of `s`, or -1 if it was never interned. */
  lookup(s: string): number {
    return this.ids.get(s) ?? -1;
  }

  /** The string of an id. */
  str(id: number): string {
    return this.strings[id] ?? '';
  }

  /** How many strings are interned. */
  get size(): number {
    return this.strings.length;
  }
}

/**
 * All non-white-space tokens of one document, as parallel typed arrays (struct of arrays): token `i`
 * spans `text.slice(start[i], end[i])`. Hyphenated compounds ("half-way", "Jong-un") are one token.
 * @internal
 */
export interface TokenTable {
  /** Number of tokens. */
  readonly count: number;
  /** UTF-16 start offset of each token in the original text. */
  readonly start: Int32Array;
  /** UTF-16 end offset of each token. */
  readonly end: Int32Array;
  /** Vocabulary id of the match key (folded, lemmatized, American spelling): see `matchKey`. */
  readonly key: Int32Array;
  /** Vocabulary id of the folded lower-case surface form (American spelling, not lemmatized). */
  readonly surface: Int32Array;
  /** Index into {@link POS_TAGS}. */
  readonly pos: Uint8Array;
  /** A {@link TokenKind}. */
  readonly kind: Uint8Array;
  /** {@link TokenFlag} bits. */
  readonly flags: Uint8Array;
  /** Index of the sentence the token belongs to. */
  readonly sentence: Int32Array;
}

/** A sentence (or a headline, dateline or other line standing alone). @internal */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** First token index. */
  readonly tokenStart: number;
  /** One past the last token index. */
  readonly tokenEnd: number;
  /** Index of its paragraph. */
  readonly paragraph: number;
  /** Every token of it lies in boilerplate. */
  readonly boilerplate: boolean;
  /** wink-nlp's sentiment of the wink sentence it belongs to, in [-1, 1]. */
  readonly sentiment: number;
}

/** A paragraph: text between hard line breaks. @internal */
export interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly boilerplate: boolean;
}

/** One input read by the document stage; `text` is the original, unchanged. @internal */
export interface DocModel extends ArticleInput {
  /** Position among the inputs. */
  readonly index: number;
  readonly tokens: TokenTable;
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly boilerplate: readonly BoilerplateSpan[];
  /**
   * Lower-cased token texts (curly apostrophes folded), filled on first use by `lower()`: the actor and
   * quote passes compare the same tokens with word lists many times over. A memo of a pure function of
   * this document's text, so it travels with the document instead of living in module state.
   */
  readonly lowerTexts: (string | undefined)[];
}

/** All documents of one `analyze` call, sharing a vocabulary. @internal */
export interface Corpus {
  readonly docs: readonly DocModel[];
  readonly vocab: Vocabulary;
}

/** The original text of token `i`. @internal */
export function tokenText(doc: DocModel, i: number): string {
  return doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
}

/** Whether token `i` carries flag `flag`. @internal */
export function hasFlag(doc: DocModel, i: number, flag: number): boolean {
  return ((doc.tokens.flags[i] ?? 0) & flag) !== 0;
}

/**
 * Binary search: the first index in `[0, n)` where `before` is false, `before` being true on a prefix of the
 * indices and false on the rest; `n` when it is true on all of them.
 * @example
 * ```ts
 * lowerBound(5, (i) => [1, 3, 5, 7, 9][i]! < 6); //=> 3
 * ```
 * @internal
 */
export function lowerBound(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the range, among sorted disjoint `ranges`, that contains `offset` (start inclusive, end
 * exclusive), or -1.
 * @internal
 */
export function rangeAt(ranges: readonly { readonly start: number; readonly end: number }[], offset: number): number {
  const i = lowerBound(ranges.length, (k) => (ranges[k] as { end: number }).end <= offset);
  const r = ranges[i];
  return r !== undefined && r.start <= offset ? i : -1;
}

/** Index of the first token of `doc` starting at or after `offset` (binary search). @internal */
export function tokenAt(doc: DocModel, offset: number): number {
  const start = doc.tokens.start;
  return lowerBound(doc.tokens.count, (k) => (start[k] ?? 0) < offset);
}
