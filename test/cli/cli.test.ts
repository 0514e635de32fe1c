import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { htmlToText } from '../../src/cli/html.js';
import { loadFile } from '../../src/cli/load.js';
import { run } from '../../src/cli/run.js';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'nd-cli-'));
const a = join(dir, 'wire.txt');
const b = join(dir, 'daily.txt');
writeFileSync(a, 'Brandt met Kessel in Tervik on Tuesday.\n\n"Come to Aldsberg," Brandt said.\n');
writeFileSync(b, 'Share this on\n\nBrandt met Kessel in Tervik on Tuesday, officials said.\n');

describe('narrative-diff analyze', () => {
  it('prints the JSON report to stdout, ids from file names', async () => {
    const r = await cli('analyze', a, b, '--quiet');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { documents: { id: string; boilerplate: { text: string }[] }[] };
    expect(report.documents.map((d) => d.id)).toEqual(['wire', 'daily']);
    expect(report.documents[1]?.boilerplate[0]?.text).toBe('Share this on');
  });

  it('prints what it analyzes and a one-line summary to stderr unless --quiet', async () => {
    const r = await cli('analyze', a, b);
    expect(r.stderr).toMatch(
      /^narrative-diff: analyzing 2 documents \(\d+ characters\)\nnarrative-diff: 2 documents, \d+ shared passages, \d+ quotes, \d+ quote clusters \(\d+ ms\)\n$/,
    );
  });

  it('shows progress per stage on a terminal, rewritten in place and cleared, unless --quiet', async () => {
    const tty = async (...argv: string[]): Promise<string> => {
      let stderr = '';
      await run(argv, { stdout: () => undefined, stderr: (s) => (stderr += s), stderrIsTTY: true });
      return stderr;
    };
    const shown = await tty('analyze', a, b);
    expect(shown).toContain('\rnarrative-diff: [1/12] read 0/2 documents');
    expect(shown).toContain('\rnarrative-diff: [12/12] report');
    expect(shown.split('\n').filter((l) => l.slice(l.lastIndexOf('\r') + 1).startsWith('narrative-diff: 2 documents'))).toHaveLength(1);
    expect(await tty('analyze', a, b, '--quiet')).toBe('');
  });

  it.each([
    ['md', /^# narrative-diff report/],
    ['html', /^<!doctype html>/],
  ])('--format %s', async (format, start) => {
    const r = await cli('analyze', a, b, '--format', format, '-q');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(start);
  });

  it('--out writes the file and nothing to stdout', async () => {
    const out = join(dir, 'report.json');
    const r = await cli('analyze', a, b, '--out', out, '-q');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('schemaVersion');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    [[], 0, /Usage:/],
    [['--help'], 0, /Usage:/],
    [['--version'], 0, /^\d+\.\d+\.\d+\n$/],
  ])('%j exits %i', async (argv, code, out) => {
    const r = await cli(...argv);
    expect(r.code).toBe(code);
    expect(r.stdout).toMatch(out);
  });

  it.each([
    [['compare', 'x.txt'], /expected the command "analyze" or "corpus", found "compare"/],
    [['analyze'], /expects at least one input file, found none/],
    [['analyze', 'x.txt', '--format', 'pdf'], /--format expects json, md, html, jsonl or csv, found "pdf"/],
    [['analyze', 'x.txt', '--out'], /--out expects a value, found nothing/],
    [['analyze', 'x.txt', '--colour'], /unknown option "--colour" \(see --help\)/],
    [['analyze', 'x.txt', '--fromat', 'md'], /unknown option "--fromat"; did you mean "--format"\?/],
    [['analyze', 'x.txt', '--option', 'o.json'], /unknown option "--option"; did you mean "--options"\?/],
  ])('usage error %j exits 2', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a missing input file exits 1 with a one-line message naming it, and writes no output file', async () => {
    const missing = join(dir, 'nope.txt');
    const out = join(dir, 'never.json');
    const r = await cli('analyze', a, missing, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`narrative-diff: ${missing}: expected a readable file, found none\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('two files with one id exit 1 naming both', async () => {
    const other = mkdtempSync(join(tmpdir(), 'nd-cli-'));
    writeFileSync(join(other, 'wire.txt'), 'x');
    const r = await cli('analyze', a, join(other, 'wire.txt'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/document id "wire" is already used by .*wire\.txt; expected unique ids/);
  });

  it('an unwritable --out exits 1 and leaves no partial file', async () => {
    const r = await cli('analyze', a, '--out', join(dir, 'no-such-dir', 'r.json'), '-q');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot be written/);
  });
});

describe('input loading', () => {
  it.each([
    ['one.json', JSON.stringify({ id: 'x', text: 'T', source: 'S' }), [{ id: 'x', text: 'T', source: 'S' }]],
    [
      'many.json',
      JSON.stringify([{ text: 'A' }, { id: 'b', text: 'B' }]),
      [
        { id: 'many-1', text: 'A' },
        { id: 'b', text: 'B' },
      ],
    ],
    [
      'lines.jsonl',
      '{"id":"a","text":"A"}\n\n{"text":"B"}\n',
      [
        { id: 'a', text: 'A' },
        { id: 'lines-3', text: 'B' },
      ],
    ],
    ['page.html', '<html><script>x()</script><p>One &amp; two</p><p>Three</p></html>', [{ id: 'page', text: 'One & two\nThree' }]],
  ])('%s', async (name, content, expected) => {
    const f = join(dir, name);
    writeFileSync(f, content);
    expect((await loadFile(f)).articles).toEqual(expected);
  });

  it.each([
    ['bad.json', '{', /bad\.json: expected JSON, found a syntax error/],
    ['notext.json', '{"id":"a"}', /notext\.json: the article\.text must be a string, found undefined/],
    ['bad.jsonl', '{"text":"a"}\nnope', /bad\.jsonl: line 2: expected JSON/],
    ['file.pdf', 'x', /file\.pdf: expected a \.txt, \.md, \.html, \.json or \.jsonl file, found "\.pdf"/],
  ])('%s is an input error', async (name, content, message) => {
    const f = join(dir, name);
    writeFileSync(f, content);
    await expect(loadFile(f)).rejects.toMatchObject({ code: 'INPUT_FILE', message: expect.stringMatching(message) });
  });

  it('decodes numeric entities and drops comments', () => {
    expect(htmlToText('<!-- c -->A&#8217;s &#x2014; B')).toBe('A\u2019s \u2014 B');
  });
});

describe('parseArgs', () => {
  it('takes --format=md and files after --', () => {
    expect(parseArgs(['analyze', '--format=md', '--', '-odd.txt'])).toEqual({
      kind: 'analyze',
      files: ['-odd.txt'],
      formats: ['md'],
      tables: [],
      quiet: false,
    });
  });
});

describe('the JSON the CLI writes', () => {
  it('is toJSON of the report, byte for byte, though written in chunks', async () => {
    const { analyze } = await import('../../src/analyze.js');
    const { toJSON } = await import('../../src/report/render.js');
    const chunks: string[] = [];
    const code = await run(['analyze', a, b, '-q'], { stdout: (s) => chunks.push(s), stderr: () => undefined });
    expect(code).toBe(0);
    const report = await analyze([
      { id: 'wire', text: readFileSync(a, 'utf8') },
      { id: 'daily', text: readFileSync(b, 'utf8') },
    ]);
    expect(chunks.join('')).toBe(toJSON(report));
  });
});

describe('--options', () => {
  it('passes the options in a JSON file to analyze', async () => {
    const opts = join(dir, 'options.json');
    writeFileSync(opts, JSON.stringify({ limits: { maxDocuments: 1 } }));
    const r = await cli('analyze', a, b, '--options', opts, '-q');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^narrative-diff: inputs holds 2, more than limits\.maxDocuments \(1\); .*--options FILE/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('rejects a misspelled key in the options file before reading any input', async () => {
    const opts = join(dir, 'typo.json');
    writeFileSync(opts, JSON.stringify({ align: { minPasageWords: 12 } }));
    const r = await cli('analyze', join(dir, 'missing.txt'), '--options', opts, '-q');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `narrative-diff: ${opts}: options.align has no option "minPasageWords"; did you mean "minPassageWords"? (expected one of minPassageWords, minSimilarity, paraphrases, maxSeedDocumentFrequency)\n`,
    );
  });

  it.each([
    ['bad.json', '{', /expected JSON options, found a syntax error/],
    ['array.json', '[]', /expected a JSON object of options, found array/],
  ])('%s is an input error', async (name, content, message) => {
    const opts = join(dir, `options-${name}`);
    writeFileSync(opts, content);
    const r = await cli('analyze', a, '--options', opts, '-q');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('--workers', () => {
  it('gives the same report read in 2 worker threads as in the calling thread', async () => {
    const here = await cli('analyze', a, b, '--workers', '0', '-q');
    const threads = await cli('analyze', a, b, '--workers=2', '-q');
    expect(here.code).toBe(0);
    expect(threads.code).toBe(0);
    expect(threads.stdout).toBe(here.stdout);
  });

  it.each([['-1'], ['two'], ['1.5']])('refuses %s with a usage error saying what it expects', (v) => {
    expect(() => parseArgs(['analyze', a, '--workers', v])).toThrow(/--workers expects a whole number of threads \(0 or more\), found/);
  });
});
