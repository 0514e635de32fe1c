import { describe, expect, it } from 'vitest';
import type { Quote, QuoteCluster, QuoteVariantOp } from '../../src/index.js';
import { renderingsTable } from '../../src/report/renderings.js';

// Two invented renderings of one remark, aligned by hand the way the quote-cluster stage aligns them.
const pivotText = 'We firmly reject foreign domination of the port';
const otherText = 'We reject outside hegemony [over us] of the port';
const quote = (id: string, docId: string, text: string): Quote =>
  ({ id, docId, start: 100, end: 100 + text.length, text, speaker: { name: 'Ines Calder' }, cue: 'said' }) as unknown as Quote;
const at = (text: string, word: string): { start: number; end: number; text: string } => {
  const i = text.indexOf(word);
  return { start: 100 + i, end: 100 + i + word.length, text: word };
};
const ops: QuoteVariantOp[] = [
  { op: 'equal', a: at(pivotText, 'We'), b: at(otherText, 'We') },
  { op: 'delete', a: at(pivotText, 'firmly') },
  { op: 'equal', a: at(pivotText, 'reject'), b: at(otherText, 'reject') },
  { op: 'substitute', a: at(pivotText, 'foreign'), b: at(otherText, 'outside') },
  { op: 'substitute', a: at(pivotText, 'domination'), b: at(otherText, 'hegemony') },
  { op: 'equal', a: at(pivotText, 'of the port'), b: at(otherText, 'of the port') },
];
const cluster = {
  id: 'c1',
  storyId: 's1',
  speaker: 'Ines Calder',
  quoteIds: ['q1', 'q2'],
  kind: 'translation-variant',
  divergence: 0.5,
  substitutions: [{ from: 'domination', to: 'hegemony', docIds: ['a', 'b'], relation: 'near-synonym', spans: [] }],
  members: [],
  variants: [
    { quoteIds: ['q1'], docIds: ['a'], ops: [] },
    { quoteIds: ['q2'], docIds: ['b'], ops },
  ],
  insertions: [
    { span: { docId: 'a', quoteId: 'q1', ...at(pivotText, 'firmly') }, kind: 'intensifier', absentFrom: ['b'] },
    { span: { docId: 'b', quoteId: 'q2', ...at(otherText, '[over us]') }, kind: 'editorial', absentFrom: ['a'] },
  ],
  omissions: [],
  reorderings: [],
  groups: [],
  links: [],
} as unknown as QuoteCluster;
const quotes = new Map([
  ['q1', quote('q1', 'a', pivotText)],
  ['q2', quote('q2', 'b', otherText)],
]);

describe('renderingsTable', () => {
  const t = renderingsTable(cluster, quotes);
  const row = (i: number): string[] =>
    (t?.rows[i]?.cells ?? []).flatMap((c) => [`${c.kind}:${c.text}`, ...Array<string>(c.span - 1).fill('↤')]);

  it('puts the substituted words of every rendering in one column', () => {
    const col = row(0).indexOf('substitute:domination');
    expect(col).toBeGreaterThan(0);
    expect(row(1)[col]).toBe('substitute:hegemony');
  });

  it.each([
    ['the intensifier of the fullest rendering', 0, 'insert-intensifier:firmly'],
    ["the editor's bracket the word alignment skips", 1, 'insert-editorial:[over us]'],
    ['a left-out word', 1, 'omitted:'],
  ])('marks %s', (_, r, cell) => {
    expect(row(r)).toContain(cell);
  });

  it('fills every column of every row once', () => {
    for (const r of t?.rows ?? []) expect(r.cells.reduce((n, c) => n + c.span, 0)).toBe(t?.columns);
  });

  it('names the relation of a substitution', () => {
    expect(t?.rows[1]?.cells.find((c) => c.text === 'hegemony')?.note).toBe('near synonym of “domination”');
  });

  it('is undefined for a cluster without variants', () => {
    expect(renderingsTable({ ...cluster, variants: [] }, quotes)).toBeUndefined();
  });
});
