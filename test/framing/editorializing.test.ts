import { describe, expect, it } from 'vitest';
import { drain } from '../../src/util/steps.js';
import { readCorpus } from '../../src/document/read.js';
import { draftDocument } from '../../src/framing/draft.js';
import { documentVoices, editorialSentence } from '../../src/framing/editorializing.js';
import { lexiconFor } from '../../src/framing/lexicon.js';

const shipped = lexiconFor([], false);

function draftOf(text: string) {
  const corpus = readCorpus([{ id: 'a', text }]);
  const doc = corpus.docs[0];
  if (doc === undefined) throw new Error('no document');
  return draftDocument(corpus.vocab, doc, [], shipped, 2);
}

describe('editorialSentence: a sentence of the outlet editorializes when its judging terms weigh enough', () => {
  it.each<[string, string, number, boolean]>([
    ['a loaded label at the default threshold', 'The brutal dictator spoke.', 0, true],
    ['a plain sentence', 'The leader spoke on Monday.', 0, false],
    ['a plain sentence of strong sentiment', 'The leader spoke on Monday.', 0.9, false],
  ])('%s: %s (sentiment %d) -> %s', (_, text, sentiment, expected) => {
    const d = draftOf(text);
    const s = d.doc.sentences[0];
    if (s === undefined) throw new Error('no sentence');
    expect(editorialSentence(d, s, sentiment, 0.5) !== undefined).toBe(expected);
  });

  it.each<[number, number, boolean]>([
    [0.9, 0.4, true],
    [0.4, 0.1, false],
    [0.6, 0.3, true],
  ])('sentiment %d alone, threshold %d -> %s', (sentiment, threshold, expected) => {
    const d = draftOf('The leader spoke on Monday.');
    const s = d.doc.sentences[0];
    if (s === undefined) throw new Error('no sentence');
    expect(editorialSentence(d, s, sentiment, threshold) !== undefined).toBe(expected);
  });

  it('lists the judging terms of the sentence and its rounded score', () => {
    const d = draftOf('The brutal dictator absolutely refused.');
    const s = d.doc.sentences[0];
    if (s === undefined) throw new Error('no sentence');
    expect(editorialSentence(d, s, 0, 0.5)?.terms).toEqual(['brutal dictator', 'absolutely']);
  });
});

describe('documentVoices: own voice and quoted speech are scored apart', () => {
  it('quoted praise in a neutral sentence counts as quoted sentiment, not the outlet’s', () => {
    const [v] = drain(documentVoices([draftOf('The envoy said the talks were "great and wonderful".')], 0.5));
    expect(v?.sentiment.quoted.spans).toBe(1);
    expect(v?.sentiment.quoted.mean).toBeGreaterThan(0);
    expect(v?.sentiment.ownVoice.spans).toBe(1);
  });
});
