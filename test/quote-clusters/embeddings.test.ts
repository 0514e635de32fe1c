import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/document/read.js';
import { NarrativeDiffError } from '../../src/errors.js';
import { openingQuote } from './fixture.js';
import { clusterQuotes, resolveQuoteClusterOptions } from '../../src/quote-clusters/index.js';
import { convertWordVectors, loadWordSimilarity } from '../../src/node.js';
import {
  encodeWordVectors,
  wordSimilarityFromBytes,
  wordSimilarityFromVectors,
  type WinkWordVectors,
} from '../../src/quote-clusters/embeddings.js';

// Made-up 3-dimensional vectors with a norm entry at the end, as wink-nlp's vectors carry one.
const VECTORS: WinkWordVectors = {
  dimensions: 3,
  l2NormIndex: 3,
  vectors: {
    blockade: [0.9, 0.1, 0, 0.906],
    embargo: [0.8, 0.2, 0.05, 0.826],
    harvest: [0, 0.1, 0.95, 0.955],
    rain: [-0.9, -0.1, 0, 0.906],
    élan: [0.1, 0.9, 0.1, 0.911],
  },
};
const dir = mkdtempSync(join(tmpdir(), 'nd-vectors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'v.bin');

describe('word-vector providers', () => {
  const memory = wordSimilarityFromVectors(VECTORS);
  it('converts every word and loads the file back', () => {
    expect(convertWordVectors(VECTORS, file)).toBe(5);
  });
  const loaded = (() => {
    convertWordVectors(VECTORS, file);
    return loadWordSimilarity(file);
  })();

  it.each([
    ['blockade', 'embargo'],
    ['blockade', 'harvest'],
    ['blockade', 'rain'],
    ['élan', 'harvest'],
    ['Blockade', 'EMBARGO'],
    ['blockade', 'unknown'],
  ])('the file and the vectors in memory agree on %s ~ %s (8-bit rounding aside)', (a, b) => {
    expect(loaded(a, b)).toBeCloseTo(memory(a, b), 1);
  });

  it('encodes to the bytes the file holds, and reads them without a file system (as in a browser)', () => {
    convertWordVectors(VECTORS, file);
    const { bytes, words } = encodeWordVectors(VECTORS);
    expect(words).toBe(5);
    expect(Buffer.from(bytes).equals(readFileSync(file))).toBe(true);
    const fromBytes = wordSimilarityFromBytes(bytes);
    expect(fromBytes('blockade', 'embargo')).toBe(loaded('blockade', 'embargo'));
    expect(() => wordSimilarityFromBytes(new Uint8Array(8), undefined, 'vectors.bin')).toThrow(
      /^narrative-diff: vectors\.bin must be word vectors/,
    );
  });

  it.each([
    ['blockade', 'embargo', (x: number) => x > 0.95],
    ['blockade', 'rain', (x: number) => x === 0],
    ['blockade', 'unknown', (x: number) => x === 0],
    ['harvest', 'harvest', (x: number) => x > 0.99],
  ])('%s ~ %s is as expected', (a, b, ok) => {
    expect(ok(loaded(a, b))).toBe(true);
  });

  it('gives common words no similarity: the first skipMostFrequent of `words` are left out', () => {
    const ranked: WinkWordVectors = { ...VECTORS, words: ['harvest', 'blockade', 'embargo', 'rain', 'élan'] };
    const f = join(dir, 'ranked.bin');
    convertWordVectors(ranked, f);
    for (const sim of [wordSimilarityFromVectors(ranked, { skipMostFrequent: 2 }), loadWordSimilarity(f, { skipMostFrequent: 2 })]) {
      expect(sim('blockade', 'embargo')).toBe(0);
      expect(sim('embargo', 'élan')).toBeGreaterThan(0);
    }
    expect(loadWordSimilarity(f, { skipMostFrequent: 0 })('blockade', 'embargo')).toBeGreaterThan(0.95);
    expect(() => loadWordSimilarity(f, { skipMostFrequent: -1 })).toThrow(/skipMostFrequent must be a non-negative integer, found -1/);
  });

  it('is symmetric and in [0, 1] (property)', () => {
    const word = fc.constantFrom(...Object.keys(VECTORS.vectors), 'unknown');
    fc.assert(
      fc.property(word, word, (a, b) => {
        for (const f of [memory, loaded]) {
          expect(f(a, b)).toBe(f(b, a));
          expect(f(a, b)).toBeGreaterThanOrEqual(0);
          expect(f(a, b)).toBeLessThanOrEqual(1);
        }
      }),
      { seed: 42 },
    );
  });

  it.each([
    ['not an object', () => wordSimilarityFromVectors(3 as unknown as WinkWordVectors), /word vectors must be an object/],
    ['no dimensions', () => convertWordVectors({ vectors: {} } as unknown as WinkWordVectors, file), /dimensions must be an integer/],
    [
      'a file of another kind',
      () => {
        const other = join(dir, 'other.bin');
        writeFileSync(other, 'not vectors at all, just text');
        return loadWordSimilarity(other);
      },
      /other\.bin must be word vectors written by convertWordVectors or encodeWordVectors, found something else/,
    ],
  ])('rejects %s', (_name, f, message) => {
    expect(f).toThrow(NarrativeDiffError);
    expect(f).toThrow(message);
  });

  it('turns a substitution the table does not know into a near-synonym one', () => {
    const docs = [
      { id: 'a', text: '"The embargo on grain exports must end before the winter," Minister Tomas Berg said.' },
      { id: 'b', text: '"The blockade on grain exports must end before the winter," Berg said.' },
    ];
    const q = (docId: string, id: string) => openingQuote(docs, docId, id, 'Tomas Berg');
    const run = (wordSimilarity?: typeof loaded) =>
      clusterQuotes(
        readCorpus(docs),
        [q('a', 'q1'), q('b', 'q2')],
        [],
        resolveQuoteClusterOptions(wordSimilarity ? { wordSimilarity } : {}),
      );
    const sub = (cs: ReturnType<typeof run>) => cs[0]?.substitutions.find((x) => x.from === 'embargo' && x.to === 'blockade');
    expect(sub(run())?.relation).toBe('different');
    expect(sub(run(loaded))?.relation).toBe('near-synonym');
  });
});
