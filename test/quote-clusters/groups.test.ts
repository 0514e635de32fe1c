import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { QuoteCluster } from '../../src/quote-clusters/types.js';

// Reports written for these tests: one remark carried word for word by many reports, or many times in
// one report. Its links name each group of copies once, whatever the number of copies.
const WIRE = 'We will not sign the harbour agreement before the council has voted on it';
const EDITED = 'We will not sign the port agreement before the council has voted on it';

const report = (k: number, said: string, times = 1): { id: string; text: string } => ({
  id: `r${String(k).padStart(2, '0')}`,
  text: `Report ${k} from the coast.\n\n` + `\u201C${said},\u201D Ana Petrova said on Monday.\n\n`.repeat(times),
});

/** The only cluster of a run. */
async function onlyCluster(docs: { id: string; text: string }[]): Promise<QuoteCluster> {
  const { quoteClusters } = await analyze(docs);
  expect(quoteClusters).toHaveLength(1);
  return quoteClusters[0] as QuoteCluster;
}

/** Whether the links join every group of the cluster to every other. */
function linksConnect(c: QuoteCluster): boolean {
  const groupOf = new Map(c.groups.flatMap((g, i) => g.quoteIds.map((q) => [q, i] as const)));
  const parent = c.groups.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : root(parent[i] ?? i));
  for (const l of c.links) parent[root(groupOf.get(l.a) ?? -1)] = root(groupOf.get(l.b) ?? -1);
  return new Set(c.groups.map((_, i) => root(i))).size === 1;
}

describe('quote-cluster groups and links', () => {
  it('a remark carried word for word by 12 reports is one group with one link (was 66)', async () => {
    const c = await onlyCluster(Array.from({ length: 12 }, (_, k) => report(k, WIRE)));
    expect(c.quoteIds).toHaveLength(12);
    expect(c.groups).toEqual([{ quoteIds: c.quoteIds, speaker: 'Ana Petrova' }]);
    expect(c.links).toHaveLength(1);
    expect([c.links[0]?.a, c.links[0]?.b]).toEqual(c.quoteIds.slice(0, 2));
    expect(c.links[0]).toMatchObject({ score: 1, lexical: 1, speaker: 'same', cue: true });
  });

  it('a remark quoted 30 times in each of two reports is one group with one link (was 676)', async () => {
    const docs = [report(1, WIRE, 30), report(2, WIRE, 30)];
    const c = await onlyCluster(docs);
    const { quotes } = await analyze(docs);
    expect(c.quoteIds).toEqual(quotes.map((q) => q.id));
    expect(c.quoteIds.length).toBeGreaterThan(40);
    expect(c.groups).toHaveLength(1);
    expect(c.links).toHaveLength(1);
  });

  it('two renderings, each carried by 6 reports, are two groups joined by one link', async () => {
    const docs = Array.from({ length: 12 }, (_, k) => report(k, k % 2 === 0 ? WIRE : EDITED));
    const c = await onlyCluster(docs);
    expect(c.groups.map((g) => g.quoteIds.length)).toEqual([6, 6]);
    // One link inside each group (copies in two reports) and one between them.
    expect(c.links).toHaveLength(3);
    expect(linksConnect(c)).toBe(true);
    const between = c.links.filter(
      (l) => c.groups.findIndex((g) => g.quoteIds.includes(l.a)) !== c.groups.findIndex((g) => g.quoteIds.includes(l.b)),
    );
    expect(between).toHaveLength(1);
    expect(between[0]?.lexical).toBeLessThan(1);
  });

  it('every quote of a cluster stands in one group, and the links join the groups', async () => {
    const docs = Array.from({ length: 9 }, (_, k) => report(k, k % 3 === 0 ? EDITED : WIRE, 1 + (k % 2)));
    const c = await onlyCluster(docs);
    expect(c.groups.flatMap((g) => g.quoteIds).sort()).toEqual([...c.quoteIds].sort());
    expect(c.links.length).toBeLessThanOrEqual(2 * c.groups.length - 1);
    expect(linksConnect(c)).toBe(true);
  });
});

describe('quote-cluster variant ops', () => {
  it('a run of words the same on both sides is one equal op, sliced from each text', async () => {
    const docs = [report(1, WIRE), report(2, EDITED)];
    const c = await onlyCluster(docs);
    const ops = c.variants[1]?.ops ?? [];
    expect(ops.map((o) => [o.op, o.a?.text, o.b?.text])).toEqual([
      ['equal', 'We will not sign the', 'We will not sign the'],
      ['substitute', 'harbour', 'port'],
      ['equal', 'agreement before the council has voted on it', 'agreement before the council has voted on it'],
    ]);
    for (const o of ops) {
      expect(docs[0]?.text.slice(o.a?.start, o.a?.end)).toBe(o.a?.text);
      expect(docs[1]?.text.slice(o.b?.start, o.b?.end)).toBe(o.b?.text);
    }
  });
});
