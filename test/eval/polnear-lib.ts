/**
 * PolNeAR (brat attribution annotations) for the quote evaluation: reading a split at run time, the gold
 * quotes, the judgement of a predicted speaker and the error class of a wrong or missing one. Nothing of
 * the corpus is copied into the project; polnear.eval.ts prints the figures.
 *
 * Quoted strings. Each line of an article is scanned for double quote marks (“ ” " and a doubled
 * apostrophe '', as the New York Times prints quotes): “ opens, ” closes, a straight mark or '' closes an
 * open quote and otherwise opens one, and an opening “ while a quote is open ends the open one there. A
 * quoted string is the stretch between an opening and its closing mark, trimmed of white space, with at
 * least one letter; an unclosed one runs to the end of its line. (The eval's own pairing, simpler than the
 * library's src/quotes/marks.ts, which also pairs '' marks.)
 *
 * Gold quotes. A quoted string is gold when a `Content` fragment (of any annotator's file: an article
 * annotated twice contributes the union) overlaps it by at least half the length of the shorter of the
 * two. Its sources and cues are the `Source` and `Cue` spans of every relation (`E` line) whose Content,
 * Content2, … is such a Content; it may have no source (Attribution-no-source).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { CUE_FORMS, CUE_PHRASES, DEMONYMS, DOCUMENT_NOUNS, FIRST_NAMES, GAZETTEER, NOMINAL_CUES } from '../../src/lexicon/index.js';
import type { Quote } from '../../src/quotes/types.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}
export interface GoldQuote extends Span {
  readonly sources: Span[];
  readonly cues: Span[];
}
export interface Article {
  readonly id: string;
  readonly outlet: string;
  readonly text: string;
  readonly gold: GoldQuote[];
  /** Every Content fragment of every annotator. */
  readonly contents: Span[];
  /** How many annotators' files the article has. */
  annotators: number;
}

export const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

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

/** The quoted strings of a text, line by line. */
export function quotedStrings(text: string): Span[] {
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

/** One brat file: its text-bound spans by id and its relations as role/id pairs. */
function readAnn(path: string): { spans: Map<string, { label: string; frags: Span[] }>; relations: [string, string][][] } {
  const spans = new Map<string, { label: string; frags: Span[] }>();
  const relations: [string, string][][] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.split('\t');
    const head = cols[0] ?? '';
    if (/^T\d/u.test(head)) {
      const [label, ...rest] = (cols[1] ?? '').split(' ');
      const frags = rest
        .join(' ')
        .split(';')
        .map((x) => {
          const [s, e] = x.trim().split(/\s+/u).map(Number);
          return { start: s ?? 0, end: e ?? 0 };
        });
      spans.set(head, { label: label ?? '', frags });
    } else if (/^E\d/u.test(head)) relations.push((cols[1] ?? '').split(' ').map((a) => a.split(':') as [string, string]));
  }
  return { spans, relations };
}

/** Reads one split (a folder with text/ and attributions/), every annotator's file of every article. */
export function loadSplit(root: string): Article[] {
  const texts = new Map<string, string>();
  for (const f of readdirSync(`${root}text`)) texts.set(f.replace(/\.txt$/u, ''), readFileSync(`${root}text/${f}`, 'utf8'));
  const byId = new Map<string, Article>();
  for (const f of readdirSync(`${root}attributions`).sort()) {
    const id = f.replace(/_[0-9a-f]{4}\.ann$/u, '');
    const text = texts.get(id);
    if (text === undefined) throw new Error(`polnear: ${f} has no text file`);
    let art = byId.get(id);
    if (art === undefined) {
      art = { id, outlet: id.split('_')[0] ?? id, text, gold: [], contents: [], annotators: 0 };
      byId.set(id, art);
    }
    art.annotators++;
    const { spans, relations } = readAnn(`${root}attributions/${f}`);
    const fragsOf = (args: [string, string][], role: string): Span[] =>
      args.filter(([r]) => r.startsWith(role)).flatMap(([, t]) => spans.get(t)?.frags ?? []);
    const sourcesOf = new Map<string, Span[]>();
    const cuesOf = new Map<string, Span[]>();
    for (const args of relations) {
      const srcs = fragsOf(args, 'Source');
      const cues = fragsOf(args, 'Cue');
      for (const [role, t] of args) {
        if (!role.startsWith('Content')) continue;
        sourcesOf.set(t, [...(sourcesOf.get(t) ?? []), ...srcs]);
        cuesOf.set(t, [...(cuesOf.get(t) ?? []), ...cues]);
      }
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
            g = { ...q, sources: [], cues: [] };
            art.gold.push(g);
          }
          g.sources.push(...(sourcesOf.get(t) ?? []));
          g.cues.push(...(cuesOf.get(t) ?? []));
        }
      }
    }
  }
  for (const f of texts.keys()) if (!byId.has(f)) throw new Error(`polnear: ${f} has no annotation file`);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** A predicted quote matches a gold quote when they overlap by at least half the longer one. */
export const matches = (p: Span, g: Span): boolean => overlap(p, g) * 2 >= Math.max(p.end - p.start, g.end - g.start);

/** Personal pronouns (and relative "who"): a source that is only one of them names nobody PolNeAR resolves. */
const BARE_PRONOUN = /^(?:i|me|we|us|you|he|him|she|her|it|they|them|who|whom)$/iu;
/** Whether a quoted string is marked by doubled apostrophes (''…''). */
export const doubled = (g: Span, text: string): boolean => text.slice(Math.max(0, g.start - 2), g.start) === "''";

/** Whether every Source span of a gold quote is a bare pronoun ("he", "They"). */
export const pronounSourced = (g: GoldQuote, text: string): boolean =>
  g.sources.length > 0 && g.sources.every((s) => BARE_PRONOUN.test(text.slice(s.start, s.end).trim()));

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|The|A|An)\.?$/u;
const capWords = (s: string): string[] =>
  (s.match(/\p{Lu}[\p{L}'’-]+\.?/gu) ?? []).filter((w) => !HONORIFIC.test(w)).map((w) => w.replace(/['’]s$/u, ''));

/**
 * The words that name whoever a Source span is: its capitalized words up to the first comma or
 * preposition ("Rabbi Marvin Hier" of "Rabbi Marvin Hier, the founder of the … Center in Los Angeles,"),
 * possessors left out ("Mr. Trump's campaign chairman" names no Trump) unless the span is only a
 * possessor ("Mr. Comey's").
 */
function sourceNames(source: string): string[] {
  const head = source.split(/,|\s(?:of|for|in|at|from|with|who|whose|which|to|on|and|or)\s|\s[—–-]\s|\(/u)[0] ?? source;
  const own = head.replace(/\p{Lu}[\p{L}.-]*['’]s?(?=\s+\S)/gu, ' ');
  return capWords(own);
}

/** Whether two names give different first names ("Bill Clinton" and "Hillary Clinton"). */
function otherFirstName(speaker: readonly string[], source: readonly string[]): boolean {
  const first = (ws: readonly string[]): string[] => ws.filter((w) => FIRST_NAMES.has(w.toLowerCase()));
  const a = first(speaker);
  const b = first(source);
  return a.length > 0 && b.length > 0 && !b.some((w) => a.includes(w));
}

/**
 * Whether a predicted speaker is one of the gold quote's sources: its mention overlaps a Source span, or
 * its canonical name shares a capitalized word (two letters or more, honorifics aside) with the words that
 * name a Source span (`sourceNames`) and gives no other first name ("Mr. Trump" for "Donald J. Trump";
 * not "Bill Clinton" for "Hillary Clinton"). The name test is what lets a pronoun the library resolved
 * ("he" → Donald Trump) be judged against the name the annotators gave.
 * @returns 'mention' or 'name' (how it was found right), or null when wrong
 */
export function speakerRight(q: Quote, g: GoldQuote, text: string): 'mention' | 'name' | null {
  const sp = q.speaker;
  if (sp === null) return null;
  const m = sp.mention;
  if (m !== undefined && g.sources.some((s) => overlap(m, s) > 0)) return 'mention';
  const names = capWords(sp.name);
  const right = g.sources.some((s) => {
    const own = sourceNames(text.slice(s.start, s.end));
    return own.some((w) => names.includes(w)) && !otherFirstName(names, own);
  });
  return right ? 'name' : null;
}

/** The error classes of issue 15, in the order the tests are tried (the first that holds names the error). */
export const ERROR_CLASSES = [
  'quote not found',
  'document as source',
  'pronoun resolved wrong',
  'non-person speaker',
  'speaker in previous sentence/paragraph',
  'cue verb not in lexicon',
  'cue verb in Title Case only',
  'punctuation/words after the quote',
  'wrong cue chosen',
  'subject not parsed',
  'other',
] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

const DOC_WORDS = new Set([
  ...DOCUMENT_NOUNS,
  'email',
  'emails',
  'e-mail',
  'survey',
  'book',
  'ad',
  'article',
  'op-ed',
  'editorial',
  'lawsuit',
]);
const DAYS =
  /^(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|yesterday|tonight|(?:this|last|next|earlier|later)\s+(?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer|fall|winter))$/iu;
const MONTH_DATE =
  /^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+\d{1,2})?$/iu;
const NON_SPEAKER_NOUN = /\b(?:statement|voice|tone|interview|speech|release|post|tweet|video|letter|email|report)s?$/iu;
/** States of the library's gazetteer, their short forms and capitals, not demonyms (no US states or cities: it has none). */
const PLACES = new Set(
  GAZETTEER.states
    .flatMap((s) => [s.name, ...s.aliases])
    .filter((x) => !DEMONYMS.has(x.toLowerCase()) && !/(?:ans?|ese|is)$/u.test(x))
    .map((x) => x.toLowerCase()),
);

/** Whether a predicted speaker is not something that can speak: a day, a date, "a statement", a place. */
function nonPerson(name: string, mention: string): boolean {
  const n = name.trim();
  return [n, mention.trim()].some((x) => DAYS.test(x) || MONTH_DATE.test(x) || NON_SPEAKER_NOUN.test(x) || PLACES.has(x.toLowerCase()));
}

/** Whether some word of the text is a cue form of the library's lexicon, and whether only in Title Case. */
function cueKnown(cue: string): 'yes' | 'title-case' | 'no' {
  // A colon or a dash is a cue the library's patterns read; "according to" and the other phrases are read whole.
  if (!/\p{L}/u.test(cue)) return 'yes';
  const flat = ` ${cue.toLowerCase().replace(/\s+/gu, ' ')} `;
  if (CUE_PHRASES.some((p) => flat.includes(` ${p.text} `))) return 'yes';
  const words = cue.split(/[^\p{L}'’-]+/u).filter((w) => w !== '');
  if (words.some((w) => /^\p{Ll}/u.test(w) && (CUE_FORMS.has(w) || NOMINAL_CUES.has(w)))) return 'yes';
  if (words.some((w) => CUE_FORMS.has(w.toLowerCase()))) return 'title-case';
  return 'no';
}

/**
 * The error class of a gold quote whose speaker is missing or wrong, by the first of these tests that holds:
 * 1. quote not found — no predicted quote matches it;
 * 2. document as source — one of the first four words of a Source span is a document noun (report, statement,
 *    email, poll, … the library's DOCUMENT_NOUNS and a few more);
 * 3. pronoun resolved wrong — the library's speaker is a pronoun it resolved (kind `pronoun`);
 * 4. non-person speaker — the library's speaker (name or mention) is a day, a month or date, "this month"
 *    and the like, a place of the gazetteer (a state, short form or capital; not a demonym), or ends in
 *    statement/voice/interview/release/tweet/…;
 * 5. speaker in previous sentence/paragraph — every Source span lies on an earlier line, or before the quote
 *    with a sentence end ([.!?] then a space and a capital or a quote mark) between it and the quote;
 * 6. cue verb not in lexicon — no gold Cue span is punctuation only (a colon, a dash: the library's patterns),
 *    holds a cue phrase of the lexicon ("according to"), or has a word that is a cue form (CUE_FORMS) or a
 *    nominal cue (NOMINAL_CUES); or
 *    cue verb in Title Case only — one is, but only in Title Case ("Clinton Said": the library reads cues
 *    in lower case only);
 * 7. punctuation/words after the quote — a Source span follows the quote within 80 characters, and the
 *    quote ends in ? or ! or something other than a comma or dash stands between the closing mark and it
 *    (a nested closing mark too: `'old-school,''' said X`);
 * 8. wrong cue chosen — the library gave a speaker through a cue that overlaps no gold Cue span;
 * 9. subject not parsed — a gold Cue span lies within 40 characters of a Source span (the subject is next to
 *    a known cue) and the library gave no speaker or another one;
 * 10. other.
 */
export function classify(g: GoldQuote, q: Quote | undefined, text: string): ErrorClass {
  if (q === undefined) return 'quote not found';
  const srcTexts = g.sources.map((s) => text.slice(s.start, s.end));
  if (
    srcTexts.some((s) =>
      s
        .toLowerCase()
        .split(/\s+/u)
        .slice(0, 4)
        .some((w) => DOC_WORDS.has(w.replace(/[^\p{L}-]/gu, ''))),
    )
  ) {
    return 'document as source';
  }
  const sp = q.speaker;
  if (sp !== null && sp.kind === 'pronoun') return 'pronoun resolved wrong';
  if (sp !== null && nonPerson(sp.name, sp.mention?.text ?? '')) return 'non-person speaker';
  const lineStart = text.lastIndexOf('\n', g.start - 1) + 1;
  const before = (s: Span): boolean =>
    s.end <= g.start && (s.end <= lineStart || /[.!?]["”’]?\s+["“]?\p{Lu}/u.test(text.slice(s.end, Math.max(s.end, g.start - 1))));
  if (g.sources.every(before)) return 'speaker in previous sentence/paragraph';
  const known = g.cues.map((c) => cueKnown(text.slice(c.start, c.end)));
  if (known.length > 0 && !known.includes('yes'))
    return known.includes('title-case') ? 'cue verb in Title Case only' : 'cue verb not in lexicon';
  const after = g.sources.find((s) => s.start >= g.end && s.start - g.end <= 80);
  if (after !== undefined) {
    const last = text[g.end - 1] ?? '';
    const between = text.slice(g.end, after.start).replace(/^(?:''|["”])/u, '');
    if (last === '?' || last === '!' || !/^\s*[,\u2014\u2013-]?\s*$/u.test(between)) return 'punctuation/words after the quote';
  }
  const cm = q.cueMention;
  if (sp !== null && cm !== undefined && !g.cues.some((c) => overlap(c, cm) > 0)) return 'wrong cue chosen';
  const near = (a: Span, b: Span): boolean => Math.max(a.start, b.start) - Math.min(a.end, b.end) <= 40;
  if (g.cues.some((c) => g.sources.some((s) => near(c, s)))) return 'subject not parsed';
  return 'other';
}
