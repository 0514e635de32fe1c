// How the HTML page grows with the corpus (issue 18: "its size grows linearly with the corpus"), per doubling of
// the bench corpus, beside the input, the JSON report and the alignment members (shared-passage copies), with the
// bytes of each section of the page (the data block's parts counted with the section they fill in):
//   npx tsx test/bench/html-size.ts [sizes=500,1000,2000]
// All sizes above 250 articles, so every page is drawn the same way (lazy sections from the data block).
import { analyze, toHTML, toJSON } from '../../src/index.js';
import { buildCorpus, sourceArticles } from './corpus.js';

const sizes = (process.argv[2] ?? '500,1000,2000').split(',').map(Number);
const source = sourceArticles();
const mb = (n: number): string => (n / 1e6).toFixed(2);

/** Bytes of each `<section id>` of a page, the deferred parts it draws from the data block included. */
function sections(html: string): Map<string, number> {
  const block = /<script type="application\/json" id="nd-data">(.*?)<\/script>/s.exec(html);
  const data = block ? (JSON.parse(block[1] ?? '[]') as string[]) : [];
  const page = block ? html.replace(block[0], '') : html;
  const out = new Map<string, number>();
  for (const part of page.split(/(?=<section id=)/)) {
    const id = /^<section id="([^"]+)"/.exec(part)?.[1] ?? '(head)';
    let bytes = part.length;
    for (const m of part.matchAll(/data-lazy="(\d+)"/g)) bytes += data[Number(m[1])]?.length ?? 0;
    out.set(id, (out.get(id) ?? 0) + bytes);
  }
  return out;
}

interface Row {
  n: number;
  input: number;
  json: number;
  html: number;
  members: number;
  parts: Map<string, number>;
}
const rows: Row[] = [];
for (const n of sizes) {
  const docs = buildCorpus(source, n);
  const report = await analyze(docs);
  const html = toHTML(report, Object.fromEntries(docs.map((d) => [d.id, d.text])));
  rows.push({
    n,
    input: docs.reduce((s, d) => s + d.text.length, 0),
    json: toJSON(report).length,
    html: html.length,
    members: report.alignments.reduce((s, a) => s + a.members.length, 0),
    parts: sections(html),
  });
}

console.log(`${'articles'.padEnd(24)}${rows.map((r) => String(r.n).padStart(10)).join('')}   growth per doubling`);
const line = (name: string, f: (r: Row) => number, fmt: (x: number) => string = mb): void => {
  const growth = rows.slice(1).map((r, i) => (f(r) / f(rows[i] as Row)).toFixed(2) + '×');
  console.log(`${name.padEnd(24)}${rows.map((r) => fmt(f(r)).padStart(10)).join('')}   ${growth.join(' ')}`);
};
line('input, MB', (r) => r.input);
line('JSON, MB', (r) => r.json);
line('HTML, MB', (r) => r.html);
line('alignment members', (r) => r.members, String);
for (const id of rows[0]?.parts.keys() ?? []) line(`  ${id}, MB`, (r) => r.parts.get(id) ?? 0);
