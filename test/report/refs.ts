// Checks that every reference inside a report names something in it: document ids, quote ids, story ids, item
// ids, member indices; and that every reported span is exactly its document's text there.
import { memberText } from '../../src/report/format.js';
import type { Report } from '../../src/types.js';

/** Keys whose value is a document id, or an array of them, wherever they stand in a report. */
const DOC_KEYS = new Set(['docId', 'docIds', 'carriedBy', 'absentFrom', 'missingFrom']);
/** Keys whose value is a quote id, or an array of them. */
const QUOTE_KEYS = new Set(['quoteId', 'quoteIds', 'uniqueQuotes', 'continues']);
/** Keys whose value is a story id, or an array of them. */
const STORY_KEYS = new Set(['storyId', 'storyIds']);

/**
 * Problems with the references of a report, as readable lines (none when it is self-consistent).
 * @param report - the report
 * @param texts - the documents' texts by id, to check spans (left out: spans are not checked)
 */
export function referenceProblems(report: Report, texts?: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  const docs = new Set(report.documents.map((d) => d.id));
  const quotes = new Set(report.quotes.map((q) => q.id));
  const stories = new Set(report.stories.map((s) => s.id));
  const items = new Set([...report.alignments.map((a) => a.id), ...report.quoteClusters.map((c) => c.id)]);
  const check = (set: ReadonlySet<string>, what: string, value: unknown, path: string): void => {
    for (const v of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (typeof v !== 'string' || !set.has(v)) problems.push(`${path}: ${JSON.stringify(v)} is no ${what} of the report`);
    }
  };
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (DOC_KEYS.has(k)) check(docs, 'document', x, `${path}.${k}`);
        else if (QUOTE_KEYS.has(k)) check(quotes, 'quote', x, `${path}.${k}`);
        else if (STORY_KEYS.has(k)) check(stories, 'story', x, `${path}.${k}`);
        else walk(x, `${path}.${k}`);
      }
    }
  };
  walk(report, 'report');
  const inStory = new Map<string, string>();
  for (const s of report.stories) for (const d of s.docIds) inStory.set(d, s.id);
  for (const d of docs) if (!inStory.has(d)) problems.push(`document ${d} is in no story`);
  for (const p of report.framing.pairs) check(docs, 'document', [p.a, p.b], `framing.pairs ${p.a}/${p.b}`);
  for (const c of report.quoteClusters) for (const l of c.links) check(quotes, 'quote', [l.a, l.b], `quoteClusters ${c.id} links`);
  for (const it of report.coverage.items) check(items, 'alignment or quote cluster', it.id, 'coverage.items');
  for (const d of report.coverage.documents) check(items, 'alignment or quote cluster', d.omits, `coverage ${d.docId} omits`);
  for (const list of [report.alignments, report.commonPassages]) {
    for (const a of list) {
      a.members.forEach((m, i) => {
        if (m.sameTextAs !== undefined && !(m.sameTextAs < i)) problems.push(`${a.id} member ${i}: sameTextAs ${m.sameTextAs}`);
        if ((m.text === undefined) === (m.sameTextAs === undefined)) problems.push(`${a.id} member ${i}: text or sameTextAs`);
        const text = texts?.[m.docId];
        if (text !== undefined && text.slice(m.start, m.end) !== memberText(a.members, i)) problems.push(`${a.id} member ${i}: offsets`);
      });
      if ('storyId' in a && a.members.some((m) => inStory.get(m.docId) !== a.storyId)) problems.push(`${a.id}: a member outside its story`);
    }
  }
  for (const q of report.quotes) {
    const text = texts?.[q.docId];
    if (text !== undefined && text.slice(q.start, q.end) !== q.text) problems.push(`${q.id}: offsets`);
  }
  for (const d of report.framing.documents) {
    const text = texts?.[d.docId];
    for (const l of d.labels) if (text !== undefined && text.slice(l.start, l.end) !== l.text) problems.push(`${d.docId} label: offsets`);
  }
  return problems;
}
