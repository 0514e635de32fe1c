/** Who a speaker phrase names: a person of the corpus, a news source, or the phrase itself ("officials"). */
import { lowerBound, type DocModel } from '../document/model.js';
import { nameKey, type ActorIndex, type PersonMention } from '../actors/index.js';
import { GENERIC_SOURCES, OUTLET_ALIASES, PRONOUNS, type OutletInfo } from '../lexicon/index.js';
import { isCap, lower, posOf, spanOf, tokenAt, tt } from '../document/tokens.js';
import { documentHead, documentSpeaker } from './documents.js';
import type { Phrase } from './phrases.js';
import type { Speaker } from './types.js';

/**
 * Per document's mention list, its first name mention by the {@link nameKey} of the mention's last word: a
 * memo of a pure function of the list (made once, dropped with the list), so that looking a surname up is one
 * map read, not a pass over every mention of the document for every speaker phrase.
 */
const firstNameByLastWord = new WeakMap<readonly PersonMention[], Map<string, PersonMention>>();

/** The first name mention, in text order, whose last word (hyphenated parts split) has the {@link nameKey} `key`. */
function nameByLastWord(doc: DocModel, mentions: readonly PersonMention[], key: string): PersonMention | undefined {
  let table = firstNameByLastWord.get(mentions);
  if (table === undefined) {
    table = new Map();
    for (const m of mentions) {
      if (m.kind !== 'name') continue;
      const k = nameKey(tt(doc, tokenAt(doc, m.end) - 1).split(/[-\u2010\u2011]/u));
      if (!table.has(k)) table.set(k, m);
    }
    firstNameByLastWord.set(mentions, table);
  }
  return table.get(key);
}

/** The first outlet (in list order) whose alias `text` has as a whole word, looking at each alias's first occurrence. */
function outletIn(text: string): OutletInfo | undefined {
  for (const [alias, info] of OUTLET_ALIASES) {
    const at = text.indexOf(alias);
    if (at === -1) continue;
    const before = text[at - 1];
    const after = text[at + alias.length];
    if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return info;
  }
  return undefined;
}

/**
 * Turns a speaker noun phrase into a {@link Speaker}: a person's canonical name when the phrase names
 * one (a name, a descriptor, a pronoun resolved before), a news source's canonical name, a document
 * ({@link documentSpeaker}: "the statement"), or the phrase itself ("a source", "officials").
 * @param doc - the document
 * @param np - the phrase's tokens
 * @param mentions - the document's person mentions, in text order
 * @param index - the people of the corpus
 * @returns the speaker, and the news source's canonical name when the speaker is one
 * @internal
 */
export function speakerOf(
  doc: DocModel,
  np: Phrase,
  mentions: readonly PersonMention[],
  index: ActorIndex,
): { speaker: Speaker; source?: string } {
  const span = spanOf(doc, np[0], np[1]);
  const w = lower(doc, np[0]);
  // Mentions are in text order (by start): a binary search finds the first starting at the span's start.
  const lo = lowerBound(mentions.length, (k) => (mentions[k] as PersonMention).start < span.start);
  if (np[0] === np[1] && PRONOUNS.has(w)) {
    // The first pronoun mention starting there (those before `lo` start earlier).
    let m: PersonMention | undefined;
    for (let k = lo; k < mentions.length && (mentions[k] as PersonMention).start === span.start; k++) {
      if ((mentions[k] as PersonMention).kind === 'pronoun') {
        m = mentions[k];
        break;
      }
    }
    const p = m === undefined ? undefined : index.persons.get(m.key);
    if (p !== undefined) return { speaker: { name: p.name, mention: span, kind: 'pronoun' } };
    return { speaker: { name: span.text.toLowerCase(), mention: span, kind: 'pronoun' } };
  }
  // Only the mentions from `lo` on, up to the span's end, can lie inside it (no pass over the document's mentions).
  const inside: PersonMention[] = [];
  for (let k = lo; k < mentions.length; k++) {
    const m = mentions[k] as PersonMention;
    if (m.start > span.end) break;
    if (m.kind !== 'pronoun' && m.end <= span.end) inside.push(m);
  }
  // "the statement said", "a memo from the port authority": a document no person named in it wrote; one a
  // news outlet put out ("a Reuters report") is the outlet's, below.
  const document = documentSpeaker(doc, np, inside);
  if (document !== undefined && outletIn(span.text) === undefined) return { speaker: document };
  // "Baker of Orm", "the senator from Vestland": the head comes before "of" or "from", when a person is named there.
  // "a spokesman for Lind" speaks for Lind and is not Lind: the head comes before "for", named or not.
  let headEnd = np[1];
  for (let t = np[0] + 1; t < np[1]; t++) {
    const w = lower(doc, t);
    if (w !== 'of' && w !== 'from' && w !== 'for') continue;
    const cut = doc.tokens.start[t] ?? span.end;
    if (w === 'for') headEnd = t - 1;
    if (w === 'for' || inside.some((m) => m.end <= cut)) inside.splice(0, inside.length, ...inside.filter((m) => m.end <= cut));
    break;
  }
  // "Lind's spokesman" is the spokesman: a name the phrase goes on past its "'s" only owns the head (a
  // person's document, "Lind's tweet", is the person's words, above).
  const ownsDocument = documentHead(doc, np) !== undefined;
  const owners = inside.filter((m) => !ownsDocument && m.end < span.end && /^['\u2019]s$/u.test(tt(doc, tokenAt(doc, m.end))));
  if (owners.length > 0) inside.splice(0, inside.length, ...inside.filter((m) => !owners.includes(m)));
  // The head of an English noun phrase comes last: "Clinton spokesman Jesse Lehrich" is Lehrich.
  const named = [...inside].reverse().find((m) => m.kind === 'name') ?? inside[inside.length - 1];
  if (named !== undefined) {
    const p = index.persons.get(named.key);
    if (p !== undefined) return { speaker: { name: p.name, mention: span, kind: named.kind === 'name' ? 'name' : 'descriptor' } };
  }
  // A surname the name finder missed here ("Lynch said", tagged a verb): the person of that name.
  for (let t = headEnd; t >= np[0]; t--) {
    if (!isCap(doc, t) || posOf(doc, t) === 'DET') continue;
    if (!ownsDocument && t < np[1] && /^['\u2019]s$/u.test(tt(doc, t + 1))) break; // an owner ("Lind's spokesman"), not the speaker
    const here = nameByLastWord(doc, mentions, nameKey([tt(doc, t)]));
    const p = here === undefined ? undefined : index.persons.get(here.key);
    if (p !== undefined) return { speaker: { name: p.name, mention: span, kind: 'name' } };
    break;
  }
  const bare = span.text.replace(/^(?:the|a|an)\s+/iu, '');
  const outlet = outletIn(span.text);
  if (outlet !== undefined) return { speaker: { name: outlet.name, mention: span, kind: 'source' }, source: outlet.name };
  const bareLower = bare.toLowerCase();
  if (GENERIC_SOURCES.some((g) => bareLower.endsWith(g) && /media|agenc|television|newspaper/u.test(g))) {
    return { speaker: { name: bare, mention: span, kind: 'source' }, source: bare };
  }
  return { speaker: { name: bare.replace(/\s+/gu, ' '), mention: span, kind: 'other' } };
}
