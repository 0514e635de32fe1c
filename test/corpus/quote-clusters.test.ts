// Quote clusters on real articles read from ../shared/corpus at run time (never copied into the project):
// the five lavrov-kim-2018 articles of the headline case, and hand-checked clusters of BASIL triples
// recorded by article id and offsets.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { reportSchema } from '../../src/report/schema.js';
import type { QuoteCluster, QuoteClusterSpan, Report } from '../../src/types.js';
import { clusterSpanText } from '../../src/report/format.js';
import { basilPresent, readBasil } from '../quote-clusters/basil-corpus.js';

const dir = fileURLToPath(new URL('../../../shared/corpus/lavrov-kim-2018/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const inputs = files.map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(dir + f, 'utf8') }));
const texts = new Map(inputs.map((d) => [d.id, d.text]));
const doc = (prefix: string): string => inputs.find((d) => d.id.startsWith(prefix))?.id ?? `missing ${prefix}`;

const quoted = (c: QuoteCluster) => c.members.filter((m) => !m.indirect);
const docsOf = (c: QuoteCluster): Set<string> => new Set(quoted(c).map((m) => m.docId));
/** A span's text: its own, or its quote's (a report leaves it out for a span inside its quote). */
const spanText = (r: Report, m: QuoteClusterSpan): string => clusterSpanText(new Map(r.quotes.map((q) => [q.id, q])), m);
const holding = (r: Report, marker: RegExp): QuoteCluster[] =>
  r.quoteClusters.filter((c) => quoted(c).some((m) => marker.test(spanText(r, m))));

/** Short phrases that tell the remarks of these articles apart: one remark per entry. */
const REMARKS: readonly [string, RegExp][] = [
  ['kim-hegemony', /hegemonism|domination|dominance/],
  ['kim-situation', /situation on the Korean Peninsula is changing/],
  ['kim-rapidly', /rapidly moving/],
  ['kim-attention', /how much attention/],
  ['kim-denuclearisation', /still remains unchanged/],
  ['lavrov-sanctions', /As for sanctions|at one go|no immediate denuclear/],
  ['lavrov-come', /Come to Russia/],
  ['lavrov-allow', /This will allow/],
  ['lavrov-un', /as soon as their agreements/],
  ['pompeo', /real progress/],
  ['rinna', /no hat in the ring/],
];

describe('quote clusters on lavrov-kim-2018', () => {
  let report: Report;
  beforeAll(async () => {
    report = await analyze(inputs);
  });

  it('puts the Kim remark in one cluster spanning at least four of the five articles, attributed to Kim', () => {
    const [kim, ...more] = holding(report, /hegemonism|domination|dominance/);
    expect(more).toEqual([]);
    expect(kim?.speaker).toMatch(/^Kim Jong/);
    const docs = kim === undefined ? new Set<string>() : docsOf(kim);
    expect(docs.size).toBeGreaterThanOrEqual(4);
    // The three AP/Reuters copies, the "domination" rendering and the Tass "dominance" rendering.
    for (const [prefix, marker] of [
      ['000', /hegemonism/],
      ['001', /hegemonism/],
      ['002', /hegemonism/],
      ['003', /domination/],
      ['004', /dominance/],
    ] as const) {
      expect(quoted(kim as QuoteCluster).some((m) => m.docId === doc(prefix) && marker.test(spanText(report, m)))).toBe(true);
    }
  });

  it.each([
    ['hegemonism', 'domination'],
    ['hegemonism', 'dominance'],
    ['domination', 'dominance'],
  ])('reports the substitution %s ↔ %s as near-synonyms', (a, b) => {
    const kim = holding(report, /hegemonism/)[0];
    const s = kim?.substitutions.find((x) => (x.from === a && x.to.includes(b)) || (x.from.includes(b) && x.to === a));
    expect(s?.relation).toBe('near-synonym');
    expect(s?.spans.every((sp) => texts.get(sp.docId)?.slice(sp.start, sp.end) === spanText(report, sp))).toBe(true);
  });

  it.each([
    ['strictly', 'intensifier', '004'],
    ['[of the world]', 'editorial', '003'],
  ])('reports the insertion %s as %s in %s', (text, kind, prefix) => {
    const kim = holding(report, /hegemonism/)[0];
    const ins = kim?.insertions.find((i) => spanText(report, i.span) === text && i.span.docId === doc(prefix));
    expect(ins?.kind).toBe(kind);
    expect(ins?.absentFrom.length).toBeGreaterThan(0);
    expect(
      kim?.components[kind === 'editorial' ? 'editorial' : 'intensifiersHedges'].evidence.some((e) => spanText(report, e) === text),
    ).toBe(true);
  });

  it('links the indirect rendering in the USA Today article as an indirect member', () => {
    const kim = holding(report, /hegemonism/)[0];
    const ind = kim?.members.filter((m) => m.indirect && m.docId === doc('004')) ?? [];
    expect(ind.some((m) => /values President Vladimir Putin/.test(spanText(report, m)))).toBe(true);
  });

  it('puts Lavrov’s sanctions remark in one cluster across its two articles', () => {
    const clusters = holding(report, /As for sanctions/);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.speaker).toMatch(/Lavrov/);
    expect([...docsOf(clusters[0] as QuoteCluster)].sort()).toEqual([doc('001'), doc('003')]);
  });

  it.each([
    ['denuclearisation', 'denuclearization'],
    ['half-way', 'halfway'],
  ])('reports %s / %s in Lavrov’s remark as another spelling, not another word', (from, to) => {
    const c = holding(report, /As for sanctions/)[0];
    expect(c?.substitutions.find((s) => s.from === from && s.to === to)?.relation).toBe('spelling');
    expect(c?.kind).not.toBe('translation-variant');
  });

  it('links Pompeo’s "real progress" across its two articles', () => {
    const clusters = holding(report, /real progress/);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.speaker).toMatch(/Pompeo/);
    expect([...docsOf(clusters[0] as QuoteCluster)].sort()).toEqual([doc('001'), doc('002')]);
  });

  it('joins no two different remarks in one cluster', () => {
    for (const c of report.quoteClusters) {
      const remarks = new Set(quoted(c).flatMap((m) => REMARKS.filter(([, re]) => re.test(spanText(report, m))).map(([name]) => name)));
      expect([c.id, [...remarks]]).toEqual([c.id, [...remarks].slice(0, 1)]);
    }
  });

  it('gives a report that validates against the JSON Schema, the same on a second run', async () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(reportSchema);
    const json = JSON.parse(JSON.stringify(report)) as unknown;
    expect(validate(json) ? [] : validate.errors).toEqual([]);
    expect(JSON.stringify(await analyze(inputs))).toBe(JSON.stringify(report));
  });

  it('reports spans that slice the original texts, and scores in [0, 1]', () => {
    for (const c of report.quoteClusters) {
      const spans = [
        ...c.members,
        ...c.substitutions.flatMap((s) => s.spans),
        ...c.insertions.map((i) => i.span),
        ...c.omissions.map((o) => o.span),
      ];
      for (const s of spans) expect(texts.get(s.docId)?.slice(s.start, s.end)).toBe(spanText(report, s));
      expect(c.divergence).toBeGreaterThanOrEqual(0);
      expect(c.divergence).toBeLessThanOrEqual(1);
    }
  });
});

/**
 * Clusters of BASIL triples checked by hand: each entry lists, per article, a span inside the quote that
 * renders the remark; the entry holds when one cluster has a quoted member over every span.
 */
const BASIL_CLUSTERS: readonly { readonly note: string; readonly spans: readonly (readonly [string, number, number])[] }[] = [
  {
    note: 'Trump on Libya and oil, Fox and HuffPost',
    spans: [
      ['005a2961-0c2e-4575-8eec-770ba52a08e0_2', 3709, 3728],
      ['005a2961-0c2e-4575-8eec-770ba52a08e0_3', 2955, 2974],
    ],
  },
  {
    note: 'Trump on foreign doctrine, Fox and HuffPost',
    spans: [
      ['005a2961-0c2e-4575-8eec-770ba52a08e0_2', 3784, 3799],
      ['005a2961-0c2e-4575-8eec-770ba52a08e0_3', 3030, 3045],
    ],
  },
  {
    note: 'Akin, partial and full quote in all three',
    spans: [
      ['08bb9bee-c167-4c17-9c6d-4a1259231eb7_1', 622, 637],
      ['08bb9bee-c167-4c17-9c6d-4a1259231eb7_2', 3119, 3134],
      ['08bb9bee-c167-4c17-9c6d-4a1259231eb7_3', 1447, 1462],
    ],
  },
  {
    note: 'Perry on Arpaio, Fox and HuffPost',
    spans: [
      ['0ffb34cd-c367-4d90-aca7-7fcac3ed8f3d_1', 851, 884],
      ['0ffb34cd-c367-4d90-aca7-7fcac3ed8f3d_2', 1755, 1788],
    ],
  },
  {
    note: 'Liz Cheney on marriage and the states, all three',
    spans: [
      ['11c9f251-35c8-4452-b052-df9be61464c6_1', 1148, 1177],
      ['11c9f251-35c8-4452-b052-df9be61464c6_2', 1010, 1039],
      ['11c9f251-35c8-4452-b052-df9be61464c6_3', 923, 952],
    ],
  },
  {
    note: 'Kennedy at oral argument, Fox and HuffPost (edited)',
    spans: [
      ['2058ec60-5372-4f5f-83a3-da780be3a350_2', 696, 718],
      ['2058ec60-5372-4f5f-83a3-da780be3a350_3', 1133, 1155],
    ],
  },
  {
    note: 'Manley for Reid on the mosque, NYT and Fox (Senator/Sen.)',
    spans: [
      ['45bd61bc-c356-4450-9e3a-cbfc862b09fd_1', 684, 708],
      ['45bd61bc-c356-4450-9e3a-cbfc862b09fd_2', 643, 667],
    ],
  },
  {
    note: 'Griffin on tax benefits, all three',
    spans: [
      ['70c744ad-e950-445c-8a7a-0782b0a7d20b_1', 1366, 1388],
      ['70c744ad-e950-445c-8a7a-0782b0a7d20b_2', 1845, 1867],
      ['70c744ad-e950-445c-8a7a-0782b0a7d20b_3', 2846, 2868],
    ],
  },
  {
    note: 'Netanyahu on Iran, Fox and NYT (bomb/arms)',
    spans: [
      ['b4dbeda7-a1f3-4711-ae77-db23809d1ed2_2', 698, 715],
      ['b4dbeda7-a1f3-4711-ae77-db23809d1ed2_3', 421, 438],
    ],
  },
  {
    note: 'Romney on the ABC reports, Fox and HuffPost',
    spans: [
      ['8dc7ccfe-5cf0-482f-9101-a7c69881da4d_2', 1139, 1161],
      ['8dc7ccfe-5cf0-482f-9101-a7c69881da4d_3', 1814, 1836],
    ],
  },
  {
    note: 'Etheridge apology, NYT and HuffPost',
    spans: [
      ['6b541575-99b1-40d2-8730-9bb868ee38ed_2', 255, 272],
      ['6b541575-99b1-40d2-8730-9bb868ee38ed_3', 3765, 3782],
    ],
  },
  {
    note: 'Murray on Mo, HuffPost and NYT',
    spans: [
      ['d3a1ce0a-fc48-4827-a278-8f0ce8c7a519_2', 502, 516],
      ['d3a1ce0a-fc48-4827-a278-8f0ce8c7a519_3', 3625, 3639],
    ],
  },
  {
    note: 'Ryan on Medicare, NYT and Fox',
    spans: [
      ['2ec04201-2016-4227-baf7-ba8289058203_1', 1310, 1333],
      ['2ec04201-2016-4227-baf7-ba8289058203_3', 493, 516],
    ],
  },
  {
    note: 'Weiner refusing to talk, Fox and HuffPost',
    spans: [
      ['c21cb217-3e2c-49bd-884d-5c74a165ef10_2', 1410, 1433],
      ['c21cb217-3e2c-49bd-884d-5c74a165ef10_3', 1918, 1941],
    ],
  },
];

describe.skipIf(!basilPresent())('hand-checked BASIL quote clusters', () => {
  const triples = basilPresent() ? readBasil() : [];
  const reports = new Map<string, Promise<Report>>();
  const reportFor = (docId: string): Promise<Report> => {
    const t = triples.find((x) => x.articles.some((a) => a.id === docId));
    if (t === undefined) throw new Error(`no BASIL triple holds ${docId}`);
    let r = reports.get(t.id);
    if (r === undefined) {
      r = analyze(t.articles);
      reports.set(t.id, r);
    }
    return r;
  };

  it('has at least ten of them', () => {
    expect(BASIL_CLUSTERS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(BASIL_CLUSTERS.map((c) => [c.note, c] as const))('%s stays one cluster', async (_note, entry) => {
    const first = entry.spans[0];
    if (first === undefined) throw new Error('empty entry');
    const report = await reportFor(first[0]);
    const covers = (c: QuoteCluster, [docId, start, end]: readonly [string, number, number]): boolean =>
      quoted(c).some((m) => m.docId === docId && m.start <= start && end <= m.end);
    const found = report.quoteClusters.filter((c) => entry.spans.every((s) => covers(c, s)));
    expect(found).toHaveLength(1);
  });
});
