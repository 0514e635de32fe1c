import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Alignment } from '../../src/align/types.js';
import { analyze } from '../../src/analyze.js';
import { jsonChunks } from '../../src/cli/json-stream.js';
import { readCorpus } from '../../src/document/read.js';
import { reportSchema } from '../../src/report/schema.js';
import { toHTML, toJSON, toMarkdown } from '../../src/report/render.js';
import { isReportingFormula, keepReuseInStories } from '../../src/reuse/index.js';
import type { StoryAssignment } from '../../src/stories/types.js';
import { REUSE_ARTICLES, REUSE_STORIES } from './fixtures.js';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(reportSchema);

describe('isReportingFormula', () => {
  it.each([
    ['The ministry did not immediately respond to a request for comment.', true],
    ['A spokeswoman for the club declined to comment on Sunday.', true],
    ['according to two people familiar with the matter', true],
    ['three people briefed on the talks said', true],
    ['who spoke on condition of anonymity because they were not authorized to speak publicly', true],
    ["The ministry didn't respond, and the bridge stays closed until a new survey of its pillars is done.", false],
    ['The council did not immediately respond to a request for comment about the cracks it found in the pier last week.', false],
    ['Teachers walked out on Thursday over overtime pay owed since the autumn.', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isReportingFormula(text)).toBe(expected);
  });
});

/** Documents a–f with the stories given (by position), and alignments over them written by hand. */
function split(storyOfDoc: readonly number[], alignments: readonly Alignment[]): ReturnType<typeof keepReuseInStories> {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const corpus = readCorpus(ids.map((id) => ({ id, text: `Text of ${id}.` })));
  const nStories = Math.max(...storyOfDoc) + 1;
  const stories: StoryAssignment = {
    stories: Array.from({ length: nStories }, (_, s) => ({
      id: `s${s + 1}`,
      docIds: ids.filter((_, d) => storyOfDoc[d] === s),
      terms: [],
      names: [],
    })),
    storyOf: Int32Array.from(storyOfDoc),
  };
  return keepReuseInStories(corpus, alignments, stories);
}

const SENTENCE = 'The old northern pier was built in the 1920s by the town itself, with timber brought from the inland forests.';
const member = (docId: string, text = SENTENCE): Alignment['members'][number] => ({ docId, start: 0, end: text.length, text });
const alignment = (id: string, docIds: readonly string[], text = SENTENCE): Alignment => ({
  id,
  kind: 'verbatim',
  similarity: 1,
  members: docIds.map((d) => member(d, text)),
  pairs: [],
});

describe('keepReuseInStories', () => {
  // Stories by document a..f: s1 = a, b; s2 = c, d; s3 = e, f.
  const STORIES = [0, 0, 1, 1, 2, 2];
  it.each([
    // name, alignments' documents, alignments kept (story: documents), common passages (kind: stories)
    ['one story stays an alignment', ['a', 'b'], ['s1:a,b'], []],
    ['across two stories: split where a story has two copies, every copy common', ['a', 'b', 'c'], ['s1:a,b'], ['background:s1,s2']],
    ['across two stories, two copies each', ['a', 'b', 'c', 'd'], ['s1:a,b', 's2:c,d'], ['background:s1,s2']],
    ['one copy per story: common only', ['a', 'c'], [], ['background:s1,s2']],
    ['in three stories: widespread, common only', ['a', 'b', 'c', 'e'], [], ['background:s1,s2,s3']],
  ] as const)('%s', (_name, docIds, kept, common) => {
    const out = split(STORIES, [alignment('p1', docIds)]);
    expect(out.alignments.map((a) => `${a.storyId}:${a.members.map((m) => m.docId).join(',')}`)).toEqual(kept);
    expect(out.commonPassages.map((c) => `${c.kind}:${c.storyIds.join(',')}`)).toEqual(common);
    // Nothing is lost: every copy is in an alignment or a common passage.
    const found = new Set([...out.alignments, ...out.commonPassages].flatMap((a) => a.members.map((m) => m.docId)));
    expect([...found].sort()).toEqual([...docIds].sort());
  });

  it('makes a reporting formula a common passage even inside one story', () => {
    const text = 'A spokesman for the port did not immediately respond to a request for comment.';
    const out = split(STORIES, [alignment('p1', ['a', 'b'], text)]);
    expect(out.alignments).toEqual([]);
    expect(out.commonPassages.map((c) => [c.id, c.kind, c.storyIds])).toEqual([['cp1', 'reporting-formula', ['s1']]]);
  });

  it('calls a short passage across stories a stock phrase', () => {
    const out = split(STORIES, [alignment('p1', ['a', 'c'], 'the leader of the opposition in the regional parliament')]);
    expect(out.commonPassages[0]?.kind).toBe('stock-phrase');
  });

  it('keeps the pairs of a story renumbered, and cuts where only a copy in another story joined two', () => {
    const al: Alignment = {
      id: 'p1',
      kind: 'edited',
      similarity: 0.8,
      members: [member('a', 'x one'), member('b', 'x two'), member('c', 'x three'), member('d', 'x four')],
      // b–d and a–c only: within s1 (a, b) and s2 (c, d) nothing links.
      pairs: [
        { a: 0, b: 2, similarity: 0.8, components: { lemmaOverlap: 1, wordOrder: 1, characters: 1, model: 1 }, diff: [] },
        { a: 1, b: 3, similarity: 0.9, components: { lemmaOverlap: 1, wordOrder: 1, characters: 1, model: 1 }, diff: [] },
      ],
    };
    const out = split(STORIES, [al]);
    expect(out.alignments).toEqual([]);
    expect(out.commonPassages).toHaveLength(1);
    const joined = split([0, 0, 0, 1, 2, 2], [al]);
    expect(joined.alignments.map((a) => [a.storyId, a.members.map((m) => m.docId), a.pairs.map((p) => [p.a, p.b])])).toEqual([
      // b is joined to a and c only through d (another story): a and c stay an alignment, b is in the common passage.
      ['s1', ['a', 'c'], [[0, 1]]],
    ]);
  });

  it('numbers alignments and common passages in order of their first copy', () => {
    const out = split(STORIES, [alignment('p1', ['a', 'c']), alignment('p2', ['b', 'd']), alignment('p3', ['e', 'f'])]);
    expect(out.alignments.map((a) => a.id)).toEqual(['p1']);
    expect(out.commonPassages.map((c) => [c.id, c.members[0]?.docId])).toEqual([
      ['cp1', 'a'],
      ['cp2', 'b'],
    ]);
  });
});

describe('analyze keeps reuse inside a story', async () => {
  const report = await analyze(REUSE_ARTICLES, { stories: REUSE_STORIES });
  const storyOf = new Map(report.stories.flatMap((s) => s.docIds.map((d) => [d, s.id] as const)));

  it('links passages and quotes only within one story, and says which', () => {
    expect(report.alignments.length).toBeGreaterThan(0);
    for (const a of report.alignments) for (const m of a.members) expect(storyOf.get(m.docId)).toBe(a.storyId);
    for (const c of report.quoteClusters) for (const m of c.members) expect(storyOf.get(m.docId)).toBe(c.storyId);
  });

  it.each([
    ['the background sentence about the town', 'fishing town of about twelve thousand', 'background'],
    ["the mayor's catchphrase", 'divided by fear', 'background'],
    ['the request for comment', 'did not immediately respond', 'reporting-formula'],
  ])('lists %s as a common passage, not an alignment', (_name, words, kind) => {
    const text = (m: { text?: string; sameTextAs?: number }, ms: readonly { text?: string }[]): string =>
      m.text ?? ms[m.sameTextAs ?? 0]?.text ?? '';
    expect(report.alignments.some((a) => a.members.some((m) => text(m, a.members).includes(words)))).toBe(false);
    const common = report.commonPassages.filter((c) => c.members.some((m) => text(m, c.members).includes(words)));
    expect(common.map((c) => c.kind)).toEqual([kind]);
  });

  it("does not make the mayor's catchphrase in two stories one remark", () => {
    const holm = report.quoteClusters.filter((c) => c.speaker === 'Lena Holm');
    expect(holm.map((c) => [c.storyId, c.members.map((m) => m.docId)])).toEqual([['pier', ['pier-1', 'pier-2']]]);
  });

  it('validates, renders the new fields, and streams the same bytes as toJSON', () => {
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(toMarkdown(report)).toContain('## Common passages');
    expect(toMarkdown(report)).toMatch(/cp\d · reporting-formula · stories pier, strike/);
    expect(toHTML(report)).toContain('<h2>Common passages</h2>');
    expect([...jsonChunks(report, 64)].join('')).toBe(toJSON(report));
  });
});
