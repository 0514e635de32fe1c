import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ALL_PAIRS_GROUP, MIN_DOCS_FOR_DF_CUT, SHINGLE, seedHits } from '../../src/align/seeds.js';
import type { DocWords } from '../../src/align/words.js';
import { drain } from '../../src/util/steps.js';
import { keyHashes, type KeyHashes } from '../../src/align/stable-hash.js';
import { Vocabulary, type DocModel } from '../../src/document/model.js';

/** Stable hashes of the keys 0…199 (the tests' keys are vocabulary ids of the strings "0", "1", …). */
const HASHES: KeyHashes = (() => {
  const vocab = new Vocabulary();
  for (let i = 0; i < 200; i++) vocab.intern(String(i));
  return keyHashes(vocab);
})();

/** Words of a document from key, paragraph and stop columns (seedHits reads nothing else). */
const wordsOf = (keys: number[], para: number[], stop: number[]): DocWords => ({
  doc: undefined as unknown as DocModel,
  tok: Int32Array.from(keys, (_, i) => i),
  keys: Int32Array.from(keys),
  para: Int32Array.from(para),
  sent: new Int32Array(keys.length),
  stop: Uint8Array.from(stop),
});

/**
 * The plain definition of the seed hits: shingles grouped by their keys (not by a hash), groups in order
 * of first occurrence, occurrences in document order, the same document-frequency cut and star rule.
 */
function reference(words: readonly DocWords[], maxDocumentFrequency: number): { a: number; b: number; pa: number[]; pb: number[] }[] {
  const groups = new Map<string, [number, number][]>();
  words.forEach((w, d) => {
    for (let p = 0; p + SHINGLE <= w.keys.length; p++) {
      if (w.para[p] !== w.para[p + SHINGLE - 1]) continue;
      if ([...w.stop.subarray(p, p + SHINGLE)].every((x) => x === 1)) continue;
      const key = [...w.keys.subarray(p, p + SHINGLE)].join(',');
      groups.set(key, [...(groups.get(key) ?? []), [d, p]]);
    }
  });
  // Copies (documents with the same keys) count once, over the number of distinct documents.
  const copyOf = words.map((w) => [...w.keys].join(','));
  const n = new Set(copyOf).size;
  const maxDocs = n >= MIN_DOCS_FOR_DF_CUT ? Math.max(2, Math.floor(maxDocumentFrequency * n)) : Infinity;
  const hits = new Map<string, [number, number][]>();
  for (const occ of groups.values()) {
    const df = new Set(occ.map(([d]) => d)).size;
    const distinct = new Set(occ.map(([d]) => copyOf[d])).size;
    if (occ.length < 2 || df < 2 || distinct > maxDocs) continue;
    const firsts = occ.length > MAX_ALL_PAIRS_GROUP ? 1 : occ.length;
    for (let x = 0; x < firsts; x++)
      for (let y = x + 1; y < occ.length; y++) {
        const [[dx, px], [dy, py]] = [occ[x]!, occ[y]!];
        if (dx === dy) continue;
        const k = `${dx},${dy}`;
        hits.set(k, [...(hits.get(k) ?? []), [px, py]]);
      }
  }
  return [...hits]
    .filter(([, h]) => h.length >= 2)
    .map(([k, h]) => {
      const [a, b] = k.split(',').map(Number) as [number, number];
      h.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      return { a, b, pa: h.map((x) => x[0]), pb: h.map((x) => x[1]) };
    })
    .sort((x, y) => x.a - y.a || x.b - y.b);
}

describe('seedHits', () => {
  it('equals the plain definition on any documents (property)', () => {
    // Few distinct keys and short documents, so that shingles recur within and across documents, groups
    // grow past the all-pairs size and, with ten documents or more, past the document-frequency cut.
    const doc = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.boolean(), fc.integer({ min: 0, max: 12 })), { maxLength: 40 })
      .map((ws) => {
        let para = 0;
        return wordsOf(
          ws.map(([k]) => k),
          ws.map(([, , brk]) => (brk === 0 ? ++para : para)),
          ws.map(([, stop]) => (stop ? 1 : 0)),
        );
      });
    // Some documents copied (the same keys, paragraphs and stop words, maybe other paragraph breaks).
    const corpus = fc
      .tuple(fc.array(doc, { minLength: 2, maxLength: 14 }), fc.array(fc.nat(), { maxLength: 12 }))
      .map(([docs, copies]) => [...docs, ...copies.map((k) => docs[k % docs.length]!)]);
    fc.assert(
      fc.property(corpus, fc.constantFrom(0.2, 0.5, 0.8, 1), (words, df) => {
        const got = drain(seedHits(words, HASHES, df)).map((h) => ({ a: h.a, b: h.b, pa: [...h.pa], pb: [...h.pb] }));
        expect(got).toEqual(reference(words, df));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('counts copies of one document once: 40 copies and 5 others share every seed of the copied text', () => {
    const copy = wordsOf(
      Array.from({ length: 60 }, (_, i) => 10 + i),
      new Array<number>(60).fill(0),
      new Array<number>(60).fill(0),
    );
    const other = (k: number): DocWords => wordsOf([100 + k, 101 + k, 102 + k, 103 + k, 104 + k], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]);
    const words = [...Array.from({ length: 40 }, () => copy), ...[0, 1, 2, 3, 4].map(other)];
    const hits = drain(seedHits(words, HASHES, 0.8));
    // Groups of 40 occurrences are stars around the first copy: one pair with every other copy.
    expect(hits.map((h) => [h.a, h.b])).toEqual(Array.from({ length: 39 }, (_, i) => [0, i + 1]));
    for (const h of hits) expect(h.pa.length).toBe(60 - SHINGLE + 1);
  });
});
