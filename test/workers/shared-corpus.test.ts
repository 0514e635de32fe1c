// The documents as the worker threads' jobs see them (src/workers/shared-corpus.ts): each document comes back equal to
// the calling thread's (text, input fields, boilerplate, token table, sentences, paragraphs), whatever their lengths.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/document/read.js';
import { inIdOrder } from '../../src/align/order.js';
import { docWords } from '../../src/align/words.js';
import { sharedDocument, shareCorpus, sharedWords, shareWords } from '../../src/workers/shared-corpus.js';
import { corpus } from '../helpers/generators.js';

describe('shareCorpus / sharedDocument', () => {
  it('gives back each document as the calling thread has it, its tables in shared memory', () => {
    fc.assert(
      fc.property(corpus(5), (inputs) => {
        const docs = readCorpus(inputs).docs;
        const shared = shareCorpus(docs);
        docs.forEach((doc, i) => {
          const got = sharedDocument(shared, i);
          const t = doc.tokens;
          for (const f of ['start', 'end', 'key', 'surface', 'sentence', 'pos', 'kind', 'flags'] as const) {
            expect([...got.tokens[f]]).toEqual([...t[f].subarray(0, t.count)]);
          }
          const plain = (d: typeof doc): unknown => ({ ...d, tokens: d.tokens.count, lowerTexts: [] });
          expect(plain(got)).toEqual(plain(doc));
        });
        expect(shared.tokens.ints.key.buffer).toBeInstanceOf(SharedArrayBuffer);
        expect(shared.sentences.sentiment.buffer).toBeInstanceOf(SharedArrayBuffer);
      }),
      { seed: 19, numRuns: 25 },
    );
  });

  it("gives back each document's alignment words, in the alignment stage's order", () => {
    fc.assert(
      fc.property(corpus(5), (inputs) => {
        const words = inIdOrder(readCorpus(inputs)).docs.map(docWords);
        const shared = shareWords(words);
        words.forEach((w, d) => {
          expect(shared.order[d]).toBe(w.doc.index);
          const got = sharedWords(shared, d, w.doc);
          for (const f of ['tok', 'keys', 'para', 'sent', 'stop'] as const) expect([...got[f]]).toEqual([...w[f]]);
        });
      }),
      { seed: 19, numRuns: 25 },
    );
  });

  it('refuses a document it does not hold', () => {
    expect(() => sharedDocument(shareCorpus([]), 0)).toThrow(/not in the shared corpus/);
  });
});
