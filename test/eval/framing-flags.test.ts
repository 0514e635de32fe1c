// What the framing evaluations count as a flag (test/eval/framing-flags.ts), on a framing document made up here.
import { describe, expect, it } from 'vitest';
import type { FramingDocument } from '../../src/framing/types.js';
import { flagsOf } from './framing-flags.js';

const span = (start: number, text: string) => ({ start, end: start + text.length, text });

const doc: FramingDocument = {
  docId: 'a',
  labels: [
    {
      term: 'regime',
      ...span(40, 'regime'),
      category: 'state-label',
      loaded: true,
      direction: 'negative',
      weight: 0.6,
      quoted: false,
      source: 'lexicon',
    },
    {
      term: 'leader',
      ...span(60, 'leader'),
      category: 'person-label',
      loaded: false,
      direction: 'neutral',
      weight: 0,
      quoted: false,
      source: 'lexicon',
    },
  ],
  sourcesCredited: [],
  credits: [],
  cueVerbs: {
    verbs: [{ ...span(20, 'claimed'), lemma: 'claim', direction: 'negative', loaded: true, weight: 0.5 }],
    byLemma: [{ lemma: 'claim', count: 1, direction: 'negative' }],
    loadedShare: 1,
  },
  hedges: [],
  intensifiers: [],
  scareQuotes: [{ ...span(4, '"reform"'), quoteId: 'q1', words: 1 }],
  sentiment: { ownVoice: { mean: 0, spans: 0, chars: 0 }, quoted: { mean: 0, spans: 0, chars: 0 } },
  editorializing: [],
};

describe('flagsOf', () => {
  it('counts loaded labels, loaded cue verbs and scare quotes, in text order', () => {
    expect(flagsOf(doc).map((f) => [f.kind, f.term, f.quoted])).toEqual([
      ['scare-quote', '"reform"', false],
      ['cue', 'claim', false],
      ['label', 'regime', false],
    ]);
  });
});
