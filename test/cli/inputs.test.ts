// Inputs that carry metadata (issue 18, point 3): front matter in .txt/.md, a CSV or JSON sidecar, HTML pages
// through the article extractor, and the analysed texts written beside the report. Fixtures written by the team.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontMatter } from '../../src/cli/front-matter.js';
import { htmlArticle } from '../../src/cli/html-article.js';
import { loadFile } from '../../src/cli/load.js';
import { run } from '../../src/cli/run.js';
import { parseCsv } from '../../src/util/csv.js';

const dir = mkdtempSync(join(tmpdir(), 'nd-inputs-'));
const write = (name: string, content: string): string => {
  const f = join(dir, name);
  writeFileSync(f, content);
  return f;
};

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const PAGE = `<!doctype html><html><head><title>Pier reopens after storm | Harbour Watch</title>
<meta property="og:site_name" content="Harbour Watch">
<meta property="article:published_time" content="2025-03-04T10:00:00Z"></head>
<body><nav><a href="/">Home</a> &middot; <a href="/news">News</a> &middot; <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies to improve this site. Accept all?</div>
<article><h1>Pier reopens after storm</h1>
<p>Harbour master Ines Calder reopened the northern pier on Monday &middot; two days after the storm. Divers checked the pilings for damage and found none that would stop the ferries.</p>
<p>&ldquo;The pier is safe,&rdquo; Calder said.&nbsp;Ferries resume on Tuesday, the port office said.</p>
<p>Crews worked through the night to clear debris from the slipways, and the first boats came in before dawn.</p></article>
<aside class="most-popular"><h2>Most popular</h2><ol><li>Storm pictures</li><li>Tide tables</li></ol></aside>
<footer>&copy; Harbour Watch 2025 &middot; Contact</footer></body></html>`;

describe('front matter', () => {
  it.each([
    [
      '---\ntitle: Pier reopens\nsource: "Harbour Watch"\n---\n\nThe pier reopened.',
      { title: 'Pier reopens', source: 'Harbour Watch' },
      'The pier reopened.',
      [],
    ],
    [
      '---\ndate: 2025-03-04\noutlet: Nordwire\nurl: https://example.org/a\n---\nText.',
      { publishedAt: '2025-03-04', source: 'Nordwire', url: 'https://example.org/a' },
      'Text.',
      [],
    ],
    ["---\nid: pier-1\ntags: [port, storm]\nauthor: 'R. Vale'\n---\nText.", { id: 'pier-1' }, 'Text.', ['tags', 'author']],
    ['---\r\ntitle: CRLF\r\n---\r\nText.', { title: 'CRLF' }, 'Text.', []],
  ])('%j', (raw, fields, body, ignored) => {
    const fm = frontMatter(raw);
    expect(fm?.fields).toEqual(fields);
    expect(fm?.body).toBe(body);
    expect(fm?.ignored).toEqual(ignored);
  });

  it.each([
    ['no block', 'The pier reopened.\n---\n'],
    ['an opening line only', '---\ntitle: x\nno closing line'],
    ['a rule later in the text', 'Text\n---\ntitle: x\n---\n'],
  ])('%s is no front matter', (_name, raw) => {
    expect(frontMatter(raw)).toBeUndefined();
  });

  it('a .md file with front matter gives its fields and the text after the block', async () => {
    const got = await loadFile(
      write('pier.md', '---\ntitle: Pier reopens\nsource: Harbour Watch\nkeywords: port\n---\n\nThe pier reopened.\n'),
    );
    expect(got.articles).toEqual([{ id: 'pier', text: 'The pier reopened.\n', title: 'Pier reopens', source: 'Harbour Watch' }]);
    expect(got.transformed).toBe(true);
    expect(got.notes).toEqual([expect.stringMatching(/front matter keys left out: keywords$/)]);
  });
});

describe('HTML pages through the article extractor', () => {
  const a = htmlArticle(PAGE);
  it('keeps the article and leaves out navigation, the cookie banner, "most popular" and the footer', () => {
    expect(a.extractedBy).toBe('readability');
    expect(a.text).toContain('Harbour master Ines Calder reopened the northern pier on Monday · two days after the storm.');
    for (const furniture of ['Home', 'cookies', 'Most popular', 'Tide tables', '©']) expect(a.text).not.toContain(furniture);
  });
  it('decodes entities, keeps paragraphs apart, and takes the title, outlet and date', () => {
    expect(a.text).toContain('\u201CThe pier is safe,\u201D Calder said.\u00A0Ferries resume');
    expect(a.text).toMatch(/the port office said\.\n\nCrews worked/);
    expect(a.title).toBe('Pier reopens after storm | Harbour Watch');
    expect(a.source).toBe('Harbour Watch');
    expect(a.publishedAt).toBe('2025-03-04T10:00:00Z');
  });
  it('reads a page with no article as text, and says so', async () => {
    const got = await loadFile(write('bare.html', '<p>Short note &amp; more.</p>'));
    expect(got.articles).toEqual([{ id: 'bare', text: 'Short note & more.' }]);
    expect(got.notes).toEqual([expect.stringMatching(/bare\.html: the whole page is analysed as text: no article was found in it$/)]);
  });
  it('reads a page nested too deep for the extractor as text, at once, and says why', () => {
    const deep = `<html><body>${'<div>'.repeat(20000)}<p>${'The pier reopened on Monday after the storm. '.repeat(20)}</p>${'</div>'.repeat(20000)}</body></html>`;
    const got = htmlArticle(deep);
    expect(got.extractedBy).toBe('page-text');
    expect(got.why).toMatch(/^its elements nest 20\d\d\d deep, more than the 256/);
    expect(got.text).toMatch(/^The pier reopened on Monday/);
  });
});

describe('CSV', () => {
  it.each([
    [
      'file,title\na.txt,"Pier, reopened"\n',
      [
        ['file', 'title'],
        ['a.txt', 'Pier, reopened'],
      ],
    ],
    [
      'a,b\r\n"x ""y""",\r\n\r\n',
      [
        ['a', 'b'],
        ['x "y"', ''],
      ],
    ],
    ['a\n"two\nlines"\n', [['a'], ['two\nlines']]],
  ])('%j', (raw, rows) => {
    expect(parseCsv(raw)).toEqual(rows);
  });
});

describe('narrative-diff analyze with metadata and analysed texts', () => {
  const one = write('one.txt', 'Harbour master Ines Calder reopened the northern pier on Monday after the storm.\n');
  const two = write('two.txt', 'Harbour master Ines Calder reopened the northern pier on Monday after the storm, officials said.\n');
  const page = write('three.html', PAGE);

  it('a CSV sidecar sets titles, outlets and dates by file name or id', async () => {
    const meta = write(
      'meta.csv',
      'file,title,source,publishedAt\none.txt,Pier open,Nordwire,2025-03-03\n"two.txt","Pier, open again",Daily Courier,\n',
    );
    const r = await cli('analyze', one, two, '--metadata', meta, '-q');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { documents: { id: string; title?: string; source?: string; publishedAt?: string }[] };
    expect(report.documents.map(({ id, title, source, publishedAt }) => ({ id, title, source, publishedAt }))).toEqual([
      { id: 'one', title: 'Pier open', source: 'Nordwire', publishedAt: '2025-03-03' },
      { id: 'two', title: 'Pier, open again', source: 'Daily Courier', publishedAt: undefined },
    ]);
  });

  it('a JSON sidecar works the same, by id', async () => {
    const meta = write('meta.json', JSON.stringify([{ id: 'two', source: 'Daily Courier' }]));
    const r = await cli('analyze', one, two, '--metadata', meta, '-q');
    expect((JSON.parse(r.stdout) as { documents: { source?: string }[] }).documents.map((d) => d.source)).toEqual([
      undefined,
      'Daily Courier',
    ]);
  });

  it.each([
    [
      'names an input that is not there',
      'meta-missing.csv',
      'file,title\nnine.txt,X\n',
      /row 2 names file "nine\.txt", which is not among the inputs/,
    ],
    [
      'has an unknown column',
      'meta-column.csv',
      'file,headline\none.txt,X\n',
      /has a column "headline"; expected file, id, title, source, url or publishedAt/,
    ],
    ['has a short row', 'meta-short.csv', 'file,title\none.txt\n', /row 2 has 1 fields, expected 2/],
    ['is neither CSV nor JSON', 'meta.txt', 'file,title\n', /expected a metadata file ending in \.csv or \.json, found "\.txt"/],
  ])('a sidecar that %s is an input error, nothing written', async (_name, file, content, message) => {
    const out = join(dir, `${file}.report.json`);
    const r = await cli('analyze', one, two, '--metadata', write(file, content), '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('writes the analysed texts beside --out when a text is not its file (HTML), and they reproduce every offset', async () => {
    const out = join(dir, 'report.json');
    const r = await cli('analyze', one, page, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`the analysed texts (offsets index into them) are in ${out}.texts.jsonl`);
    const texts = new Map(
      readFileSync(`${out}.texts.jsonl`, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; text: string; title?: string })
        .map((a) => [a.id, a]),
    );
    expect(texts.get('three')?.title).toBe('Pier reopens after storm | Harbour Watch');
    type Member = { docId: string; start: number; end: number; text?: string; sameTextAs?: number };
    const report = JSON.parse(readFileSync(out, 'utf8')) as { alignments: { members: Member[] }[] };
    expect(report.alignments.length).toBeGreaterThan(0);
    for (const a of report.alignments) {
      for (const m of a.members) {
        // A member with the same text as an earlier one points at it (sameTextAs) instead of repeating it.
        const text = m.text ?? a.members[m.sameTextAs ?? -1]?.text;
        expect(texts.get(m.docId)?.text.slice(m.start, m.end)).toBe(text);
      }
    }
  });

  it('writes no texts file for plain text inputs, and --texts writes one on request', async () => {
    const out = join(dir, 'plain.json');
    await cli('analyze', one, two, '--out', out, '-q');
    expect(existsSync(`${out}.texts.jsonl`)).toBe(false);
    const texts = join(dir, 'asked.jsonl');
    await cli('analyze', one, two, '--texts', texts, '-q');
    expect(readFileSync(texts, 'utf8').trim().split('\n')).toHaveLength(2);
  });
});
