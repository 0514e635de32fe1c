import type { Report } from '../types.js';
import { esc } from './html-util.js';

/** Rows and columns the heatmap and the framing chart draw at most; past it they group documents by outlet. @internal */
export const MAX_CHART_GROUPS = 60;

/** Documents grouped for a chart: one group per document up to {@link MAX_CHART_GROUPS}, else one per outlet. @internal */
export interface ChartGroups {
  readonly by: 'document' | 'outlet';
  readonly labels: readonly string[];
  /** The group of each document (by its place in `report.documents`); -1 for a document left out. */
  readonly of: ReadonlyMap<string, number>;
  /** Documents in no drawn group, when even the outlets are too many. */
  readonly leftOut: number;
}

/**
 * How a chart groups the documents: each its own group up to {@link MAX_CHART_GROUPS} documents; above, by outlet
 * (a document's source, else its story), the outlets with most documents first, at most {@link MAX_CHART_GROUPS}.
 * @internal
 */
export function chartGroups(report: Report): ChartGroups {
  const docs = report.documents;
  if (docs.length <= MAX_CHART_GROUPS) {
    return { by: 'document', labels: docs.map((d) => d.source ?? d.id), of: new Map(docs.map((d, i) => [d.id, i])), leftOut: 0 };
  }
  const storyOf = new Map<string, string>();
  for (const s of report.stories) for (const d of s.docIds) storyOf.set(d, `story ${s.id}`);
  const key = (d: (typeof docs)[number]): string => d.source ?? storyOf.get(d.id) ?? 'no outlet';
  const counts = new Map<string, number>();
  for (const d of docs) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  const labels = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, MAX_CHART_GROUPS)
    .map(([k]) => k);
  const index = new Map(labels.map((l, i) => [l, i]));
  const of = new Map<string, number>();
  let leftOut = 0;
  for (const d of docs) {
    const g = index.get(key(d));
    if (g === undefined) leftOut++;
    else of.set(d.id, g);
  }
  return { by: 'outlet', labels, of, leftOut };
}

/**
 * The similarity of each pair of groups: the characters of shared passages both carry (the smaller side of each
 * passage) over the characters of the shorter group, in [0, 1]; and the quote clusters both carry.
 * @internal
 */
export function groupSimilarity(report: Report, g: ChartGroups): { share: number[][]; clusters: number[][] } {
  const n = g.labels.length;
  const zero = (): number[][] => Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const shared = zero();
  const clusters = zero();
  const size = new Array<number>(n).fill(0);
  for (const d of report.documents) {
    const k = g.of.get(d.id);
    if (k !== undefined) size[k]! += d.length;
  }
  for (const a of report.alignments) {
    const chars = new Map<number, number>();
    for (const m of a.members) {
      const k = g.of.get(m.docId);
      if (k !== undefined) chars.set(k, (chars.get(k) ?? 0) + (m.end - m.start));
    }
    const ks = [...chars.keys()];
    for (const x of ks) for (const y of ks) if (x !== y) shared[x]![y]! += Math.min(chars.get(x)!, chars.get(y)!);
  }
  for (const c of report.quoteClusters) {
    const ks = [...new Set(c.members.flatMap((m) => g.of.get(m.docId) ?? []))];
    for (const x of ks) for (const y of ks) if (x !== y) clusters[x]![y]! += 1;
  }
  const share = shared.map((row, x) => row.map((v, y) => (x === y ? 1 : Math.min(1, v / Math.max(1, Math.min(size[x]!, size[y]!))))));
  return { share, clusters };
}

const short = (s: string, n = 22): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The document × document heatmap (outlet × outlet above {@link MAX_CHART_GROUPS} documents) as inline SVG: each
 * cell's darkness is the share of the shorter side's text the two share in aligned passages; its tooltip adds
 * the quote clusters both carry.
 * @internal
 */
export function heatmapSvg(report: Report): string {
  const g = chartGroups(report);
  const n = g.labels.length;
  if (n === 0) return '<p>No documents.</p>';
  const { share, clusters } = groupSimilarity(report, g);
  const cell = n > 30 ? 10 : 24;
  let top = 0;
  for (let x = 0; x < n; x++) for (let y = 0; y < n; y++) if (x !== y) top = Math.max(top, share[x]![y]!);
  const pad = 150;
  const w = pad + n * cell + 10;
  const out = [
    `<svg class="heatmap" role="img" aria-label="similarity heatmap of ${n} ${g.by}s" width="${w}" height="${pad + n * cell + 10}" viewBox="0 0 ${w} ${pad + n * cell + 10}">`,
  ];
  g.labels.forEach((l, i) => {
    out.push(`<text x="${pad - 4}" y="${pad + i * cell + cell * 0.7}" text-anchor="end">${esc(short(l))}</text>`);
    out.push(`<text transform="translate(${pad + i * cell + cell * 0.7} ${pad - 4}) rotate(-60)">${esc(short(l))}</text>`);
  });
  for (let x = 0; x < n; x++) {
    for (let y = 0; y < n; y++) {
      const v = share[x]![y]!;
      const light = Math.round(97 - (top > 0 ? v / top : 0) * 62);
      const tip =
        x === y
          ? g.labels[x]!
          : `${g.labels[x]} × ${g.labels[y]}: ${Math.round(v * 100)} % shared text, ${clusters[x]![y]} quote clusters in common`;
      out.push(
        `<rect x="${pad + y * cell}" y="${pad + x * cell}" width="${cell - 1}" height="${cell - 1}" fill="${x === y ? '#ccc' : `hsl(215 70% ${light}%)`}"><title>${esc(tip)}</title></rect>`,
      );
      if (cell > 20 && x !== y && v > 0) {
        out.push(
          `<text x="${pad + y * cell + cell / 2}" y="${pad + x * cell + cell * 0.65}" text-anchor="middle" fill="${light < 60 ? '#fff' : '#123'}">${Math.round(v * 100)}</text>`,
        );
      }
    }
  }
  out.push('</svg>');
  const what =
    g.by === 'document'
      ? `Each cell: the percentage of the shorter document’s text the two carry in shared passages (copied, edited or paraphrased); the darkest cell is the pair that shares most (${Math.round(top * 100)} %). Hover for the quote clusters they have in common.`
      : `${report.documents.length} documents, more than the ${MAX_CHART_GROUPS} a matrix shows: grouped by outlet (source, else story); each cell the percentage of the smaller group’s text the two carry in shared passages; the darkest is the most (${Math.round(top * 100)} %).`;
  const notice = g.leftOut
    ? `<p class="notice">${g.leftOut} documents of outlets past the first ${MAX_CHART_GROUPS} are not in the matrix.</p>`
    : '';
  return `<figure><div class="scroll">${out.join('')}</div><figcaption>${esc(what)}</figcaption></figure>${notice}`;
}

/** One row of the framing chart: a group's measures. @internal */
export interface FramingRow {
  readonly label: string;
  readonly loadedPer1k: number;
  readonly loadedCueShare: number;
  readonly hedgesPer1k: number;
  readonly intensifiersPer1k: number;
  readonly editorializing: number;
  readonly sentiment: number;
}

/**
 * The framing measures per group (document or outlet): loaded labels in the outlet's own voice and hedges and
 * intensifiers per 1,000 words, the share of loaded cue verbs, editorializing sentences, and the mean sentiment of
 * the own voice.
 * @internal
 */
export function framingRows(report: Report, g: ChartGroups): FramingRow[] {
  const n = g.labels.length;
  const acc = Array.from({ length: n }, () => ({
    words: 0,
    loaded: 0,
    cues: 0,
    loadedCues: 0,
    hedges: 0,
    intens: 0,
    ed: 0,
    sent: 0,
    sentN: 0,
  }));
  const words = new Map(report.documents.map((d) => [d.id, d.stats.words]));
  for (const f of report.framing.documents) {
    const k = g.of.get(f.docId);
    if (k === undefined) continue;
    const a = acc[k]!;
    a.words += words.get(f.docId) ?? 0;
    a.loaded += f.labels.filter((l) => l.loaded && !l.quoted).length;
    a.cues += f.cueVerbs.verbs.length;
    a.loadedCues += f.cueVerbs.verbs.filter((v) => v.loaded).length;
    a.hedges += f.hedges.filter((h) => !h.quoted).length;
    a.intens += f.intensifiers.filter((h) => !h.quoted).length;
    a.ed += f.editorializing.length;
    a.sent += f.sentiment.ownVoice.mean * f.sentiment.ownVoice.chars;
    a.sentN += f.sentiment.ownVoice.chars;
  }
  return acc.map((a, i) => ({
    label: g.labels[i]!,
    loadedPer1k: a.words ? (1000 * a.loaded) / a.words : 0,
    loadedCueShare: a.cues ? a.loadedCues / a.cues : 0,
    hedgesPer1k: a.words ? (1000 * a.hedges) / a.words : 0,
    intensifiersPer1k: a.words ? (1000 * a.intens) / a.words : 0,
    editorializing: a.ed,
    sentiment: a.sentN ? a.sent / a.sentN : 0,
  }));
}

const MEASURES: readonly { key: keyof Omit<FramingRow, 'label'>; title: string; fmt: (v: number) => string }[] = [
  { key: 'loadedPer1k', title: 'loaded labels /1k words', fmt: (v) => v.toFixed(1) },
  { key: 'loadedCueShare', title: 'loaded cue verbs', fmt: (v) => `${Math.round(v * 100)} %` },
  { key: 'hedgesPer1k', title: 'hedges /1k words', fmt: (v) => v.toFixed(1) },
  { key: 'intensifiersPer1k', title: 'intensifiers /1k words', fmt: (v) => v.toFixed(1) },
  { key: 'editorializing', title: 'editorializing sentences', fmt: (v) => String(v) },
  { key: 'sentiment', title: 'own-voice sentiment', fmt: (v) => v.toFixed(2) },
];

/**
 * The framing chart as inline SVG: one row per document (per outlet above {@link MAX_CHART_GROUPS} documents), one
 * column of bars per measure, each bar scaled to the largest value of its column; sentiment diverges from zero
 * (left negative, right positive).
 * @internal
 */
export function framingChartSvg(report: Report): string {
  const g = chartGroups(report);
  const rows = framingRows(report, g);
  if (rows.length === 0) return '';
  const pad = 160;
  const colW = 150;
  const rowH = 18;
  const top = 34;
  const w = pad + MEASURES.length * colW;
  const h = top + rows.length * rowH + 6;
  const out = [
    `<svg class="framing-chart" role="img" aria-label="framing per ${g.by}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
  ];
  MEASURES.forEach((m, c) => out.push(`<text x="${pad + c * colW}" y="14" font-weight="bold">${esc(m.title)}</text>`));
  MEASURES.forEach((m, c) => {
    const max = Math.max(1e-9, ...rows.map((r) => Math.abs(r[m.key])));
    const x0 = pad + c * colW;
    const bar = colW - 50;
    rows.forEach((r, i) => {
      const v = r[m.key];
      const y = top + i * rowH;
      const len = (Math.abs(v) / max) * (m.key === 'sentiment' ? bar / 2 : bar);
      const x = m.key === 'sentiment' ? x0 + bar / 2 - (v < 0 ? len : 0) : x0;
      const fill = m.key === 'sentiment' ? (v < 0 ? '#d66' : '#4a4') : '#4a78c0';
      out.push(
        `<rect x="${x.toFixed(1)}" y="${y}" width="${len.toFixed(1)}" height="${rowH - 5}" fill="${fill}"><title>${esc(`${r.label}: ${m.title} ${m.fmt(v)}`)}</title></rect>`,
        `<text x="${x0 + bar + 4}" y="${y + rowH - 7}">${esc(m.fmt(v))}</text>`,
      );
    });
    if (m.key === 'sentiment') out.push(`<line x1="${x0 + bar / 2}" y1="${top - 4}" x2="${x0 + bar / 2}" y2="${h}" stroke="#999"/>`);
  });
  rows.forEach((r, i) => out.push(`<text x="${pad - 6}" y="${top + i * rowH + rowH - 7}" text-anchor="end">${esc(short(r.label))}</text>`));
  out.push('</svg>');
  const notice = g.leftOut
    ? `<p class="notice">${g.leftOut} documents of outlets past the first ${MAX_CHART_GROUPS} are not in the chart.</p>`
    : '';
  return `<figure><div class="scroll">${out.join('')}</div><figcaption>Framing per ${g.by}: the outlet’s own voice (quotes left out); each column scaled to its largest value.</figcaption></figure>${notice}`;
}
