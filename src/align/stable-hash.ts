import type { Vocabulary } from '../document/model.js';

/**
 * Stable 64-bit hashes of match keys and of shingles (runs of match keys), the same in every run, process and
 * machine: they depend on the key strings only, never on the vocabulary ids a run assigns. An index of shingles
 * saved by one run can so be extended, split or merged by another.
 *
 * The definitions, so that they can be computed outside this package (in SQL, in Python):
 * - a key's hash is 64-bit FNV-1a over the UTF-8 bytes of the key string;
 * - a shingle's hash starts from the FNV-1a offset basis and, for each key in order, XORs in the key's hash and
 *   multiplies by the FNV prime modulo 2^64.
 * Both are bijective steps on 64 bits, so two different shingles collide with a probability of about 2^-64 per
 * pair. A hash is carried as two unsigned 32-bit halves (`hi`, `lo`); {@link toBigInt} joins them.
 */

const OFFSET_HI = 0xcbf29ce4;
const OFFSET_LO = 0x84222325;
/** The FNV prime is 2^40 + 0x1b3: a product by it is a product by 0x1b3 plus a shift left by 40. */
const PRIME_LO = 0x1b3;
const TWO_32 = 4294967296;

/** A 64-bit hash as two unsigned 32-bit halves. @internal */
export interface Hash64 {
  hi: number;
  lo: number;
}

/** `h · prime mod 2^64` in place, with exact double arithmetic on 32-bit halves (products stay below 2^53). */
function timesPrime(h: Hash64): void {
  const lo = h.lo * PRIME_LO;
  const carry = Math.floor(lo / TWO_32);
  h.hi = (h.hi * PRIME_LO + carry + ((h.lo << 8) >>> 0)) % TWO_32;
  h.lo = lo % TWO_32;
}

const encoder = new TextEncoder();

/**
 * The stable hash of one key string: 64-bit FNV-1a over its UTF-8 bytes.
 *
 * @param key - a match key
 * @returns its hash, as two 32-bit halves
 * @example
 * ```ts
 * toBigInt(keyHash('')); //=> 0xcbf29ce484222325n (the offset basis)
 * toBigInt(keyHash('a')); //=> 0xaf63dc4c8601ec8cn
 * ```
 * @internal
 */
export function keyHash(key: string): Hash64 {
  const h = { hi: OFFSET_HI, lo: OFFSET_LO };
  for (const byte of encoder.encode(key)) {
    h.lo = (h.lo ^ byte) >>> 0;
    timesPrime(h);
  }
  return h;
}

/** The stable hash of every key of a vocabulary, by id. @internal */
export interface KeyHashes {
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
}

/**
 * The stable hash of every string of a vocabulary, indexed by its id.
 *
 * @param vocab - the corpus's vocabulary
 * @returns the hashes, by vocabulary id
 * @internal
 */
export function keyHashes(vocab: Vocabulary): KeyHashes {
  const hi = new Uint32Array(vocab.size);
  const lo = new Uint32Array(vocab.size);
  for (let id = 0; id < vocab.size; id++) {
    const h = keyHash(vocab.str(id));
    hi[id] = h.hi;
    lo[id] = h.lo;
  }
  return { hi, lo };
}

/**
 * The stable hash of the shingle of `length` keys starting at `p` (see the module comment), written into `out`.
 *
 * @param keys - vocabulary ids of a document's words
 * @param p - the shingle's first word
 * @param length - words per shingle
 * @param hashes - the hash of each vocabulary id
 * @param out - receives the hash
 * @internal
 */
export function shingleHash(keys: Int32Array, p: number, length: number, hashes: KeyHashes, out: Hash64): void {
  out.hi = OFFSET_HI;
  out.lo = OFFSET_LO;
  for (let k = 0; k < length; k++) {
    const id = keys[p + k] ?? 0;
    out.hi = (out.hi ^ (hashes.hi[id] ?? 0)) >>> 0;
    out.lo = (out.lo ^ (hashes.lo[id] ?? 0)) >>> 0;
    timesPrime(out);
  }
}

/**
 * A hash as one unsigned 64-bit integer (for a database column or a test).
 *
 * @param h - the hash
 * @returns `hi · 2^32 + lo`
 * @internal
 */
export function toBigInt(h: Hash64): bigint {
  return (BigInt(h.hi) << 32n) | BigInt(h.lo);
}
