import { describe, expect, it } from 'vitest';
import { ALIGN_DEFAULTS } from '../src/align/options.js';
import { NarrativeDiffError } from '../src/errors.js';
import { resolveOptions } from '../src/options.js';

describe('resolveOptions', () => {
  it('fills every default when nothing is given', () => {
    expect(resolveOptions(undefined).align).toEqual(ALIGN_DEFAULTS);
  });

  it.each([
    ['a stage field', { align: { minPassageWords: 12 } }, 12],
    ['an empty stage object', { align: {} }, ALIGN_DEFAULTS.minPassageWords],
  ])('keeps %s', (_what, options, expected) => {
    expect(resolveOptions(options).align.minPassageWords).toBe(expected);
  });

  it.each([
    ['options that are not an object', 'fast', /options must be an object, found string/],
    ['a stage that is not an object', { framing: 3 }, /options\.framing must be an object, found number/],
    ['a bad field', { align: { minSimilarity: 2 } }, /options\.align\.minSimilarity must be a number from 0 to 1, found 2/],
    ['align before framing', { framing: { editorialThreshold: -1 }, align: { minSimilarity: 2 } }, /options\.align\.minSimilarity/],
  ])('throws INVALID_OPTION for %s', (_what, options, message) => {
    expect(() => resolveOptions(options)).toThrow(NarrativeDiffError);
    expect(() => resolveOptions(options)).toThrow(message);
  });
});
