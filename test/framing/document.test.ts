import { describe, expect, it } from 'vitest';
import { cueProfile } from '../../src/framing/document.js';
import type { CueVerb, FramingDirection } from '../../src/framing/types.js';

const cue = (lemma: string, direction: FramingDirection, loaded: boolean): CueVerb => ({
  start: 0,
  end: 1,
  text: lemma,
  lemma,
  direction,
  loaded,
  weight: loaded ? 0.5 : 0,
});

describe('cueProfile: counts per lemma, most used first, and the loaded share', () => {
  it.each<[string, CueVerb[], [string, number, FramingDirection][], number]>([
    ['no cue verbs', [], [], 0],
    ['one neutral verb', [cue('say', 'neutral', false)], [['say', 1, 'neutral']], 0],
    [
      'most used first, ties by lemma',
      [cue('tell', 'neutral', false), cue('say', 'neutral', false), cue('tell', 'neutral', false), cue('claim', 'negative', true)],
      [
        ['tell', 2, 'neutral'],
        ['claim', 1, 'negative'],
        ['say', 1, 'neutral'],
      ],
      0.25,
    ],
    ['an unloaded verb leans neutral', [cue('admit', 'negative', false)], [['admit', 1, 'neutral']], 0],
    [
      'shares are rounded to 4 decimals',
      [cue('claim', 'negative', true), cue('say', 'neutral', false), cue('say', 'neutral', false)],
      [
        ['say', 2, 'neutral'],
        ['claim', 1, 'negative'],
      ],
      0.3333,
    ],
  ])('%s', (_, cues, byLemma, share) => {
    const p = cueProfile(cues);
    expect(p.byLemma.map((x) => [x.lemma, x.count, x.direction])).toEqual(byLemma);
    expect(p.loadedShare).toBe(share);
    expect(p.verbs).toBe(cues);
  });
});
