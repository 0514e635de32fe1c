import { describe, expect, it } from 'vitest';
import { analyze, toHTML, toJSON, toMarkdown } from '../../src/index.js';

const inputs = [
  { id: 'a<b>', text: 'Share this on\n\nBrandt met Kessel & said "<script>alert(1)</script>" today.' },
  { id: 'plain', text: 'Brandt met Kessel on Tuesday.' },
];

describe('renderers', () => {
  it('toJSON ends with a newline and parses back to the report', async () => {
    const report = await analyze(inputs);
    const json = toJSON(report);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(report);
  });

  it('toMarkdown lists documents with escaped cells', async () => {
    const md = toMarkdown(await analyze(inputs));
    expect(md).toContain('# narrative-diff report');
    expect(md).toContain('| a\\<b\\> |');
    expect(md).toContain('share: Share this on');
  });

  it('toHTML counts each document carrying a passage once and links every copy to its place', async () => {
    const s = 'The harbour council of Tervik voted on Monday to close the old northern pier for repairs until spring.';
    const texts = [
      { id: 'x', text: `${s}\n\nMayor Olsen said little else.` },
      { id: 'y', text: `Residents learned the news late. ${s}` },
    ];
    const report = await analyze(texts);
    const a = report.alignments[0];
    if (a === undefined || a.members.length !== 2) throw new Error('expected one passage in both documents');
    // A document may carry one passage twice (a repeated paragraph): two members with one document id.
    const twice = { ...report, alignments: [{ ...a, members: [a.members[0]!, { ...a.members[0]! }, a.members[1]!] }] };
    const html = toHTML(twice, Object.fromEntries(texts.map((i) => [i.id, i.text])));
    expect(html).toContain('similarity 100 % · story s1 · 2 documents</small>');
    expect(html).toContain('<p class="where">In: <a href="#d0-p1-0">x</a> · <a href="#d0-p1-1">x</a> · <a href="#d1-p1-2">y</a></p>');
  });

  it('toHTML is self-contained and escapes all text', async () => {
    const html = toHTML(await analyze(inputs), Object.fromEntries(inputs.map((i) => [i.id, i.text])));
    // One script of the page's own (the filter); the input's script tag is text.
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<link|<img|src=|https?:\/\//);
    expect(html).toContain('<span class="boilerplate" title="boilerplate: share" id="d0-b0">Share this on</span>');
    expect(html).toContain('id="d0"');
  });
});
