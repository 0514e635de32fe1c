import { describe, expect, it } from 'vitest';
import { ALIGN_DEFAULTS } from '../src/align/options.js';
import { NarrativeDiffError } from '../src/errors.js';
import { analyze } from '../src/analyze.js';
import { LIMIT_DEFAULTS } from '../src/limits.js';
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

  it.each([['worker'], ['wrokers'], ['Workers']])('names "workers" of narrative-diff/node for %s', (key) => {
    expect(() => resolveOptions({ [key]: 2 })).toThrow(
      `options has no option "${key}"; did you mean "workers" (narrative-diff/node's analyze only)?`,
    );
  });

  it('rejects an unknown key even when its value is undefined', () => {
    expect(() => resolveOptions({ quoteClusters: { indirekt: undefined } })).toThrow(/did you mean "indirect"/);
  });

  it('rejects an unknown key through analyze', async () => {
    await expect(analyze([{ id: 'a', text: 'x' }], { align: { minPasageWords: 3 } } as never)).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      message: expect.stringMatching(/did you mean "minPassageWords"/),
    });
  });
});

describe('limits', () => {
  const texts = (...lengths: number[]): { id: string; text: string }[] => lengths.map((n, i) => ({ id: `d${i}`, text: 'a'.repeat(n) }));

  it('fills the documented defaults', () => {
    expect(resolveOptions(undefined).limits).toEqual(LIMIT_DEFAULTS);
  });

  it.each([
    [
      'documents',
      { maxDocuments: 2 },
      texts(1, 1, 1),
      /inputs holds 3, more than limits\.maxDocuments \(2\); .*options\.limits\.maxDocuments/,
    ],
    [
      "one document's characters",
      { maxDocumentChars: 1000 },
      texts(10, 1001),
      /inputs\[1\]\.text \(id "d1"\) has 1,001, more than limits\.maxDocumentChars \(1,000\); split the document, or raise the limit with options\.limits\.maxDocumentChars/,
    ],
    [
      'the characters of all documents',
      { maxTotalChars: 15 },
      texts(10, 10),
      /the texts hold 20, more than limits\.maxTotalChars \(15\); .*options\.limits\.maxTotalChars \(CLI: --options FILE/,
    ],
  ])('analyze refuses too many %s up front with INPUT_TOO_LARGE', async (_what, limits, inputs, message) => {
    await expect(analyze(inputs, { limits })).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE', message: expect.stringMatching(message) });
  });

  it('takes inputs exactly at the limits', async () => {
    const report = await analyze(texts(5, 5), { limits: { maxDocuments: 2, maxDocumentChars: 5, maxTotalChars: 10 } });
    expect(report.documents).toHaveLength(2);
  });

  it('checks before any work: a corpus far beyond the default limit fails at once', async () => {
    // 20,001 empty documents: the limit answers before the document stage reads any of them.
    const many = Array.from({ length: LIMIT_DEFAULTS.maxDocuments + 1 }, (_, i) => ({ id: `d${i}`, text: '' }));
    await expect(analyze(many)).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' });
  });

  it.each([
    [{ maxDocuments: 0 }, /options\.limits\.maxDocuments must be an integer from 1 to/],
    [{ maxTotalChars: 1.5 }, /options\.limits\.maxTotalChars must be an integer/],
    [{ maxDocumentChar: 5 }, /options\.limits has no option "maxDocumentChar"; did you mean "maxDocumentChars"\?/],
  ])('rejects bad limits %j with INVALID_OPTION', (limits, message) => {
    expect(() => resolveOptions({ limits })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', message: expect.stringMatching(message) }),
    );
  });
});
