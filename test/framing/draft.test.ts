import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/document/read.js';
import { draftDocument, type Draft } from '../../src/framing/draft.js';
import { lexiconFor } from '../../src/framing/lexicon.js';

const shipped = lexiconFor([], false);

/** The draft of one written text with the shipped lexicon; sentiment adjectives off unless a threshold is given. */
function draftOf(text: string, sentimentThreshold = 2): Draft {
  const corpus = readCorpus([{ id: 'a', text }]);
  const doc = corpus.docs[0];
  if (doc === undefined) throw new Error('no document');
  return draftDocument(corpus.vocab, doc, [], shipped, sentimentThreshold);
}

describe('draftDocument: labels, joined with the word before them where it qualifies them', () => {
  it.each<[string, string, [string, string, boolean][]]>([
    ['a label modifier joins the label after it', 'The secret regime spoke.', [['secret regime', 'state-label', true]]],
    ['a loaded adjective joins the label after it', 'The brutal dictator spoke.', [['brutal dictator', 'person-label', true]]],
    ['a label modifier alone judges nothing', 'The talks were secret.', []],
    ['a neutral label stays unloaded', 'The leader spoke.', [['leader', 'person-label', false]]],
  ])('%s: %s', (_, text, expected) => {
    expect(draftOf(text).labels.map((l) => [l.text, l.category, l.loaded])).toEqual(expected);
  });

  it('a joined label spans both words in tokens and characters', () => {
    const [l] = draftOf('The secret regime spoke.').labels;
    expect([l?.start, l?.end, l?.first, l?.last]).toEqual([4, 17, 1, 3]);
  });
});

describe('draftDocument: cue verbs, hedges and intensifiers', () => {
  it.each<[string, string, string[], string[], string[]]>([
    ['speech verbs are cue verbs', 'Venn said the talks went well.', ['say'], [], []],
    ['a hedge casting doubt', 'The so-called reforms failed.', [], ['so-called'], []],
    ['an intensifier', 'Venn absolutely refused.', [], [], ['absolutely']],
  ])('%s: %s', (_, text, cues, hedges, intensifiers) => {
    const d = draftOf(text);
    expect(d.cues.map((c) => c.lemma)).toEqual(cues);
    expect(d.hedges.map((h) => h.text)).toEqual(hedges);
    expect(d.intensifiers.map((h) => h.text)).toEqual(intensifiers);
  });

  it('a hedge casting doubt is loaded, and an intensifier always is', () => {
    expect(draftOf('The so-called reforms failed.').hedges[0]?.loaded).toBe(true);
    expect(draftOf('Venn absolutely refused.').intensifiers[0]?.loaded).toBe(true);
  });
});

describe('draftDocument: strong sentiment adjectives', () => {
  it.each<[string, number, string[]]>([
    ['counted at the default threshold', 0.6, ['dismal']],
    ['not counted when turned off', 2, []],
  ])('"dismal" is %s', (_, threshold, expected) => {
    const labels = draftOf('The results were dismal.', threshold).labels.filter((l) => l.source === 'sentiment');
    expect(labels.map((l) => l.text)).toEqual(expected);
  });
});
