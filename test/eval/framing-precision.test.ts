// The precision sample's draw (test/eval/framing-precision.ts) on flags made up here: it must be the same every
// run, and a change of the lexicon must keep every persisting flag's place, so that only new flags need verdicts.
import { describe, expect, it } from 'vitest';
import type { Flag } from './framing-flags.js';
import { CHECK_SIZE, CHECKS, drawCheck, drawSample, keyOf, scoreSample, type FlaggedDoc, type Verdict } from './framing-precision.js';

const flag = (start: number, term: string, kind: Flag['kind'] = 'label'): Flag => ({
  start,
  end: start + term.length,
  term,
  kind,
  quoted: false,
});
const doc = (file: string, flags: Flag[]): FlaggedDoc => ({ corpus: 'basil', file, text: '', flags });
const keys = (s: readonly { file: string; start: number; term: string }[]): string[] => s.map((f) => keyOf(f.file, f.start, f.term));

const many = (file: string, n: number, offset = 0): Flag[] => Array.from({ length: n }, (_, i) => flag(offset + i * 10, `word${i % 7}`));

describe('drawSample', () => {
  it('is the same on every run and in any document order', () => {
    const docs = [doc('a', many('a', 40)), doc('b', many('b', 40))];
    const one = drawSample(docs, 25);
    expect(one).toHaveLength(25);
    expect(keys(drawSample([...docs].reverse(), 25))).toEqual(keys(one));
  });

  it('draws each check sample by its own seed, clear of the main sample and of the earlier checks', () => {
    const docs = [doc('a', many('a', 500)), doc('b', many('b', 300))];
    const taken = new Set(keys(drawSample(docs)));
    CHECKS.forEach((_c, i) => {
      const check = keys(drawCheck(docs, i));
      expect(check).toHaveLength(CHECK_SIZE);
      for (const k of check) expect(taken.has(k)).toBe(false);
      for (const k of check) taken.add(k);
      expect(keys(drawCheck([...docs].reverse(), i))).toEqual(check);
    });
  });

  it('counts one flag per file, offset and term', () => {
    const docs = [doc('a', [flag(5, 'scheme', 'label'), flag(5, 'scheme', 'marker'), flag(5, 'plot')])];
    expect(keys(drawSample(docs, 10)).sort()).toEqual([keyOf('a', 5, 'plot'), keyOf('a', 5, 'scheme')].sort());
  });

  it('draws only new flags into the sample when flags are added', () => {
    const before = many('a', 60);
    const added = many('a', 30, 5);
    const old = new Set(keys(drawSample([doc('a', before)], 20)));
    const fresh = new Set(keys(added.map((f) => ({ ...f, file: 'a' }))));
    for (const k of keys(drawSample([doc('a', [...before, ...added])], 20))) expect(old.has(k) || fresh.has(k)).toBe(true);
  });

  it.each([
    ['flags added', (fl: Flag[]) => [...fl, ...many('a', 30, 5)]],
    ['flags removed', (fl: Flag[]) => fl.filter((_, i) => i % 3 !== 0)],
    ['flags added and removed', (fl: Flag[]) => [...fl.filter((_, i) => i % 2 === 0), ...many('a', 30, 7)]],
  ])('keeps a persisting sampled flag unless new flags rank before it: %s', (_name, change) => {
    const before = many('a', 60);
    const after = change(before);
    const now = drawSample([doc('a', after)], 20);
    const nowKeys = new Set(keys(now));
    const persisting = new Set(keys(after.map((f) => ({ ...f, file: 'a' }))));
    const cutoff = now.at(-1)?.hash ?? '';
    for (const f of drawSample([doc('a', before)], 20)) {
      const k = keyOf(f.file, f.start, f.term);
      if (persisting.has(k) && f.hash <= cutoff) expect(nowKeys.has(k)).toBe(true);
    }
  });
});

describe('scoreSample', () => {
  it('counts judged flags, defensible ones and the unjudged, per corpus, kind and voice', () => {
    const sample = drawSample([doc('a', [flag(0, 'scheme'), flag(20, 'slammed', 'cue'), flag(40, 'very', 'marker')])], 3);
    const v = (start: number, term: string, verdict: Verdict['verdict']): [string, Verdict] => [
      keyOf('a', start, term),
      { file: 'a', offset: start, term, verdict },
    ];
    const { total, groups, unjudged } = scoreSample(sample, new Map([v(0, 'scheme', 'defensible'), v(40, 'very', 'not defensible')]));
    expect(total).toEqual({ sampled: 3, judged: 2, defensible: 1 });
    expect(unjudged.map((f) => f.term)).toEqual(['slammed']);
    expect(groups.get('kind cue')).toEqual({ sampled: 1, judged: 0, defensible: 0 });
    expect(groups.get('own voice')).toEqual({ sampled: 3, judged: 2, defensible: 1 });
  });
});
