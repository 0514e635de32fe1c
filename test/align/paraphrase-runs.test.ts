import { describe, expect, it } from 'vitest';
import type { PassagePair } from '../../src/align/extend.js';
import { joinSentenceRuns } from '../../src/align/paraphrase.js';
import type { Corpus } from '../../src/document/model.js';
import { readCorpus } from '../../src/document/read.js';

// Two documents of six sentences each: three in the first paragraph, three in the second.
const SIX = [
  'Crews closed the north pier at dawn. Divers checked every piling by noon. The ferry kept to its winter timetable.',
  'Shops near the quay opened late. A bakery sold out of bread early. The harbour master thanked the crews.',
].join('\n\n');

function sentencePair(corpus: Corpus, a: number, b: number): PassagePair {
  const [da, db] = [corpus.docs[0]!, corpus.docs[1]!];
  const [sa, sb] = [da.sentences[a]!, db.sentences[b]!];
  return {
    a: 0,
    b: 1,
    fromA: sa.tokenStart,
    toA: sa.tokenEnd,
    fromB: sb.tokenStart,
    toB: sb.tokenEnd,
    matched: 0,
    coverage: 0,
    paraphrase: true,
  };
}

/** The runs as sentence ranges "a0-a1~b0-b1" (inclusive sentence numbers). */
function runsOf(corpus: Corpus, pairs: readonly PassagePair[]): string[] {
  const sentence = (d: number, t: number): number => corpus.docs[d]!.tokens.sentence[t] ?? -1;
  return joinSentenceRuns(corpus, pairs).map(
    (p) => `${sentence(0, p.fromA)}-${sentence(0, p.toA - 1)}~${sentence(1, p.fromB)}-${sentence(1, p.toB - 1)}`,
  );
}

describe('paraphrased sentences that follow one another', () => {
  const corpus = readCorpus([
    { id: 'a', text: SIX },
    { id: 'b', text: SIX },
  ]);
  it.each([
    ['one pair stays one pair', [[0, 0]], ['0-0~0-0']],
    [
      'consecutive on both sides: one passage',
      [
        [0, 0],
        [1, 1],
        [2, 2],
      ],
      ['0-2~0-2'],
    ],
    [
      'one unpaired sentence between, on both sides: taken in',
      [
        [0, 0],
        [2, 2],
      ],
      ['0-2~0-2'],
    ],
    [
      'two unpaired sentences between: two passages',
      [
        [3, 3],
        [0, 0],
      ],
      ['0-0~0-0', '3-3~3-3'],
    ],
    [
      'next in one document, not in the other: two passages',
      [
        [0, 0],
        [1, 2],
      ],
      ['0-0~0-0', '1-1~2-2'],
    ],
    [
      'in order in one document, reversed in the other: two passages',
      [
        [0, 1],
        [1, 0],
      ],
      ['0-0~1-1', '1-1~0-0'],
    ],
    [
      'across a paragraph break: two passages',
      [
        [2, 2],
        [3, 3],
      ],
      ['2-2~2-2', '3-3~3-3'],
    ],
  ] as const)('%s', (_, pairs, want) => {
    expect(
      runsOf(
        corpus,
        pairs.map(([a, b]) => sentencePair(corpus, a, b)),
      ),
    ).toEqual(want);
  });
});
