import { describe, expect, it } from 'vitest';
import { alignCorpus, resolveAlignOptions } from '../../src/align/index.js';
import type { Alignment } from '../../src/align/types.js';
import { readCorpus } from '../../src/document/read.js';
import type { AlignOptions } from '../../src/align/types.js';

// Fixture articles written for these tests: a wire paragraph carried by three outlets (one edits it,
// one moves it), a quote with British spelling in one and American in another, and page furniture.
const WIRE =
  'The delegation arrived in the northern port on Tuesday evening and was greeted by the mayor, who promised a full report on the flooding within a week.';
const WIRE_EDITED =
  'The delegation arrived in the northern port on Tuesday and was greeted by the deputy mayor, who promised a full report on the flooding within a week.';
const QUOTE_UK =
  '\u201CWe will not organise anything until the harbour is safe, and every family will be compensated half-way through the year,\u201D the minister said.';
const QUOTE_US =
  '"We will not organize anything until the harbor is safe, and every family will be compensated halfway\u00A0through the year," the minister said.';
const ADVERT = 'Share this on';

const docs = [
  {
    id: 'daily',
    text: `Floods hit the coast\n\n${WIRE}\n\nResidents spent the night in the school gym, where volunteers served soup.\n\n${QUOTE_UK}\n\n${ADVERT}`,
  },
  {
    id: 'herald',
    text: `Minister visits flooded port\n\n${QUOTE_US}\n\nThe river rose by two metres overnight, the highest level in forty years.\n\n${WIRE_EDITED}\n\n${ADVERT}`,
  },
  { id: 'post', text: `A cold welcome\n\nFarmers upstream said they had warned officials for years about the levee.\n\n${WIRE}` },
  {
    id: 'sports',
    text: 'The home side won the cup final after extra time, with a late goal from the captain sending the crowd into raptures.',
  },
];

const run = (options?: AlignOptions): Alignment[] => alignCorpus(readCorpus(docs), resolveAlignOptions(options));
const withText = (als: readonly Alignment[], phrase: string): Alignment[] =>
  als.filter((a) => a.members.some((m) => (m.text ?? '').includes(phrase)));

describe('alignCorpus', () => {
  const als = run();

  it('finds the wire paragraph as one alignment across the three outlets, edited copy included', () => {
    const [wire, ...rest] = withText(als, 'promised a full report');
    expect(rest).toEqual([]);
    expect(wire?.members.map((m) => m.docId)).toEqual(['daily', 'herald', 'post']);
    expect(wire?.kind).toBe('edited');
    const edited = wire?.pairs.find((p) => wire.members[p.b]?.docId === 'herald' || wire.members[p.a]?.docId === 'herald');
    expect(edited?.diff.some((d) => d.op !== 'equal' && d.text.includes('deputy'))).toBe(true);
  });

  it('finds the quote despite British/American spelling, curly quotes and an NBSP, and shows those edits', () => {
    const [quote] = withText(als, 'harbo');
    expect(quote?.members.map((m) => m.docId)).toEqual(['daily', 'herald']);
    const ops = quote?.pairs[0]?.diff ?? [];
    expect(
      ops
        .filter((d) => d.op === 'delete')
        .map((d) => d.text)
        .join('|'),
    ).toContain('organise');
    expect(
      ops
        .filter((d) => d.op === 'insert')
        .map((d) => d.text)
        .join('|'),
    ).toContain('\u00A0');
  });

  it('leaves boilerplate and unrelated text out', () => {
    expect(withText(als, 'Share this')).toEqual([]);
    expect(als.flatMap((a) => a.members).some((m) => m.docId === 'sports')).toBe(false);
  });

  it('gives members exact offsets on token boundaries, diffs that rebuild them, ordered ids', () => {
    const texts = new Map(docs.map((d) => [d.id, d.text]));
    als.forEach((a, i) => {
      expect(a.id).toBe(`p${i + 1}`);
      expect(new Set(a.members.map((m) => m.docId)).size).toBeGreaterThanOrEqual(2);
      for (const m of a.members) {
        expect(texts.get(m.docId)?.slice(m.start, m.end)).toBe(m.text);
        expect(m.text?.trim()).toBe(m.text);
      }
      for (const p of a.pairs) {
        const A = p.diff
          .filter((d) => d.op !== 'insert')
          .map((d) => d.text)
          .join('');
        const B = p.diff
          .filter((d) => d.op !== 'delete')
          .map((d) => d.text)
          .join('');
        expect(A).toBe(a.members[p.a]?.text);
        expect(B).toBe(a.members[p.b]?.text);
        expect(p.similarity).toBeGreaterThanOrEqual(a.similarity);
      }
    });
  });

  it('finds a passage whatever the order of the documents, and is deterministic', () => {
    const again = alignCorpus(readCorpus([...docs].reverse()), resolveAlignOptions(undefined));
    expect(withText(again, 'promised a full report')[0]?.members.length).toBe(3);
    expect(JSON.stringify(run())).toBe(JSON.stringify(als));
  });

  it.each<[string, AlignOptions]>([
    ['minPassageWords above every passage', { minPassageWords: 60 }],
    ['minSimilarity of 1 (verbatim copies only; spelling variants count as verbatim)', { minSimilarity: 1 }],
  ])('honours %s', (_name, options) => {
    const out = run(options);
    if (options.minPassageWords !== undefined) expect(out).toEqual([]);
    else {
      expect(out.map((a) => a.members.map((m) => m.docId))).toEqual([
        ['daily', 'post'],
        ['daily', 'herald'],
      ]);
      for (const a of out) expect(a.kind).toBe('verbatim');
    }
  });

  it('skips the paraphrase tier when asked', () => {
    const para = [
      { id: 'x', text: 'The mayor said the rebuilding of the old bridge will cost the city about four million euros next spring.' },
      { id: 'y', text: 'According to the mayor, rebuilding the old bridge next spring would cost the city some four million euros.' },
    ];
    const on = alignCorpus(readCorpus(para), resolveAlignOptions({}));
    const off = alignCorpus(readCorpus(para), resolveAlignOptions({ paraphrases: false }));
    expect(on.map((a) => a.kind)).toEqual(['paraphrase']);
    expect(off).toEqual([]);
  });
});
