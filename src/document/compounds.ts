import { TokenKind } from './model.js';
import { matchKey } from './normalize.js';
import { cachedIds, type TokenIdCache } from './token-ids.js';
import { HAS_LETTER_OR_DIGIT, type RawTokens } from './wink.js';

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/**
 * Joins hyphenated compounds written without spaces ("half-way", "Jong-un", "stage-by-stage") into one
 * token, so that "half-way" and "halfway" can share a match key. Works in place (a compound takes the
 * place of its first part); returns the match key of each joined compound by its new index.
 * @internal
 */
export function joinCompounds(text: string, raws: RawTokens, cache: TokenIdCache): Map<number, string> {
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
