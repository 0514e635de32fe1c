// Stories (issue 16): how analyze groups documents into stories, against real events. Reads ../shared/corpus at
// run time (nothing of it is copied into the project).
// - BASIL dev, all 120 articles (40 events × 3 outlets) in one run, each with its publication date as
//   `publishedAt` (as a user with dated articles would give them): story purity (each story's share of its
//   most common event) and completeness (each event's share in its most common story), over documents.
//   The same without dates, from the text alone. Targets: both ≥ 0.95 in both runs, enforced.
// - The thresholds (src/stories/links.ts) were chosen on the BASIL events at even positions in triplet-id order
//   (20 events, 60 articles, in one run); the events at odd positions are printed apart as held-out figures.
// - The five lavrov-kim-2018 articles: one story (enforced).
import { readFileSync } from 'node:fs';
import { alignCorpus, resolveAlignOptions } from '../../src/align/index.js';
import type { Alignment } from '../../src/align/types.js';
import { analyze } from '../../src/analyze.js';
import { readCorpus } from '../../src/document/read.js';
import type { ArticleInput, Report, Story } from '../../src/types.js';
import { LAVROV_TEXTS } from '../helpers/lavrov.js';
import { BASIL_ROOT, basilPresent, readBasil } from '../quote-clusters/basil-corpus.js';
import type { EvalResult } from './result.js';

/** Purity and completeness of `stories` against gold events (document id → event). */
export function storyScores(stories: readonly Story[], eventOf: ReadonlyMap<string, string>): { purity: number; completeness: number } {
  const n = stories.reduce((k, s) => k + s.docIds.length, 0);
  const most = (groups: Map<string, Map<string, number>>): number => [...groups.values()].reduce((k, g) => k + Math.max(...g.values()), 0);
  const byStory = new Map<string, Map<string, number>>();
  const byEvent = new Map<string, Map<string, number>>();
  for (const s of stories) {
    for (const d of s.docIds) {
      const e = eventOf.get(d) ?? `?${d}`;
      const gs = byStory.get(s.id) ?? new Map<string, number>();
      gs.set(e, (gs.get(e) ?? 0) + 1);
      byStory.set(s.id, gs);
      const ge = byEvent.get(e) ?? new Map<string, number>();
      ge.set(s.id, (ge.get(s.id) ?? 0) + 1);
      byEvent.set(e, ge);
    }
  }
  return n === 0 ? { purity: 1, completeness: 1 } : { purity: most(byStory) / n, completeness: most(byEvent) / n };
}

/** The publication date BASIL gives an article (its `date` field). */
function basilDate(id: string): string | undefined {
  const year = ['2010', '2011', '2012', '2013'].find((y) => {
    try {
      readFileSync(`${BASIL_ROOT}articles/${y}/${id}.json`);
      return true;
    } catch {
      return false;
    }
  });
  if (year === undefined) return undefined;
  return (JSON.parse(readFileSync(`${BASIL_ROOT}articles/${year}/${id}.json`, 'utf8')) as { date?: string }).date;
}

const f3 = (x: number): string => x.toFixed(3);

/** Analyzes `inputs` and prints its stories' scores, and the stories that mix events or split one. */
async function score(
  name: string,
  inputs: readonly ArticleInput[],
  eventOf: ReadonlyMap<string, string>,
): Promise<{ purity: number; completeness: number; report: Report }> {
  const report = await analyze(inputs);
  const s = storyScores(report.stories, eventOf);
  const events = new Set(inputs.map((a) => eventOf.get(a.id))).size;
  console.log(
    `${name}: ${inputs.length} articles, ${events} events → ${report.stories.length} stories; purity ${f3(s.purity)}, completeness ${f3(s.completeness)}`,
  );
  const title = new Map(inputs.map((a) => [a.id, a.title ?? a.id]));
  for (const st of report.stories) {
    const ev = new Set(st.docIds.map((d) => eventOf.get(d)));
    if (ev.size > 1)
      console.log(
        `    ${st.id} joins ${ev.size} events: ${st.docIds.map((d) => `${d.slice(0, 4)} "${(title.get(d) ?? '').slice(0, 40)}"`).join('; ')}`,
      );
  }
  for (const e of new Set(eventOf.values())) {
    const parts = report.stories.filter((st) => st.docIds.some((d) => eventOf.get(d) === e && inputs.some((a) => a.id === d)));
    if (parts.length > 1) console.log(`    event ${e.slice(0, 8)} split over ${parts.map((p) => p.id).join(', ')}`);
  }
  return { ...s, report };
}

/** A within-event part of an alignment: its members in the documents of one event (two or more documents). */
type EventPart = { event: string; members: readonly { docId: string; start: number; end: number }[] };

/** The within-event parts of alignments. */
function eventParts(alignments: readonly Pick<Alignment, 'members'>[], eventOf: ReadonlyMap<string, string>): EventPart[] {
  return alignments.flatMap((a) => {
    const byEvent = new Map<string, { docId: string; start: number; end: number }[]>();
    for (const m of a.members) {
      const e = eventOf.get(m.docId) ?? `?${m.docId}`;
      byEvent.set(e, [...(byEvent.get(e) ?? []), m]);
    }
    return [...byEvent].filter(([, ms]) => new Set(ms.map((m) => m.docId)).size >= 2).map(([event, members]) => ({ event, members }));
  });
}

/** How many of `docIds` span two or more events. */
const crossesEvents = (docIds: readonly string[], eventOf: ReadonlyMap<string, string>): boolean =>
  new Set(docIds.map((d) => eventOf.get(d) ?? `?${d}`)).size > 1;

/**
 * Reuse on BASIL (issue 16, deliverables 2 and 3): alignments and quote clusters of the report across events
 * (target 0), and the within-event alignments the alignment stage finds (today's) against those the report keeps:
 * a part is kept when one alignment of the report overlaps its member in every one of its documents.
 */
async function reuseScores(
  name: string,
  inputs: readonly ArticleInput[],
  report: Report,
  eventOf: ReadonlyMap<string, string>,
): Promise<{ crossAlignments: number; crossClusters: number; lost: number }> {
  // Quote clusters as they were before issue 16: every document in one story.
  const oneStory = await analyze(inputs, { stories: 'one' });
  const clustersBefore = oneStory.quoteClusters.filter((c) =>
    crossesEvents(
      c.members.map((m) => m.docId),
      eventOf,
    ),
  ).length;
  const raw = alignCorpus(readCorpus(inputs), resolveAlignOptions(undefined));
  const before = eventParts(raw, eventOf);
  const after = eventParts(report.alignments, eventOf);
  const kept = (p: EventPart): boolean =>
    report.alignments.some((a) => p.members.every((m) => a.members.some((x) => x.docId === m.docId && x.start < m.end && m.start < x.end)));
  const lost = before.filter((p) => !kept(p));
  const crossAlignments = report.alignments.filter((a) =>
    crossesEvents(
      a.members.map((m) => m.docId),
      eventOf,
    ),
  ).length;
  const rawCross = raw.filter((a) =>
    crossesEvents(
      a.members.map((m) => m.docId),
      eventOf,
    ),
  ).length;
  const crossClusters = report.quoteClusters.filter((c) =>
    crossesEvents(
      c.members.map((m) => m.docId),
      eventOf,
    ),
  ).length;
  const byKind = new Map<string, number>();
  for (const c of report.commonPassages) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  console.log(
    `${name}: alignment stage ${raw.length} alignments (${rawCross} across events), report ${report.alignments.length} alignments, ${report.commonPassages.length} common passages (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'})`,
  );
  console.log(
    `    across events: alignments ${crossAlignments} (alignment stage ${rawCross}), quote clusters ${crossClusters} of ${report.quoteClusters.length} (all in one story: ${clustersBefore} of ${oneStory.quoteClusters.length}); within-event alignments: before ${before.length}, after ${after.length}, lost ${lost.length}`,
  );
  for (const p of lost) console.log(`    lost: ${p.members.map((m) => `${m.docId.slice(0, 4)}@${m.start}-${m.end}`).join(' ')}`);
  for (const c of report.quoteClusters.filter((c) =>
    crossesEvents(
      c.members.map((m) => m.docId),
      eventOf,
    ),
  ))
    console.log(
      `    cluster ${c.id} across events: ${c.members.map((m) => `${m.docId.slice(0, 4)} "${(m.text ?? '').slice(0, 40)}"`).join(' | ')}`,
    );
  return { crossAlignments, crossClusters, lost: lost.length };
}

export async function run(): Promise<EvalResult> {
  if (!basilPresent()) throw new Error('stories: ../shared/corpus/basil-dev/ not found');
  const triples = readBasil();
  const eventOf = new Map(triples.flatMap((t) => t.articles.map((a) => [a.id, t.id] as const)));
  const dated = (a: ArticleInput): ArticleInput => {
    const date = basilDate(a.id);
    return date === undefined ? a : { ...a, publishedAt: date };
  };
  const all = triples.flatMap((t) => t.articles);
  const heldOut = triples.filter((_, i) => i % 2 === 1).flatMap((t) => t.articles);
  const withDates = await score('BASIL dev, all 120, with dates', all.map(dated), eventOf);
  const textOnly = await score('BASIL dev, all 120, text alone', all, eventOf);
  const reuseDated = await reuseScores('BASIL dev, all 120, with dates', all.map(dated), withDates.report, eventOf);
  const reuseText = await reuseScores('BASIL dev, all 120, text alone', all, textOnly.report, eventOf);
  await score('BASIL dev, held-out odd events, with dates', heldOut.map(dated), eventOf);
  await score('BASIL dev, held-out odd events, text alone', heldOut, eventOf);

  const lavrov = await analyze(Object.entries(LAVROV_TEXTS).map(([id, text]) => ({ id, text })));
  console.log(
    `lavrov-kim-2018: ${lavrov.stories.length} story/stories; terms ${lavrov.stories[0]?.terms.join(', ') ?? '-'}; names ${lavrov.stories[0]?.names.join(', ') ?? '-'}`,
  );

  const good = (s: { purity: number; completeness: number }): boolean => s.purity >= 0.95 && s.completeness >= 0.95;
  const reuseMet = reuseDated.crossAlignments === 0 && reuseDated.crossClusters === 0 && reuseDated.lost === 0 && reuseText.lost === 0;
  const met = good(withDates) && good(textOnly) && lavrov.stories.length === 1 && reuseMet;
  console.log(
    `\n  targets (BASIL with and without dates: purity and completeness ≥ 0.95; lavrov one story; with dates: alignments and quote clusters across events 0; no within-event alignment lost): ${met ? 'met' : 'NOT met'}`,
  );
  // Text alone, the stories stage joins two events about one subject (see above); reuse inside that story
  // crosses events. Printed, not enforced: the split follows the stories it is given.
  const textCross = reuseText.crossAlignments + reuseText.crossClusters;
  return {
    met,
    knownMisses:
      textCross > 0
        ? [
            `issue 16: text alone, ${reuseText.crossAlignments} alignment(s), ${reuseText.crossClusters} quote cluster(s) across events, inside stories that join events`,
          ]
        : [],
  };
}
