import type { DocModel } from '../document/model.js';
import { tt } from '../document/tokens.js';

/**
 * Memo of {@link namePartKey}, a pure fold of words that recur across a corpus (every "Lavrov" of every
 * article): folding each part once per process saves about a tenth of the actors stage. Capped in size.
 */
const PART_KEY_MEMO = new Map<string, string>();

/**
 * Folds one name part for {@link nameKey}: no accents, case or punctuation, a final -ey/-iy/-y read
 * as -ei/-i; '' for a part of one letter (initials drop out).
 *
 * @param part - one word of a name, hyphenated parts already split
 * @returns the folded part
 * @example
 * ```ts
 * [namePartKey('Sergey'), namePartKey('Sergei'), namePartKey('J.')];
 * //=> ['sergei', 'sergei', '']
 * ```
 * @internal
 */
export function namePartKey(part: string): string {
  let key = PART_KEY_MEMO.get(part);
  if (key === undefined) {
    if (PART_KEY_MEMO.size >= 100_000) PART_KEY_MEMO.clear();
    key = foldPart(part);
    PART_KEY_MEMO.set(part, key);
  }
  return key;
}

/** {@link namePartKey} itself. */
function foldPart(part: string): string {
  const bare = part
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  if (bare.length <= 1) return '';
  return bare
    .replace(/ey$/u, 'ei')
    .replace(/iy$/u, 'i')
    .replace(/([^aeiou])y$/u, '$1i');
}

/**
 * Folds a written name to a key: "Kim Jong-un" and "Kim Jong Un" agree, so do "Sergey" and "Sergei"
 * (a final -ey/-iy/-y read as -i, the usual spread of Russian transliterations); initials drop out.
 *
 * @param parts - the words of the name, hyphenated parts split
 * @returns the key, lower case, without separators
 * @example
 * ```ts
 * [nameKey(['Sergey', 'Lavrov']), nameKey(['Sergei', 'Lavrov']), nameKey(['Kim', 'Jong', 'un'])];
 * //=> ['sergeilavrov', 'sergeilavrov', 'kimjongun']
 * ```
 * @internal
 */
export function nameKey(parts: readonly string[]): string {
  return parts.map(namePartKey).join('');
}

/**
 * The words of the name written in tokens `from` to `to`, hyphenated words split into their parts.
 *
 * @param doc - the document
 * @param from - first token
 * @param to - one past the last token
 * @returns the parts, in order
 * @internal
 */
export function nameParts(doc: DocModel, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) out.push(...tt(doc, i).split(/[-\u2010\u2011]/u));
  return out;
}

/**
 * A written form as a person's form is kept: runs of white space as one space.
 *
 * @param s - the text as written
 * @returns the text with white space collapsed
 * @internal
 */
export function collapseSpaces(s: string): string {
  return s.replace(/\s+/gu, ' ');
}
