import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/document/read.js';
import { LabelResolver } from '../../src/actors/labels.js';
import { stateNamings } from '../../src/actors/states.js';
import type { Corpus } from '../../src/document/model.js';
import { quoteStages } from '../helpers/stages.js';

/** A resolver over the states alone, as for a corpus in which the actors stage found no person: names then come from capitalized runs. */
function withoutPersons(corpus: Corpus): LabelResolver {
  const states = corpus.docs.map((d) => stateNamings(corpus, d));
  return new LabelResolver(
    corpus,
    { list: [], states, names: [], descriptors: [], stateOfPerson: new Map() },
    corpus.docs.map(() => new Set<number>()),
  );
}

// Words that make names (capitalized runs), states, labels and the gaps between them.
const words = [
  'Ostrak',
  'Venn',
  'Mira',
  'Tolle',
  'Russia',
  'North',
  'Korea',
  "Korea's",
  'the',
  'regime',
  'strongman',
  'leader',
  'of',
  ',',
  'said',
  'and',
  '.',
];
const categories = ['state-label', 'person-label', 'group-label', 'evaluative'];

describe('LabelResolver.resolve with names searched near the label', () => {
  it('resolves every span of random texts as when every name is tried', () => {
    let total = 0;
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 24 }), { minLength: 1, maxLength: 3 }),
        (texts) => {
          const corpus = readCorpus(texts.map((ws, i) => ({ id: `d${i}`, text: ws.join(' ') })));
          const fast = withoutPersons(corpus);
          const plain = withoutPersons(corpus);
          // -1 marks a document's names as unsorted: resolve then tries every name, as plainly defined.
          (plain as unknown as { nameSpans: number[] }).nameSpans.push(...corpus.docs.map(() => -1));
          let resolved = 0;
          corpus.docs.forEach((doc, di) => {
            for (let first = 0; first < doc.tokens.count; first++) {
              for (const last of [first + 1, first + 2]) {
                if (last > doc.tokens.count) continue;
                for (const category of categories) {
                  for (const loaded of [true, false]) {
                    const label = { first, last, category, loaded };
                    const got = fast.resolve(di, label);
                    expect(got).toEqual(plain.resolve(di, label));
                    if (got !== undefined) resolved++;
                  }
                }
              }
            }
          });
          total += resolved;
        },
      ),
      { seed: 42, numRuns: 60 },
    );
    // Most spans resolve to nothing; the texts must still make some labels name someone.
    expect(total).toBeGreaterThan(100);
  });

  it('finds "Ostrak Venn" right after "strongman" and "North Korea" after "regime of"', () => {
    const corpus = readCorpus([{ id: 'a', text: 'The strongman Ostrak Venn spoke. The regime of North Korea said so.' }]);
    const index = withoutPersons(corpus);
    expect(index.resolve(0, { first: 1, last: 2, category: 'person-label', loaded: true })).toEqual({
      actor: 'ostrakvenn',
      kind: 'person',
    });
    expect(index.resolve(0, { first: 7, last: 8, category: 'state-label', loaded: false })).toEqual({
      actor: 'North Korea',
      kind: 'state',
    });
  });
});

describe('LabelResolver.resolve with the persons of the actors stage', () => {
  it('names a person by the canonical name the actors stage gave', () => {
    const corpus = readCorpus([{ id: 'a', text: 'The strongman Ostrak Venn spoke. The regime of North Korea said so.' }]);
    const index = new LabelResolver(corpus, quoteStages(corpus).actors, [new Set<number>()]);
    expect(index.resolve(0, { first: 1, last: 2, category: 'person-label', loaded: true })).toEqual({
      actor: 'Ostrak Venn',
      kind: 'person',
    });
  });
});
