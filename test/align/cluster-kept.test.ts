import { describe, expect, it } from 'vitest';
import { clusterPassages } from '../../src/align/cluster.js';
import type { PassagePair } from '../../src/align/extend.js';
import { pairWorkHere } from '../../src/align/pair-work.js';
import { scoreContext } from '../../src/align/score.js';
import { docWords } from '../../src/align/words.js';
import { readCorpus } from '../../src/document/read.js';
import { drain } from '../../src/util/steps.js';

describe('a passage pair whose span clustering merges into a longer copy', () => {
  // Articles a and b carry one long paragraph word for word; c restates its second sentence only. The pair (a's
  // sentence, c's sentence) has its a side inside the copy a shares with b, so clustering merges it into that
  // paragraph, and the paragraph does not match c's one sentence: the pair is kept on its own spans.
  const paragraph = [
    'The council voted on Tuesday to close the old north pier for a full year of repairs.',
    'Engineers had found deep cracks in eleven of the wooden pilings during an inspection in March, and the harbour board said the ferries would dock at the southern terminal until the work was finished.',
    'Fishing crews who moor at the pier were offered places in the marina at no extra cost.',
    'The last major work on the pier, in 1987, replaced its deck and railings but left the pilings as they were.',
    'A public meeting on the plans will be held in the library hall on the first Monday of next month.',
    'The mayor said the town could not afford to wait another winter before starting.',
  ].join(' ');
  const restated =
    'Engineers, during an inspection in March, found deep cracks in eleven wooden pilings; the ferries will dock at the terminal to the south until work is finished, the harbour board said.';
  const corpus = readCorpus([
    { id: 'a', text: paragraph },
    { id: 'b', text: paragraph },
    { id: 'c', text: `Tourism rose again this summer.\n\n${restated}\n\nThe festival has booked its bands.` },
  ]);
  const words = corpus.docs.map(docWords);
  const ctx = scoreContext(corpus.vocab);
  const [a, , c] = corpus.docs;
  const whole = { fromA: 0, toA: a!.tokens.count, fromB: 0, toB: a!.tokens.count };
  const [sa, sc] = [a!.sentences[1]!, c!.sentences[1]!];
  const pairs: PassagePair[] = [
    { a: 0, b: 1, ...whole, matched: a!.tokens.count, coverage: 1, paraphrase: false },
    {
      a: 0,
      b: 2,
      fromA: sa.tokenStart,
      toA: sa.tokenEnd,
      fromB: sc.tokenStart,
      toB: sc.tokenEnd,
      matched: 0,
      coverage: 0,
      paraphrase: true,
    },
  ];
  const alignments = drain(clusterPassages(corpus, pairs, pairWorkHere(words, ctx), 0.5));

  it('keeps the copy as one alignment of a and b', () => {
    expect(alignments.find((al) => al.kind === 'verbatim')?.members.map((m) => m.docId)).toEqual(['a', 'b']);
  });
  it('keeps the restatement as an alignment of its own two sentences', () => {
    const kept = alignments.find((al) => al.members.some((m) => m.docId === 'c'));
    expect(kept?.members.map((m) => m.text)).toEqual([paragraph.split('. ')[1] + '.', restated]);
    expect(kept?.kind).toBe('paraphrase');
  });
});
