import { Ajv2020 } from 'ajv/dist/2020.js';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { directoryOutput } from '../../src/cli/output.js';
import { storyFileNames } from '../../src/cli/per-story.js';
import { run } from '../../src/cli/run.js';
import { analyze, corpusSummarySchema, reportSchema, splitByStory, toCSV, toJSON, toJSONLines } from '../../src/index.js';
import { REUSE_ARTICLES, REUSE_STORIES } from '../reuse/fixtures.js';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateReport = ajv.compile(reportSchema);
const validateSummary = ajv.compile(corpusSummarySchema);

// The reuse fixtures as .txt files, with the caller's stories in an options file.
const dir = mkdtempSync(join(tmpdir(), 'nd-per-story-'));
const files = REUSE_ARTICLES.map((a) => {
  const file = join(dir, `${a.id}.txt`);
  writeFileSync(file, a.text);
  return file;
});
const optionsFile = join(dir, 'options.json');
writeFileSync(optionsFile, JSON.stringify({ stories: REUSE_STORIES }));
const full = await analyze(REUSE_ARTICLES, { stories: REUSE_STORIES });
const scratch = (): string => mkdtempSync(join(tmpdir(), 'nd-per-story-out-'));

describe('--format jsonl|csv --what', () => {
  it.each([
    ['csv', 'quotes'],
    ['csv', 'alignments'],
    ['jsonl', 'labels'],
  ] as const)('--format %s --what %s prints the table, byte for byte the API’s', async (format, table) => {
    const r = await cli('analyze', ...files, '--options', optionsFile, '--format', format, '--what', table, '-q');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(format === 'csv' ? toCSV(full, table) : toJSONLines(full, table));
  });

  it('--out FILE takes a table too', async () => {
    const out = join(scratch(), 'quotes.csv');
    expect((await cli('analyze', ...files, '--options', optionsFile, '-f', 'csv', '--what=quotes', '-o', out, '-q')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(toCSV(full, 'quotes'));
  });
});

describe('--per-story DIR', () => {
  it('writes summary.json and each story in every format asked, all valid, the same as the API gives', async () => {
    const out = join(scratch(), 'stories');
    const r = await cli(
      'analyze',
      ...files,
      '--options',
      optionsFile,
      '--per-story',
      out,
      '--format',
      'json,md,html,csv,jsonl',
      '--what',
      'quotes,labels',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/narrative-diff: wrote 2 stories to .*stories \(15 files\)\n$/u);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { stories: { id: string; files: string[] }[] };
    expect(validateSummary(summary), JSON.stringify(validateSummary.errors)).toBe(true);
    expect(summary.stories.map((s) => [s.id, s.files])).toEqual(
      ['pier', 'strike'].map((id) => [
        id,
        [`${id}.json`, `${id}.md`, `${id}.html`, `${id}.quotes.csv`, `${id}.labels.csv`, `${id}.quotes.jsonl`, `${id}.labels.jsonl`],
      ]),
    );
    expect(readdirSync(out).sort()).toEqual(['summary.json', ...summary.stories.flatMap((s) => s.files)].sort());
    const parts = [...splitByStory(full)];
    for (const [i, s] of summary.stories.entries()) {
      const part = parts[i];
      if (part === undefined) throw new Error('a story is missing');
      const json = readFileSync(join(out, `${s.id}.json`), 'utf8');
      expect(json).toBe(toJSON(part));
      expect(validateReport(JSON.parse(json))).toBe(true);
      expect(readFileSync(join(out, `${s.id}.quotes.csv`), 'utf8')).toBe(toCSV(part, 'quotes'));
      expect(readFileSync(join(out, `${s.id}.labels.jsonl`), 'utf8')).toBe(toJSONLines(part, 'labels'));
      expect(readFileSync(join(out, `${s.id}.md`), 'utf8')).toMatch(/^# narrative-diff report/u);
      expect(readFileSync(join(out, `${s.id}.html`), 'utf8')).toMatch(/^<!doctype html>/u);
    }
  });

  it('JSON by default; an existing empty directory is filled; story ids become safe file names', async () => {
    const out = scratch();
    const options = join(out, '..', `${out.split('/').pop() ?? 'x'}-options.json`);
    writeFileSync(
      options,
      JSON.stringify({
        stories: { 'pier-1': 'Pier/harbour', 'pier-2': 'Pier/harbour', 'strike-1': 'pier_harbour', 'strike-2': 'summary' },
      }),
    );
    const r = await cli('analyze', ...files, '--options', options, '--per-story', out, '-q');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['Pier_harbour.json', 'pier_harbour~2.json', 'summary.json', 'summary~2.json']);
  });

  it('HTML inputs: the analysed texts go into DIR as texts.jsonl', async () => {
    const html = join(scratch(), 'page.html');
    writeFileSync(
      html,
      '<html><head><title>Pier</title></head><body><article><p>The pier of Tervik closed on Monday for repairs.</p></article></body></html>',
    );
    const out = join(scratch(), 'stories');
    expect((await cli('analyze', html, '--per-story', out, '-q')).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['s1.json', 'summary.json', 'texts.jsonl']);
    expect(JSON.parse(readFileSync(join(out, 'texts.jsonl'), 'utf8'))).toMatchObject({ id: 'page' });
  });

  it.each([
    [
      'a directory with a file in it',
      (d: string) => writeFileSync(join(d, 'old.json'), '{}'),
      /expected a new or empty directory, found one with 1 entry/u,
    ],
    ['a file', (d: string) => writeFileSync(join(d, 'x'), ''), /expected a new or empty directory, found a file/u],
    ['below a missing directory', () => undefined, /ENOENT/u],
  ])('%s is refused before any input is read (exit 1, nothing written)', async (_name, setUp, message) => {
    const parent = scratch();
    setUp(parent);
    const target = _name === 'a file' ? join(parent, 'x') : _name === 'below a missing directory' ? join(parent, 'no', 'dir') : parent;
    const before = readdirSync(parent).sort();
    const r = await cli('analyze', join(dir, 'missing.txt'), '--per-story', target);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^narrative-diff: [^\n]*nothing was read or analysed\n$/u);
    expect(r.stderr).toMatch(message);
    expect(readdirSync(parent).sort()).toEqual(before);
  });

  it('a write that fails midway leaves DIR as it was and no temporary directory', async () => {
    const parent = scratch();
    const out = join(parent, 'stories');
    const output = await directoryOutput(out);
    function* failing(): Generator<string> {
      yield 'a';
      throw new Error('the report could not be made');
    }
    await expect(
      output.write([
        { name: 'summary.json', chunks: ['{}'] },
        { name: 's1.json', chunks: failing() },
      ]),
    ).rejects.toThrow('the report could not be made');
    expect(readdirSync(parent)).toEqual([]);
    mkdirSync(out);
    const again = await directoryOutput(out);
    await expect(again.write([{ name: 's1.json', chunks: failing() }])).rejects.toThrow('the report could not be made');
    expect(readdirSync(parent)).toEqual(['stories']);
    expect(readdirSync(out)).toEqual([]);
  });

  it('files that came into DIR while the reports were made are not mixed with them', async () => {
    const parent = scratch();
    const out = join(parent, 'stories');
    mkdirSync(out);
    const output = await directoryOutput(out);
    function* meanwhile(): Generator<string> {
      writeFileSync(join(out, 'other.json'), '{}');
      yield '{}';
    }
    await expect(output.write([{ name: 's1.json', chunks: meanwhile() }])).rejects.toMatchObject({
      code: 'OUTPUT_FILE',
      message: expect.stringMatching(/stories: is no longer a new or empty directory, so nothing was written into it$/u) as unknown,
    });
    expect(readdirSync(parent)).toEqual(['stories']);
    expect(readdirSync(out)).toEqual(['other.json']);
  });
});

describe('usage', () => {
  it.each([
    [['--format', 'csv'], '--format csv writes one table: expected --what alignments, quotes or labels, found none'],
    [['--format', 'md', '--what', 'quotes'], '--what chooses the table of --format jsonl or csv, found --format md'],
    [['--format', 'json,md'], '--format expects one format for one output, found json,md (several formats are for --per-story DIR)'],
    [
      ['--format', 'csv', '--what', 'quotes,labels'],
      '--what expects one table for one output, found quotes,labels (several tables are for --per-story DIR)',
    ],
    [['--format', 'xml'], '--format expects json, md, html, jsonl or csv, found "xml"'],
    [['--format', 'csv', '--what', 'speakers'], '--what expects alignments, quotes or labels, found "speakers"'],
    [['--per-story', 'out', '--out', 'x.json'], '--per-story DIR writes its files in DIR; expected no --out, found both'],
    [['--per-story', 'out', '--what', 'quotes'], '--what chooses the tables of --format jsonl or csv, found --format json'],
    [['--per-stroy', 'out'], 'unknown option "--per-stroy"; did you mean "--per-story"? (see --help)'],
  ])('%j: exit 2, "%s"', async (flags, message) => {
    const r = await cli('analyze', 'a.txt', ...flags);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`narrative-diff: ${message}\n`);
  });

  it('parses several formats and tables for --per-story, without repeats', () => {
    expect(parseArgs(['analyze', 'a.txt', '--per-story', 'd', '--format', 'csv,json,csv'])).toMatchObject({
      formats: ['csv', 'json'],
      tables: ['alignments', 'quotes', 'labels'],
      perStory: 'd',
    });
  });
});

describe('storyFileNames', () => {
  it.each([
    [
      ['s1', 's2'],
      ['s1', 's2'],
    ],
    [
      ['Brexit vote', 'brexit_vote', '../x', '.hidden', ''],
      ['Brexit_vote', 'brexit_vote~2', '_._x', '_hidden', '_'],
    ],
    [
      ['summary', 'texts', 'CON', 'a'.repeat(120)],
      ['summary~2', 'texts~2', '_CON', 'a'.repeat(100)],
    ],
    [
      ['é', 'ü'],
      ['_', '_~2'],
    ],
  ])('%j → %j', (ids, names) => {
    expect(storyFileNames(ids)).toEqual(names);
  });
});
