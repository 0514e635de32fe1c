import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { NarrativeDiffError } from '../../src/errors.js';

// Fixtures written for these tests (an invented country, Valdoria, and its leader, Ostrak Venn).
const wire = 'Valdorian leader Ostrak Venn met envoys in Marel on Monday, officials said. Venn told reporters the talks went well.';
const tabloid =
  'The secretive regime of Valdoria rolled out the red carpet. The Valdorian strongman Ostrak Venn complained of “foreign meddling” and reportedly absolutely refused to budge, in a shameful display.';

describe('framing of written fixtures', () => {
  it.each<[string, string, boolean, string | undefined]>([
    ['tabloid', 'strongman', true, 'Ostrak Venn'],
    ['wire', 'leader', false, 'Ostrak Venn'],
  ])('%s: "%s" loaded=%s refers to %s', async (id, term, loaded, who) => {
    const r = await analyze([
      { id: 'wire', text: wire },
      { id: 'tabloid', text: tabloid },
    ]);
    const l = r.framing.documents.find((d) => d.docId === id)?.labels.find((x) => x.term === term);
    expect(l?.loaded).toBe(loaded);
    expect(l?.refersTo).toBe(who);
  });

  it('tells "complained" from "said"/"told", and finds hedges and intensifiers', async () => {
    const r = await analyze([
      { id: 'wire', text: wire },
      { id: 'tabloid', text: tabloid },
    ]);
    const [w, t] = r.framing.documents;
    expect(w?.cueVerbs.verbs.map((v) => [v.lemma, v.loaded])).toEqual([
      ['say', false],
      ['tell', false],
    ]);
    expect(t?.cueVerbs.verbs.map((v) => [v.lemma, v.direction])).toEqual([['complain', 'negative']]);
    expect(t?.hedges.map((h) => h.text)).toEqual(['reportedly']);
    expect(t?.intensifiers.map((h) => h.text)).toEqual(['absolutely']);
    expect(t?.labels.find((l) => l.text === 'meddling')?.quoted).toBe(true);
    expect(t?.editorializing.length).toBeGreaterThan(0);
    const pair = r.framing.pairs[0];
    expect(pair?.components.attribution).toBeGreaterThan(0);
    expect(pair?.components.labels).toBeGreaterThan(0);
  });

  it('user lexicon entries extend the shipped lexicon', async () => {
    const text = 'The junta chief praised the crimson harvest.';
    const plain = await analyze([{ id: 'a', text }]);
    expect(plain.framing.documents[0]?.labels.some((l) => l.term === 'crimson')).toBe(false);
    const r = await analyze([{ id: 'a', text }], {
      framing: { lexicon: [{ term: 'crimson', category: 'evaluative', direction: 'positive', strength: 0.7 }] },
    });
    expect(r.framing.documents[0]?.labels.find((l) => l.term === 'crimson')).toMatchObject({
      loaded: true,
      weight: 0.7,
      text: 'crimson',
      source: 'lexicon',
    });
  });

  it('adjectives scored by wink-nlp sentiment count as evaluative only when turned on', async () => {
    const text = 'Officials described the harvest as glorious.';
    const on = await analyze([{ id: 'a', text }], { framing: { sentimentWordThreshold: 0.6 } });
    expect(on.framing.documents[0]?.labels.find((l) => l.text === 'glorious')).toMatchObject({
      source: 'sentiment',
      direction: 'positive',
      loaded: true,
    });
    const off = await analyze([{ id: 'a', text }]);
    expect(off.framing.documents[0]?.labels.some((l) => l.text === 'glorious')).toBe(false);
  });

  it.each<[string, unknown, RegExp]>([
    ['lexicon not an array', { lexicon: 'x' }, /options\.framing\.lexicon must be an array/],
    ['bad category', { lexicon: [{ term: 'x', category: 'nope', direction: 'negative', strength: 0.5 }] }, /category must be one of/],
    [
      'strength out of range',
      { lexicon: [{ term: 'x', category: 'evaluative', direction: 'negative', strength: 2 }] },
      /strength must be a number from 0 to 1, found 2/,
    ],
    [
      'empty term',
      { lexicon: [{ term: ' ', category: 'evaluative', direction: 'negative', strength: 0.5 }] },
      /term must be a non-empty string/,
    ],
    ['threshold', { editorialThreshold: -1 }, /editorialThreshold must be a number from 0 to 1/],
  ])('rejects %s with NarrativeDiffError', async (_name, framing, message) => {
    const call = analyze([{ id: 'a', text: 'x' }], { framing: framing as never });
    await expect(call).rejects.toThrow(NarrativeDiffError);
    await expect(analyze([{ id: 'a', text: 'x' }], { framing: framing as never })).rejects.toThrow(message);
  });
});

describe('framing invariants (property)', () => {
  it('pair scores are in [0, 1], symmetric under swapping inputs, and spans slice the text', async () => {
    const word = fc.constantFrom(
      'Venn',
      'Valdoria',
      'regime',
      'strongman',
      'leader',
      'said',
      'complained',
      'reportedly',
      'absolutely',
      '“we',
      'will”',
      'shameful',
      'the',
      '.',
      ',',
      '\n\n',
      '👍🏽',
      '\u00A0',
    );
    const text = fc.array(word, { maxLength: 30 }).map((w) => w.join(' '));
    await fc.assert(
      fc.asyncProperty(text, text, async (ta, tb) => {
        const ab = await analyze([
          { id: 'a', text: ta },
          { id: 'b', text: tb },
        ]);
        const ba = await analyze([
          { id: 'b', text: tb },
          { id: 'a', text: ta },
        ]);
        const p = ab.framing.pairs[0];
        const q = ba.framing.pairs[0];
        expect(p?.divergence).toBe(q?.divergence);
        expect(p?.components).toEqual(q?.components);
        for (const v of Object.values(p?.components ?? {})) expect(v >= 0 && v <= 1).toBe(true);
        for (const d of ab.framing.documents) {
          const src = d.docId === 'a' ? ta : tb;
          for (const l of [...d.labels, ...d.hedges, ...d.intensifiers, ...d.cueVerbs.verbs, ...d.editorializing])
            expect(src.slice(l.start, l.end)).toBe(l.text);
        }
      }),
      { seed: 42, numRuns: 25 },
    );
  });
});
