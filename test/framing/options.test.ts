import { describe, expect, it } from 'vitest';
import { NarrativeDiffError } from '../../src/errors.js';
import { resolveFramingOptions } from '../../src/framing/options.js';

describe('resolveFramingOptions: defaults and checks', () => {
  it('fills in every default', () => {
    expect(resolveFramingOptions(undefined)).toEqual({
      lexicon: [],
      replaceLexicon: false,
      editorialThreshold: 0.5,
      sentimentWordThreshold: 2,
      maxPairDocuments: 20,
    });
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', 3, /options\.framing must be an object, found number/],
    ['an array', [], /options\.framing must be an object/],
    ['a threshold above 1', { editorialThreshold: 1.5 }, /framing\.editorialThreshold/],
    ['a fractional document limit', { maxPairDocuments: 2.5 }, /framing\.maxPairDocuments/],
    [
      'a lexicon entry of an unknown category',
      { lexicon: [{ term: 'x', category: 'odd', direction: 'neutral', strength: 0 }] },
      /category must be one of/,
    ],
  ])('rejects %s', (_, options, message) => {
    expect(() => resolveFramingOptions(options)).toThrow(NarrativeDiffError);
    expect(() => resolveFramingOptions(options)).toThrow(message);
  });
});
