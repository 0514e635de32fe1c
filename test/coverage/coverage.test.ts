import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Alignment } from '../../src/align/types.js';
import { readCorpus } from '../../src/document/read.js';
import { excerpt } from '../../src/coverage/index.js';
import { buildCoverage } from '../../src/coverage/index.js';
import { analyzeFraming } from '../../src/framing/index.js';
import { framingInputs } from '../helpers/stages.js';

// Three written articles: a shared wire paragraph in a and b, a second shared paragraph in all three.
const shared1 = 'The ferry resumed service across the strait on Tuesday after a week of storms.';
const shared2 = 'Harbour officials said the crossing would run twice a day.';
const texts = {
  a: `${shared1}\n\n${shared2}\n\nLocal traders welcomed the news.`,
  b: `${shared1}\n\n${shared2}`,
  c: `${shared2}\n\nThe disastrous storms had shamefully cut off the islands.`,
};
const corpus = readCorpus(Object.entries(texts).map(([id, text]) => ({ id, text })));
const member = (docId: keyof typeof texts, passage: string) => {
  const start = texts[docId].indexOf(passage);
  return { docId, start, end: start + passage.length, text: passage };
};
const alignments: Alignment[] = [
  { id: 'p1', kind: 'verbatim', similarity: 1, members: [member('a', shared1), member('b', shared1)], pairs: [] },
  { id: 'p2', kind: 'verbatim', similarity: 1, members: [member('a', shared2), member('b', shared2), member('c', shared2)], pairs: [] },
];

describe('buildCoverage on written articles', () => {
  const coverage = buildCoverage(corpus, alignments, [], []);

  it.each([
    ['p1', ['a', 'b'], ['c']],
    ['p2', ['a', 'b', 'c'], []],
  ])('%s is carried by %j (and so omitted by %j)', (id, carried, omitted) => {
    const it = coverage.items.find((x) => x.id === id);
    expect(it?.carriedBy).toEqual(carried);
    expect(Object.keys(texts).filter((d) => !it?.carriedBy.includes(d))).toEqual(omitted);
    expect(it).not.toHaveProperty('omittedBy');
  });

  it.each([
    ['a', [], 1],
    ['b', [], 0],
    ['c', ['p1'], 1],
  ])('document %s omits %j and carries %i paragraph(s) of its own', (docId, omits, own) => {
    const d = coverage.documents.find((x) => x.docId === docId);
    expect(d?.omits).toEqual(omits);
    expect(d?.uniquelyCarries).toHaveLength(own);
    for (const u of d?.uniquelyCarries ?? []) expect(texts[docId as keyof typeof texts].slice(u.start, u.end)).toBe(u.text);
  });

  it('b is all shared text, c only partly', () => {
    expect(coverage.documents.find((d) => d.docId === 'b')?.sharedShare).toBe(1);
    expect(coverage.documents.find((d) => d.docId === 'c')?.sharedShare).toBeLessThan(0.6);
  });

  it('the coverage component of a pair is the Jaccard distance of what each carries, with the omitted passage as evidence', () => {
    const framing = analyzeFraming(corpus, framingInputs(corpus, { alignments, coverage }));
    const ab = framing.pairs.find((p) => p.a === 'a' && p.b === 'b');
    const ac = framing.pairs.find((p) => p.a === 'a' && p.b === 'c');
    expect(ab?.components.coverage).toBe(0);
    expect(ac?.components.coverage).toBe(0.5);
    const ev = ac?.explanations.find((e) => e.component === 'coverage')?.evidence ?? [];
    expect(ev.map((e) => [e.docId, e.text])).toEqual([['a', shared1]]);
    // c editorializes in its own voice; the wire copies do not.
    expect(framing.documents.find((d) => d.docId === 'c')?.editorializing.map((e) => e.terms)).toEqual([['disastrous', 'shamefully']]);
    expect(framing.documents.find((d) => d.docId === 'b')?.editorializing).toEqual([]);
  });
});

describe('buildCoverage against its plain definition', () => {
  // Eight tiny documents; items carried by random documents (repeats and unknown ids included), so that
  // the copied runs of omitted documents, the carriers' order and the half-of-the-others rule are all met.
  const ids = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7'];
  const small = readCorpus(ids.map((id, i) => ({ id, text: `Paragraph one of ${i}.\n\nParagraph two of ${i} here.` })));
  const carrier = fc.oneof(fc.constantFrom(...ids), fc.constant('nowhere'));

  it('carriedBy and omits follow the definition', () => {
    fc.assert(
      fc.property(fc.array(fc.array(carrier, { maxLength: 12 }), { maxLength: 6 }), (lists) => {
        const items: Alignment[] = lists.map((docs, n) => ({
          id: `p${n}`,
          kind: 'verbatim',
          similarity: 1,
          pairs: [],
          members: docs.map((docId) => ({ docId, start: 0, end: 5, text: 'Parag' })),
        }));
        const cov = buildCoverage(small, items, [], []);
        const need = Math.ceil((ids.length - 1) / 2);
        items.forEach((a, n) => {
          const carried = new Set(a.members.map((m) => m.docId));
          expect(cov.items[n]?.carriedBy).toEqual(ids.filter((d) => carried.has(d)));
        });
        ids.forEach((d, k) => {
          const omits = items.filter(
            (a) => !a.members.some((m) => m.docId === d) && ids.filter((x) => a.members.some((m) => m.docId === x)).length >= need,
          );
          expect(cov.documents[k]?.omits).toEqual(omits.map((a) => a.id));
        });
      }),
      { seed: 42 },
    );
  });
});

describe('excerpt against its plain definition', () => {
  const plain = (text: string): string => {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= 80 ? flat : `${flat.slice(0, 79)}…`;
  };
  // Words and white-space runs of every kind, so that runs fall on both sides of the prefix's end.
  const piece = fc.oneof(
    fc.constantFrom('a', 'Ferry', 'runs.', 'é', '—'),
    fc.constantFrom(' ', '  ', '\n\n', '\t', '\u00A0', ' \u2009 ', '\r\n', ' '.repeat(300)),
  );

  it('gives the same excerpt of texts around the prefix length, with any white space', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 0, maxLength: 400 }), (parts) => {
        const text = parts.join('');
        expect(excerpt(text)).toBe(plain(text));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('cuts "word word …" at 79 characters and keeps a short padded text whole', () => {
    const long = `${' '.repeat(330)}${'word '.repeat(30)}`;
    expect(excerpt(long)).toBe(`${'word '.repeat(16)}`.slice(0, 79) + '…');
    expect(excerpt(`${' \n'.repeat(200)}Ferry runs.${' '.repeat(200)}`)).toBe('Ferry runs.');
    // Eighty characters, then only white space: the prefix holds 81 after collapsing, and no cut is due.
    expect(excerpt(`${'w'.repeat(80)}${' '.repeat(300)}`)).toBe('w'.repeat(80));
    expect(excerpt(`${'w'.repeat(80)}${' '.repeat(300)}x`)).toBe(`${'w'.repeat(79)}…`);
  });
});
