import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardText, MAX_BREAKS, MAX_RUN } from '../../src/document/guard.js';
import { tokenText } from '../../src/document/model.js';
import { readCorpus } from '../../src/document/read.js';

const read = (text: string) => readCorpus([{ id: 'd', text }]).docs[0]!;
const tokensOf = (text: string): string[] => {
  const doc = read(text);
  return Array.from({ length: doc.tokens.count }, (_, i) => tokenText(doc, i));
};

describe('guardText: what wink-nlp reads', () => {
  it('hands ordinary text on as it is', () => {
    const text = 'The ferry left at noon.\n\n\n“It is late,” Marta Lind said.\thttps://example.org/a/b?c=d';
    const g = guardText(text);
    expect(g.text).toBe(text);
    expect(g.runs).toEqual([]);
  });

  it(`blanks a run of more than ${MAX_RUN} characters without white space, keeping its edge punctuation`, () => {
    const run = 'ab'.repeat(200);
    const text = `See “${run}.” now`;
    const g = guardText(text);
    expect(g.text).toHaveLength(text.length);
    const start = text.indexOf(run);
    expect(g.runs).toEqual([{ start, end: start + run.length }]);
    expect(g.text).toBe(`See “${' '.repeat(run.length)}.” now`);
  });

  it(`leaves a run of ${MAX_RUN} characters alone`, () => {
    expect(guardText(`a ${'x'.repeat(MAX_RUN)} b`).runs).toEqual([]);
  });

  it(`reads line breaks and tabs after the first ${MAX_BREAKS} of one white-space run as spaces`, () => {
    const text = `a${' \n'.repeat(40)}b\n\nc`;
    const g = guardText(text);
    expect(g.text).toHaveLength(text.length);
    expect(g.text).toBe(`a${' \n'.repeat(MAX_BREAKS)}${'  '.repeat(40 - MAX_BREAKS)}b\n\nc`);
    expect(g.runs).toEqual([]);
  });
});

describe('the document stage on guarded text', () => {
  it('reads a giant run as one token with its exact offsets, the words around it as usual', () => {
    const run = 'x'.repeat(5000);
    const text = `The mayor said ${run} was the word. Then it rained.`;
    const doc = read(text);
    expect(tokensOf(text)).toEqual(['The', 'mayor', 'said', run, 'was', 'the', 'word', '.', 'Then', 'it', 'rained', '.']);
    expect(doc.sentences).toHaveLength(2);
    const i = tokensOf(text).indexOf(run);
    expect([doc.tokens.start[i], doc.tokens.end[i]]).toEqual([15, 15 + run.length]);
  });

  it('keeps the full stop after a giant run as the end of its sentence', () => {
    const run = 'y'.repeat(400);
    const doc = read(`It read ${run}. Then it rained.`);
    expect(doc.sentences).toHaveLength(2);
  });

  it('reads white space with many line breaks as no token, and paragraphs as before', () => {
    expect(read(' \n'.repeat(500)).tokens.count).toBe(0);
    const doc = read(`One here.${' \n'.repeat(100)}Two here.`);
    expect(tokensOf(`One here.${' \n'.repeat(100)}Two here.`)).toEqual(['One', 'here', '.', 'Two', 'here', '.']);
    expect(doc.paragraphs).toHaveLength(2);
  });

  const piece = fc.constantFrom(
    'Lind said ',
    '“It is late.” ',
    '. ',
    ' \n'.repeat(30),
    '\n\n',
    'z'.repeat(MAX_RUN + 1),
    `“${'q'.repeat(300)}”`,
    `${'a-'.repeat(200)}.`,
    '!'.repeat(300),
    '😀'.repeat(200),
  );
  const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 12 }).map((a) => a.join(''));

  it('keeps the same length and every token slicing the original text (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const g = guardText(t);
        expect(g.text).toHaveLength(t.length);
        for (let k = 0; k < t.length; k++) if (g.text[k] !== t[k]) expect(/\s/u.test(g.text[k] ?? '')).toBe(true);
        const doc = read(t);
        let prevEnd = 0;
        for (let i = 0; i < doc.tokens.count; i++) {
          const s = doc.tokens.start[i] ?? -1;
          const e = doc.tokens.end[i] ?? -1;
          expect(s).toBeGreaterThanOrEqual(prevEnd);
          expect(e).toBeGreaterThan(s);
          expect(tokenText(doc, i).trim()).not.toBe('');
          prevEnd = e;
        }
        for (const r of g.runs)
          expect(Array.from({ length: doc.tokens.count }, (_, i) => tokenText(doc, i))).toContain(t.slice(r.start, r.end));
      }),
      { seed: 14, numRuns: 150 },
    );
  });
});
