import { describe, expect, it } from 'vitest';
import { LabelResolver } from '../../src/actors/labels.js';
import { stateNamings } from '../../src/actors/states.js';
import type { LabelSpan } from '../../src/actors/types.js';
import type { Corpus } from '../../src/document/model.js';
import { readCorpus } from '../../src/document/read.js';
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

/** The token span of the first occurrence of `word` in the first document. */
function spanOf(corpus: Corpus, word: string): { first: number; last: number } {
  const doc = corpus.docs[0];
  if (doc === undefined) throw new Error('no document');
  for (let i = 0; i < doc.tokens.count; i++) {
    if (doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]) === word) return { first: i, last: i + 1 };
  }
  throw new Error(`no token ${word}`);
}

describe('LabelResolver.resolve: who a label names', () => {
  it.each<[string, string, string, Omit<LabelSpan, 'first' | 'last'>, { actor: string; kind: string } | undefined]>([
    [
      'a person label names the person right after it',
      'The strongman Ostrak Venn spoke.',
      'strongman',
      { category: 'person-label', loaded: true },
      { actor: 'Ostrak Venn', kind: 'person' },
    ],
    [
      'a state label names the state after its "of"',
      'The regime of North Korea said so.',
      'regime',
      { category: 'state-label', loaded: true },
      { actor: 'North Korea', kind: 'state' },
    ],
    [
      'a state label names the state before it, across a possessive',
      "North Korea's regime said so.",
      'regime',
      { category: 'state-label', loaded: true },
      { actor: 'North Korea', kind: 'state' },
    ],
    [
      'an epithet names its usual referent',
      'The hermit kingdom said so.',
      'kingdom',
      { category: 'state-label', loaded: true, usualReferent: 'North Korea' },
      { actor: 'North Korea', kind: 'state' },
    ],
    [
      'a loaded state label alone names the state the document names most, not one in its sentence',
      'North Korea tested a missile. North Korea said so. Russia said the regime was right.',
      'regime',
      { category: 'state-label', loaded: true },
      { actor: 'North Korea', kind: 'state' },
    ],
    [
      'an unloaded state label without "the" names nobody',
      'North Korea tested a missile. Russia said a government was right.',
      'government',
      { category: 'state-label', loaded: false },
      undefined,
    ],
    [
      '"the government" names the state the document names most outside its sentence',
      'North Korea tested a missile. Russia said the government was right.',
      'government',
      { category: 'state-label', loaded: false },
      { actor: 'North Korea', kind: 'state' },
    ],
    [
      'a person label after a state names the person introduced as that state’s',
      'North Korean leader Kim Jong Un spoke. Later the North Korean strongman smiled.',
      'strongman',
      { category: 'person-label', loaded: true },
      { actor: 'Kim Jong Un', kind: 'person' },
    ],
    [
      'a group label after a state names the state',
      'Russian officials said so.',
      'officials',
      { category: 'group-label', loaded: false },
      { actor: 'Russia', kind: 'state' },
    ],
  ])('%s', (_rule, text, word, label, expected) => {
    const corpus = readCorpus([{ id: 'a', text }]);
    const resolver = new LabelResolver(corpus, quoteStages(corpus).actors, [new Set<number>()]);
    expect(resolver.resolve(0, { ...spanOf(corpus, word), ...label })).toEqual(expected);
  });
});

describe('LabelResolver without persons from the actors stage: names from capitalized runs', () => {
  it('finds "Ostrak Venn" right after "strongman" and "North Korea" after "regime of"', () => {
    const corpus = readCorpus([{ id: 'a', text: 'The strongman Ostrak Venn spoke. The regime of North Korea said so.' }]);
    const index = withoutPersons(corpus);
    expect(index.resolve(0, { first: 1, last: 2, category: 'person-label', loaded: true })).toEqual({
      actor: 'ostrakvenn',
      kind: 'person',
    });
    expect(index.name('ostrakvenn', 'person')).toBe('Ostrak Venn');
    expect(index.resolve(0, { first: 7, last: 8, category: 'state-label', loaded: false })).toEqual({
      actor: 'North Korea',
      kind: 'state',
    });
  });

  it('reads a lone word as the full name it last stood in', () => {
    const corpus = readCorpus([{ id: 'a', text: 'Ostrak Venn arrived. The strongman Venn spoke.' }]);
    const index = withoutPersons(corpus);
    expect(index.resolve(0, { ...spanOf(corpus, 'strongman'), category: 'person-label', loaded: true })).toEqual({
      actor: 'ostrakvenn',
      kind: 'person',
    });
  });
});
