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

  it.each([
    ['a misspelled stage field', { align: { minPasageWords: 12 } }, 'options.align', 'minPasageWords', 'minPassageWords'],
    ['a misspelled stage', { algin: { minPassageWords: 12 } }, 'options', 'algin', 'align'],
    ['a field in the wrong case', { framing: { EditorialThreshold: 0.5 } }, 'options.framing', 'EditorialThreshold', 'editorialThreshold'],
    ['a misspelled quote-cluster field', { quoteClusters: { minLinkScor: 0.4 } }, 'options.quoteClusters', 'minLinkScor', 'minLinkScore'],
    [
      'a misspelled lexicon entry field',
      { framing: { lexicon: [{ term: 'regime', category: 'state-label', direction: 'negative', strenght: 0.5 }] } },
      'options.framing.lexicon[0]',
      'strenght',
      'strength',
    ],
  ])('throws INVALID_OPTION for %s, with the option meant', (_what, options, path, key, meant) => {
    expect(() => resolveOptions(options)).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTION',
        message: expect.stringContaining(`${path} has no option "${key}"; did you mean "${meant}"? (expected one of `),
      }),
    );
  });

  it('names the options there are when no key is close', () => {
    expect(() => resolveOptions({ align: { colour: 'red' } })).toThrow(
      'narrative-diff: options.align has no option "colour" (expected one of minPassageWords, minSimilarity, paraphrases, maxSeedDocumentFrequency)',
    );
  });

  it('rejects an unknown key even when its value is undefined', () => {
    expect(() => resolveOptions({ quoteClusters: { indirekt: undefined } })).toThrow(/did you mean "indirect"/);
  });

  it('rejects an unknown key through analyze', async () => {
    const { analyze } = await import('../src/analyze.js');
    await expect(analyze([{ id: 'a', text: 'x' }], { align: { minPasageWords: 3 } } as never)).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      message: expect.stringMatching(/did you mean "minPassageWords"/),
    });
  });
});
