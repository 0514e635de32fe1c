import type { DocModel } from '../document/model.js';
import {
  CREDIT_PHRASES,
  CREDIT_VERBS,
  CUE_FORMS,
  DOCUMENT_NOUNS,
  FIRST_NAMES,
  GENERIC_SOURCES,
  HONORIFICS,
  MEDIA_NOUNS,
  OUTLET_ALIASES,
  TITLE_WORDS,
  escapeRegExp,
} from '../lexicon/index.js';
import type { CreditedSource, CreditedSourceKind } from './types.js';

// Outlet aliases by the first two UTF-16 units they start with (every alias has two or more), each list in
// the order of longest first (the order an alternation of them would try): a scan by hand finds exactly what
// that alternation, between "no letter or digit" look-arounds, would find, at a fraction of a regular
// expression's cost over a whole article. Keyed by two units rather than one, a place only tries the aliases
// that can be written there (a capital letter alone would try up to twenty).
const ALIAS_FIRST_ASCII = new Uint8Array(128);
const ALIAS_FIRST_OTHER = new Set<number>();
const ALIASES_BY_PAIR = new Map<number, string[]>();
for (const a of [...OUTLET_ALIASES.keys()].sort((x, y) => y.length - x.length)) {
  if (a.length < 2) throw new Error(`outlet alias "${a}": expected two characters or more`);
  const c = a.charCodeAt(0);
  if (c < 128) ALIAS_FIRST_ASCII[c] = 1;
  else ALIAS_FIRST_OTHER.add(c);
  const pair = c * 65536 + a.charCodeAt(1);
  const list = ALIASES_BY_PAIR.get(pair);
  if (list !== undefined) list.push(a);
  else ALIASES_BY_PAIR.set(pair, [a]);
}

/** The aliases that start with one pair of units, with what all of them share, to rule most places out at once. */
interface AliasGroup {
  readonly aliases: readonly string[];
  /** The longest prefix all of them share (the pair at least). */
  readonly common: string;
  /** Per ASCII unit, 1 when some alias has it right after `common`; undefined when one alias is `common` itself or one goes on with a non-ASCII unit (then every alias is tried). */
  readonly next: Uint8Array | undefined;
}

function aliasGroup(aliases: readonly string[]): AliasGroup {
  let common = aliases[0] ?? '';
  for (const a of aliases) while (!a.startsWith(common)) common = common.slice(0, -1);
  let next: Uint8Array | undefined = new Uint8Array(128);
  for (const a of aliases) {
    const c = a.charCodeAt(common.length);
    if (Number.isNaN(c) || c >= 128) next = undefined;
    else if (next !== undefined) next[c] = 1;
  }
  return { aliases, common, next };
}

// The groups of pairs of two ASCII units in one flat table (index: first * 128 + second, value: group + 1,
// 0 for none): most places of a text hold ASCII, and a table read there costs less than a map lookup.
const ASCII_PAIR_GROUP = new Uint16Array(128 * 128);
const ALIAS_GROUPS: AliasGroup[] = [];
const GROUP_BY_PAIR = new Map<number, AliasGroup>();
for (const [pair, aliases] of ALIASES_BY_PAIR) {
  const group = aliasGroup(aliases);
  GROUP_BY_PAIR.set(pair, group);
  const first = Math.floor(pair / 65536);
  const second = pair % 65536;
  if (first < 128 && second < 128) {
    ALIAS_GROUPS.push(group);
    ASCII_PAIR_GROUP[first * 128 + second] = ALIAS_GROUPS.length;
  }
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** Whether the code point starting at `i` is a letter or digit (`false` outside the text). */
function letterOrDigitAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetterOrDigit(c);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/** Whether the code point ending right before `i` is a letter or digit (`false` at the start). */
function letterOrDigitBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return isAsciiLetterOrDigit(c);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i - 2) ?? c));
  }
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/**
 * Outlet aliases written in the text as whole words, left to right without overlaps: at each place the
 * longest alias that is written there and not followed by a letter or digit.
 */
function aliasMatches(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let group: AliasGroup | undefined;
    if (c < 128) {
      if (ALIAS_FIRST_ASCII[c] === 0) continue;
      // (At the last character the second unit is NaN: no pair, and no alias fits there either.)
      const d = text.charCodeAt(i + 1);
      if (d < 128) {
        const g = ASCII_PAIR_GROUP[c * 128 + d] ?? 0;
        if (g === 0) continue;
        group = ALIAS_GROUPS[g - 1];
      } else group = GROUP_BY_PAIR.get(c * 65536 + d);
    } else {
      if (!ALIAS_FIRST_OTHER.has(c)) continue;
      group = GROUP_BY_PAIR.get(c * 65536 + text.charCodeAt(i + 1));
    }
    if (group === undefined) continue;
    // No alias of the group is written here unless their common prefix is, and the unit after it one they go on with.
    const common = group.common;
    if (common.length > 2 && !text.startsWith(common, i)) continue;
    if (group.next !== undefined && group.next[text.charCodeAt(i + common.length)] !== 1) continue;
    if (letterOrDigitBefore(text, i)) continue;
    for (const a of group.aliases) {
      if (text.startsWith(a, i) && !letterOrDigitAt(text, i + a.length)) {
        out.push({ start: i, text: a });
        i += a.length - 1;
        break;
      }
    }
  }
  return out;
}
const capFirst = (h: string): string => `[${h[0]?.toLowerCase() ?? ''}${h[0]?.toUpperCase() ?? ''}]${escapeRegExp(h.slice(1))}`;
/**
 * A generic head with the capitalized words (a demonym, a country's possessive) written before it; the
 * scanner below runs it only near heads, and a test holds the two to the same matches.
 * @internal
 */
export const GENERIC_RE = new RegExp(
  `(?:(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*(?:['\u2019]s)?\\s+)?(?:${[...GENERIC_SOURCES]
    .sort((a, b) => b.length - a.length)
    .map(capFirst)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
// The generic heads alone, tried at one place (sticky): every match of GENERIC_RE ends with one of them.
const HEAD_AT = new RegExp(
  `(?:${[...GENERIC_SOURCES]
    .sort((a, b) => b.length - a.length)
    .map(capFirst)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'uy',
);

// Every head starts with one of these words (first letter in either case; a word another one starts is left
// out): a plain expression without the Unicode flag finds them at a fraction of the cost of scanning a text
// with HEAD_AT, which then decides only where one of them is.
const HEAD_WORDS = [...new Set([...GENERIC_SOURCES].map((h) => h.split(/[ -]/u)[0] ?? h))];
const HEAD_START = new RegExp(
  HEAD_WORDS.filter((w) => !HEAD_WORDS.some((v) => v !== w && w.startsWith(v)))
    .map(capFirst)
    .join('|'),
  'g',
);

/** Where the first head at or after `from` starts (-1 for none): where a global HEAD_AT would next match. */
function nextHead(text: string, from: number): number {
  HEAD_START.lastIndex = from;
  for (let m = HEAD_START.exec(text); m !== null; m = HEAD_START.exec(text)) {
    HEAD_AT.lastIndex = m.index;
    if (HEAD_AT.test(text)) return m.index;
    HEAD_START.lastIndex = m.index + 1;
  }
  return -1;
}

/** Whether the character at `i` may be part of the capitalized words GENERIC_RE allows before a head (non-ASCII: maybe). */
function mayLeadHead(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 128) return true;
  return ((c | 32) >= 97 && (c | 32) <= 122) || c === 46 || c === 45 || c === 39 || c === 32 || (c >= 9 && c <= 13);
}

/**
 * The matches of GENERIC_RE in `text`, the same as `text.matchAll(GENERIC_RE)`, but the expression runs
 * only from shortly before each head: a match starting at p with its head at h has only letters, '.',
 * '-', apostrophes and white space in [p, h), and its head is at or after the first head found from the
 * previous match's end, so no match can start before the run of such characters that leads up to it.
 */
function genericMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (;;) {
    const h = nextHead(text, from);
    if (h === -1) return out;
    let s = h;
    while (s > from && mayLeadHead(text, s - 1)) s--;
    GENERIC_RE.lastIndex = s;
    const m = GENERIC_RE.exec(text);
    if (m === null) return out; // cannot happen: the head alone matches
    out.push(m);
    from = m.index + m[0].length;
  }
}
const PHRASE_BEFORE = new RegExp(
  `(?<![\\p{L}])(${CREDIT_PHRASES.map((p) => capFirst(p).replace(/ /g, '\\s+')).join('|')})\\s+((?:[\\p{L}\u2019'.-]+\\s+){0,3})$`,
  'u',
);
const VERB_AFTER = /^\s*(?:news agency\s+|,\s*)?(?:(?:who|which|that)\s+)?(?:(?:has|had|have|also|later|earlier|first)\s+)*([\p{Ll}]+)/u;
const NEGATION = /\b(?:not|never|no)\b/iu;
const SENTENCE_BREAK = /[.!?\n]\s/u;
const SENTENCE_BREAK_ALL = new RegExp(SENTENCE_BREAK, 'gu');

function genericKind(head: string): CreditedSourceKind {
  const h = head.toLowerCase();
  if (/ministry|official|spokes/u.test(h)) return 'official';
  if (/state|official media/u.test(h)) return 'state-media';
  return 'outlet';
}

/** The part of the text before `at` back to the start of its sentence, at most `max` characters. */
function leftContext(text: string, at: number, max: number): string {
  const from = Math.max(0, at - max);
  const left = text.slice(from, at);
  let cut = -1;
  // The matches matchAll would give (they are never empty), from one global expression made once.
  SENTENCE_BREAK_ALL.lastIndex = 0;
  for (let m = SENTENCE_BREAK_ALL.exec(left); m !== null; m = SENTENCE_BREAK_ALL.exec(left)) cut = m.index + m[0].length;
  return cut === -1 ? left : left.slice(cut);
}

/** Why the mention at [start, end) is a credit, or undefined when it is not one. */
function creditCue(doc: DocModel, start: number, end: number, standalone: boolean): string | undefined {
  const text = doc.text;
  const left = leftContext(text, start, 80);
  const before = PHRASE_BEFORE.exec(left);
  if (before !== null && !NEGATION.test(left.slice(Math.max(0, (before.index ?? 0) - 12)))) return (before[1] ?? '').replace(/\s+/gu, ' ');
  const right = text.slice(end, end + 60);
  const verb = VERB_AFTER.exec(right);
  if (verb !== null) {
    const cue = CUE_FORMS.get(verb[1] ?? '');
    if (cue !== undefined && CREDIT_VERBS.has(cue.lemma) && !NEGATION.test(right.slice(0, verb[0].length))) return verb[1];
  }
  if (standalone) {
    // "(Reuters) —" datelines, "(USA Today)" after a story link, or the outlet alone on its line.
    if (text[start - 1] === '(' && text[end] === ')') return 'dateline';
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    let lineEnd = text.indexOf('\n', end);
    if (lineEnd === -1) lineEnd = text.length;
    if (text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '') return 'standalone';
  }
  return undefined;
}

/** Whether [start, end) lies in boilerplate other than a byline or a source link (those credit). */
function inSkippedBoilerplate(doc: DocModel, start: number, end: number): { skip: boolean; credit?: string } {
  for (const b of doc.boilerplate) {
    if (b.start <= start && end <= b.end) {
      if (b.kind === 'byline' || b.kind === 'source-link') {
        const lead = /^(.*?\bby)\b/iu.exec(doc.text.slice(b.start, start));
        return { skip: false, credit: lead?.[1] ?? (b.kind === 'source-link' ? 'source link' : 'byline') };
      }
      return { skip: true };
    }
  }
  return { skip: false };
}

/**
 * Finds the news agencies, outlets and official bodies a document credits, with offsets: "Tass
 * reported", "as reported by Associated Press", "according to Reuters", "Russian state media reported",
 * "Russian news agencies said", "(Reuters) —" datelines, and "Additional reporting by Reuters" in the
 * byline boilerplate. A name alone is no credit: a reporting verb, a crediting phrase, a dateline or a
 * line of its own must make it one, and a negation ("were not carried by") undoes it.
 *
 * @param doc - a document of the corpus
 * @returns the credits in text order, each with a canonical name ("Associated Press" for "AP")
 * @example
 * ```ts
 * const { docs } = readCorpus([{ id: 'a', text: 'Kim met Lavrov, Tass reported.' }]);
 * creditedSources(docs[0]).map((s) => [s.name, s.cue]);
 * //=> [['Tass', 'reported']]
 * ```
 */
export function creditedSources(doc: DocModel): CreditedSource[] {
  const out: CreditedSource[] = [];
  const taken: [number, number][] = [];
  for (const m of aliasMatches(doc.text)) {
    const start = m.start;
    const end = start + m.text.length;
    const info = OUTLET_ALIASES.get(m.text);
    if (info === undefined) continue;
    const bp = inSkippedBoilerplate(doc, start, end);
    if (bp.skip) continue;
    const cue = bp.credit ?? creditCue(doc, start, end, true);
    if (cue === undefined) continue;
    out.push({ start, end, text: m.text, name: info.name, kind: info.kind, cue });
    taken.push([start, end]);
  }
  for (const m of genericMatches(doc.text)) {
    let start = m.index ?? 0;
    let text = m[0];
    const lead = /^(?:The|the)\s+/u.exec(text);
    if (lead !== null) [start, text] = [start + lead[0].length, text.slice(lead[0].length)];
    const end = start + text.length;
    if (taken.some(([s, e]) => s < end && start < e)) continue;
    const bp = inSkippedBoilerplate(doc, start, end);
    if (bp.skip) continue;
    const cue = bp.credit ?? creditCue(doc, start, end, false);
    if (cue === undefined) continue;
    const head = GENERIC_SOURCES.find((h) => text.toLowerCase().endsWith(h)) ?? text;
    out.push({ start, end, text, name: text.replace(/\s+/gu, ' ').replace(/\u2019/gu, "'"), kind: genericKind(head), cue });
  }
  for (const c of unknownOrganizations(doc)) {
    if (taken.some(([s, e]) => s < c.end && c.start < e) || out.some((o) => o.start < c.end && c.start < o.end)) continue;
    if (inSkippedBoilerplate(doc, c.start, c.end).skip) continue;
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

// A capitalized name of up to four words ("Nordwire", "VNA", "Daily Courier", "Institute of X").
// Words are joined by spaces on one line only: a name never runs on past a line break.
const NAME =
  "(\\p{Lu}[\\p{L}\\p{N}&.'\u2019-]*(?:[ \\t\u00A0]+(?:of[ \\t\u00A0]+|and[ \\t\u00A0]+)?\\p{Lu}[\\p{L}\\p{N}&.'\u2019-]*){0,3})";
const DOC_NOUNS = [...DOCUMENT_NOUNS].map(escapeRegExp).join('|');
const MEDIA = MEDIA_NOUNS.map((m) => m.replace(/ /g, '\\s+')).join('|');
interface OrgContext {
  readonly re: RegExp;
  readonly cue: string;
  readonly kind: CreditedSourceKind;
  readonly needsNonPerson: boolean;
  /** Text every match contains: a document without it is passed over. */
  readonly literal: string;
  /** Where a match can start (the context's first words), when that is known: the expression is then tried only there. */
  readonly starts?: RegExp;
}
/** Where both "according to" contexts can start: one expression, so that a text's places are found once for the two. */
const ACCORDING_START = /[Aa]ccording/g;
const ORG_CONTEXTS: readonly OrgContext[] = [
  { re: new RegExp(`\\(${NAME}\\)\\s*[-\u2013\u2014]`, 'gu'), cue: 'dateline', kind: 'agency', needsNonPerson: false, literal: '(' },
  // (An expression that opens with a look-behind is tried at every place of the text; `starts` finds the
  // places where its first word is written, and it is tried only there.)
  {
    re: new RegExp(`(?<![\\p{L}])(?:[Aa]dditional\\s+)?[Rr]eporting\\s+by\\s+(?:the\\s+)?${NAME}`, 'uy'),
    cue: 'reporting by',
    kind: 'outlet',
    needsNonPerson: true,
    literal: 'eporting',
    starts: /[Aa]dditional|[Rr]eporting/g,
  },
  {
    re: new RegExp(`(?<![\\p{L}])[Aa]s\\s+reported\\s+by\\s+(?:the\\s+)?${NAME}`, 'uy'),
    cue: 'as reported by',
    kind: 'outlet',
    needsNonPerson: true,
    literal: 'reported',
    starts: /[Aa]s\s+reported/g,
  },
  {
    re: new RegExp(`(?<![\\p{L}])[Aa]ccording\\s+to\\s+(?:a|an|the)\\s+${NAME}\\s+(?:${DOC_NOUNS})(?![\\p{L}])`, 'uy'),
    cue: 'according to',
    kind: 'outlet',
    needsNonPerson: false,
    literal: 'ccording',
    starts: ACCORDING_START,
  },
  {
    re: new RegExp(`(?<![\\p{L}])(?:${MEDIA})\\s+${NAME}`, 'uy'),
    cue: 'named as media',
    kind: 'agency',
    needsNonPerson: false,
    literal: '',
    starts: new RegExp([...new Set(MEDIA_NOUNS.map((m) => m.split(' ')[0] ?? m))].map(escapeRegExp).join('|'), 'g'),
  },
  {
    re: new RegExp(`(?<![\\p{L}])[Aa]ccording\\s+to\\s+${NAME}(?![\\p{L}\\p{N}'\u2019])`, 'uy'),
    cue: 'according to',
    kind: 'outlet',
    needsNonPerson: true,
    literal: 'ccording',
    starts: ACCORDING_START,
  },
];

/**
 * The matches of each context's expression in `text` (in ORG_CONTEXTS order), the same as
 * `text.matchAll(ctx.re)` would give with the expression global: with `starts`, the (sticky) expression is
 * tried at each place a match can start, left to right, going on after the end of each match. Contexts
 * that share a literal or a `starts` expression read the text for it once.
 */
function orgMatches(text: string): RegExpExecArray[][] {
  const found = new Map<string, boolean>();
  const places = new Map<RegExp, number[]>();
  return ORG_CONTEXTS.map((ctx) => {
    let has = ctx.literal === '' ? true : found.get(ctx.literal);
    if (has === undefined) {
      has = text.includes(ctx.literal);
      found.set(ctx.literal, has);
    }
    if (!has) return [];
    if (ctx.starts === undefined) return [...text.matchAll(ctx.re)];
    let at = places.get(ctx.starts);
    if (at === undefined) {
      at = startPlaces(ctx.starts, text);
      places.set(ctx.starts, at);
    }
    const out: RegExpExecArray[] = [];
    // Every place `starts` matches, in order: those inside the last match are passed over, as a scan that
    // went on from its end would.
    let from = 0;
    for (const p of at) {
      if (p < from) continue;
      ctx.re.lastIndex = p;
      const m = ctx.re.exec(text);
      if (m === null) continue;
      out.push(m);
      from = m.index + m[0].length;
    }
    return out;
  });
}

/** Every place where the global expression `starts` matches (none of its matches is empty), in text order. */
function startPlaces(starts: RegExp, text: string): number[] {
  const out: number[] = [];
  starts.lastIndex = 0;
  for (let s = starts.exec(text); s !== null; s = starts.exec(text)) {
    out.push(s.index);
    starts.lastIndex = s.index + 1;
  }
  return out;
}

/**
 * Every match the credited-source scan reads from a text, for tests that hold the scanners to the plain
 * regular-expression semantics they replace: outlet aliases, generic heads with their lead words, and
 * per organization context its matches (whole match and name).
 *
 * @param text - any text
 * @returns `[start, matched text]` pairs for aliases and generic heads, `[start, match, name]` per context
 * @example
 * ```ts
 * sourceMatches('Kim met Lavrov, Tass reported.').aliases;
 * //=> [[16, 'Tass']]
 * ```
 * @internal
 */
export function sourceMatches(text: string): {
  aliases: [number, string][];
  generic: [number, string][];
  contexts: [number, string, string][][];
} {
  return {
    aliases: aliasMatches(text).map((m) => [m.start, m.text]),
    generic: genericMatches(text).map((m) => [m.index, m[0]]),
    contexts: orgMatches(text).map((ms) => ms.map((m): [number, string, string] => [m.index, m[0], m[1] ?? ''])),
  };
}

/** Whether a capitalized name may be a person's: a first name, an honorific or title, or the surname of a longer name in the text. */
function mayBePerson(text: string, name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.some((w) => FIRST_NAMES.has(w.toLowerCase()) || HONORIFICS.has(w) || TITLE_WORDS.has(w.toLowerCase()))) return true;
  if (words.length === 1) {
    const longer = new RegExp(`\\p{Lu}[\\p{L}.'\u2019-]+\\s+${escapeRegExp(name)}(?![\\p{L}])`, 'u');
    if (longer.test(text)) return true;
  }
  return false;
}

/**
 * Organizations no outlet list knows, credited where only an organization can stand: a dateline
 * "(Nordwire) -", "reporting by", "as reported by", "news agency VNA", "according to a Nordwire
 * translation", or "according to Nordwire" when nothing in the text makes the name a person's.
 */
function unknownOrganizations(doc: DocModel): CreditedSource[] {
  const out: CreditedSource[] = [];
  const matches = orgMatches(doc.text);
  for (const [c, ctx] of ORG_CONTEXTS.entries()) {
    for (const m of matches[c] ?? []) {
      let name = m[1] ?? '';
      const at = (m.index ?? 0) + m[0].indexOf(name);
      name = name.replace(/['\u2019]s$/u, '').replace(/[.,]+$/u, '');
      if (name.length < 2 || /^(?:The|A|An|This|That|It|He|She|They|We|I)$/u.test(name)) continue;
      if (OUTLET_ALIASES.has(name) || GENERIC_SOURCES.includes(name.toLowerCase())) continue;
      if (ctx.needsNonPerson && mayBePerson(doc.text, name)) continue;
      if (out.some((o) => o.start < at + name.length && at < o.end)) continue;
      out.push({ start: at, end: at + name.length, text: name, name, kind: ctx.kind, cue: ctx.cue });
    }
  }
  return out;
}
