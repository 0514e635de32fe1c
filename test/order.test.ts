// Order independence: the same documents in any order give the same report up to document order
// (compared in the canonical form of test/helpers/canonical.ts), on generated corpora.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { canonicalReport, compareCanonical } from './helpers/canonical.js';
import { corpus } from './helpers/generators.js';

/** A corpus and a permutation of its documents. */
const shuffled = corpus(5).chain((docs) =>
  fc.tuple(
    fc.constant(docs),
    fc.shuffledSubarray(
      docs.map((_, i) => i),
      { minLength: docs.length, maxLength: docs.length },
    ),
  ),
);

describe('order independence (property)', () => {
  it('reversed and shuffled inputs give the same canonical report', async () => {
    await fc.assert(
      fc.asyncProperty(shuffled, async ([docs, order]) => {
        const given = canonicalReport(await analyze(docs));
        expect(compareCanonical(given, canonicalReport(await analyze([...docs].reverse())))).toEqual([]);
        expect(compareCanonical(given, canonicalReport(await analyze(order.map((i) => docs[i]!))))).toEqual([]);
      }),
      { seed: 14, numRuns: 60 },
    );
  }, 120_000);

  it('with identical copies under other ids, reversed inputs give the same canonical report', async () => {
    const withCopies = corpus(3).chain((docs) =>
      fc
        .array(fc.nat(docs.length - 1), { minLength: 1, maxLength: 3 })
        .map((copies) => [...docs, ...copies.map((k, j) => ({ id: `copy${j}-of-${docs[k]!.id}`, text: docs[k]!.text }))]),
    );
    await fc.assert(
      fc.asyncProperty(withCopies, async (docs) => {
        const given = canonicalReport(await analyze(docs));
        expect(compareCanonical(given, canonicalReport(await analyze([...docs].reverse())))).toEqual([]);
      }),
      { seed: 15, numRuns: 40 },
    );
  }, 120_000);
});
