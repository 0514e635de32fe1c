import { foldCharacters } from '../document/normalize.js';
import { POS_INDEX, TokenFlag, TokenKind, type DocModel } from '../document/model.js';

/** A run of tokens `[from, to)` of one document. @internal */
export interface TokenSpan {
  readonly doc: DocModel;
  readonly from: number;
  readonly to: number;
}

/** The words of a span as the scorer sees them: parallel typed arrays. @internal */
export interface WordView {
  /** Match keys (lemma, folded). */
  readonly keys: Int32Array;
  /** Folded surface forms (not lemmatized). */
  readonly surface: Int32Array;
  /** 1 for stop words. */
  readonly stop: Uint8Array;
  /** {@link WordClass} of each word. */
  readonly cls: Uint8Array;
  /** Universal POS tag index (see `POS_TAGS`). */
  readonly pos: Uint8Array;
  /** Folded text without white space, for character bigrams. */
  readonly chars: string;
  readonly count: number;
}

/** What kind of word a word of a {@link WordView} is (`WordView.cls`). @internal */
export const WordClass = { Other: 0, Number: 1, Proper: 2 } as const;

const PROPN = POS_INDEX.get('PROPN') ?? 11;

/**
 * The token flags {@link wordView} reads (through {@link isWord}, the stop mark and the proper-noun
 * test), and the only ones it sees: spans whose tokens agree in these, in kind, key, surface form and
 * POS tag, and in text have equal views, which is what the alignment stage's content classes rely on.
 * @internal
 */
export const VIEW_FLAGS = TokenFlag.Boilerplate | TokenFlag.Stop | TokenFlag.Capitalized | TokenFlag.SentenceStart;
const WS = /\s+/g;

/**
 * The word and number tokens of a span that are not boilerplate, with their keys. Punctuation is left
 * out: outlets punctuate the same words differently.
 *
 * @param span - the tokens
 * @returns the span's words (folded characters computed on first use)
 * @internal
 */
export function wordView(span: TokenSpan): WordView {
  const t = span.doc.tokens;
  let n = 0;
  for (let i = span.from; i < span.to; i++) if (isWord(t.kind[i] ?? 0, t.flags[i] ?? 0)) n++;
  const keys = new Int32Array(n);
  const surface = new Int32Array(n);
  const stop = new Uint8Array(n);
  const cls = new Uint8Array(n);
  const pos = new Uint8Array(n);
  let j = 0;
  for (let i = span.from; i < span.to; i++) {
    const kind = t.kind[i] ?? 0;
    const flags = (t.flags[i] ?? 0) & VIEW_FLAGS;
    if (!isWord(kind, flags)) continue;
    keys[j] = t.key[i] ?? -1;
    surface[j] = t.surface[i] ?? -1;
    stop[j] = (flags & TokenFlag.Stop) !== 0 ? 1 : 0;
    const proper = t.pos[i] === PROPN || ((flags & TokenFlag.Capitalized) !== 0 && (flags & TokenFlag.SentenceStart) === 0);
    cls[j] = kind === TokenKind.Number ? WordClass.Number : proper ? WordClass.Proper : WordClass.Other;
    pos[j] = t.pos[i] ?? 0;
    j++;
  }
  const from = t.start[span.from] ?? 0;
  const to = span.to > span.from ? (t.end[span.to - 1] ?? from) : from;
  return new SpanWords(keys, surface, stop, cls, pos, n, span.doc.text, from, to);
}

/**
 * A {@link WordView} of a span of text whose folded characters are computed on first use: most spans
 * the alignment stage prepares are only ever found to carry the same words as another, and then the
 * raw text often settles whether the characters are the same too (see {@link sameChars}).
 */
class SpanWords implements WordView {
  private _chars?: string;
  constructor(
    readonly keys: Int32Array,
    readonly surface: Int32Array,
    readonly stop: Uint8Array,
    readonly cls: Uint8Array,
    readonly pos: Uint8Array,
    readonly count: number,
    /** The document text and the span's character range in it. */
    readonly text: string,
    readonly from: number,
    readonly to: number,
  ) {}
  get chars(): string {
    return (this._chars ??= foldCharacters(this.text.slice(this.from, this.to)).toLowerCase().replace(WS, ''));
  }
}

/**
 * Whether two word views have the same folded characters. The characters are a function of the raw
 * text, so equal raw text answers without folding either side.
 *
 * @param a - one passage's words
 * @param b - another's
 * @returns true when the folded characters are equal
 * @internal
 */
export function sameChars(a: WordView, b: WordView): boolean {
  if (
    a instanceof SpanWords &&
    b instanceof SpanWords &&
    a.to - a.from === b.to - b.from &&
    a.text.slice(a.from, a.to) === b.text.slice(b.from, b.to)
  )
    return true;
  return a.chars === b.chars;
}

/**
 * Whether a token counts as a word for matching: a word or number outside boilerplate.
 *
 * @param kind - the token's `TokenKind`
 * @param flags - the token's `TokenFlag`s
 * @returns true for a word or number outside boilerplate
 * @internal
 */
export function isWord(kind: number, flags: number): boolean {
  return (kind === TokenKind.Word || kind === TokenKind.Number) && (flags & TokenFlag.Boilerplate) === 0;
}
