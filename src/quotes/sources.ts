/**
 * Credited sources: the news agencies, outlets and official bodies a document names as the origin of
 * what it reports ("Tass reported", "according to Reuters", "Russian state media said", datelines).
 * Organizations no list knows are found in organizations.ts.
 */
import type { DocModel } from '../document/model.js';
import { CREDIT_PHRASES, CREDIT_VERBS, CUE_FORMS, GENERIC_SOURCES, OUTLET_ALIASES, escapeRegExp } from '../lexicon/quote-words.js';
import { unknownOrganizations } from './organizations.js';
import type { CreditedSource, CreditedSourceKind } from './types.js';

/** Outlet aliases written as whole words; the longest is tried first where several start at one place. */
const ALIAS_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...OUTLET_ALIASES.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const capFirst = (h: string): string => `[${h[0]?.toLowerCase() ?? ''}${h[0]?.toUpperCase() ?? ''}]${escapeRegExp(h.slice(1))}`;
/** A generic head ("state media", "news agencies") with the capitalized words (a demonym, a country's possessive) written before it. */
const GENERIC_RE = new RegExp(
  `(?:(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*(?:['\u2019]s)?\\s+)?(?:${[...GENERIC_SOURCES]
    .sort((a, b) => b.length - a.length)
    .map(capFirst)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const PHRASE_BEFORE = new RegExp(
  `(?<![\\p{L}])(${CREDIT_PHRASES.map((p) => capFirst(p).replace(/ /g, '\\s+')).join('|')})\\s+((?:[\\p{L}\u2019'.-]+\\s+){0,3})$`,
  'u',
);
const VERB_AFTER = /^\s*(?:news agency\s+|,\s*)?(?:(?:who|which|that)\s+)?(?:(?:has|had|have|also|later|earlier|first)\s+)*([\p{Ll}]+)/u;
const NEGATION = /\b(?:not|never|no)\b/iu;
const SENTENCE_BREAKS = /[.!?\n]\s/gu;

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
  for (const m of left.matchAll(SENTENCE_BREAKS)) cut = m.index + m[0].length;
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
  for (const m of doc.text.matchAll(ALIAS_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const info = OUTLET_ALIASES.get(m[0]);
    if (info === undefined) continue;
    const bp = inSkippedBoilerplate(doc, start, end);
    if (bp.skip) continue;
    const cue = bp.credit ?? creditCue(doc, start, end, true);
    if (cue === undefined) continue;
    out.push({ start, end, text: m[0], name: info.name, kind: info.kind, cue });
    taken.push([start, end]);
  }
  for (const m of doc.text.matchAll(GENERIC_RE)) {
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
