import { describe, expect, it } from 'vitest';
import { CLUSTER_HEDGES, CLUSTER_INTENSIFIERS, modifiersFor, type ModifierKind, type ModifierUse } from '../../src/lexicon/index.js';

const words = (kind: ModifierKind, use: ModifierUse) => modifiersFor(kind, use).map((m) => m.word);

describe('hedges-intensifiers.json', () => {
  it('lists no word twice, and no word as both hedge and intensifier', () => {
    const hedges = [...words('hedge', 'framing'), ...CLUSTER_HEDGES.filter((w) => !words('hedge', 'framing').includes(w))];
    const intensifiers = [
      ...words('intensifier', 'framing'),
      ...CLUSTER_INTENSIFIERS.filter((w) => !words('intensifier', 'framing').includes(w)),
    ];
    expect(new Set(hedges).size).toBe(hedges.length);
    expect(new Set(intensifiers).size).toBe(intensifiers.length);
    expect(hedges.filter((w) => intensifiers.includes(w))).toEqual([]);
  });

  it.each([
    ['hedge', 'framing', 70],
    ['intensifier', 'framing', 117],
    ['hedge', 'quote-clusters', 29],
    ['intensifier', 'quote-clusters', 39],
  ] as const)('has %s rows flagged %s: at least the %i its old list had at the merge (issue 13)', (kind, use, n) => {
    expect(modifiersFor(kind, use).length).toBeGreaterThanOrEqual(n);
  });

  // Who reads a word: the framing lexicon, quote clusters, or both.
  it.each<[string, ModifierKind, readonly ModifierUse[]]>([
    ['allegedly', 'hedge', ['framing', 'quote-clusters']],
    ['so-called', 'hedge', ['framing']],
    ['slightly', 'hedge', ['quote-clusters']],
    ['strongly', 'intensifier', ['framing', 'quote-clusters']],
    ['very', 'intensifier', ['quote-clusters']],
    ['by far', 'intensifier', ['framing']],
  ])('%s is a %s read by %j', (word, kind, uses) => {
    expect(
      modifiersFor(kind, 'framing')
        .concat(modifiersFor(kind, 'quote-clusters'))
        .find((m) => m.word === word)?.uses,
    ).toEqual(uses);
  });

  it('gives every framing row a direction and strength', () => {
    for (const kind of ['hedge', 'intensifier'] as const) {
      for (const m of modifiersFor(kind, 'framing')) expect(m.framing, m.word).toBeDefined();
    }
  });
});
