// The documents as the pair work in worker threads sees them (src/workers/shared-corpus.ts): every array it reads
// comes back equal to the calling thread's, document by document, whatever their lengths.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inIdOrder } from '../../src/align/order.js';
import { docWords } from '../../src/align/words.js';
import { readCorpus } from '../../src/document/read.js';
import { sharedDocument, shareCorpus } from '../../src/workers/shared-corpus.js';
import { corpus } from '../helpers/generators.js';

describe('shareCorpus / sharedDocument', () => {
  it("gives back each document's text, token table and words as the calling thread has them", () => {
    fc.assert(
      fc.property(corpus(5), (inputs) => {
        const words = inIdOrder(readCorpus(inputs)).docs.map(docWords);
        const shared = shareCorpus(words);
        words.forEach((w, d) => {
          const got = sharedDocument(shared, d);
          expect(got.doc.id).toBe(w.doc.id);
          expect(got.doc.index).toBe(w.doc.index);
          expect(got.doc.text).toBe(w.doc.text);
          const t = w.doc.tokens;
          expect(got.doc.tokens.count).toBe(t.count);
          for (const f of ['start', 'end', 'key', 'surface', 'sentence', 'pos', 'kind', 'flags'] as const) {
            expect([...got.doc.tokens[f]]).toEqual([...t[f].subarray(0, t.count)]);
          }
          for (const f of ['tok', 'keys', 'para', 'sent', 'stop'] as const) expect([...got[f]]).toEqual([...w[f]]);
        });
        expect(shared.tokenInts.key.buffer).toBeInstanceOf(SharedArrayBuffer);
      }),
      { seed: 19, numRuns: 25 },
    );
  });
});
