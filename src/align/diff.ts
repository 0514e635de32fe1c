import fastDiff from 'fast-diff';
import type { TokenSpan } from './view.js';
import type { DiffOp } from './types.js';

/** First code unit used to stand for a token; below it lie controls and ASCII that fast-diff handles specially. */
const CHAR_BASE = 0x100;

/** The code unit standing for the `i`-th distinct key, skipping the surrogate range. */
function codeOf(i: number): number {
  const c = CHAR_BASE + i;
  return c >= 0xd800 ? c + 0x800 : c;
}

/**
 * The code unit of each key for the diff being encoded, marked by generation so that nothing is cleared
 * or allocated per diff (a Map per diff cost more than the diff's own bookkeeping).
 */
const ENCODE = {
  gen: 0,
  stamp: new Int32Array(1024),
  code: new Int32Array(1024),
  codes: new Uint16Array(256),
  negative: new Map<number, { gen: number; code: number }>(),
  ensure(k: number): void {
    if (k < this.stamp.length) return;
    let size = this.stamp.length;
    while (size <= k) size *= 2;
    const stamp = new Int32Array(size);
    stamp.set(this.stamp);
    const code = new Int32Array(size);
    code.set(this.code);
    this.stamp = stamp;
    this.code = code;
  },
  buffer(n: number): Uint16Array {
    if (n > this.codes.length) this.codes = new Uint16Array(Math.max(n, this.codes.length * 2));
    return this.codes;
  },
};

/**
 * A span as diff units: unit `i` is the gap before token `i` (empty for the first) and the token. Gaps
 * are what lies between tokens in the original text — spaces, NBSPs, line breaks, anything the tokenizer
 * skipped — so the units together are the span's text exactly. Held as the document text and the
 * tokens' offsets into it, so that cutting a span into units copies nothing.
 */
export interface DiffUnits {
  readonly text: string;
  /** Start and end offset of each token in `text`. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly keys: Int32Array;
}

/** A span cut into diff units (views of the document's token columns). @internal */
export function diffUnits(span: TokenSpan): DiffUnits {
  const t = span.doc.tokens;
  const from = Math.max(0, span.from);
  const to = Math.max(from, span.to);
  return { text: span.doc.text, start: t.start.subarray(from, to), end: t.end.subarray(from, to), keys: t.key.subarray(from, to) };
}

/** Whether `a[fa, ta)` and `b[fb, tb)` are the same characters. */
function sameRange(a: string, fa: number, ta: number, b: string, fb: number, tb: number): boolean {
  const n = ta - fa;
  if (n !== tb - fb) return false;
  if (n > 8) return a.slice(fa, ta) === b.slice(fb, tb);
  for (let k = 0; k < n; k++) if (a.charCodeAt(fa + k) !== b.charCodeAt(fb + k)) return false;
  return true;
}

/**
 * Word-level diff of two token spans: each token's match key becomes one character, fast-diff compares
 * the two strings, and the result is mapped back onto the original text. Tokens with equal keys but
 * different spelling ("half-way" / "halfway", curly / straight quotes) and gaps that differ (NBSP / space)
 * come out as a delete and an insert, so that `equal` + `delete` rebuild A and `equal` + `insert` rebuild B
 * character for character.
 *
 * @param a - side A
 * @param b - side B
 * @returns the diff, with adjacent operations of one kind merged and, between two equal runs, the deleted
 *   text before the inserted text
 * @internal
 */
export function wordDiff(a: TokenSpan | DiffUnits, b: TokenSpan | DiffUnits): DiffOp[] {
  const ua = 'doc' in a ? diffUnits(a) : a;
  const ub = 'doc' in b ? diffUnits(b) : b;
  if (ENCODE.gen >= 0x3fffffff) {
    ENCODE.stamp.fill(0);
    ENCODE.negative.clear();
    ENCODE.gen = 0;
  }
  const g = ++ENCODE.gen;
  let next = 0;
  const encode = (keys: Int32Array): string => {
    const codes = ENCODE.buffer(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] ?? -1;
      let c: number;
      if (k >= 0) {
        ENCODE.ensure(k);
        if (ENCODE.stamp[k] === g) c = ENCODE.code[k] ?? 0;
        else {
          c = codeOf(next++);
          ENCODE.stamp[k] = g;
          ENCODE.code[k] = c;
        }
      } else {
        // Keys below 0 (no key) are rare: a small map for them.
        let v = ENCODE.negative.get(k);
        if (v === undefined || v.gen !== g) ENCODE.negative.set(k, (v = { gen: g, code: codeOf(next++) }));
        c = v.code;
      }
      codes[i] = c;
    }
    let s = '';
    // fromCharCode reads any array-like; in slices, to stay below the engine's argument limit.
    for (let i = 0; i < keys.length; i += 4096)
      s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(keys.length, i + 4096)) as unknown as number[]);
    return s;
  };
  // Equal keys encode to equal strings, for which fast-diff returns one equal run (none when empty):
  // copies with the same words skip the encoding and the diff.
  const raw: (readonly [number, { readonly length: number }])[] = sameKeys(ua.keys, ub.keys)
    ? ua.keys.length > 0
      ? [[fastDiff.EQUAL, ua.keys]]
      : []
    : fastDiff(encode(ua.keys), encode(ub.keys));
  const out = new OpBuffer(ua.text, ub.text);
  const [ta, sa, ea] = [ua.text, ua.start, ua.end];
  const [tb, sb, eb] = [ub.text, ub.start, ub.end];
  let i = 0;
  let j = 0;
  for (const [op, s] of raw) {
    for (let c = 0; c < s.length; c++) {
      // Gap before token i of A: from the previous token's end (none before the first token).
      const ga = i === 0 ? (sa[0] ?? 0) : (ea[i - 1] ?? 0);
      const gb = j === 0 ? (sb[0] ?? 0) : (eb[j - 1] ?? 0);
      if (op === fastDiff.DELETE) {
        out.delete(ga, ea[i] ?? 0);
        i++;
      } else if (op === fastDiff.INSERT) {
        out.insert(gb, eb[j] ?? 0);
        j++;
      } else {
        const a0 = sa[i] ?? 0;
        const b0 = sb[j] ?? 0;
        if (sameRange(ta, ga, a0, tb, gb, b0)) out.equal(ga, a0);
        else {
          out.delete(ga, a0);
          out.insert(gb, b0);
        }
        const a1 = ea[i] ?? 0;
        const b1 = eb[j] ?? 0;
        if (sameRange(ta, a0, a1, tb, b0, b1)) out.equal(a0, a1);
        else {
          out.delete(a0, a1);
          out.insert(b0, b1);
        }
        i++;
        j++;
      }
    }
  }
  return out.done();
}

function sameKeys(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Collects diff operations: merges runs, and puts all deletes before all inserts between two equals.
 * Pieces arrive in text order and each piece of A is either equal or deleted, so a run of equal or of
 * deleted text is one range of A's text and a run of inserted text one range of B's: runs are kept as
 * ranges and sliced once.
 */
class OpBuffer {
  private readonly ops: DiffOp[] = [];
  private eqFrom = -1;
  private eqTo = -1;
  private delFrom = -1;
  private delTo = -1;
  private insFrom = -1;
  private insTo = -1;

  constructor(
    private readonly a: string,
    private readonly b: string,
  ) {}

  /** Text `[from, to)` of A, the same in B. */
  equal(from: number, to: number): void {
    if (to <= from) return;
    this.flushChanges();
    if (this.eqFrom < 0) this.eqFrom = from;
    this.eqTo = to;
  }

  /** Text `[from, to)` of A, not in B. */
  delete(from: number, to: number): void {
    if (to <= from) return;
    this.flushEqual();
    if (this.delFrom < 0) this.delFrom = from;
    this.delTo = to;
  }

  /** Text `[from, to)` of B, not in A. */
  insert(from: number, to: number): void {
    if (to <= from) return;
    this.flushEqual();
    if (this.insFrom < 0) this.insFrom = from;
    this.insTo = to;
  }

  private flushEqual(): void {
    if (this.eqFrom >= 0) this.ops.push({ op: 'equal', text: this.a.slice(this.eqFrom, this.eqTo) });
    this.eqFrom = -1;
  }

  private flushChanges(): void {
    if (this.delFrom >= 0) this.ops.push({ op: 'delete', text: this.a.slice(this.delFrom, this.delTo) });
    if (this.insFrom >= 0) this.ops.push({ op: 'insert', text: this.b.slice(this.insFrom, this.insTo) });
    this.delFrom = -1;
    this.insFrom = -1;
  }

  done(): DiffOp[] {
    this.flushEqual();
    this.flushChanges();
    return this.ops;
  }
}
