// Reads the five real articles of the headline case from ../shared/corpus at run time (never copied into
// the project) and checks the document stage and the CLI on them.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Report } from '../../src/index.js';
import { LAVROV_DIR, LAVROV_FILES, LAVROV_TEXTS, lavrovId } from '../helpers/lavrov.js';
import { checkSpans } from '../helpers/spans.js';

const dir = LAVROV_DIR;
const files = LAVROV_FILES;
const texts = LAVROV_TEXTS;
const idStarting = lavrovId;

let report: Report | undefined;
async function analyzeWithCli(): Promise<Report> {
  if (report) return report;
  let out = '';
  const code = await run(['analyze', ...files.map((f) => dir + f), '--format', 'json', '--quiet'], {
    stdout: (s) => (out += s),
    stderr: () => {},
  });
  expect(code).toBe(0);
  report = JSON.parse(out) as Report;
  return report;
}

describe('lavrov-kim-2018 through the CLI', () => {
  it('reads five articles', async () => {
    expect(files).toHaveLength(5);
    expect((await analyzeWithCli()).documents).toHaveLength(5);
  });

  it('every reported span slices its original text', async () => {
    const { checked, mismatches } = checkSpans(await analyzeWithCli(), texts);
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(15);
  });

  // Each expected boilerplate line: [article id prefix, kind, how the span starts (white space folded)].
  it.each([
    ['000', 'byline', 'Arthur Jamo'],
    ['000', 'follow', 'Follow me'],
    ['001', 'share', 'Share this on'],
    ['001', 'repeated-title', 'Russia joins'],
    ['001', 'see-also', 'SEE ALSO: Trump'],
    ['001', 'see-also', 'SEE ALSO: Who is'],
    ['001', 'see-also', 'SEE ALSO: North Korean'],
    ['001', 'photo-credit', 'North Korean leader Kim Jong Un and Russian'],
    ['001', 'byline', 'Additional reporting by'],
    ['002', 'advertise', 'Connect with us'],
    ['002', 'advertise', 'Advertise With Us'],
    ['003', 'comments', 'Comments are closed.'],
    ['004', 'metadata', 'News |'],
    ['004', 'cut-mark', '(...)'],
    ['004', 'source-link', 'Full story:'],
  ])('%s: %s "%s"', async (prefix, kind, start) => {
    const doc = (await analyzeWithCli()).documents.find((d) => d.id === idStarting(prefix));
    const squash = (t: string): string => t.replace(/\s+/g, ' ');
    const found = doc?.boilerplate.filter((b) => b.kind === kind && squash(b.text).startsWith(squash(start)));
    expect(
      found?.length,
      `boilerplate of ${prefix}: ${JSON.stringify(doc?.boilerplate.map((b) => [b.kind, b.text.slice(0, 30)]))}`,
    ).toBeGreaterThan(0);
  });

  it('finds all three cut marks of 004 and no boilerplate in the prose', async () => {
    const docs = (await analyzeWithCli()).documents;
    expect(docs.find((d) => d.id === idStarting('004'))?.boilerplate.filter((b) => b.kind === 'cut-mark')).toHaveLength(3);
    for (const d of docs) for (const b of d.boilerplate) expect(b.text.length, b.text).toBeLessThan(320);
    const all = docs.flatMap((d) => d.boilerplate);
    expect(all.length).toBeLessThanOrEqual(20);
  });
});
