import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { run } from '../../src/cli/run.js';
import { ARTICLES, LATE_FERRY } from './articles.js';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'nd-corpus-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const index = join(dir, 'news.duckdb');
const files = ARTICLES.map((a) => {
  const file = join(dir, `${a.id}.txt`);
  writeFileSync(file, `---\npublishedAt: ${a.publishedAt ?? ''}\n---\n${a.text}\n`);
  return file;
});

describe('narrative-diff corpus', () => {
  it('adds files, lists stories, and adds more later without comparing old pairs again', async () => {
    const added = await cli('corpus', 'add', '--index', index, ...files);
    expect(added.code).toBe(0);
    expect(added.stderr).toMatch(/added 4 articles to .*news\.duckdb \(now 4\): \d+ candidate pairs, 2 stories gained articles/);
    const late = join(dir, 'ferry-late.json');
    writeFileSync(late, JSON.stringify(LATE_FERRY));
    const more = await cli('corpus', 'add', '--index', index, late, '--quiet');
    expect(more).toEqual({ code: 0, stdout: '', stderr: '' });
    const stories = await cli('corpus', 'stories', '--index', index);
    expect(stories.stdout.split('\n').slice(0, 3)).toEqual([
      'id\tarticles\tfirst day\tlast day\ttitle',
      's1\t3\t2026-11-03\t2026-12-02\tferry-wire',
      's3\t2\t2026-11-05\t2026-11-06\trates-wire',
    ]);
    const json = JSON.parse((await cli('corpus', 'stories', '--index', index, '--format', 'json')).stdout) as { id: string }[];
    expect(json.map((s) => s.id)).toEqual(['s1', 's3']);
  });

  it('writes a story report to stdout or a file, and a file per story with --since', async () => {
    const one = await cli('corpus', 'report', '--index', index, '--story', 's3', '--quiet');
    expect(one.code).toBe(0);
    expect((JSON.parse(one.stdout) as { documents: { id: string }[] }).documents.map((d) => d.id)).toEqual(['rates-wire', 'rates-weekly']);
    const md = join(dir, 's1.md');
    const file = await cli('corpus', 'report', '--index', index, '--story', 's1', '--format', 'md', '--out', md);
    expect(file.code).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(/^# narrative-diff report/);
    const out = join(dir, 'reports');
    const since = await cli('corpus', 'report', '--index', index, '--since', '2026-11-06', '--out', out, '--format', 'html');
    expect(since.code).toBe(0);
    expect(since.stderr).toContain('2 story reports in');
    expect(readdirSync(out).sort()).toEqual(['s1.html', 's3.html']);
  });

  it('writes one flat table of a story report with --format jsonl|csv --what, storyId the corpus story', async () => {
    const jsonl = await cli('corpus', 'report', '--index', index, '--story', 's3', '--format', 'jsonl', '--what', 'alignments', '--quiet');
    expect(jsonl.code).toBe(0);
    const rows = jsonl.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { storyId: string; docId: string });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.storyId))).toEqual(new Set(['s3']));
    const csv = await cli('corpus', 'report', '--index', index, '--story', 's3', '--format', 'csv', '--what', 'quotes', '--quiet');
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^quoteId,storyId,docId,/);
    expect(() => parseArgs(['corpus', 'report', '--index', 'x', '--story', 's1', '--format', 'csv'])).toThrow(/expected --what alignments/);
    expect(() => parseArgs(['corpus', 'report', '--index', 'x', '--story', 's1', '--what', 'quotes'])).toThrow(/--what chooses the table/);
  });

  it('says what is wrong: usage errors exit 2, a bad index or story exits 1', async () => {
    expect(() => parseArgs(['corpus', 'add', 'a.txt'])).toThrow(/expects --index FILE/);
    expect(() => parseArgs(['corpus', 'report', '--index', 'x'])).toThrow(/one of --story ID or --since DATE, found neither/);
    expect(() => parseArgs(['corpus', 'report', '--index', 'x', '--since', '2026-01-01'])).toThrow(/expected --out DIR/);
    expect(() => parseArgs(['corpus', 'stories', '--index', 'x', '--story', 's1'])).toThrow(/does not take --story/);
    expect(() => parseArgs(['corpus', 'list'])).toThrow(/expected "corpus add", "corpus stories" or "corpus report"/);
    expect((await cli('corpus', 'add', '--indx', index, files[0] ?? '')).code).toBe(2);
    const unknown = await cli('corpus', 'report', '--index', index, '--story', 's99');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/expected a story id such as s1/);
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database');
    const bad = await cli('corpus', 'stories', '--index', text);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^narrative-diff: .*notes\.txt: expected a corpus index/);
    const again = await cli('corpus', 'add', '--index', index, files[0] ?? '');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds a document with id "ferry-wire"/);
    expect(existsSync(index)).toBe(true);
  });
});
