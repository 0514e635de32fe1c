import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/cli/json-stream.js';
import { analyze, toHTML, toJSON, toMarkdown } from '../../src/index.js';
import { ARTICLES } from '../stories/fixtures.js';

describe('stories in the report', () => {
  it('Markdown has a stories section: each story, its documents, terms and names (escaped)', async () => {
    const report = await analyze(ARTICLES.slice(0, 3), { stories: { 'bridge-wire': 'a|b', 'bridge-daily': 'a|b', 'bridge-radio': 'c' } });
    const md = toMarkdown(report);
    expect(md).toContain('3 documents · 2 stories ·');
    expect(md).toContain('## Stories\n\n| story | documents | terms | names |');
    expect(md).toMatch(/\| a\\\|b \| bridge-wire, bridge-daily \| [^|]*bridge[^|]* \| [^|]*Ilsa Brandt[^|]* \|/u);
  });

  it('HTML has a stories table with escaped ids', async () => {
    const report = await analyze(ARTICLES.slice(0, 2), { stories: { 'bridge-wire': '<x>', 'bridge-daily': '<x>' } });
    const html = toHTML(report);
    expect(html).toContain(
      '<h3>Stories</h3><table><tr><th>story</th><th>documents</th><th>terms</th><th>names</th></tr><tr data-story="&lt;x&gt;"><td>&lt;x&gt;</td><td><a href="#d0">bridge-wire</a>, <a href="#d1">bridge-daily</a></td>',
    );
  });

  it('streamed JSON is byte for byte toJSON, stories included', async () => {
    const report = await analyze(ARTICLES);
    expect([...jsonChunks(report, 64)].join('')).toBe(toJSON(report));
    expect(toJSON(report)).toContain('"stories": [\n    {"id":"s1","docIds":["bank-wire","bank-herald"],');
  });
});

describe('the header line of Markdown and HTML', () => {
  it.each([
    [
      'one story is "1 story", one document "1 document"',
      [{ id: 'a', text: 'The ferry to Orm sails at dawn every day.' }],
      /1 document · 1 story · /u,
    ],
    [
      'two of each are plural',
      [
        { id: 'a', text: 'The ferry to Orm sails at dawn every day.' },
        { id: 'b', text: 'The ferry to Orm sails at dawn every day.' },
      ],
      /2 documents · 1 story · /u,
    ],
  ])('%s', async (_name, inputs, expected) => {
    const report = await analyze(inputs);
    expect(toMarkdown(report)).toMatch(expected);
    expect(toHTML(report)).toMatch(expected);
  });
});
