import fc from 'fast-check';
import fastDiff from 'fast-diff';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/align/diff.js';
import type { DiffOp } from '../../src/align/types.js';
import { readCorpus } from '../../src/document/read.js';

/** Both documents read into one corpus (shared vocabulary), diffed over all their tokens. */
function diffTexts(a: string, b: string): { ops: DiffOp[]; spanA: string; spanB: string } {
  const [da, db] = readCorpus([
    { id: 'a', text: a },
    { id: 'b', text: b },
  ]).docs;
  if (da === undefined || db === undefined) throw new Error('no documents');
  const slice = (d: typeof da): string => (d.tokens.count === 0 ? '' : d.text.slice(d.tokens.start[0], d.tokens.end[d.tokens.count - 1]));
  return {
    ops: wordDiff({ doc: da, from: 0, to: da.tokens.count }, { doc: db, from: 0, to: db.tokens.count }),
    spanA: slice(da),
    spanB: slice(db),
  };
}
const rebuild = (ops: readonly DiffOp[], side: 'a' | 'b'): string =>
  ops
    .filter((o) => o.op === 'equal' || o.op === (side === 'a' ? 'delete' : 'insert'))
    .map((o) => o.text)
    .join('');

describe('wordDiff', () => {
  it.each([
    ['a substituted word', 'Moscow hoped for a measured approach.', 'Moscow hoped for a delicate approach.', [' measured'], [' delicate']],
    ['British and American spelling', 'all sides should go half-way', 'all sides should go halfway', ['half-way'], ['halfway']],
    ['a non-breaking space', 'as soon as their agreements', 'as\u00A0soon as their agreements', [' '], ['\u00A0']],
    ['curly and straight quotes', '\u201CCome to Russia,\u201D he said', '"Come to Russia," he said', ['\u201C', '\u201D'], ['"', '"']],
    [
      'an inserted clause',
      'progress has been made toward the talks',
      'progress has been made in the last days toward the talks',
      [],
      [' in the last days'],
    ],
  ])('%s', (_name, a, b, deleted, inserted) => {
    const { ops, spanA, spanB } = diffTexts(a, b);
    expect(rebuild(ops, 'a')).toBe(spanA);
    expect(rebuild(ops, 'b')).toBe(spanB);
    expect(ops.filter((o) => o.op === 'delete').map((o) => o.text)).toEqual(deleted);
    expect(ops.filter((o) => o.op === 'insert').map((o) => o.text)).toEqual(inserted);
  });

  it('identical texts are one equal run', () => {
    expect(diffTexts('Kim met Lavrov.', 'Kim met Lavrov.').ops).toEqual([{ op: 'equal', text: 'Kim met Lavrov.' }]);
  });

  const piece = fc.constantFrom(
    'Kim',
    'Lavrov',
    'said',
    'half-way',
    'halfway',
    'U.S.',
    'US',
    "can't",
    'Kim’s',
    '“',
    '”',
    '"',
    '.',
    ',',
    '—',
    '👍🏽',
    '👩‍👩‍👧',
    'e\u0301',
    '中文',
    'עברית',
    'العربية',
    '\u00A0',
    '\r\n',
    '\n\n',
    ' ',
    '  ',
    '123',
    '3.5%',
    'denuclearisation',
    'denuclearization',
  );
  const text = fc.array(fc.oneof(piece, piece, fc.string({ maxLength: 5 })), { maxLength: 40 }).map((p) => p.join(' '));
  const pair = text.chain((a) =>
    fc.tuple(
      fc.constant(a),
      fc.oneof(
        text,
        fc.array(fc.oneof(piece, fc.constant(a)), { maxLength: 6 }).map((p) => p.join('')),
      ),
    ),
  );

  it('equal + delete rebuild A and equal + insert rebuild B, whatever the text (property)', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const { ops, spanA, spanB } = diffTexts(a, b);
        expect(rebuild(ops, 'a')).toBe(spanA);
        expect(rebuild(ops, 'b')).toBe(spanB);
        for (const o of ops) expect(o.text).not.toBe('');
        for (let i = 1; i < ops.length; i++) expect(ops[i]?.op === ops[i - 1]?.op).toBe(false);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  /**
   * The diff written plainly: each unit's gap and token as strings, keys coded by first appearance,
   * fast-diff, and the operations' texts concatenated unit by unit, adjacent runs merged, deletes
   * before inserts between two equals.
   */
  const reference = (a: string, b: string): DiffOp[] => {
    const [da, db] = readCorpus([
      { id: 'a', text: a },
      { id: 'b', text: b },
    ]).docs;
    const units = (d: NonNullable<typeof da>): { gaps: string[]; toks: string[]; keys: number[] } => {
      const t = d.tokens;
      const idx = Array.from({ length: t.count }, (_, i) => i);
      return {
        gaps: idx.map((i) => (i === 0 ? '' : d.text.slice(t.end[i - 1], t.start[i]))),
        toks: idx.map((i) => d.text.slice(t.start[i], t.end[i])),
        keys: idx.map((i) => t.key[i] ?? -1),
      };
    };
    const [ua, ub] = [units(da!), units(db!)];
    const codes = new Map<number, string>();
    const code = (k: number): string => {
      if (!codes.has(k)) {
        const c = 0x100 + codes.size;
        codes.set(k, String.fromCharCode(c >= 0xd800 ? c + 0x800 : c));
      }
      return codes.get(k)!;
    };
    const sa = ua.keys.map(code).join('');
    const sb = ub.keys.map(code).join('');
    const ops: DiffOp[] = [];
    let [eq, del, ins] = ['', '', ''];
    const flushEq = (): void => void (eq !== '' && ops.push({ op: 'equal', text: eq }), (eq = ''));
    const flushChanges = (): void => {
      if (del !== '') ops.push({ op: 'delete', text: del });
      if (ins !== '') ops.push({ op: 'insert', text: ins });
      [del, ins] = ['', ''];
    };
    const push = (op: DiffOp['op'], text: string): void => {
      if (text === '') return;
      if (op === 'equal') {
        flushChanges();
        eq += text;
      } else {
        flushEq();
        if (op === 'delete') del += text;
        else ins += text;
      }
    };
    let [i, j] = [0, 0];
    for (const [op, s] of fastDiff(sa, sb)) {
      for (let c = 0; c < s.length; c++) {
        if (op === fastDiff.DELETE) push('delete', ua.gaps[i]! + ua.toks[i++]!);
        else if (op === fastDiff.INSERT) push('insert', ub.gaps[j]! + ub.toks[j++]!);
        else {
          for (const [x, y] of [
            [ua.gaps[i]!, ub.gaps[j]!],
            [ua.toks[i]!, ub.toks[j]!],
          ] as const) {
            if (x === y) push('equal', x);
            else {
              push('delete', x);
              push('insert', y);
            }
          }
          i++;
          j++;
        }
      }
    }
    flushEq();
    flushChanges();
    return ops;
  };

  it('equals the diff written plainly, unit by unit with strings (property)', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(diffTexts(a, b).ops).toEqual(reference(a, b));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
