// adoptDocuments: documents read in vocabularies of their own and adopted in input order carry the ids, and make the
// vocabulary, that reading them all in one vocabulary gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adoptDocuments } from '../../src/document/adopt.js';
import { Vocabulary, type DocModel } from '../../src/document/model.js';
import { readCorpus, readDocument } from '../../src/document/read.js';
import { corpus } from '../helpers/generators.js';

const strings = (v: Vocabulary): string[] => Array.from({ length: v.size }, (_, i) => v.str(i));

/** Reads the inputs in chunks of `size`, each in a vocabulary of its own, and adopts them in order. */
function readInChunks(inputs: readonly { id: string; text: string }[], size: number): { docs: DocModel[]; vocab: Vocabulary } {
  const vocab = new Vocabulary();
  const docs: DocModel[] = [];
  for (let first = 0; first < inputs.length; first += size) {
    const local = new Vocabulary();
    const chunk = inputs.slice(first, first + size).map((x, k) => readDocument(x, first + k, local));
    adoptDocuments(chunk, { strings: strings(local), global: [] }, vocab);
    docs.push(...chunk);
  }
  return { docs, vocab };
}

describe('adoptDocuments', () => {
  it('gives the ids and vocabulary of one reading ("Kim met Lavrov" read in two chunks)', () => {
    const inputs = [
      { id: 'a', text: 'Kim met Lavrov in Pyongyang.' },
      { id: 'b', text: 'Lavrov met Kim, who said "welcome".' },
      { id: 'c', text: 'The talks in Pyongyang went on; Kim said little.' },
    ];
    const one = readCorpus(inputs);
    const chunked = readInChunks(inputs, 2);
    expect(strings(chunked.vocab)).toEqual(strings(one.vocab));
    expect(chunked.docs.map((d) => [...d.tokens.key])).toEqual(one.docs.map((d) => [...d.tokens.key]));
    expect(chunked.docs.map((d) => [...d.tokens.surface])).toEqual(one.docs.map((d) => [...d.tokens.surface]));
  });

  it('gives the ids and vocabulary of one reading, on generated corpora in chunks of 1 to 3', () => {
    fc.assert(
      fc.property(corpus(6), fc.integer({ min: 1, max: 3 }), (inputs, size) => {
        const one = readCorpus(inputs);
        const chunked = readInChunks(inputs, size);
        expect(strings(chunked.vocab)).toEqual(strings(one.vocab));
        for (const [i, doc] of chunked.docs.entries()) {
          expect(doc.tokens).toEqual(one.docs[i]?.tokens);
          expect(doc.sentences).toEqual(one.docs[i]?.sentences);
        }
      }),
      { seed: 19, numRuns: 40 },
    );
  });
});
