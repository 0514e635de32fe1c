import { describe, expect, it } from 'vitest';
import { analyze, toHTML, toMarkdown, type Report } from '../../src/index.js';
import { diffSide, passageColour } from '../../src/report/html-passages.js';
import { LAZY_DOCUMENTS } from '../../src/report/html-util.js';
import { markedText } from '../../src/report/html-reader.js';
import { diffMd } from '../../src/report/markdown-quotes.js';
import { chartGroups, MAX_CHART_GROUPS } from '../../src/report/svg.js';

const diff = [
  { op: 'equal', text: 'The pier ' },
  { op: 'delete', text: 'shut' },
  { op: 'insert', text: 'closed' },
  { op: 'equal', text: ' on <Monday>' },
] as const;

describe('word diffs', () => {
  it.each([
    ['a', 'The pier <del>shut</del> on &lt;Monday&gt;'],
    ['b', 'The pier <ins>closed</ins> on &lt;Monday&gt;'],
  ] as const)('side %s keeps the equal text and marks its own words', (side, want) => {
    expect(diffSide(diff, side)).toBe(want);
  });

  it.each([
    [diff, 'The pier ~~shut~~**closed** on \\<Monday\\>'],
    [
      [
        { op: 'equal', text: 'a' },
        { op: 'insert', text: ' big ' },
        { op: 'equal', text: 'b' },
      ],
      'a **big** b',
    ],
  ] as const)('Markdown keeps the markers off the spaces: %#', (ops, want) => {
    expect(diffMd(ops)).toBe(want);
  });
});

describe('passageColour', () => {
  it('gives neighbouring passages different hues', () => {
    const hues = [0, 1, 2, 3].map((i) => passageColour(i));
    expect(new Set(hues).size).toBe(4);
    expect(passageColour(1)).toBe('hsl(138 75% 85%)');
  });
});

describe('markedText', () => {
  it.each([
    ['one mark', [{ start: 2, end: 3, cls: 'quote', title: 'q1', key: 'q1' }], 'a <span class="quote" title="q1" id="d0-q1">b</span>'],
    [
      'a mark split by another gets its anchor and tooltip once',
      [
        { start: 0, end: 3, cls: 'passage', title: 'p1', key: 'p1-0' },
        { start: 2, end: 3, cls: 'quote', title: 'q&1', key: 'q1' },
      ],
      '<span class="passage" title="p1" id="d0-p1-0">a </span><span class="quote" title="q&amp;1" id="d0-q1"><span class="passage">b</span></span>',
    ],
    ['an empty mark still gets its anchor', [{ start: 1, end: 1, cls: 'ev', title: '', key: 'ev-1-1' }], 'a b<span id="d0-ev-1-1"></span>'],
  ])('%s', (_, marks, want) => {
    expect(markedText('a b', marks, 'd0')).toBe(want);
  });
});

describe('chartGroups', () => {
  const docs = (n: number, source?: (i: number) => string): Report =>
    ({
      documents: Array.from({ length: n }, (_, i) => ({ id: `d${i}`, source: source?.(i) })),
      stories: [],
    }) as unknown as Report;

  it.each([
    ['one group per document up to the limit', docs(MAX_CHART_GROUPS), 'document', MAX_CHART_GROUPS, 0],
    ['by outlet above it', docs(MAX_CHART_GROUPS + 1, (i) => `outlet ${i % 3}`), 'outlet', 3, 0],
    ['a count of documents left out when even the outlets are too many', docs(200, (i) => `o${i % 80}`), 'outlet', MAX_CHART_GROUPS, 40],
  ])('%s', (_, report, by, groups, leftOut) => {
    const g = chartGroups(report);
    expect([g.by, g.labels.length, g.leftOut]).toEqual([by, groups, leftOut]);
  });
});

describe('toHTML', () => {
  const s = 'The harbour council of Tervik voted on Monday to close the old northern pier for repairs until spring.';
  const texts = {
    x: `${s}\n\n"We have no choice," said mayor Olsen.`,
    y: `Residents learned it late. ${s.replace('close', 'shut')}`,
  };
  const run = async (): Promise<string> => toHTML(await analyze(Object.entries(texts).map(([id, text]) => ({ id, text }))), texts);

  it('draws the heatmap and the framing chart as inline SVG', async () => {
    const html = await run();
    expect(html).toMatch(/<svg class="heatmap"[^>]*>.*<rect/);
    expect(html).toMatch(/<svg class="framing-chart"[^>]*>.*<rect/);
  });

  it('shows the edited pair side by side with <del> and <ins>', async () => {
    const html = await run();
    expect(html).toContain('<del>close</del>');
    expect(html).toContain('<ins>shut</ins>');
  });

  it('links every passage to an anchor that exists', async () => {
    const html = await run();
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const links = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((l) => !ids.has(l))).toEqual([]);
  });

  it('gives the same bytes for the same report', async () => {
    expect(await run()).toBe(await run());
  });
});

describe('toMarkdown', () => {
  it('puts the quote clusters first among the sections', async () => {
    const md = toMarkdown(await analyze([{ id: 'a', text: 'A short note.' }]));
    expect(md.split('\n').filter((l) => l.startsWith('## '))[0]).toBe('## Quote clusters: one remark, several renderings');
  });
});

describe('toHTML above LAZY_DOCUMENTS', () => {
  it('moves the heavy parts into the data block, says so, and leaves no `</script>` inside it', async () => {
    const text = 'Mayor Olsen said "</script><b>x</b>" on Monday.';
    const report = await analyze([{ id: 'a', text }]);
    const docs = Array.from({ length: LAZY_DOCUMENTS + 1 }, (_, i) => ({ ...report.documents[0]!, id: `a${i}` }));
    const texts = Object.fromEntries(docs.map((d) => [d.id, text]));
    const html = toHTML({ ...report, documents: docs }, texts);
    expect(html).toContain(`${LAZY_DOCUMENTS + 1} documents, more than ${LAZY_DOCUMENTS}`);
    const block = /<script type="application\/json" id="nd-data">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    const data = JSON.parse(block) as string[];
    expect(data.length).toBeGreaterThan(LAZY_DOCUMENTS);
    expect(block).not.toContain('<');
    expect(html).toContain('<div class="text" data-lazy="');
    expect(data.some((d) => d.includes('&lt;/script&gt;'))).toBe(true);
  });
});
