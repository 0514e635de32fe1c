import { describe, expect, it } from 'vitest';
import type { PassagePair } from '../../src/align/extend.js';
import { growToParagraphs, joinSentenceRuns } from '../../src/align/paraphrase.js';
import { scoreContext } from '../../src/align/score.js';
import type { Corpus } from '../../src/document/model.js';
import { readCorpus } from '../../src/document/read.js';

// Two documents of six sentences each: three in the first paragraph, three in the second.
const SIX = [
  'Crews closed the north pier at dawn. Divers checked every piling by noon. The ferry kept to its winter timetable.',
  'Shops near the quay opened late. A bakery sold out of bread early. The harbour master thanked the crews.',
].join('\n\n');

/** The pair of sentence `a` of document `docA` and sentence `b` of document `docB` (0 and 1 by default). */
function sentencePair(corpus: Corpus, a: number, b: number, docA = 0, docB = 1, paraphrase = true): PassagePair {
  const [sa, sb] = [corpus.docs[docA]!.sentences[a]!, corpus.docs[docB]!.sentences[b]!];
  return {
    a: docA,
    b: docB,
    fromA: sa.tokenStart,
    toA: sa.tokenEnd,
    fromB: sb.tokenStart,
    toB: sb.tokenEnd,
    matched: 0,
    coverage: 0,
    paraphrase,
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

describe('a paraphrased run grown to its paragraphs', () => {
  const A =
    'Tourism rose this summer.\n\nThe council met on Monday in the old town hall. Engineers found deep cracks in eleven of the wooden pilings during an inspection in March. The north pier will close.\n\nWeather follows.';
  const B =
    'On Monday the council met in the old town hall. During an inspection in March, engineers discovered deep cracks in eleven wooden pilings. The north pier is to close.\n\nSport follows.';
  // c restates a's first sentence of the paragraph in other words: a pair the growth must not swallow.
  const C = 'In the old town hall, councillors gathered on Monday to talk.\n\nOther news.';
  const corpus = readCorpus([
    { id: 'a', text: A },
    { id: 'b', text: B },
    { id: 'c', text: C },
  ]);
  const ctx = scoreContext(corpus.vocab);
  const [a, b] = [corpus.docs[0]!, corpus.docs[1]!];
  const run = sentencePair(corpus, 2, 1);
  const text = (p: PassagePair): [string, string] => [
    a.text.slice(a.tokens.start[p.fromA], a.tokens.end[p.toA - 1]),
    b.text.slice(b.tokens.start[p.fromB], b.tokens.end[p.toB - 1]),
  ];

  it('covers both paragraphs when they hold together', () => {
    const grown = growToParagraphs(corpus, [run], [], ctx, 0.5);
    expect(grown.map(text)).toEqual([[A.split('\n\n')[1], B.split('\n\n')[0]]]);
  });
  it('stays the run when the paragraph holds a pair with a third document that the grown paragraph would not match', () => {
    const withC = sentencePair(corpus, 1, 0, 0, 2, false);
    expect(growToParagraphs(corpus, [run], [withC], ctx, 0.5).map(text)).toEqual([text(run)]);
  });
});
