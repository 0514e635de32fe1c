/**
 * Organizations no outlet list knows, credited where only an organization can stand: a dateline
 * "(Nordwire) -", "reporting by", "as reported by", "news agency VNA", "according to a Nordwire
 * translation", or "according to Nordwire" when nothing in the text makes the name a person's.
 */
import type { DocModel } from '../document/model.js';
import {
  DOCUMENT_NOUNS,
  FIRST_NAMES,
  GENERIC_SOURCES,
  HONORIFICS,
  MEDIA_NOUNS,
  OUTLET_ALIASES,
  TITLE_WORDS,
  escapeRegExp,
} from '../lexicon/quote-words.js';
import type { CreditedSource, CreditedSourceKind } from './types.js';

// A capitalized name of up to four words ("Nordwire", "VNA", "Daily Courier", "Institute of X").
// Words are joined by spaces on one line only: a name never runs on past a line break.
const NAME =
  "(\\p{Lu}[\\p{L}\\p{N}&.'\u2019-]*(?:[ \\t\u00A0]+(?:of[ \\t\u00A0]+|and[ \\t\u00A0]+)?\\p{Lu}[\\p{L}\\p{N}&.'\u2019-]*){0,3})";
const DOC_NOUNS = [...DOCUMENT_NOUNS].map(escapeRegExp).join('|');
const MEDIA = MEDIA_NOUNS.map((m) => m.replace(/ /g, '\\s+')).join('|');
/** A place where only an organization's name can stand, and the credit it makes. */
interface OrgContext {
  /** The words around the name, the name as the first group. */
  readonly re: RegExp;
  readonly cue: string;
  readonly kind: CreditedSourceKind;
  /** Whether the name must not be a person's ("according to Lind" is a person speaking). */
  readonly needsNonPerson: boolean;
}
const ORG_CONTEXTS: readonly OrgContext[] = [
  { re: new RegExp(`\\(${NAME}\\)\\s*[-\u2013\u2014]`, 'gu'), cue: 'dateline', kind: 'agency', needsNonPerson: false },
  {
    re: new RegExp(`(?<![\\p{L}])(?:[Aa]dditional\\s+)?[Rr]eporting\\s+by\\s+(?:the\\s+)?${NAME}`, 'gu'),
    cue: 'reporting by',
    kind: 'outlet',
    needsNonPerson: true,
  },
  {
    re: new RegExp(`(?<![\\p{L}])[Aa]s\\s+reported\\s+by\\s+(?:the\\s+)?${NAME}`, 'gu'),
    cue: 'as reported by',
    kind: 'outlet',
    needsNonPerson: true,
  },
  {
    re: new RegExp(`(?<![\\p{L}])[Aa]ccording\\s+to\\s+(?:a|an|the)\\s+${NAME}\\s+(?:${DOC_NOUNS})(?![\\p{L}])`, 'gu'),
    cue: 'according to',
    kind: 'outlet',
    needsNonPerson: false,
  },
  { re: new RegExp(`(?<![\\p{L}])(?:${MEDIA})\\s+${NAME}`, 'gu'), cue: 'named as media', kind: 'agency', needsNonPerson: false },
  {
    re: new RegExp(`(?<![\\p{L}])[Aa]ccording\\s+to\\s+${NAME}(?![\\p{L}\\p{N}'\u2019])`, 'gu'),
    cue: 'according to',
    kind: 'outlet',
    needsNonPerson: true,
  },
];

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
 * Organizations no outlet list knows, credited where only an organization can stand (see the file's summary).
 * @param doc - a document of the corpus
 * @returns the credits, contexts in {@link ORG_CONTEXTS} order, each in text order, without overlaps
 * @internal
 */
export function unknownOrganizations(doc: DocModel): CreditedSource[] {
  const out: CreditedSource[] = [];
  for (const ctx of ORG_CONTEXTS) {
    for (const m of doc.text.matchAll(ctx.re)) {
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
