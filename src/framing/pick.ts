import type { DocModel } from '../document/model.js';
import type { Range } from '../util/ranges.js';
import type { LexiconHit } from './lexicon.js';
import type { FramingCategory, FramingDirection } from './types.js';

/** One lexicon match chosen to stand for its span, with its character range. @internal */
export interface Picked {
  readonly hit: LexiconHit;
  readonly start: number;
  readonly end: number;
  /** Whether it is an attribution verb used as one (in a speech context). */
  readonly cue: boolean;
}

// Which category wins when one span matches entries of several (attribution verbs are decided apart).
const PRIORITY: readonly FramingCategory[] = [
  'state-label',
  'person-label',
  'group-label',
  'charged-abstraction',
  'evaluative',
  'intensifier',
  'hedge',
  'label-modifier',
];
// An attribution verb outside speech ranks between evaluative terms and intensifiers.
const rank = (c: FramingCategory): number => (c === 'attribution-verb' ? PRIORITY.indexOf('evaluative') + 0.5 : PRIORITY.indexOf(c));

const SPEECH_NEXT = new Set(['that', 'of', 'about', ':', ',', 'to', 'he', 'she', 'they', 'it', 'we', 'i']);
const ALWAYS_SPEECH = new Set(['say', 'tell']);
const QUOTE_CHARS = /["\u201C\u201D\u201E\u201F\u00AB\u00BB]/;

/**
 * Whether an entry judges: it leans one way with some strength.
 *
 * @param e - a lexicon entry
 * @returns whether it is loaded
 * @example
 * ```ts
 * isLoaded({ direction: 'negative', strength: 0.6 });
 * //=> true
 * ```
 * @internal
 */
export const isLoaded = (e: { direction: FramingDirection; strength: number }): boolean => e.direction !== 'neutral' && e.strength > 0;

/**
 * Whether a hit judges nothing and hides its words from every shorter or overlapping entry: a fixed
 * expression ("in spite of") or a term its context words make literal here ("explosive device").
 *
 * @param h - a lexicon hit
 * @returns whether it blocks its words
 * @example
 * ```ts
 * blocksWords({ term: { entry: { category: 'fixed-expression' } }, first: 3, last: 6 }); //=> true
 * ```
 * @internal
 */
export const blocksWords = (h: { readonly term: { readonly entry: { readonly category: string } }; readonly literal?: true }): boolean =>
  h.literal === true || h.term.entry.category === 'fixed-expression';

/**
 * The hits without those that overlap a blocking hit ({@link blocksWords}) and do not strictly contain it:
 * "spite" inside "in spite of" goes, a longer loaded idiom around a fixed expression stays.
 */
function withoutBlocked(hits: readonly LexiconHit[]): readonly LexiconHit[] {
  const blockers = hits.filter(blocksWords);
  if (blockers.length === 0) return hits;
  const contains = (h: LexiconHit, b: LexiconHit): boolean => h.first <= b.first && h.last >= b.last && h.last - h.first > b.last - b.first;
  return hits.filter((h) => blocksWords(h) || !blockers.some((b) => b.first < h.last && h.first < b.last && !contains(h, b)));
}

/**
 * Whether the verb at token `i` reports speech here: "say" and "tell" always do; others when a word such as
 * "that" or "of" follows in the sentence ("said that", "complained of"), or when the sentence holds a quote
 * mark or quoted speech.
 *
 * @param doc - the document
 * @param i - the verb's (last) token
 * @param lemma - the verb's lemma
 * @param quoted - quoted ranges of the document, sorted and disjoint
 * @returns whether the verb is used as an attribution verb
 * @internal
 */
export function speechContext(doc: DocModel, i: number, lemma: string, quoted: readonly Range[]): boolean {
  if (ALWAYS_SPEECH.has(lemma)) return true;
  const t = doc.tokens;
  const next = doc.text.slice(t.start[i + 1] ?? 0, t.end[i + 1] ?? 0).toLowerCase();
  if (i + 1 < t.count && t.sentence[i + 1] === t.sentence[i] && SPEECH_NEXT.has(next)) return true;
  const s = doc.sentences[t.sentence[i] ?? 0];
  if (s === undefined) return false;
  if (QUOTE_CHARS.test(doc.text.slice(s.start, s.end))) return true;
  return quoted.some((q) => q.start < s.end && q.end > s.start);
}

/** The hit as picked, with its character range. */
function picked(doc: DocModel, hit: LexiconHit, cue: boolean): Picked {
  return { hit, start: doc.tokens.start[hit.first] ?? 0, end: doc.tokens.end[hit.last - 1] ?? 0, cue };
}

/**
 * The entry to keep among the hits starting at one token: the longest match; among matches of one length,
 * an attribution verb in a speech context, else the entry of the highest-ranked category (an attribution
 * verb outside speech only when it is loaded).
 */
function choose(doc: DocModel, group: readonly LexiconHit[], quoted: readonly Range[], lemmaAt: (i: number) => string): Picked | undefined {
  const lengths = [...new Set(group.map((h) => h.last - h.first))].sort((x, y) => y - x);
  for (const len of lengths) {
    const same = group.filter((h) => h.last - h.first === len);
    const blocker = same.find(blocksWords);
    if (blocker) return picked(doc, blocker, false);
    const cue = same.find((h) => h.term.entry.category === 'attribution-verb');
    if (cue && speechContext(doc, cue.last - 1, lemmaAt(cue.first), quoted)) return picked(doc, cue, true);
    // A loaded speech verb outside speech ("bristled at", "scoffing") still judges: it counts as evaluative.
    const best = same
      .filter((h) => h.term.entry.category !== 'attribution-verb' || isLoaded(h.term.entry))
      .sort((x, y) => rank(x.term.entry.category) - rank(y.term.entry.category))[0];
    if (best) return picked(doc, best, false);
  }
  return undefined;
}

/**
 * Picks one entry per matched span, left to right, skipping hits inside a span already picked. A fixed
 * expression or a literal reading is picked too (it judges nothing; see {@link blocksWords}), and no hit
 * that overlaps it counts unless it contains it.
 *
 * @param doc - the document
 * @param all - its lexicon hits, by first token and longest first (as `matchLexicon` gives them)
 * @param quoted - quoted ranges of the document, sorted and disjoint
 * @param lemmaAt - the lemma (match key) of a token
 * @returns the picked entries in text order, without overlaps
 * @internal
 */
export function pick(doc: DocModel, all: readonly LexiconHit[], quoted: readonly Range[], lemmaAt: (i: number) => string): Picked[] {
  const hits = withoutBlocked(all);
  const out: Picked[] = [];
  let covered = 0;
  let k = 0;
  while (k < hits.length) {
    const first = hits[k]?.first ?? 0;
    const group: LexiconHit[] = [];
    while (k < hits.length && hits[k]?.first === first) group.push(hits[k++] as LexiconHit);
    if (first < covered) continue;
    const chosen = choose(doc, group, quoted, lemmaAt);
    if (chosen) {
      out.push(chosen);
      covered = chosen.hit.last;
    }
  }
  return out;
}
