/**
 * The readings that propose a speaker for a quote, each as a candidate with the features the ranker
 * (rank.ts) scores: the crisp patterns around the quote (patterns.ts), a subject and a verb the cue table
 * does not list, the subject of the quote's sentence or of the sentence before, and the speaker of the
 * quote before. A speaker several readings propose is one candidate with each reading's feature.
 */
import type { DocModel } from '../document/model.js';
import type { ActorIndex, PersonMention } from '../actors/index.js';
import { CUE_FORMS, NOMINAL_CUES, verbsFor, inflect, type CueKind } from '../lexicon/index.js';
import { isTerminatorToken, lower, posOf, tokenAt, tt } from '../document/tokens.js';
import type { MarkedQuote } from './marks.js';
import { cueAt } from './cues.js';
import { matchAfter, matchBefore, matchClauseEnd, wordsAfter, type Found } from './patterns.js';
import { clauseSubject, isNonSpeakerNp, npRight, skipRight, subjectOf } from './phrases.js';
import { quoteRange, type QuoteContext } from './context.js';
import {
  chooseSpeaker,
  shippedSpeakerModel,
  SPEAKER_FEATURES,
  type SpeakerFeature,
  type SpeakerFeatures,
  type SpeakerModel,
} from './rank.js';
import type { Attribution } from './attribute.js';
import { afterAllowed, askedBy, toAttribution } from './attribute.js';

/** A proposed speaker with the features the ranker scores. @internal */
export interface Candidate {
  readonly attribution: Attribution;
  readonly features: SpeakerFeatures;
}

/** What the quote before this one was given, for the readings that carry a speaker on. @internal */
export interface PreviousQuote {
  readonly attribution: Attribution | undefined;
  /** The paragraph its last piece lies in. */
  readonly lastParagraph: number;
  /** Whether this quote continues it with nothing between them (see `continuesPrevious` in index.ts). */
  readonly continued: boolean;
}

/** The reading that proposed a candidate: the names of the `from:` features of {@link SPEAKER_FEATURES}. */
type Reading = SpeakerFeature extends infer F ? (F extends `from:${infer R}` ? R : never) : never;

/** The kind of each cue lemma of the table, for a speaker carried on from an earlier quote. */
const KIND_BY_LEMMA: ReadonlyMap<string, CueKind> = new Map([...CUE_FORMS.values()].map((c) => [c.lemma, c.kind]));
/** Verb forms the framing lexicon lists ("slammed", "conceded") that the cue table does not. */
const FRAMING_FORMS: ReadonlySet<string> = new Set(verbsFor('framing').flatMap((v) => v.forms ?? inflect(v.lemma)));

/** A verb the cue table does not list, written in lower case (a capitalized word is a name the tagger misread). */
function otherVerbAt(doc: DocModel, i: number): boolean {
  return posOf(doc, i) === 'VERB' && /^\p{Ll}/u.test(tt(doc, i)) && cueAt(doc, i) === undefined;
}

/** The `cue:` feature of a found reading: the table's kind of its cue, `framing` or `verb` for another verb, `none`. */
function cueFeature(doc: DocModel, f: Found): SpeakerFeature {
  if (f.cue === undefined) return 'cue:none';
  if (f.pattern === 'according-to') return 'cue:report';
  if (f.pattern === 'quoted-as-saying') return 'cue:speech';
  const kind = cueAt(doc, f.cue[0])?.kind ?? (f.lemma !== undefined ? KIND_BY_LEMMA.get(f.lemma) : undefined);
  if (kind !== undefined) return `cue:${kind}`;
  // "Trump's claim that …" has a noun for its cue; "the survey found" a verb the table lists for documents only.
  if (f.lemma !== undefined) return NOMINAL_CUES.has(lower(doc, f.cue[0])) ? 'cue:nominal' : 'cue:speech';
  return FRAMING_FORMS.has(lower(doc, f.cue[0])) ? 'cue:framing' : 'cue:verb';
}

/** `"…," Lind quipped`, `"…," quipped Lind`: a speaker and a verb the cue table does not list, after the quote. */
function afterVerb(doc: DocModel, after: readonly number[]): Found | undefined {
  const words = wordsAfter(doc, after);
  if (words === undefined) return undefined;
  const { first, hi } = words;
  if (otherVerbAt(doc, first)) {
    const np = npRight(doc, first + 1, hi);
    if (np !== undefined && !isNonSpeakerNp(doc, np)) return { np, cue: [first, first], pattern: 'quote-cue-speaker' };
    return undefined;
  }
  const np = npRight(doc, first, hi);
  if (np === undefined || isNonSpeakerNp(doc, np)) return undefined;
  const k = skipRight(doc, np[1] + 1, hi);
  return k < hi && otherVerbAt(doc, k) ? { np, cue: [k, k], pattern: 'quote-speaker-cue' } : undefined;
}

/** The first token of the run of consecutive tokens that ends at `before[b]`. */
function runStartAt(before: readonly number[], b: number): number {
  let r = b;
  while (r > 0 && before[r - 1] === (before[r] ?? 0) - 1) r--;
  return before[r] ?? 0;
}

/** How many words back from a quote a verb the cue table does not list may stand and still introduce it. */
const MAX_OTHER_VERB_DISTANCE = 12;

/**
 * `Lind quipped: "…"`, `Lind has increasingly decried the "…"`: the subject of the nearest verb before the
 * quote that the cue table does not list, within {@link MAX_OTHER_VERB_DISTANCE} words.
 */
function beforeVerb(doc: DocModel, before: readonly number[]): Found | undefined {
  for (let b = before.length - 1; b >= 0 && before.length - 1 - b <= MAX_OTHER_VERB_DISTANCE; b--) {
    const i = before[b] ?? 0;
    if (isTerminatorToken(doc, i)) return undefined;
    if (!otherVerbAt(doc, i)) continue;
    const np = subjectOf(doc, i, runStartAt(before, b));
    return np === undefined || isNonSpeakerNp(doc, np) ? undefined : { np, cue: [i, i], pattern: 'speaker-cue-quote' };
  }
  return undefined;
}

/** The subject of a clause and the verb after it, as a reading: `Lind, in a rare interview, called the plan "…"`. */
function subjectReading(doc: DocModel, tokens: readonly number[]): Found | undefined {
  if (tokens.length === 0) return undefined;
  const lo = tokens[0] ?? 0;
  let n = 1;
  while (n < tokens.length && tokens[n] === lo + n) n++; // the first run: no quote cut out of it
  const np = clauseSubject(doc, lo, lo + n);
  if (np === undefined) return undefined;
  const k = skipRight(doc, np[1] + 1, lo + n);
  const cue = k < lo + n && posOf(doc, k) === 'VERB' && /^\p{Ll}/u.test(tt(doc, k)) ? k : undefined;
  const known = cue === undefined ? undefined : cueAt(doc, cue);
  return {
    np,
    ...(cue !== undefined && { cue: [cue, cue] as [number, number] }),
    ...(known !== undefined && { lemma: known.lemma }),
    pattern: 'sentence-subject',
  };
}

/** The tokens of the sentence before token `i` in its paragraph, quotes left out (empty when `i` opens its paragraph). */
function sentenceBefore(doc: DocModel, i: number, inQuote: Uint8Array): number[] {
  const s = doc.tokens.sentence[i] ?? 0;
  const prev = doc.sentences[s - 1];
  const own = doc.sentences[s];
  if (prev === undefined || own === undefined || prev.paragraph !== own.paragraph || prev.boilerplate) return [];
  const out: number[] = [];
  for (let t = prev.tokenStart; t < prev.tokenEnd; t++) if (inQuote[t] !== 1) out.push(t);
  return out;
}

/** Where a speaker's mention stands against the quote: words between them, earlier sentence, earlier paragraph. */
function placeFeatures(doc: DocModel, a: Attribution, qFirst: number, qLast: number): SpeakerFeatures {
  const m = a.speaker.mention;
  if (m === undefined) return {};
  const first = tokenAt(doc, m.start);
  const last = Math.max(first, tokenAt(doc, m.end - 1));
  const gap = last < qFirst ? qFirst - last - 1 : first > qLast ? first - qLast - 1 : 0;
  const f: { -readonly [K in SpeakerFeature]?: number } = { distance: Math.log2(1 + gap) };
  const sentence = doc.tokens.sentence;
  if (last < qFirst && (sentence[last] ?? 0) < (sentence[qFirst] ?? 0)) {
    f['earlier-sentence'] = 1;
    const para = (k: number): number => doc.sentences[sentence[k] ?? 0]?.paragraph ?? 0;
    if (para(last) < para(qFirst)) f['earlier-paragraph'] = 1;
  }
  return f;
}

/** The `kind:` feature of a speaker. */
function kindFeature(a: Attribution): SpeakerFeature {
  const { kind, name, mention } = a.speaker;
  if (kind === 'pronoun') return mention !== undefined && name === mention.text.toLowerCase() ? 'kind:pronoun-bare' : 'kind:pronoun';
  if (kind === 'name' || kind === 'descriptor' || kind === 'source' || kind === 'document') return `kind:${kind}`;
  return /^\p{Lu}/u.test(name) ? 'kind:capitalized' : 'kind:other';
}

/** The inputs of {@link speakerCandidates} besides the quote. @internal */
export interface CandidateInputs {
  /** The last sentence of the paragraph before, for a paragraph its introduction opens. */
  readonly prevParagraph: readonly number[] | undefined;
  /** Per token, whether it lies inside a quote. */
  readonly inQuote: Uint8Array;
  /** The document's person mentions, in text order. */
  readonly mentions: readonly PersonMention[];
  /** The people of the corpus. */
  readonly index: ActorIndex;
  /** The quote before this one in the document, if any. */
  readonly previous: PreviousQuote | undefined;
  /** Whether the quote is a fragment: set inside the writer's sentence, or three words or fewer. */
  readonly fragment?: boolean;
}

/**
 * Every speaker proposed for a quote, with its features: one candidate per speaker mention, carrying the
 * `from:` feature of each reading that proposed it.
 * @param doc - the document
 * @param q - the quote
 * @param ctx - the words around it
 * @param inputs - the paragraph before, the quote mask, the mentions, the people and the quote before
 * @returns the candidates, in the order their readings were tried (the patterns first)
 * @internal
 */
export function speakerCandidates(doc: DocModel, q: MarkedQuote, ctx: QuoteContext, inputs: CandidateInputs): Candidate[] {
  const { mentions, index, previous } = inputs;
  const r = quoteRange(q);
  const qFirst = tokenAt(doc, r.start);
  const qLast = Math.max(qFirst, tokenAt(doc, r.end - 1));
  const proposals: { reading: Reading; attribution: Attribution; cue: SpeakerFeature; embedded?: boolean }[] = [];
  // The first speech or report cue before the quote in its sentence: a cue after it (and its subject) is inside
  // what that cue reports ("Ryan said Obama's words “…”").
  const outer = ctx.before.find((t) => {
    const c = cueAt(doc, t);
    return c !== undefined && c.kind !== 'belief';
  });
  const propose = (reading: Reading, f: Found | undefined): void => {
    if (f === undefined) return;
    const embedded = outer !== undefined && f.cue !== undefined && f.cue[0] > outer && f.np[0] > outer && f.np[0] < qFirst;
    proposals.push({ reading, attribution: toAttribution(doc, f, mentions, index), cue: cueFeature(doc, f), embedded });
  };
  const allowed = afterAllowed(doc, q, ctx.after);
  const after = allowed ? matchAfter(doc, ctx.after) : undefined;
  propose('after', after);
  if (!allowed) propose('asked', askedBy(doc, q, ctx.after));
  propose('before', matchBefore(doc, ctx.before));
  // "“…” for the harbour, Marta Lind said.": unless a full stop, question or exclamation inside the marks ended the sentence.
  const tail = doc.text.slice(Math.max(0, r.end - 8), r.end).replace(/["'\u201C\u201D\u2018\u2019\s]+$/u, '');
  if (!/[.!?]$/u.test(tail)) propose('clause-end', matchClauseEnd(doc, ctx.after));
  const { prevParagraph } = inputs;
  if (ctx.before.length === 0 && prevParagraph !== undefined && prevParagraph.length > 0) {
    const lastTok = prevParagraph[prevParagraph.length - 1] ?? -1;
    if (tt(doc, lastTok) === ':' || tt(doc, lastTok) === ',') {
      const intro = matchBefore(doc, prevParagraph);
      if (intro !== undefined) {
        proposals.push({
          reading: 'intro',
          attribution: { ...toAttribution(doc, intro, mentions, index), pattern: 'intro-paragraph' },
          cue: cueFeature(doc, intro),
        });
      }
    }
  }
  const firstPara = q.pieces[0]?.paragraph ?? 0;
  if (previous?.attribution !== undefined && previous.lastParagraph >= firstPara - 1) {
    const p = previous.attribution;
    const cue: SpeakerFeature =
      p.cueLemma === undefined ? 'cue:none' : (`cue:${KIND_BY_LEMMA.get(p.cueLemma) ?? 'verb'}` as SpeakerFeature);
    if (previous.continued) proposals.push({ reading: 'continuation', attribution: { ...p, pattern: 'continuation' }, cue });
    else proposals.push({ reading: 'previous-quote', attribution: { ...p, pattern: 'previous-sentence' }, cue });
  }
  if (allowed && after === undefined) propose('after-verb', afterVerb(doc, ctx.after));
  propose('before-verb', beforeVerb(doc, ctx.before));
  propose('subject', subjectReading(doc, ctx.before));
  if (ctx.before.length === 0) {
    const earlier =
      (q.pieces[0]?.paragraph ?? 0) > 0 && doc.tokens.sentence[qFirst] === doc.paragraphs[q.pieces[0]?.paragraph ?? 0]?.sentenceStart;
    const tokens = earlier ? (prevParagraph ?? []) : sentenceBefore(doc, qFirst, inputs.inQuote);
    const f = subjectReading(doc, tokens);
    if (f !== undefined) propose('previous-subject', { ...f, pattern: 'previous-sentence' });
  }
  // "He said Russia "…," Reuters reported": the person speaks, the agency is credited.
  const a = proposals.find((p) => p.reading === 'after');
  const b = proposals.find((p) => p.reading === 'before');
  // So with "…, according to a report": a document credited after the quote only reports what the person before said.
  const reportsOnly =
    a !== undefined &&
    (a.attribution.speaker.kind === 'source' || (a.attribution.speaker.kind === 'document' && a.attribution.pattern === 'according-to'));
  if (a !== undefined && b !== undefined && reportsOnly && b.attribution.speaker.kind !== 'source') {
    proposals.splice(proposals.indexOf(a), 1);
    const credited = a.attribution;
    b.attribution = {
      ...b.attribution,
      ...(credited.sourceName !== undefined && { sourceName: credited.sourceName, sourceMention: credited.sourceMention }),
    };
  }
  // One candidate per speaker mention, with the features of every reading that proposed it; the first
  // reading's attribution (pattern, cue) is kept.
  const byMention = new Map<string, { attribution: Attribution; features: { -readonly [K in SpeakerFeature]?: number } }>();
  for (const p of proposals) {
    const m = p.attribution.speaker.mention;
    const key = m === undefined ? `name:${p.attribution.speaker.name}` : `${m.start}:${m.end}`;
    let c = byMention.get(key);
    if (c === undefined) {
      const pattern = p.attribution.pattern;
      c = {
        attribution: p.attribution,
        features: {
          ...placeFeatures(doc, p.attribution, qFirst, qLast),
          [kindFeature(p.attribution)]: 1,
          [p.cue]: 1,
          ...(p.embedded === true && { embedded: 1 }),
          ...(PATTERN_FEATURES.has(pattern) && { [`pattern:${pattern}`]: 1 }),
        },
      };
      byMention.set(key, c);
    }
    c.features[`from:${p.reading}`] = 1;
  }
  const out = [...byMention.values()];
  if (inputs.fragment) {
    for (const c of out) {
      const readings = Object.keys(c.features).filter((k) => k.startsWith('from:'));
      if (readings.every((k) => WEAK_READINGS.has(k))) c.features['weak-for-fragment'] = 1;
    }
  }
  return out;
}

/** The readings away from the quote: a fragment they alone attribute is often the writer's own phrase in marks. */
const WEAK_READINGS: ReadonlySet<string> = new Set(['from:subject', 'from:previous-subject', 'from:previous-quote']);

/** The patterns that have a `pattern:` feature of their own (read from the feature names). */
const PATTERN_FEATURES: ReadonlySet<string> = new Set(
  SPEAKER_FEATURES.filter((f) => f.startsWith('pattern:')).map((f) => f.slice('pattern:'.length)),
);

/**
 * The features of the "no speaker" choice for a quote.
 * @param doc - the document
 * @param q - the quote
 * @param title - whether it reads as a title
 * @param partial - whether it is set inside the writer's sentence
 * @returns `none` and the `none:` features that hold
 * @internal
 */
export function noSpeakerFeatures(doc: DocModel, q: MarkedQuote, title: boolean, partial: boolean): SpeakerFeatures {
  const f: { -readonly [K in SpeakerFeature]?: number } = { none: 1 };
  const first = q.pieces[0];
  const last = q.pieces[q.pieces.length - 1];
  if (first !== undefined && last !== undefined) {
    const words = doc.text.slice(first.start, last.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words <= 3) f['none:short'] = 1;
    if (words >= 8) f['none:long'] = 1;
    if (/^\p{Ll}/u.test(doc.text.slice(first.start, first.start + 1))) f['none:lower'] = 1;
    const para = doc.paragraphs[first.paragraph];
    if (
      q.pieces.length === 1 &&
      para !== undefined &&
      (first.open?.start ?? first.start) <= para.start &&
      (last.close?.end ?? last.end) >= para.end - 1
    )
      f['none:alone'] = 1;
  }
  if (title) f['none:title'] = 1;
  if (partial) f['none:partial'] = 1;
  return f;
}

/**
 * Attributes one quote: every reading proposes a speaker ({@link speakerCandidates}) and the ranker picks
 * one, or nobody when the "no speaker" choice scores higher.
 * @param doc - the document
 * @param q - the quote
 * @param ctx - the words around it
 * @param inputs - the paragraph before, the quote mask, the mentions, the people and the quote before
 * @param none - the features of the "no speaker" choice ({@link noSpeakerFeatures})
 * @param model - the ranker's weights (the shipped model by default)
 * @returns the chosen attribution (undefined for nobody) and every candidate scored
 * @internal
 */
export function attributeQuote(
  doc: DocModel,
  q: MarkedQuote,
  ctx: QuoteContext,
  inputs: CandidateInputs,
  none: SpeakerFeatures,
  model: SpeakerModel = shippedSpeakerModel(),
): { attribution: Attribution | undefined; candidates: Candidate[] } {
  const candidates = speakerCandidates(doc, q, ctx, inputs);
  return { attribution: chooseSpeaker(candidates, none, model)?.attribution, candidates };
}
