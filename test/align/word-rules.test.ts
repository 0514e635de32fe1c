// Table-driven tests of the small rules the pair features are built from: each row is one case a
// newcomer can read as "this input gives that answer, because …".
import { describe, expect, it } from 'vitest';
import { POS_INDEX, Vocabulary } from '../../src/document/model.js';
import { checkFeatureNames, Feature, FEATURE_NAMES } from '../../src/align/feature-names.js';
import { isNegated, negationTable } from '../../src/align/negation.js';
import { Scratch } from '../../src/align/scratch.js';
import { stemTable } from '../../src/align/stems.js';
import { synonymMatched, synonymTable } from '../../src/align/synonyms.js';
import { POS_GROUPS, unmatchedByGroup, unmatchedContent, unmatchedRuns } from '../../src/align/unmatched.js';
import type { WordView } from '../../src/align/view.js';
import { dice, intersect, mismatch, sortedOverlap } from '../../src/align/word-sets.js';
import { bleu, fragmentation } from '../../src/align/word-order.js';

/**
 * A word view of space-separated words, each its own key and surface form, interned in `vocab`; a
 * word written `the/s` is a stop word, `Kim/PROPN` carries that POS tag.
 */
function view(vocab: Vocabulary, text: string): WordView {
  const words = text.split(' ').filter((w) => w !== '');
  const keys = Int32Array.from(words, (w) => vocab.intern(w.split('/')[0]!));
  const stop = Uint8Array.from(words, (w) => (w.endsWith('/s') ? 1 : 0));
  const pos = Uint8Array.from(words, (w) => POS_INDEX.get(w.split('/')[1] ?? '') ?? 0);
  return { keys, surface: keys, stop, cls: new Uint8Array(words.length), pos, chars: words.join(''), count: words.length };
}

describe('stems: the first five characters', () => {
  it.each([
    // a, b, same stem?, why
    ['amrozi', "amrozi's", true, 'a possessive the lemmatizer leaves on'],
    ['decision', 'decisive', true, 'a derivation'],
    ['government', 'governor', true, 'a false friend, why stems are one feature and never a match key'],
    ['decision', 'decided', false, 'the stems differ from the fifth character on'],
    ['talks', 'talk', false, 'a word shorter than five characters is its own stem'],
  ] as const)('%s / %s: %s (%s)', (...[a, b, same]) => {
    const vocab = new Vocabulary();
    const ia = vocab.intern(a);
    const ib = vocab.intern(b);
    const stems = stemTable(vocab);
    expect(stems[ia] === stems[ib]).toBe(same);
  });
});

describe('negation: some word is a negation', () => {
  it.each([
    ['the talks did not fail', true],
    ["they did n't agree", true],
    ['no deal was reached', true],
    ['he left without a word', true],
    ['the talks went well', false],
    ['nothing changed', true],
    ['notably the talks went well', false], // a word that starts like a negation is none
  ] as const)('"%s": %s', (text, negated) => {
    const vocab = new Vocabulary();
    const v = view(vocab, text);
    expect(isNegated(v, negationTable(vocab))).toBe(negated);
  });
});

describe('unmatched words', () => {
  it.each([
    // a, b, non-stop words of a that b lacks
    ['the/s mayor opened the/s bridge', 'the/s mayor opened a/s road', 1], // "bridge"; stop words do not count
    ['mayor opened bridge', 'bridge opened mayor', 0], // order does not matter
    ['mayor mayor bridge', 'bridge', 2], // each occurrence counts
  ] as const)('content words of "%s" missing from "%s": %i', (a, b, n) => {
    const vocab = new Vocabulary();
    expect(unmatchedContent(view(vocab, a), view(vocab, b), new Scratch(64))).toBe(n);
  });

  it.each([
    // a, b, longest run of words of a that b lacks, runs of two or more
    ['mayor opened bridge', 'mayor opened bridge', 0, 0],
    ['young mayor opened old bridge', 'mayor opened bridge', 1, 0], // scattered additions
    ['mayor opened bridge which cost forty million', 'mayor opened bridge', 4, 1], // an added clause
    ['on monday mayor opened bridge to cheering crowds', 'mayor opened bridge', 3, 2],
  ] as const)('runs of "%s" against "%s": longest %i, runs %i', (a, b, longest, runs) => {
    const vocab = new Vocabulary();
    const c = new Int32Array(64);
    expect(unmatchedRuns(view(vocab, a), view(vocab, b), c)).toEqual({ longest, runs });
    expect(c.every((x) => x === 0)).toBe(true);
  });

  it.each([
    // a, b, unmatched words of a per group of POS_GROUPS (noun, proper noun, verb, modifier, numeral)
    ['council/NOUN approved/VERB plan/NOUN', 'council/NOUN approved/VERB plan/NOUN', [0, 0, 0, 0, 0]],
    ['Jansen/PROPN approved/VERB 12/NUM new/ADJ parks/NOUN', 'approved/VERB', [1, 1, 0, 1, 1]],
    ['quickly/ADV approved/VERB', 'rejected/VERB', [0, 0, 1, 1, 0]], // adverbs count with adjectives
  ] as const)('by class: "%s" against "%s"', (a, b, counts) => {
    const vocab = new Vocabulary();
    const out = new Float64Array(POS_GROUPS.length);
    unmatchedByGroup(view(vocab, a), view(vocab, b), new Int32Array(64), out);
    expect([...out]).toEqual(counts);
  });
});

describe('near-synonyms: words matched only through the quote-cluster table', () => {
  it.each([
    ['talks will start', 'talks will begin', 1], // start / begin share a group
    ['talks will start', 'talks will collapse', 0], // no shared group
    ['talks will start', 'talks will start', 0], // the same word is a plain match, not a synonym match
  ] as const)('"%s" / "%s": %i', (a, b, n) => {
    const vocab = new Vocabulary();
    const va = view(vocab, a);
    const vb = view(vocab, b);
    expect(synonymMatched(va, vb, synonymTable(vocab), new Scratch(64))).toBe(n);
  });
});

describe('bags of words', () => {
  it.each([
    // a, b, distinct members only one side has
    [[1, 2, 3], [1, 2, 3], 0],
    [[1, 2], [1, 3], 2],
    [[1, 1, 2], [2], 1], // repeats count once
    [[], [5], 1],
  ])('mismatch(%j, %j) = %i', (a, b, n) => {
    expect(mismatch(Int32Array.from(a), Int32Array.from(b))).toBe(n);
  });

  it.each([
    [[1, 2, 2, 5], [2, 2, 3, 5], 3], // repeats count as often as both sides have them
    [[1, 2], [3, 4], 0],
    [[], [1], 0],
  ])('sortedOverlap(%j, %j) = %i', (a, b, n) => {
    expect(sortedOverlap(Int32Array.from(a), Int32Array.from(b))).toBe(n);
  });

  it.each([
    [2, 4, 4, 0.5],
    [0, 0, 0, 0], // both empty: 0, not NaN
    [3, 3, 3, 1],
  ])('dice(%i, %i, %i) = %d', (overlap, la, lb, d) => {
    expect(dice(overlap, la, lb)).toBe(d);
  });

  it.each([
    // a, b, idf per key 0…3, stop marks of a and b (1: left out), weight and count of the intersection
    [[0, 1, 2], [2, 1, 3], [1, 2, 4, 8], undefined, undefined, 6, 2],
    [[0, 0, 1], [0, 0, 0], [1, 2, 4, 8], undefined, undefined, 2, 2], // a multiset intersection
    [[0, 1, 2], [2, 1, 3], [1, 2, 4, 8], [0, 1, 0], [0, 0, 0], 4, 1], // key 1 is a stop word in a
  ])('intersect(%j, %j)', (a, b, idf, maskA, maskB, weight, count) => {
    const r = intersect(
      Int32Array.from(a),
      Int32Array.from(b),
      Float64Array.from(idf),
      new Scratch(16),
      maskA && Uint8Array.from(maskA),
      maskB && Uint8Array.from(maskB),
    );
    expect(r).toEqual({ weight, count });
  });
});

describe('word order measures', () => {
  it.each([
    // a, b, chunks per matched word (METEOR's fragmentation)
    [[1, 2, 3, 4], [1, 2, 3, 4], 1 / 4], // one chunk
    [[1, 2, 3, 4], [3, 4, 1, 2], 2 / 4], // two chunks
    [[1, 2, 3], [3, 2, 1], 3 / 3], // every word its own chunk
    [[1, 2], [5, 6], 1], // nothing matches
  ])('fragmentation(%j, %j) = %d', (a, b, frag) => {
    expect(fragmentation(Int32Array.from(a), Int32Array.from(b), new Scratch(16))).toBeCloseTo(frag, 12);
  });

  it.each([
    // all n-grams matched, candidate as long as the reference: 1
    [[4, 3, 2, 1], [4, 3, 2, 1], 4, 1],
    // nothing matched: add-one smoothing keeps it above 0
    [[0, 0, 0, 0], [4, 3, 2, 1], 4, Math.exp((Math.log(1 / 5) + Math.log(1 / 4) + Math.log(1 / 3) + Math.log(1 / 2)) / 4)],
    // a candidate shorter than the reference pays the brevity penalty
    [[2, 1, 0, 0], [2, 1, 0, 0], 4, Math.exp(1 - 4 / 2)],
  ])('bleu(matches %j, counts %j, reference %i) = %d', ([m1, m2, m3, m4], [t1, t2, t3, t4], lr, score) => {
    expect(bleu(m1!, m2!, m3!, m4!, t1!, t2!, t3!, t4!, lr)).toBeCloseTo(score, 12);
  });
});

describe('feature names', () => {
  it('name every position of the feature vector once, in order', () => {
    FEATURE_NAMES.forEach((name, i) => expect(Feature[name]).toBe(i));
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_NAMES.length);
  });

  it.each([
    ['the same list', [...FEATURE_NAMES], undefined],
    ['two features swapped', [FEATURE_NAMES[1], FEATURE_NAMES[0], ...FEATURE_NAMES.slice(2)], /feature 0 as "idfMin"/],
    ['a feature missing', FEATURE_NAMES.slice(0, -1), /feature 46 as undefined/],
    ['a feature more', [...FEATURE_NAMES, 'extra'], /feature 47 as "extra"/],
  ] as const)('a fitted model listing %s', (_name, names, error) => {
    const check = (): void => checkFeatureNames(names as readonly string[], 'the model');
    if (error === undefined) expect(check).not.toThrow();
    else expect(check).toThrow(error);
  });
});
