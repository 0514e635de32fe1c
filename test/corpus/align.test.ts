// The alignment stage on the real articles in ../shared/corpus (read at run time, never copied here).
// Expected passages are located in the real text by short phrases.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignCorpus, resolveAlignOptions } from '../../src/align/index.js';
import { isWord } from '../../src/align/view.js';
import type { Alignment, DiffOp } from '../../src/align/types.js';
import { readCorpus } from '../../src/document/read.js';

const SHARED = new URL('../../../shared/corpus/', import.meta.url);
const LAVROV = new URL('lavrov-kim-2018/', SHARED);
const lavrov = readdirSync(LAVROV)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.slice(0, 3), text: readFileSync(new URL(f, LAVROV), 'utf8') }));

const align = (docs: { id: string; text: string }[]): Alignment[] => alignCorpus(readCorpus(docs), resolveAlignOptions(undefined));
const carrying = (als: readonly Alignment[], phrase: string): Alignment[] =>
  als.filter((a) => a.members.some((m) => (m.text ?? '').includes(phrase)));
const docsOf = (a: Alignment | undefined): string[] => [...new Set(a?.members.map((m) => m.docId))];
const changes = (ops: readonly DiffOp[], op: 'delete' | 'insert'): string =>
  ops
    .filter((d) => d.op === op)
    .map((d) => d.text)
    .join('|');
/** Documents whose text contains the phrase (whitespace-insensitive), to check coverage against the data. */
const docsWith = (phrase: string): string[] => lavrov.filter((d) => d.text.replace(/\s+/g, ' ').includes(phrase)).map((d) => d.id);

describe('lavrov-kim-2018', () => {
  const als = align(lavrov);

  it('the "As we move to adjust" quote is one alignment with a member in every article that carries it', () => {
    const found = carrying(als, 'As we move to adjust');
    expect(found).toHaveLength(1);
    expect(docsWith('As we move to adjust')).toEqual(['000', '001', '002']);
    expect(found[0]?.members.map((m) => m.docId)).toEqual(['000', '001', '002']);
    expect(found[0]?.kind).toBe('verbatim');
  });

  it('the AP "remained largely on the sidelines" paragraph joins the two articles that carry it', () => {
    const found = carrying(als, 'remained largely on the sidelines');
    expect(found).toHaveLength(1);
    expect(docsOf(found[0])).toEqual(docsWith('remained largely on the sidelines'));
    expect(docsOf(found[0])).toEqual(['000', '002']);
    // 000 carries the sentence twice (once reworded): both copies are members.
    expect(found[0]?.members.filter((m) => (m.text ?? '').includes('remained largely on the sidelines'))).toHaveLength(3);
  });

  it("Lavrov's sanctions remark aligns despite denuclearisation/denuclearization and half-way/halfway", () => {
    const [start] = carrying(als, 'As for sanctions');
    expect(docsOf(start)).toEqual(['001', '003']);
    const [rest] = carrying(als, 'no immediate');
    expect(docsOf(rest)).toEqual(['001', '003']);
    const diff = rest?.pairs[0]?.diff ?? [];
    expect(changes(diff, 'delete')).toMatch(/denuclearisation.*half-way/);
    expect(changes(diff, 'insert')).toMatch(/denuclearization.*halfway/);
    expect(rest?.kind).toBe('edited');
  });

  it('the sanctions remark survives NBSPs put into one copy (derived at run time)', () => {
    const withNbsp = lavrov.map((d) =>
      d.id === '001'
        ? { ...d, text: d.text.replace('As for sanctions, it is absolutely', 'As\u00A0for sanctions, it\u00A0is absolutely') }
        : d,
    );
    const [found] = carrying(align(withNbsp), 'absolutely obvious');
    expect(docsOf(found)).toEqual(['001', '003']);
    expect(changes(found?.pairs[0]?.diff ?? [], 'delete')).toContain('\u00A0');
  });

  it('the Pompeo "real progress" passage shows its edit', () => {
    const [found] = carrying(als, 'real progress');
    expect(docsOf(found)).toEqual(['001', '002']);
    expect(found?.kind).toBe('edited');
    expect(changes(found?.pairs[0]?.diff ?? [], 'insert')).toContain('in the last three days');
    expect(found?.members[0]?.text?.startsWith('Pompeo said')).toBe(true);
  });

  it('finds the other shared passages: the Rinna quote, "Come to Russia", the measured/delicate approach', () => {
    expect(docsOf(carrying(als, 'no hat in the ring')[0])).toEqual(['001', '004']);
    expect(docsOf(carrying(als, 'Come to Russia')[0])).toEqual(['001', '002']);
    const [approach] = carrying(als, 'approach to possible forthcoming talks');
    expect(changes(approach?.pairs[0]?.diff ?? [], 'delete')).toContain('measured');
  });

  it('members slice the original text exactly and diffs rebuild them', () => {
    const text = new Map(lavrov.map((d) => [d.id, d.text]));
    for (const a of als) {
      for (const m of a.members) {
        expect(text.get(m.docId)?.slice(m.start, m.end)).toBe(m.text);
        expect(m.text?.trim()).toBe(m.text);
      }
      for (const p of a.pairs) {
        expect(
          p.diff
            .filter((d) => d.op !== 'insert')
            .map((d) => d.text)
            .join(''),
        ).toBe(a.members[p.a]?.text);
        expect(
          p.diff
            .filter((d) => d.op !== 'delete')
            .map((d) => d.text)
            .join(''),
        ).toBe(a.members[p.b]?.text);
      }
    }
  });

  it('leaves boilerplate out', () => {
    for (const phrase of ['Share this on', 'SEE ALSO', 'Comments are closed', 'Follow me']) expect(carrying(als, phrase)).toEqual([]);
  });
});

describe('lavrov-kim-2018 among other events (BASIL)', () => {
  // Five BASIL articles about other events, read at run time.
  const basilDir = new URL('basil-dev/articles/2010/', SHARED);
  const basil = readdirSync(basilDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .slice(0, 6)
    .map((f) => {
      const j = JSON.parse(readFileSync(new URL(f, basilDir), 'utf8')) as { 'body-paragraphs': string[][] };
      return { id: `basil-${f.slice(0, 8)}`, text: j['body-paragraphs'].map((p) => p.join(' ')).join('\n\n') };
    });
  const als = align([...lavrov, ...basil]);

  it('no alignment joins passages about different events', () => {
    for (const a of als) {
      const fromLavrov = a.members.some((m) => !m.docId.startsWith('basil-'));
      const fromBasil = a.members.some((m) => m.docId.startsWith('basil-'));
      expect(fromLavrov && fromBasil, `${a.id}: ${a.members.map((m) => (m.text ?? '').slice(0, 60)).join(' / ')}`).toBe(false);
    }
  });

  it('still finds the Lavrov passages', () => {
    expect(carrying(als, 'As we move to adjust')[0]?.members).toHaveLength(3);
  });
});

describe('lavrov-kim-2018: every shared run of words is found (brute force, independent of the seed index)', () => {
  const corpus = readCorpus(lavrov);
  const als = alignCorpus(corpus, resolveAlignOptions(undefined));
  /** The non-boilerplate words of a document: their match keys and character spans. */
  const wordsOf = (d: (typeof corpus.docs)[number]): { keys: number[]; start: number[]; end: number[] } => {
    const t = d.tokens;
    const out = { keys: [] as number[], start: [] as number[], end: [] as number[] };
    for (let i = 0; i < t.count; i++) {
      if (!isWord(t.kind[i] ?? 0, t.flags[i] ?? 0)) continue;
      out.keys.push(t.key[i] ?? -1);
      out.start.push(t.start[i] ?? 0);
      out.end.push(t.end[i] ?? 0);
    }
    return out;
  };
  /** Characters of [start, end) in document `docId` covered by members of alignments that also have a member in `other`. */
  const covered = (docId: string, other: string, start: number, end: number): number => {
    let n = 0;
    for (let x = start; x < end; x++) {
      if (
        als.some((a) => a.members.some((m) => m.docId === other) && a.members.some((m) => m.docId === docId && m.start <= x && x < m.end))
      )
        n++;
    }
    return n;
  };
  // The option's default shortest passage: every shared run at least that long must be reported.
  const MIN_RUN = resolveAlignOptions(undefined).minPassageWords;
  const runs: { a: string; b: string; aStart: number; aEnd: number; bStart: number; bEnd: number }[] = [];
  corpus.docs.forEach((da, i) => {
    corpus.docs.slice(i + 1).forEach((db) => {
      const wa = wordsOf(da);
      const wb = wordsOf(db);
      // Longest common suffix lengths, one row at a time; a run is reported where it cannot grow further.
      let prev = new Int32Array(wb.keys.length + 1);
      for (let x = 1; x <= wa.keys.length; x++) {
        const cur = new Int32Array(wb.keys.length + 1);
        for (let y = 1; y <= wb.keys.length; y++) {
          if (wa.keys[x - 1] !== wb.keys[y - 1]) continue;
          const len = (prev[y - 1] ?? 0) + 1;
          cur[y] = len;
          const grows = x < wa.keys.length && y < wb.keys.length && wa.keys[x] === wb.keys[y];
          if (!grows && len >= MIN_RUN) {
            runs.push({
              a: da.id,
              b: db.id,
              aStart: wa.start[x - len] ?? 0,
              aEnd: wa.end[x - 1] ?? 0,
              bStart: wb.start[y - len] ?? 0,
              bEnd: wb.end[y - 1] ?? 0,
            });
          }
        }
        prev = cur;
      }
    });
  });

  it(`the articles share runs of ${MIN_RUN}+ words (the check has something to check)`, () => {
    expect(runs.length).toBeGreaterThan(5);
  });

  it(`every run of ${MIN_RUN}+ shared words lies inside an alignment joining the two articles, on both sides`, () => {
    const missed: string[] = [];
    for (const r of runs) {
      const inA = covered(r.a, r.b, r.aStart, r.aEnd) / (r.aEnd - r.aStart);
      const inB = covered(r.b, r.a, r.bStart, r.bEnd) / (r.bEnd - r.bStart);
      if (inA < 0.9 || inB < 0.9)
        missed.push(
          `${r.a}/${r.b} ${inA.toFixed(2)}/${inB.toFixed(2)}: ${JSON.stringify(lavrov.find((d) => d.id === r.a)?.text.slice(r.aStart, r.aStart + 50))}`,
        );
    }
    expect(missed).toEqual([]);
  });
});
