import { matchKey } from '../document/normalize.js';
import { QUOTE_STOCK_PHRASES } from '../lexicon/formulas.js';
import type { QuoteView } from './views.js';

/** The stock phrases as match keys, word by word. */
const PHRASES: readonly (readonly string[])[] = QUOTE_STOCK_PHRASES.map((p) => p.split(' ').map((w) => matchKey(w)));

/** What two quotes share beyond the stock phrases both hold. @internal */
export interface BeyondStock {
  /** Their shared rare words that are not words of those phrases. */
  readonly rare: readonly string[];
  /** Content words (not stop words) of the shorter quote outside those phrases. */
  readonly content: number;
}

/**
 * What two quotes share beyond a stock phrase both hold ("witch hunt", "bad deal"): their shared rare words
 * outside it, and how many content words the shorter has outside it. A near-synonym pair (`a~b`) is a stock
 * word when both of its words are.
 * @param x - one quote
 * @param y - the other
 * @param rare - their shared rare words (match keys, or `a~b` pairs)
 * @param str - a key's string
 * @returns the rare words and the count of content words beyond the stock phrases both hold
 * @example
 * ```ts
 * beyondStockPhrases(itIsAWitchHunt, witchHuntOnTheBoard, ['board', 'hunt', 'witch'], str); //=> { rare: ['board'], content: 0 }
 * ```
 * @internal
 */
export function beyondStockPhrases(x: QuoteView, y: QuoteView, rare: readonly string[], str: (key: number) => string): BeyondStock {
  const keysX = new Set(x.keys.map(str));
  const keysY = new Set(y.keys.map(str));
  const stock = new Set<string>();
  for (const words of PHRASES) if (words.every((w) => keysX.has(w) && keysY.has(w))) for (const w of words) stock.add(w);
  const short = x.contentCount <= y.contentCount ? x : y;
  if (stock.size === 0) return { rare, content: short.contentCount };
  const content = short.keys.filter((k, i) => short.stop[i] !== true && !stock.has(str(k))).length;
  return { rare: rare.filter((r) => !r.split('~').every((w) => stock.has(w))), content };
}
