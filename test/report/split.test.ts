import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  corpusSummary,
  corpusSummarySchema,
  reportSchema,
  splitByStory,
  storyReport,
  toHTML,
  toJSON,
  toMarkdown,
} from '../../src/index.js';
import type { ArticleInput, Report } from '../../src/types.js';
import { corpus } from '../helpers/generators.js';
import { REUSE_ARTICLES, REUSE_STORIES } from '../reuse/fixtures.js';
import { ARTICLES, EVENT_OF } from '../stories/fixtures.js';
import { referenceProblems } from './refs.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateReport = ajv.compile(reportSchema);
const validateSummary = ajv.compile(corpusSummarySchema);
const textsOf = (inputs: readonly ArticleInput[]): Record<string, string> => Object.fromEntries(inputs.map((i) => [i.id, i.text]));

/**
 * What must hold between a report and its stories' reports: each is valid and self-consistent and renders; every
 * document, alignment, quote and quote cluster is in exactly one of them, unchanged; each common passage's copies
 * are in the report of each story holding two or more of them, offsets exact; framing pairs inside a story are kept.
 */
function checkSplit(full: Report, texts: Readonly<Record<string, string>>): Report[] {
  const parts = [...splitByStory(full)];
  expect(parts.map((p) => p.stories[0]?.id)).toEqual(full.stories.map((s) => s.id));
  for (const p of parts) {
    expect(validateReport(p), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true);
    expect(referenceProblems(p, texts)).toEqual([]);
    expect(toMarkdown(p)).toContain('# narrative-diff report');
    expect(toHTML(p, texts)).toContain('</html>');
    expect(JSON.parse(toJSON(p))).toEqual(JSON.parse(JSON.stringify(p)));
  }
  const once = <T extends { readonly id: string }>(all: readonly T[], pick: (r: Report) => readonly T[]): void => {
    const seen = new Map<string, T[]>();
    for (const p of parts) for (const x of pick(p)) seen.set(x.id, [...(seen.get(x.id) ?? []), x]);
    expect([...seen.keys()].sort()).toEqual(all.map((x) => x.id).sort());
    for (const x of all) expect(seen.get(x.id)).toEqual([x]);
  };
  once(full.documents, (r) => r.documents);
  once(full.alignments, (r) => r.alignments);
  once(full.quotes, (r) => r.quotes);
  once(full.quoteClusters, (r) => r.quoteClusters);
  expect(parts.flatMap((p) => p.framing.documents)).toEqual(expect.arrayContaining([...full.framing.documents]));
  expect(parts.flatMap((p) => p.framing.documents)).toHaveLength(full.framing.documents.length);
  expect(parts.flatMap((p) => p.coverage.items).length).toBe(full.coverage.items.length);
  // Common passages: the copies in each story holding two or more, at the same offsets.
  const storyOf = new Map(full.stories.flatMap((s) => s.docIds.map((d) => [d, s.id] as const)));
  for (const c of full.commonPassages) {
    for (const s of c.storyIds) {
      const copies = c.members.filter((m) => storyOf.get(m.docId) === s).map((m) => [m.docId, m.start, m.end]);
      const got = parts.find((p) => p.stories[0]?.id === s)?.commonPassages.find((x) => x.id === c.id);
      if (copies.length < 2) expect(got).toBeUndefined();
      else expect(got?.members.map((m) => [m.docId, m.start, m.end])).toEqual(copies);
    }
  }
  const samePairs = full.framing.pairs.filter((p) => storyOf.get(p.a) === storyOf.get(p.b));
  expect(parts.flatMap((p) => p.framing.pairs)).toEqual(expect.arrayContaining(samePairs));
  expect(parts.flatMap((p) => p.framing.pairs)).toHaveLength(samePairs.length);
  return parts;
}

describe('splitByStory', () => {
  it('the full report itself is self-consistent (the checker agrees with analyze)', async () => {
    const full = await analyze(REUSE_ARTICLES, { stories: REUSE_STORIES });
    expect(referenceProblems(full, textsOf(REUSE_ARTICLES))).toEqual([]);
  });

  it('two stories sharing a background sentence, a formula and a catchphrase: each story keeps its copies', async () => {
    const full = await analyze(REUSE_ARTICLES, { stories: REUSE_STORIES });
    expect(full.commonPassages.length).toBeGreaterThan(0);
    const [pier, strike] = checkSplit(full, textsOf(REUSE_ARTICLES));
    expect(pier?.documents.map((d) => d.id)).toEqual(['pier-1', 'pier-2']);
    expect(strike?.documents.map((d) => d.id)).toEqual(['strike-1', 'strike-2']);
    // The reporting formula has two copies in the pier story; the background sentences, one copy in each story, are
    // in neither story's report (the full report and the corpus summary list them).
    expect(full.commonPassages.map((c) => [c.id, c.kind, c.members.length])).toEqual([
      ['cp1', 'background', 2],
      ['cp2', 'background', 2],
      ['cp3', 'reporting-formula', 3],
    ]);
    expect(pier?.commonPassages.map((c) => [c.id, c.storyIds, c.members.map((m) => m.docId)])).toEqual([
      ['cp3', ['pier'], ['pier-1', 'pier-2']],
    ]);
    expect(strike?.commonPassages).toEqual([]);
  });

  it('eight articles on four events, stories found by analyze', async () => {
    const full = await analyze(ARTICLES);
    const parts = checkSplit(full, textsOf(ARTICLES));
    expect(parts).toHaveLength(4);
  });

  it('a report of one story splits into itself, omits and all', async () => {
    const full = await analyze(REUSE_ARTICLES.slice(0, 2));
    expect([...splitByStory(full)]).toEqual([full]);
  });

  it('sameTextAs pointing at a copy of another story gets its text back', async () => {
    const text = 'The old northern pier was built in the 1920s by the town itself, with timber brought from the inland forests.';
    const inputs = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: `${id.toUpperCase()} reports. ${text}` }));
    const full = await analyze(inputs, { stories: { a: 'x', b: 'y', c: 'y', d: 'z', e: 'z' } });
    const common = full.commonPassages[0];
    expect(common?.members.filter((m) => m.sameTextAs !== undefined)).toHaveLength(4);
    const y = storyReport(full, 'y');
    const [start, end] = [common?.members[1]?.start, common?.members[1]?.end];
    expect(y.commonPassages[0]?.members).toEqual([
      { docId: 'b', start, end, text: inputs[1]?.text.slice(start, end) },
      { docId: 'c', start: common?.members[2]?.start, end: common?.members[2]?.end, sameTextAs: 0 },
    ]);
    checkSplit(full, textsOf(inputs));
  });

  it('pairs left out of the full report are counted per story', async () => {
    const full = await analyze(ARTICLES, { framing: { maxPairDocuments: 3 } });
    expect(full.framing.pairsLeftOut?.count).toBe(28);
    const bridge = [...splitByStory(full)].find((p) => p.documents.length === 3);
    expect(bridge?.framing.pairsLeftOut?.count).toBe(3);
    expect(bridge?.framing.pairsLeftOut?.reason).toMatch(
      /split from left pairwise framing divergences out .*analyze this story's 3 documents alone/u,
    );
    expect([...splitByStory(full)].find((p) => p.documents.length === 1)?.framing.pairsLeftOut).toBeNull();
  });

  it('property: any corpus cut into any stories splits into consistent reports, nothing lost', async () => {
    let withCommon = 0;
    let withClusters = 0;
    await fc.assert(
      fc.asyncProperty(
        corpus(6).chain((docs) => fc.tuple(fc.constant(docs), fc.array(fc.nat(2), { minLength: docs.length, maxLength: docs.length }))),
        async ([docs, story]) => {
          const stories = Object.fromEntries(docs.map((d, i) => [d.id, `t${story[i] ?? 0}`]));
          const full = await analyze(docs, { stories });
          if (full.commonPassages.length > 0) withCommon++;
          if (full.quoteClusters.length > 0) withClusters++;
          checkSplit(full, textsOf(docs));
        },
      ),
      { seed: 19, numRuns: 25 },
    );
    // The generated corpora do exercise common passages and quote clusters.
    expect(Math.min(withCommon, withClusters)).toBeGreaterThan(2);
  });
});

describe('storyReport', () => {
  it('names the story ids it knows when given another', async () => {
    const full = await analyze(REUSE_ARTICLES, { stories: REUSE_STORIES });
    expect(() => storyReport(full, 'harbour')).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'narrative-diff: storyId must be one of the report\'s story ids ("pier", "strike"), found "harbour"',
      }),
    );
  });

  it('is the same report splitByStory gives for that story', async () => {
    const full = await analyze(ARTICLES);
    for (const p of splitByStory(full)) expect(storyReport(full, p.stories[0]?.id ?? '')).toEqual(p);
  });
});

/** A report's ids renumbered in order of appearance (`p1`, `q1`, `c1`, `cp1`), for comparing reports of two runs. */
function renumbered(report: Report): unknown {
  const maps = new Map<string, Map<string, string>>();
  const rename = (id: string): string => {
    const prefix = /^(cp|p|q|c)\d+$/u.exec(id)?.[1];
    if (prefix === undefined) return id;
    const map = maps.get(prefix) ?? new Map<string, string>();
    maps.set(prefix, map);
    if (!map.has(id)) map.set(id, `${prefix}${map.size + 1}`);
    return map.get(id) ?? id;
  };
  for (const a of report.alignments) rename(a.id);
  for (const c of report.commonPassages) rename(c.id);
  for (const q of report.quotes) rename(q.id);
  for (const c of report.quoteClusters) rename(c.id);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return rename(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(report);
}

describe('a story report against analyze on the story alone', () => {
  // What is per story is the same; what is weighed over the whole corpus is not (see README, "Reports per story"):
  // story terms and names (IDF over the corpus), quote-cluster scores (IDF-weighted overlap), a common passage's
  // similarity (lowest over all its copies) and framing divergences (the coverage component compares against the
  // items of the whole corpus).
  it.each([
    ['the reuse fixtures', REUSE_ARTICLES, REUSE_STORIES],
    ['the four-event fixtures', ARTICLES, EVENT_OF],
  ])(
    '%s: documents, alignments, quotes, framing documents, actors and coverage are the same, ids renumbered',
    async (_name, inputs, stories) => {
      const full = await analyze(inputs, { stories });
      for (const part of splitByStory(full)) {
        const ids = new Set(part.documents.map((d) => d.id));
        const alone = await analyze(
          inputs.filter((i) => ids.has(i.id)),
          { stories: Object.fromEntries([...ids].map((d) => [d, stories[d] ?? ''])) },
        );
        const a = renumbered(part) as Report;
        const b = renumbered(alone) as Report;
        expect(a.documents).toEqual(b.documents);
        expect(a.stories.map((s) => [s.id, s.docIds])).toEqual(b.stories.map((s) => [s.id, s.docIds]));
        expect(a.alignments).toEqual(b.alignments);
        expect(a.commonPassages.map((c) => [c.kind, c.members])).toEqual(b.commonPassages.map((c) => [c.kind, c.members]));
        expect(a.quotes).toEqual(b.quotes);
        expect(a.quoteClusters.map((c) => [c.quoteIds, c.members])).toEqual(b.quoteClusters.map((c) => [c.quoteIds, c.members]));
        expect(a.framing.documents).toEqual(b.framing.documents);
        expect(a.framing.actors).toEqual(b.framing.actors);
        expect(a.framing.pairs.map((p) => [p.a, p.b])).toEqual(b.framing.pairs.map((p) => [p.a, p.b]));
        expect(a.coverage).toEqual(b.coverage);
      }
    },
  );
});

describe('corpusSummary', () => {
  it('lists stories with sizes and terms, outlets, and the widest passages first; validates against its schema', async () => {
    const inputs = REUSE_ARTICLES.map((a, i) => ({ ...a, source: i < 3 ? 'Tervik Post' : 'Coast Radio' }));
    const full = await analyze(inputs, { stories: REUSE_STORIES });
    const summary = corpusSummary(full);
    expect(validateSummary(summary), JSON.stringify(validateSummary.errors)).toBe(true);
    expect(summary.documents).toBe(4);
    expect(summary.stories.map((s) => [s.id, s.documents])).toEqual([
      ['pier', 2],
      ['strike', 2],
    ]);
    expect(summary.stories[0]?.terms).toEqual(full.stories[0]?.terms);
    expect(summary.outlets).toEqual([
      { source: 'Tervik Post', documents: 3 },
      { source: 'Coast Radio', documents: 1 },
    ]);
    expect(summary.stories[1]?.outlets).toEqual([
      { source: 'Coast Radio', documents: 1 },
      { source: 'Tervik Post', documents: 1 },
    ]);
    expect(summary.documentsWithoutSource).toBe(0);
    expect(summary.sharedPassageCount).toEqual({ alignments: full.alignments.length, commonPassages: full.commonPassages.length });
    const widths = summary.sharedPassages.map((p) => p.documents);
    expect(widths).toEqual([...widths].sort((x, y) => y - x));
    expect(summary.sharedPassages[0]).toMatchObject({ id: 'cp3', type: 'commonPassage', documents: 3, copies: 3 });
    expect(summary.stories.reduce((n, s) => n + s.alignments, 0)).toBe(full.alignments.length);
    expect(summary.stories.reduce((n, s) => n + s.quotes, 0)).toBe(full.quotes.length);
    expect(corpusSummary(full, { topPassages: 1 }).sharedPassages).toHaveLength(1);
  });

  it.each([-1, 1.5, Number.NaN])('topPassages %s is an INVALID_OPTION', async (top) => {
    const full = await analyze(REUSE_ARTICLES.slice(0, 1));
    expect(() => corpusSummary(full, { topPassages: top })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});
