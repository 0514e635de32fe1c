import fastDiff from 'fast-diff';
import type { TokenSpan } from './features.js';
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
 * Text of a span as units: unit `i` is the gap before token `i` (empty for the first) and the token.
 * Gaps are what lies between tokens in the original text — spaces, NBSPs, line breaks, anything the
 * tokenizer skipped — so joining the units gives back the span's text exactly.
 */
export interface DiffUnits {
  readonly gaps: string[];
  readonly toks: string[];
  readonly keys: Int32Array;
}

/** A span cut into diff units (computed once per member, reused for every pair it is in). @internal */
export function diffUnits(span: TokenSpan): DiffUnits {
  const t = span.doc.tokens;
  const text = span.doc.text;
  const gaps: string[] = [];
  const toks: string[] = [];
  const n = Math.max(0, span.to - span.from);
  const keys = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = span.from + i;
    const s = t.start[k] ?? 0;
    gaps.push(i === 0 ? '' : text.slice(t.end[k - 1] ?? s, s));
    toks.push(text.slice(s, t.end[k] ?? s));
    keys[i] = t.key[k] ?? -1;
  }
  return { gaps, toks, keys };
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
    for (let i = 0; i < keys.length; i += 4096) s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(keys.length, i + 4096)) as unknown as number[]);
    return s;
  };
  // Equal keys encode to equal strings, for which fast-diff returns one equal run (none when empty):
  // copies with the same words skip the encoding and the diff.
  const raw: (readonly [number, { readonly length: number }])[] = sameKeys(ua.keys, ub.keys)
    ? ua.keys.length > 0 ? [[fastDiff.EQUAL, ua.keys]] : []
    : fastDiff(encode(ua.keys), encode(ub.keys));
  const out = new OpBuffer();
  let i = 0;
  let j = 0;
  for (const [op, s] of raw) {
    for (let c = 0; c < s.length; c++) {
      if (op === fastDiff.DELETE) {
        out.push('delete', (ua.gaps[i] ?? '') + (ua.toks[i] ?? ''));
        i++;
      } else if (op === fastDiff.INSERT) {
        out.push('insert', (ub.gaps[j] ?? '') + (ub.toks[j] ?? ''));
        j++;
      } else {
        const ga = ua.gaps[i] ?? '';
        const gb = ub.gaps[j] ?? '';
        if (ga === gb) out.push('equal', ga);
        else {
          out.push('delete', ga);
          out.push('insert', gb);
        }
        const ta = ua.toks[i] ?? '';
        const tb = ub.toks[j] ?? '';
        if (ta === tb) out.push('equal', ta);
        else {
          out.push('delete', ta);
          out.push('insert', tb);
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

/** Collects diff operations: merges runs, and puts all deletes before all inserts between two equals. */
class OpBuffer {
  private readonly ops: DiffOp[] = [];
  private del = '';
  private ins = '';
  private eq = '';

  push(op: DiffOp['op'], text: string): void {
    if (text === '') return;
    if (op === 'equal') {
      this.flushChanges();
      this.eq += text;
    } else {
      this.flushEqual();
      if (op === 'delete') this.del += text;
      else this.ins += text;
    }
  }

  private flushEqual(): void {
    if (this.eq !== '') this.ops.push({ op: 'equal', text: this.eq });
    this.eq = '';
  }

  private flushChanges(): void {
    if (this.del !== '') this.ops.push({ op: 'delete', text: this.del });
    if (this.ins !== '') this.ops.push({ op: 'insert', text: this.ins });
    this.del = '';
    this.ins = '';
  }

  done(): DiffOp[] {
    this.flushEqual();
    this.flushChanges();
    return this.ops;
  }
}
