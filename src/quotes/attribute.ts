/**
 * Attribution: who speaks a quote and with which cue, from the words around it (see
 * {@link AttributionPattern}). The context lives in context.ts, the patterns in patterns.ts, the noun
 * phrases they read in phrases.ts and the speaker they name in speaker.ts.
 */
import type { DocModel } from '../document/model.js';
import type { TextSpan } from '../document/types.js';
import type { ActorIndex, PersonMention } from '../actors/index.js';
import type { MarkedQuote } from './marks.js';
import { isCap, posOf, spanOf, tt } from '../document/tokens.js';
import { cueAt } from './cues.js';
import { matchAfter, type Found } from './patterns.js';
import { speakerOf } from './speaker.js';
import type { AttributionPattern, Speaker } from './types.js';

export { insideMask, quoteContext, quoteRange, type QuoteContext } from './context.js';

/** What attribution found for one quote. @internal */
export interface Attribution {
  /** Who speaks. */
  readonly speaker: Speaker;
  /** The cue words ("said", "according to", "quoted as saying"), when a pattern has them. */
  readonly cue?: TextSpan;
  /** The cue's lemma ("say" for "said"). */
  readonly cueLemma?: string;
  /** The pattern that found the speaker. */
  readonly pattern: AttributionPattern;
  /** A news source named as the speaker or credited in the attributing words. */
  readonly sourceName?: string;
  readonly sourceMention?: TextSpan;
}

/** Whether the after-words may attribute this quote (a quote ending "," or "?" and "he said"). */
export function afterAllowed(doc: DocModel, q: MarkedQuote, after: readonly number[]): boolean {
  const last = q.pieces[q.pieces.length - 1];
  if (last === undefined || after.length === 0) return false;
  const tail = doc.text.slice(Math.max(last.start, last.end - 2), last.end);
  const first = after[0] ?? 0;
  if (/[,\u2014\u2013\u2026-]$/u.test(tail) || /^[,\u2015\u2014\u2013-]$/u.test(tt(doc, first))) return true;
  if (!/[\p{P}]$/u.test(tail)) {
    // A fragment mid-sentence ("called it “a fraud” when he said …"): only a comma hands it on.
    return /^[,\u2014\u2013-]$/u.test(tt(doc, first));
  }
  if (/[.!?]$/u.test(tail)) {
    // A full stop inside the marks ends the sentence unless a lower-case cue or pronoun follows.
    const w = tt(doc, first);
    return /^\p{Ll}/u.test(w) || (cueAt(doc, first) !== undefined && !isCap(doc, first));
  }
  return true;
}

/**
 * The speaker of a question or exclamation that a capitalized name and its cue follow (`"…?" Oskar Berg
 * asked`, `"…!" the mayor said`): the mark does not end the sentence when the words after it are a speaker
 * and a cue. A pronoun after it (`"…?" He said …`) opens a new sentence.
 */
export function askedBy(doc: DocModel, q: MarkedQuote, after: readonly number[]): Found | undefined {
  const last = q.pieces[q.pieces.length - 1];
  const first = after[0];
  if (last === undefined || first === undefined || !/[!?]$/u.test(doc.text.slice(last.end - 1, last.end))) return undefined;
  if (posOf(doc, first) === 'PRON') return undefined;
  const f = matchAfter(doc, after);
  return f?.pattern === 'quote-speaker-cue' && f.np[0] === first ? f : undefined;
}

/** A found speaker phrase and cue as an {@link Attribution}: the phrase named ({@link speakerOf}), the cue as a span. */
export function toAttribution(doc: DocModel, f: Found, mentions: readonly PersonMention[], index: ActorIndex): Attribution {
  const { speaker, source } = speakerOf(doc, f.np, mentions, index);
  const cue = f.cue === undefined ? undefined : spanOf(doc, f.cue[0], f.cue[1]);
  return {
    speaker,
    ...(cue !== undefined && { cue }),
    ...(f.lemma !== undefined && { cueLemma: f.lemma }),
    pattern: f.pattern,
    ...(source !== undefined && { sourceName: source, sourceMention: speaker.mention }),
  };
}
