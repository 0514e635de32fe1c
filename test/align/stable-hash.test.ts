import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyHash, keyHashes, shingleHash, toBigInt, type Hash64 } from '../../src/align/stable-hash.js';
import { Vocabulary } from '../../src/document/model.js';

const MASK = (1n << 64n) - 1n;
const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;

/** 64-bit FNV-1a in BigInt arithmetic, the plain definition. */
function fnv1a64(bytes: Iterable<number>): bigint {
  let h = OFFSET;
  for (const b of bytes) h = ((h ^ BigInt(b)) * PRIME) & MASK;
  return h;
}

/** The shingle hash by its definition: FNV-1a's steps over whole 64-bit key hashes. */
function shingleReference(keys: readonly string[]): bigint {
  let h = OFFSET;
  for (const k of keys) h = ((h ^ fnv1a64(new TextEncoder().encode(k))) * PRIME) & MASK;
  return h;
}

describe('stable 64-bit hashes of keys and shingles', () => {
  it('gives the published FNV-1a 64 test values', () => {
    expect(toBigInt(keyHash(''))).toBe(0xcbf29ce484222325n);
    expect(toBigInt(keyHash('a'))).toBe(0xaf63dc4c8601ec8cn);
    expect(toBigInt(keyHash('foobar'))).toBe(0x85944171f73967e8n);
  });

  it('equals FNV-1a over the UTF-8 bytes for any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        expect(toBigInt(keyHash(s))).toBe(fnv1a64(new TextEncoder().encode(s)));
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('hashes a shingle from its key strings, whatever ids a vocabulary gave them (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 8 }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.string(), { maxLength: 6 }),
        (keys, others) => {
          // Two vocabularies: one interns the keys first, the other after unrelated strings and in reverse.
          const first = new Vocabulary();
          const second = new Vocabulary();
          for (const k of keys) first.intern(k);
          for (const o of others) second.intern(o);
          for (const k of [...keys].reverse()) second.intern(k);
          const hashOf = (vocab: Vocabulary): bigint => {
            const out: Hash64 = { hi: 0, lo: 0 };
            shingleHash(
              Int32Array.from(keys, (k) => vocab.lookup(k)),
              0,
              4,
              keyHashes(vocab),
              out,
            );
            return toBigInt(out);
          };
          expect(hashOf(first)).toBe(shingleReference(keys));
          expect(hashOf(second)).toBe(hashOf(first));
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });

  it('tells apart shingles that differ in order only', () => {
    const vocab = new Vocabulary();
    for (const k of ['kim', 'meet', 'lavrov', 'pyongyang']) vocab.intern(k);
    const hashes = keyHashes(vocab);
    const a: Hash64 = { hi: 0, lo: 0 };
    const b: Hash64 = { hi: 0, lo: 0 };
    shingleHash(Int32Array.from([0, 1, 2, 3]), 0, 4, hashes, a);
    shingleHash(Int32Array.from([2, 1, 0, 3]), 0, 4, hashes, b);
    expect(toBigInt(a)).not.toBe(toBigInt(b));
  });
});
