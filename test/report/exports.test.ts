import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, EXPORT_COLUMNS, exportRows, splitByStory, toCSV, toJSONLines, type ExportTable } from '../../src/index.js';
import { parseCsv } from '../../src/util/csv.js';
import type { ArticleInput, Report } from '../../src/types.js';
import { REUSE_ARTICLES, REUSE_STORIES } from '../reuse/fixtures.js';

const TABLES: readonly ExportTable[] = ['alignments', 'quotes', 'labels'];

/** Two stories whose shared passages and quotes hold commas, quote marks, CRLF, NBSP, emoji and CJK. */
const TRICKY: readonly ArticleInput[] = [
  {
    id: 'harbour, "north"',
    text: 'Ferry row.\r\n\r\n"We will rebuild the pier, and we will do it\u00A0right," Mayor Lena Holm said 🚢.\r\n\r\nThe old northern pier, built in 1921 by the "town" itself, carried 港 boats for a century and deserves a proper repair.',
  },
  {
    id: 'harbour-2',
    text: 'Pier news.\n\nThe old northern pier, built in 1921 by the "town" itself, carried 港 boats for a century and deserves a proper repair.\n\n"We will rebuild the pier, and we will do it\u00A0right," Holm told the council.',
  },
  { id: 'strike', text: 'Teachers walked out on Thursday, the union said, calling the offer "an insult" to staff.' },
];
const TRICKY_STORIES = { 'harbour, "north"': 'pier', 'harbour-2': 'pier', strike: 'strike' };
const texts = Object.fromEntries([...TRICKY, ...REUSE_ARTICLES].map((a) => [a.id, a.text]));

/** A CSV field as the export writes a value: empty for null, `true`/`false`, numbers as JavaScript prints them. */
const asField = (v: unknown): string => (v === null ? '' : String(v));

describe('exportRows', () => {
  it('alignments: a row per copy of every alignment and common passage, text written out, offsets exact', async () => {
    const report = await analyze(REUSE_ARTICLES, { stories: REUSE_STORIES });
    const rows = exportRows(report, 'alignments');
    const copies =
      report.alignments.reduce((n, a) => n + a.members.length, 0) + report.commonPassages.reduce((n, c) => n + c.members.length, 0);
    expect(rows).toHaveLength(copies);
    for (const r of rows) expect(texts[r.docId]?.slice(r.start, r.end)).toBe(r.text);
    expect(rows.filter((r) => r.type === 'commonPassage').map((r) => [r.passageId, r.storyId, r.docId])).toEqual([
      ['cp1', 'pier', 'pier-1'],
      ['cp1', 'strike', 'strike-1'],
      ['cp2', 'pier', 'pier-1'],
      ['cp2', 'strike', 'strike-1'],
      ['cp3', 'pier', 'pier-1'],
      ['cp3', 'pier', 'pier-2'],
      ['cp3', 'strike', 'strike-1'],
    ]);
  });

  it('quotes: a row per quote with its story and cluster', async () => {
    const report = await analyze(TRICKY, { stories: TRICKY_STORIES });
    const rows = exportRows(report, 'quotes');
    expect(rows.map((q) => q.quoteId)).toEqual(report.quotes.map((q) => q.id));
    const pier = rows.filter((q) => q.storyId === 'pier' && q.isSpeech);
    expect(pier.map((q) => [q.docId, q.text, q.speaker, q.cue])).toEqual([
      ['harbour, "north"', 'We will rebuild the pier, and we will do it\u00A0right,', 'Lena Holm', 'said'],
      ['harbour-2', 'We will rebuild the pier, and we will do it\u00A0right,', 'Lena Holm', 'told'],
    ]);
    expect(pier[0]?.clusterId).toBe(report.quoteClusters[0]?.id);
    expect(pier[1]?.clusterId).toBe(report.quoteClusters[0]?.id);
    expect(rows.filter((q) => !q.isSpeech).map((q) => [q.docId, q.text, q.speaker, q.clusterId])).toEqual([
      ['harbour, "north"', 'town', null, null],
      ['harbour-2', 'town', null, null],
    ]);
    expect(rows.find((q) => q.text === 'an insult')).toMatchObject({ storyId: 'strike', isSpeech: true, partial: true, clusterId: null });
    for (const q of rows) expect(texts[q.docId]?.slice(q.start, q.end)).toBe(q.text);
  });

  it('labels: every label, attribution verb, hedge, intensifier and scare quote, in text order per document', async () => {
    const report = await analyze(REUSE_ARTICLES, { stories: REUSE_STORIES });
    const rows = exportRows(report, 'labels');
    const expected = report.framing.documents.reduce(
      (n, d) => n + d.labels.length + d.cueVerbs.verbs.length + d.hedges.length + d.intensifiers.length + d.scareQuotes.length,
      0,
    );
    expect(rows).toHaveLength(expected);
    expect(new Set(rows.map((r) => r.type))).toContain('cue-verb');
    for (const r of rows) expect(texts[r.docId]?.slice(r.start, r.end)).toBe(r.text);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      if (a?.docId === b?.docId) expect((a?.start ?? 0) <= (b?.start ?? 0)).toBe(true);
    }
  });

  it('another table name is an INVALID_ARGUMENT saying what was expected', async () => {
    const report = await analyze(REUSE_ARTICLES.slice(0, 1));
    expect(() => exportRows(report, 'stories' as ExportTable)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'narrative-diff: table must be "alignments", "quotes" or "labels", found "stories"',
      }),
    );
  });
});

describe('toCSV and toJSONLines', () => {
  it.each(TABLES)(
    '%s: CSV reads back (RFC 4180) and JSON Lines parses to the same rows, columns in EXPORT_COLUMNS order',
    async (table) => {
      const report = await analyze(TRICKY, { stories: TRICKY_STORIES });
      const rows = exportRows(report, table) as unknown as Record<string, unknown>[];
      expect(rows.length).toBeGreaterThan(0);
      const csv = toCSV(report, table);
      expect(csv.endsWith('\r\n')).toBe(true);
      const [header, ...body] = parseCsv(csv);
      expect(header).toEqual(EXPORT_COLUMNS[table]);
      expect(body).toEqual(rows.map((r) => EXPORT_COLUMNS[table].map((c) => asField(r[c]))));
      const lines = toJSONLines(report, table).split('\n');
      expect(lines.pop()).toBe('');
      const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      for (const p of parsed) expect(Object.keys(p)).toEqual(EXPORT_COLUMNS[table]);
      expect(parsed).toEqual(rows);
    },
  );

  it('is deterministic, and the stories’ exports together are the full export', async () => {
    const report = await analyze(REUSE_ARTICLES, { stories: REUSE_STORIES });
    const again = await analyze([...REUSE_ARTICLES].reverse(), { stories: REUSE_STORIES });
    const parts = [...splitByStory(report)];
    for (const table of TABLES) {
      expect(toCSV(report, table)).toBe(toCSV(report, table));
      const body = (r: Report): string[] => toJSONLines(r, table).split('\n').filter(Boolean);
      const joined = parts.flatMap(body);
      const full = body(report);
      // Quotes and labels: exactly the full rows; alignments: the full rows of alignments, and of the common passages
      // the copies each story holds two or more of.
      if (table === 'alignments') {
        expect(joined.filter((l) => l.includes('"type":"alignment"'))).toEqual(full.filter((l) => l.includes('"type":"alignment"')));
      } else expect(joined).toEqual(full);
      expect(body(again).length).toBe(full.length);
    }
  });

  it('an empty table is a header alone in CSV and nothing in JSON Lines', async () => {
    const report = await analyze([{ id: 'a', text: 'Rain fell on the town.' }]);
    expect(toCSV(report, 'quotes')).toBe(`${EXPORT_COLUMNS.quotes.join(',')}\r\n`);
    expect(toJSONLines(report, 'quotes')).toBe('');
  });

  it('property: any text in a field reads back from CSV exactly', () => {
    const member = (docId: string, text: string): { docId: string; start: number; end: number; text: string } => ({
      docId,
      start: 0,
      end: text.length,
      text,
    });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (x, y) => {
        const t = `${x},"\r\n${y}`;
        const report = {
          stories: [{ id: 's,1', docIds: ['d"1', 'd2'], terms: [], names: [] }],
          alignments: [
            { id: 'p1', storyId: 's,1', kind: 'edited', similarity: 0.5, members: [member('d"1', t), member('d2', y)], pairs: [] },
          ],
          commonPassages: [],
        } as unknown as Report;
        const [, ...body] = parseCsv(toCSV(report, 'alignments'));
        expect(body.map((r) => r[9])).toEqual([t, y]);
        expect(body.map((r) => r[6])).toEqual(['d"1', 'd2']);
      }),
      { seed: 19, numRuns: 300 },
    );
  });
});
