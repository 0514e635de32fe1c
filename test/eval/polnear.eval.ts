/**
 * Quote extraction and attribution against PolNeAR (dev split, 84 articles from seven US outlets, brat
 * attribution annotations), read at run time from ../shared/corpus/polnear-dev/.
 *
 * Quoted strings. Each line of an article is scanned for double quote marks (“ ” " and a doubled
 * apostrophe ''): “ opens, ” closes, a straight mark closes an open quote and otherwise opens one, and
 * an opening “ while a quote is open ends the open one there. A quoted string is the stretch between an
 * opening and its closing mark, trimmed of white space, with at least one letter; an unclosed one runs
 * to the end of its line. (This pairing is the eval's own, simpler than the library's.)
 *
 * Gold quotes. A quoted string is gold when a `Content` annotation fragment (of any annotator's file;
 * articles annotated by several annotators contribute the union) overlaps it by at least half the
 * length of the shorter of the two. Its sources are the `Source` spans of every relation (`E` line)
 * whose Content, Content2, … is such a Content; it may have none (Attribution-no-source).
 *
 * Matching. A predicted quote (one piece, marks excluded) matches a gold quote when their overlap is at
 * least half the length of the longer of the two.
 * - recall = gold quotes matched by some predicted quote / gold quotes
 *   (printed beside it: gold quotes matched by a predicted quote that has a speaker)
 * - precision = attributed predicted quotes (speaker not null) that match a gold quote, or lie inside
 *   an annotated Content span (nested or single-marked quotes the annotators attributed) / attributed
 *   predicted quotes
 *   (the strict figure, printed beside it, counts gold-quote matches only)
 * - speaker accuracy = over attributed predicted quotes that match a gold quote with at least one
 *   source: the speaker's mention overlaps one of its Source spans, or the speaker's name shares a
 *   capitalized word (two letters or more, honorifics aside) with the text of one of its Source spans
 *
 * Targets: recall ≥ 0.95, precision ≥ 0.90, speaker accuracy ≥ 0.85. `POLNEAR_DEBUG=1` prints misses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../../src/document/read.js';
import { quoteStages } from '../helpers/stages.js';
import type { Quote } from '../../src/quotes/types.js';

const ROOT = fileURLToPath(new URL('../../../shared/corpus/polnear-dev/', import.meta.url));
const DEBUG = process.env.POLNEAR_DEBUG === '1';

interface Span {
  readonly start: number;
  readonly end: number;
}
interface GoldQuote extends Span {
  sources: Span[];
}
interface Article {
  readonly id: string;
  readonly outlet: string;
  readonly text: string;
  readonly gold: GoldQuote[];
  readonly contents: Span[];
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function quotedIn(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let open = -1;
  const push = (s: number, e: number): void => {
    let a = s;
    let b = e;
    while (a < b && /\s/u.test(text[a] ?? '')) a++;
    while (b > a && /\s/u.test(text[b - 1] ?? '')) b--;
    if (b > a && /\p{L}/u.test(text.slice(a, b))) out.push({ start: a, end: b });
  };
  for (let i = from; i < to; i++) {
    const c = text[i];
    const len = c === "'" && text[i + 1] === "'" ? 2 : c === '"' || c === '\u201C' || c === '\u201D' ? 1 : 0;
    if (len === 0) continue;
    if (c === '\u201C') {
      if (open !== -1) push(open, i);
      open = i + 1;
    } else if (c === '\u201D') {
      if (open !== -1) push(open, i);
      open = -1;
    } else if (open !== -1) {
      push(open, i);
      open = -1;
    } else open = i + len;
    i += len - 1;
  }
  if (open !== -1) push(open, to);
  return out;
}

function quotedStrings(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    out.push(...quotedIn(text, from, to));
    from = to + 1;
  }
  return out;
}

function loadArticles(): Article[] {
  const texts = new Map<string, string>();
  for (const f of readdirSync(`${ROOT}text`)) texts.set(f.replace(/\.txt$/u, ''), readFileSync(`${ROOT}text/${f}`, 'utf8'));
  const byId = new Map<string, Article>();
  for (const f of readdirSync(`${ROOT}attributions`).sort()) {
    const id = f.replace(/_[0-9a-f]{4}\.ann$/u, '');
    const text = texts.get(id);
    if (text === undefined) continue;
    let art = byId.get(id);
    if (art === undefined) {
      art = { id, outlet: id.split('_')[0] ?? id, text, gold: [], contents: [] };
      byId.set(id, art);
    }
    const spans = new Map<string, { label: string; frags: Span[] }>();
    const relations: string[][] = [];
    for (const line of readFileSync(`${ROOT}attributions/${f}`, 'utf8').split('\n')) {
      const cols = line.split('\t');
      const head = cols[0] ?? '';
      if (head.startsWith('T')) {
        const [label, ...rest] = (cols[1] ?? '').split(' ');
        const frags = rest
          .join(' ')
          .split(';')
          .map((x) => {
            const [s, e] = x.trim().split(/\s+/u).map(Number);
            return { start: s ?? 0, end: e ?? 0 };
          });
        spans.set(head, { label: label ?? '', frags });
      } else if (head.startsWith('E')) relations.push((cols[1] ?? '').split(' '));
    }
    const sourcesOf = new Map<string, Span[]>();
    for (const rel of relations) {
      const args = rel.map((a) => a.split(':') as [string, string]);
      const srcs = args.filter(([role]) => role.startsWith('Source')).flatMap(([, t]) => spans.get(t)?.frags ?? []);
      for (const [role, t] of args) if (role.startsWith('Content')) sourcesOf.set(t, [...(sourcesOf.get(t) ?? []), ...srcs]);
    }
    const strings = quotedStrings(text);
    for (const [t, sp] of spans) {
      if (sp.label !== 'Content') continue;
      for (const fr of sp.frags) {
        art.contents.push(fr);
        for (const q of strings) {
          if (overlap(q, fr) * 2 < Math.min(q.end - q.start, fr.end - fr.start)) continue;
          let g = art.gold.find((x) => x.start === q.start && x.end === q.end);
          if (g === undefined) {
            g = { ...q, sources: [] };
            art.gold.push(g);
          }
          g.sources.push(...(sourcesOf.get(t) ?? []));
        }
      }
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

const matches = (p: Span, g: Span): boolean => overlap(p, g) * 2 >= Math.max(p.end - p.start, g.end - g.start);
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|The|A|An)\.?$/u;
const capWords = (s: string): string[] =>
  (s.match(/\p{Lu}[\p{L}'’-]+\.?/gu) ?? []).filter((w) => !HONORIFIC.test(w)).map((w) => w.replace(/['’]s$/u, ''));

function speakerRight(q: Quote, g: GoldQuote, text: string): boolean {
  const sp = q.speaker;
  if (sp === null) return false;
  if (sp.mention !== undefined && g.sources.some((s) => overlap(sp.mention as Span, s) > 0)) return true;
  const names = new Set(capWords(sp.name));
  return g.sources.some((s) => capWords(text.slice(s.start, s.end)).some((w) => names.has(w)));
}

interface Tally {
  gold: number;
  recalled: number;
  recalledAttributed: number;
  attributed: number;
  correct: number;
  strict: number;
  judged: number;
  speakerOk: number;
}
const tally = (): Tally => ({ gold: 0, recalled: 0, recalledAttributed: 0, attributed: 0, correct: 0, strict: 0, judged: 0, speakerOk: 0 });
const ratio = (a: number, b: number): string => (b === 0 ? 'n/a' : (a / b).toFixed(3));

/** Prints recall, precision and speaker accuracy (overall and per outlet); returns whether targets hold. */
export async function run(): Promise<boolean> {
  if (!existsSync(ROOT)) {
    console.error(`polnear: ${ROOT} not found`);
    return false;
  }
  const articles = loadArticles();
  const corpus = readCorpus(articles.map((a) => ({ id: a.id, text: a.text })));
  const quotes = quoteStages(corpus).quotes;
  const total = tally();
  const perOutlet = new Map<string, Tally>();
  for (const art of articles) {
    const t = perOutlet.get(art.outlet) ?? tally();
    perOutlet.set(art.outlet, t);
    const mine = quotes.filter((q) => q.docId === art.id);
    for (const g of art.gold) {
      const hit = mine.some((q) => matches(q, g));
      const hitAttributed = mine.some((q) => q.speaker !== null && matches(q, g));
      for (const x of [t, total]) {
        x.gold++;
        if (hit) x.recalled++;
        if (hitAttributed) x.recalledAttributed++;
      }
      if (hit && !hitAttributed && process.env.POLNEAR_DEBUG === '2')
        console.log(`UNATTR ${art.id.slice(0, 20)} ${JSON.stringify(art.text.slice(Math.max(0, g.start - 90), g.start + 30))}`);
      if (!hit && DEBUG) console.log(`MISS ${art.id} ${JSON.stringify(art.text.slice(g.start, Math.min(g.end, g.start + 80)))}`);
    }
    for (const q of mine) {
      if (q.speaker === null) continue;
      const g = art.gold.find((x) => matches(q, x));
      const inContent = art.contents.some((c) => c.start - 1 <= q.start && q.end <= c.end + 1);
      const ok = g !== undefined || inContent;
      for (const x of [t, total]) {
        x.attributed++;
        if (ok) x.correct++;
        if (g !== undefined) x.strict++;
      }
      if (!ok && DEBUG) console.log(`FP   ${art.id} ${q.id} [${q.speaker.name} / ${q.attribution}] ${JSON.stringify(q.text.slice(0, 80))}`);
      if (g === undefined || g.sources.length === 0) continue;
      const right = speakerRight(q, g, art.text);
      for (const x of [t, total]) {
        x.judged++;
        if (right) x.speakerOk++;
      }
      if (!right && DEBUG) {
        const gold = g.sources.map((s) => art.text.slice(s.start, s.end)).join(' | ');
        console.log(
          `SPKR ${art.id} ${q.id} [${q.speaker.name} / ${q.speaker.mention?.text} / ${q.attribution}] gold [${gold}] ${JSON.stringify(q.text.slice(0, 60))}`,
        );
      }
    }
  }
  const recall = total.recalled / total.gold;
  const precision = total.correct / total.attributed;
  const accuracy = total.speakerOk / total.judged;
  console.log(`articles ${articles.length}, gold quotes ${total.gold}, predicted quotes ${quotes.length}, attributed ${total.attributed}`);
  console.log(`recall of gold quotes       ${recall.toFixed(3)}  (${total.recalled}/${total.gold})  target ≥ 0.95`);
  console.log(
    `  with a speaker            ${(total.recalledAttributed / total.gold).toFixed(3)}  (${total.recalledAttributed}/${total.gold})`,
  );
  console.log(`precision of attributed     ${precision.toFixed(3)}  (${total.correct}/${total.attributed})  target ≥ 0.90`);
  console.log(`  strict (gold quote only)   ${(total.strict / total.attributed).toFixed(3)}  (${total.strict}/${total.attributed})`);
  console.log(`speaker accuracy            ${accuracy.toFixed(3)}  (${total.speakerOk}/${total.judged})  target ≥ 0.85`);
  console.log('per outlet: recall / precision / speaker accuracy (gold quotes)');
  for (const [outlet, t] of [...perOutlet.entries()].sort()) {
    console.log(
      `  ${outlet.padEnd(13)} ${ratio(t.recalled, t.gold)} / ${ratio(t.correct, t.attributed)} / ${ratio(t.speakerOk, t.judged)}  (${t.gold})`,
    );
  }
  return recall >= 0.95 && precision >= 0.9 && accuracy >= 0.85;
}
