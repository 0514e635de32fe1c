import { FORMULA_FUNCTION_WORDS, REPORTING_FORMULAS } from '../lexicon/formulas.js';

/**
 * Content words a passage may have beside its reporting formulas and still be one ("A spokesman for the port |
 * did not … comment | on Tuesday": spokesman, port, Tuesday).
 */
export const MAX_WORDS_BESIDE_FORMULA = 3;

const COUNT = '(?:a|an|one|two|three|four|five|six|several|multiple|some|[0-9]+)';

/** The formulas as one pattern over normalized text, longest first so that a longer phrase wins. */
const FORMULA_PATTERN = new RegExp(
  `\\b(?:${[...REPORTING_FORMULAS]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((p) => normalize(p).replace(/\bn\b/g, COUNT))
    .join('|')})\\b`,
  'g',
);

/** Lower case, apostrophes dropped, everything but letters and digits a single space. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether `text` is a reporting formula: it contains one of the shipped phrases and at most
 * {@link MAX_WORDS_BESIDE_FORMULA} content words beside them.
 * @param text - a passage as written
 * @returns whether it is a formula and little else
 * @example
 * ```ts
 * isReportingFormula('A spokesman did not immediately respond to a request for comment on Friday.'); //=> true
 * isReportingFormula('The council voted on Monday to close the old northern pier for repairs.'); //=> false
 * ```
 * @internal
 */
export function isReportingFormula(text: string): boolean {
  const norm = normalize(text);
  FORMULA_PATTERN.lastIndex = 0;
  if (!FORMULA_PATTERN.test(norm)) return false;
  const rest = norm.replace(FORMULA_PATTERN, ' ');
  return rest.split(' ').filter((w) => w !== '' && !FORMULA_FUNCTION_WORDS.has(w)).length <= MAX_WORDS_BESIDE_FORMULA;
}
