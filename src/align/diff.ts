import fastDiff from 'fast-diff';
import type { TokenSpan } from './features.js';
import type { DiffOp } from './types.js';

/** First code unit used to stand for a token; below it lie controls and ASCII that fast-diff handles specially. */
const CHAR_BASE = 0x100;

/** The code unit standing for the `i`-th distinct key, skipping the surrogate range. */
function charOf(i: number): string {
  let c = CHAR_BASE + i;
  if (c >= 0xd800) c += 0x800;
  return String.fromCharCode(c);
}

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
  const chars = new Map<number, string>();
  const encode = (keys: Int32Array): string => {
    let s = '';
    for (const k of keys) {
      let c = chars.get(k);
      if (c === undefined) {
        c = charOf(chars.size);
        chars.set(k, c);
      }
      s += c;
    }
    return s;
  };
  const raw = fastDiff(encode(ua.keys), encode(ub.keys));
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
