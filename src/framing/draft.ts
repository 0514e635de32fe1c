import type { DocModel, Vocabulary } from '../document/model.js';
import { POS_INDEX, TokenKind } from '../document/model.js';
import type { Quote } from '../quotes/types.js';
import { round4 } from '../util/numbers.js';
import { inside, mergeRanges, type Range } from '../util/ranges.js';
import { matchLexicon, type CompiledLexicon } from './lexicon.js';
import { insideName, nameTokens } from './names.js';
import { blocksWords, isLoaded, pick, type Picked } from './pick.js';
import { addSentimentWords } from './sentiment-words.js';
import type { CueVerb, FramingLabel, FramingMarker } from './types.js';
import { foldCached, quoteMarkSpans, wordSentiment } from './voice.js';

/** A label before it is resolved to an actor: with its token span and the actor it usually names. @internal */
export type DraftLabel = FramingLabel & { first: number; last: number; usualReferent?: string };

/** What drafting reads of a quote: where it is, and whether the writer chose its words (a fragment, or no speech). @internal */
export type QuoteSpan = Pick<Quote, 'start' | 'end' | 'partial' | 'isSpeech'>;

/** One document's framing before labels are resolved to actors. @internal */
export interface Draft {
  readonly doc: DocModel;
  /** Quoted speech, sorted and disjoint. */
  readonly quoted: Range[];
  readonly labels: DraftLabel[];
  readonly cues: CueVerb[];
  readonly hedges: FramingMarker[];
  readonly intensifiers: FramingMarker[];
}

const LABEL_CATEGORIES = new Set<string>(['state-label', 'person-label', 'group-label']);
const ADJ = POS_INDEX.get('ADJ') ?? 0;

/** The usual referent of an entry, as an optional field (absent, not undefined, when it has none). */
const referentOf = (e: { usualReferent?: string }): { usualReferent?: string } =>
  e.usualReferent !== undefined ? { usualReferent: e.usualReferent } : {};

/** How many words after an intensifier may hold the judgement it sharpens ("utterly and completely false"). */
const SHARPEN_WINDOW = 3;
/**
 * Intensifiers that judge by themselves, whatever follows: stance adverbs that present a point as settled
 * ("clearly", "obviously", "undeniably") and manner words that charge the act ("blatantly", "vigorously",
 * "sheer"). Other intensifiers are degree words that only sharpen an evaluation ({@link sharpens}).
 */
const STANCE_INTENSIFIERS = new Set([
  'clearly',
  'obviously',
  'evidently',
  'plainly',
  'undoubtedly',
  'undeniably',
  'unquestionably',
  'surely',
  'blatantly',
  'flagrantly',
  'sheer',
  'strikingly',
  'vigorously',
]);
/** The sentiment magnitude (wink-nlp) that makes a word after an intensifier evaluative ("deeply flawed", not "very early"). */
const SHARPEN_SENTIMENT = 0.25;

/**
 * Whether an intensifier ending at token `last` sharpens an evaluation: one of the next few words of its
 * sentence is a loaded lexicon term or a word with a clear sentiment ("deeply flawed", "really bad"). Before
 * a neutral description or a quantity it only grades ("extremely cold", "really big crowd", "completely
 * rebuilt") and judges nothing.
 *
 * @param doc - the document
 * @param last - the token after the intensifier
 * @param evaluative - per token, 1 where a loaded lexicon term covers it
 * @returns whether an evaluative word follows within {@link SHARPEN_WINDOW} words
 * @example
 * // "a deeply flawed plan": "flawed" has strong negative sentiment
 * sharpens(doc, 2, evaluative); //=> true
 */
function sharpens(doc: DocModel, last: number, evaluative: Uint8Array): boolean {
  const t = doc.tokens;
  const sentence = t.sentence[last - 1];
  let words = 0;
  for (let i = last; i < t.count && words < SHARPEN_WINDOW && t.sentence[i] === sentence; i++) {
    if (t.kind[i] !== TokenKind.Word) continue;
    words++;
    if (evaluative[i] === 1) return true;
    if (Math.abs(wordSentiment(foldCached(doc.text.slice(t.start[i] ?? 0, t.end[i] ?? 0)))) >= SHARPEN_SENTIMENT) return true;
  }
  return false;
}

/**
 * A hedge or intensifier. An intensifier sharpens a judgement in the outlet's own voice, and in a fragment
 * the writer picks out of someone's speech (called the remarks "utterly irresponsible"); inside a quoted
 * statement it is the speaker's emphasis ("it's really rare," she said); and only when an evaluative word
 * follows it ({@link sharpens}). Hedges are loaded only when they cast doubt ("so-called").
 */
function marker(doc: DocModel, p: Picked, quoted: readonly Range[], fragments: readonly Range[], evaluative: Uint8Array): FramingMarker {
  const e = p.hit.term.entry;
  const inQuote = inside(quoted, p.start, p.end);
  const speakers = inQuote && !inside(fragments, p.start, p.end);
  return {
    start: p.start,
    end: p.end,
    text: doc.text.slice(p.start, p.end),
    term: e.term,
    weight: e.strength,
    // An intensifier of strength 0 grades without judging ("badly injured", "increasingly common").
    loaded:
      e.category === 'intensifier'
        ? !speakers && e.strength > 0 && (STANCE_INTENSIFIERS.has(e.term) || sharpens(doc, p.hit.last, evaluative))
        : isLoaded(e),
    quoted: inQuote,
  };
}

/** An attribution verb used as one. */
function cueVerb(doc: DocModel, p: Picked, lemma: string): CueVerb {
  const e = p.hit.term.entry;
  return {
    start: p.start,
    end: p.end,
    text: doc.text.slice(p.start, p.end),
    lemma,
    direction: e.direction,
    loaded: isLoaded(e),
    weight: e.strength,
  };
}

/** A label modifier right before a label joins it ("secret regime"): the pair is loaded. */
function modifiedLabel(doc: DocModel, mod: Picked, p: Picked, quoted: readonly Range[]): DraftLabel {
  const e = p.hit.term.entry;
  const m = mod.hit.term.entry;
  return {
    term: e.term,
    start: mod.start,
    end: p.end,
    text: doc.text.slice(mod.start, p.end),
    category: e.category,
    source: 'lexicon',
    loaded: true,
    direction: e.direction === 'neutral' ? m.direction : e.direction,
    weight: round4(Math.min(1, e.strength + 0.5 * m.strength)),
    quoted: inside(quoted, p.start, p.end) && inside(quoted, mod.start, mod.end),
    first: mod.hit.first,
    last: p.hit.last,
    ...referentOf(e),
  };
}

/** A loaded adjective label right before a label joins it ("brutal dictator"). */
function adjectiveLabel(doc: DocModel, prev: DraftLabel, p: Picked, quoted: readonly Range[]): DraftLabel {
  const e = p.hit.term.entry;
  return {
    term: e.term,
    start: prev.start,
    end: p.end,
    text: doc.text.slice(prev.start, p.end),
    category: e.category,
    source: 'lexicon',
    loaded: true,
    direction: e.direction === 'neutral' ? prev.direction : e.direction,
    weight: round4(Math.min(1, e.strength + 0.5 * prev.weight)),
    quoted: inside(quoted, p.start, p.end) && prev.quoted,
    first: prev.first,
    last: p.hit.last,
    ...referentOf(e),
  };
}

/** A label of its own; a loaded attribution verb outside speech counts as evaluative. */
function plainLabel(doc: DocModel, p: Picked, quoted: readonly Range[]): DraftLabel {
  const e = p.hit.term.entry;
  return {
    term: e.term,
    start: p.start,
    end: p.end,
    text: doc.text.slice(p.start, p.end),
    category: e.category === 'attribution-verb' ? 'evaluative' : e.category,
    source: 'lexicon',
    loaded: isLoaded(e),
    direction: e.direction,
    weight: e.strength,
    quoted: inside(quoted, p.start, p.end),
    first: p.hit.first,
    last: p.hit.last,
    ...referentOf(e),
  };
}

/** Whether the last label is a loaded adjective right before the picked label `p`, which it then joins. */
function adjectiveBefore(doc: DocModel, prev: DraftLabel | undefined, p: Picked): prev is DraftLabel {
  return (
    LABEL_CATEGORIES.has(p.hit.term.entry.category) &&
    prev !== undefined &&
    prev.category === 'evaluative' &&
    prev.loaded &&
    prev.last === p.hit.first &&
    doc.tokens.pos[prev.first] === ADJ
  );
}

/** Adds the label of picked entry `p`, joined with the modifier or loaded adjective right before it. */
function addLabel(doc: DocModel, labels: DraftLabel[], p: Picked, modifier: Picked | undefined, quoted: readonly Range[]): void {
  const prev = labels.at(-1);
  if (modifier !== undefined && modifier.hit.last === p.hit.first && LABEL_CATEGORIES.has(p.hit.term.entry.category)) {
    labels.push(modifiedLabel(doc, modifier, p, quoted));
  } else if (adjectiveBefore(doc, prev, p)) {
    labels.pop();
    labels.push(adjectiveLabel(doc, prev, p, quoted));
  } else {
    labels.push(plainLabel(doc, p, quoted));
  }
}

/**
 * One document's lexicon terms sorted into labels, attribution verbs, hedges and intensifiers, with
 * strong sentiment adjectives as labels too, before labels are resolved to actors.
 *
 * @param vocab - the corpus's vocabulary
 * @param doc - the document
 * @param quotes - this document's quotes from the quotes stage
 * @param lexicon - the compiled framing lexicon
 * @param sentimentThreshold - how strong a sentiment adjective must be to count (above 1: none counts)
 * @returns the draft
 * @internal
 */
export function draftDocument(
  vocab: Vocabulary,
  doc: DocModel,
  quotes: readonly QuoteSpan[],
  lexicon: CompiledLexicon,
  sentimentThreshold: number,
): Draft {
  // Quoted speech from the quotes stage; plain quote-mark spans when it found none in this document.
  const quoted = mergeRanges(quotes.length ? quotes.map((q) => ({ start: q.start, end: q.end })) : quoteMarkSpans(doc));
  // Quotes the writer weaves into a sentence, or sets off with no speaker: the writer chose those words.
  const fragments = mergeRanges(quotes.filter((q) => q.partial || !q.isSpeech).map((q) => ({ start: q.start, end: q.end })));
  const lemmaAt = (i: number): string => vocab.str(doc.tokens.key[i] ?? -1);
  // A term inside a name ("the Democratic leader", "the Patriot Act") judges nothing.
  const names = nameTokens(doc);
  const hits = matchLexicon(doc, vocab, lexicon).filter((h) => !insideName(doc, names, h.first, h.last, h.term.entry.term));
  const picked = pick(doc, hits, quoted, lemmaAt);
  const d: Draft = { doc, quoted, labels: [], cues: [], hedges: [], intensifiers: [] };
  // The tokens of loaded lexicon terms other than hedges and intensifiers: what an intensifier can sharpen.
  const evaluative = new Uint8Array(doc.tokens.count);
  for (const p of picked) {
    const e = p.hit.term.entry;
    if (!blocksWords(p.hit) && isLoaded(e) && e.category !== 'intensifier' && e.category !== 'hedge')
      evaluative.fill(1, p.hit.first, p.hit.last);
  }
  // A label modifier counts only as part of a label right after it ("secret regime"); alone it judges nothing.
  let modifier: Picked | undefined;
  for (const p of picked) {
    const category = p.hit.term.entry.category;
    // A fixed expression or a literal reading judges nothing; it is picked only to hide its words.
    if (blocksWords(p.hit)) continue;
    if (p.cue) {
      // A speech verb inside a quoted statement is the speaker's word ("I'm not ashamed to admit"): it reports no one's speech for the outlet.
      if (!inside(quoted, p.start, p.end) || inside(fragments, p.start, p.end)) d.cues.push(cueVerb(doc, p, lemmaAt(p.hit.first)));
    } else if (category === 'hedge') d.hedges.push(marker(doc, p, quoted, fragments, evaluative));
    else if (category === 'intensifier') d.intensifiers.push(marker(doc, p, quoted, fragments, evaluative));
    else if (category === 'label-modifier') modifier = p;
    else {
      addLabel(doc, d.labels, p, modifier, quoted);
      modifier = undefined;
    }
  }
  if (sentimentThreshold <= 1) addSentimentWords(doc, picked, names, quoted, d.labels, sentimentThreshold);
  return d;
}
