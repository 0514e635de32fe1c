import type { Alignment } from '../align/types.js';
import type { Corpus, DocModel } from '../document/model.js';
import { POS_INDEX, TokenFlag, TokenKind } from '../document/model.js';
import { describeType, NarrativeDiffError } from '../errors.js';
import type { QuoteCluster } from '../quote-clusters/types.js';
import { corpusCredits, resolveActors } from '../quotes/index.js';
import type { Quote } from '../quotes/types.js';
import { checkBoolean, checkNumber } from '../validate.js';
import { ActorIndex } from './actors.js';
import { buildCoverage } from '../coverage/index.js';
import { framingPairs } from './divergence.js';
import { LEXICON_VERSION, lexiconFor, matchLexicon, validateLexicon, type CompiledLexicon, type LexiconHit } from './lexicon.js';
import type {
  Coverage,
  CueVerb,
  EditorialSentence,
  Framing,
  FramingCategory,
  FramingDirection,
  FramingDocument,
  FramingLabel,
  FramingMarker,
  FramingOptions,
  LexiconEntry,
} from './types.js';
import { foldCached, MeanAcc, quoteMarkSpans, segmentSentiments, splitVoice, wordSentiment } from './voice.js';
import { round4 } from '../util/numbers.js';
import { inside, mergeRanges, type Range } from '../util/ranges.js';

export { buildCoverage };

/** Framing options with every default filled in. @internal */
export interface ResolvedFramingOptions {
  readonly lexicon: readonly LexiconEntry[];
  readonly replaceLexicon: boolean;
  readonly editorialThreshold: number;
  readonly sentimentWordThreshold: number;
  readonly maxPairDocuments: number;
}

/**
 * Checks framing options and fills in the defaults.
 *
 * @param options - `options.framing` as given to `analyze` (may be undefined)
 * @returns the options with every default filled in
 * @throws {NarrativeDiffError} `INVALID_OPTION` naming the first bad field
 * @example
 * ```ts
 * resolveFramingOptions({ editorialThreshold: 0.7 }).sentimentWordThreshold; //=> 0.6
 * ```
 * @internal
 */
export function resolveFramingOptions(options: unknown): ResolvedFramingOptions {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new NarrativeDiffError('INVALID_OPTION', `options.framing must be an object, found ${describeType(options)}`);
  }
  const o = (options ?? {}) as Record<string, unknown>;
  return {
    lexicon: validateLexicon('framing.lexicon', o.lexicon),
    replaceLexicon: checkBoolean('framing.replaceLexicon', o.replaceLexicon) ?? false,
    editorialThreshold: checkNumber('framing.editorialThreshold', o.editorialThreshold, 0, 1) ?? 0.5,
    sentimentWordThreshold: checkNumber('framing.sentimentWordThreshold', o.sentimentWordThreshold, 0, 2) ?? 0.6,
    maxPairDocuments: checkNumber('framing.maxPairDocuments', o.maxPairDocuments, 0, 100_000, true) ?? 100,
  };
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
const rank = (c: FramingCategory): number => (c === 'attribution-verb' ? PRIORITY.indexOf('evaluative') + 0.5 : PRIORITY.indexOf(c));
const LABEL_CATEGORIES = new Set<string>(['state-label', 'person-label', 'group-label']);
const SPEECH_NEXT = new Set(['that', 'of', 'about', ':', ',', 'to', 'he', 'she', 'they', 'it', 'we', 'i']);
const ALWAYS_SPEECH = new Set(['say', 'tell']);
const QUOTE_CHARS = /["\u201C\u201D\u201E\u201F\u00AB\u00BB]/;
const ADJ = POS_INDEX.get('ADJ') ?? 0;

const isLoaded = (e: { direction: FramingDirection; strength: number }): boolean => e.direction !== 'neutral' && e.strength > 0;

interface Picked {
  readonly hit: LexiconHit;
  readonly start: number;
  readonly end: number;
  readonly cue: boolean;
}

/** Whether the verb at token `i` reports speech here: a quote in its sentence, or "said that / complained of". */
function speechContext(doc: DocModel, i: number, lemma: string, quoted: readonly Range[]): boolean {
  if (ALWAYS_SPEECH.has(lemma)) return true;
  const t = doc.tokens;
  const next = doc.text.slice(t.start[i + 1] ?? 0, t.end[i + 1] ?? 0).toLowerCase();
  if (i + 1 < t.count && t.sentence[i + 1] === t.sentence[i] && SPEECH_NEXT.has(next)) return true;
  const s = doc.sentences[t.sentence[i] ?? 0];
  if (s === undefined) return false;
  if (QUOTE_CHARS.test(doc.text.slice(s.start, s.end))) return true;
  return quoted.some((q) => q.start < s.end && q.end > s.start);
}

/** Picks one entry per matched span: the longest match, cue verbs only in a speech context, then by category. */
function pick(doc: DocModel, hits: readonly LexiconHit[], quoted: readonly Range[], vocabStr: (i: number) => string): Picked[] {
  const out: Picked[] = [];
  let covered = 0;
  let k = 0;
  while (k < hits.length) {
    const first = hits[k]?.first ?? 0;
    const group: LexiconHit[] = [];
    while (k < hits.length && hits[k]?.first === first) group.push(hits[k++] as LexiconHit);
    if (first < covered) continue;
    let chosen: Picked | undefined;
    const lengths = [...new Set(group.map((h) => h.last - h.first))].sort((x, y) => y - x);
    for (const len of lengths) {
      const same = group.filter((h) => h.last - h.first === len);
      const cue = same.find((h) => h.term.entry.category === 'attribution-verb');
      if (cue && speechContext(doc, cue.last - 1, vocabStr(cue.first), quoted)) {
        chosen = { hit: cue, start: doc.tokens.start[cue.first] ?? 0, end: doc.tokens.end[cue.last - 1] ?? 0, cue: true };
        break;
      }
      // A loaded speech verb outside speech ("bristled at", "scoffing") still judges: it counts as evaluative.
      const rest = same
        .filter((h) => h.term.entry.category !== 'attribution-verb' || isLoaded(h.term.entry))
        .sort((x, y) => rank(x.term.entry.category) - rank(y.term.entry.category));
      const best = rest[0];
      if (best) {
        chosen = { hit: best, start: doc.tokens.start[best.first] ?? 0, end: doc.tokens.end[best.last - 1] ?? 0, cue: false };
        break;
      }
    }
    if (chosen) {
      out.push(chosen);
      covered = chosen.hit.last;
    }
  }
  return out;
}

/** One document's framing before labels are resolved to actors. */
interface Draft {
  readonly doc: DocModel;
  readonly quoted: Range[];
  readonly labels: (FramingLabel & { first: number; last: number; usualReferent?: string })[];
  readonly cues: CueVerb[];
  readonly hedges: FramingMarker[];
  readonly intensifiers: FramingMarker[];
}

function draft(
  corpus: Corpus,
  doc: DocModel,
  quotes: readonly Quote[] /* this document's */,
  lexicon: CompiledLexicon,
  sentimentThreshold: number,
): Draft {
  const own = quotes;
  // Quoted speech from the quotes stage; plain quote-mark spans when it found none in this document.
  const quoted = mergeRanges(own.length ? own.map((q) => ({ start: q.start, end: q.end })) : quoteMarkSpans(doc));
  const vocabStr = (i: number): string => corpus.vocab.str(doc.tokens.key[i] ?? -1);
  const picked = pick(doc, matchLexicon(doc, corpus.vocab, lexicon), quoted, vocabStr);
  const labels: Draft['labels'] = [];
  const cues: CueVerb[] = [];
  const hedges: FramingMarker[] = [];
  const intensifiers: FramingMarker[] = [];
  let modifier: Picked | undefined;
  for (const p of picked) {
    const e = p.hit.term.entry;
    const text = doc.text.slice(p.start, p.end);
    const q = inside(quoted, p.start, p.end);
    if (p.cue) {
      cues.push({
        start: p.start,
        end: p.end,
        text,
        lemma: vocabStr(p.hit.first),
        direction: e.direction,
        loaded: isLoaded(e),
        weight: e.strength,
      });
      continue;
    }
    if (e.category === 'hedge' || e.category === 'intensifier') {
      // Intensifiers always sharpen a judgement; hedges are loaded only when they cast doubt ("so-called").
      const loaded = e.category === 'intensifier' || isLoaded(e);
      (e.category === 'hedge' ? hedges : intensifiers).push({
        start: p.start,
        end: p.end,
        text,
        term: e.term,
        weight: e.strength,
        loaded,
        quoted: q,
      });
      continue;
    }
    if (e.category === 'label-modifier') {
      // Counts only as part of a label right after it ("secret regime"); alone it judges nothing.
      modifier = p;
      continue;
    }
    const mod = modifier !== undefined && modifier.hit.last === p.hit.first && LABEL_CATEGORIES.has(e.category) ? modifier : undefined;
    modifier = undefined;
    if (mod) {
      const m = mod.hit.term.entry;
      labels.push({
        term: e.term,
        start: mod.start,
        end: p.end,
        text: doc.text.slice(mod.start, p.end),
        category: e.category,
        source: 'lexicon',
        loaded: true,
        direction: e.direction === 'neutral' ? m.direction : e.direction,
        weight: round4(Math.min(1, e.strength + 0.5 * m.strength)),
        quoted: q && inside(quoted, mod.start, mod.end),
        first: mod.hit.first,
        last: p.hit.last,
        ...(e.usualReferent !== undefined ? { usualReferent: e.usualReferent } : {}),
      });
      continue;
    }
    const prev = labels.at(-1);
    // A loaded adjective right before a label joins it: "secret regime", "brutal dictator".
    if (
      LABEL_CATEGORIES.has(e.category) &&
      prev !== undefined &&
      prev.category === 'evaluative' &&
      prev.loaded &&
      prev.last === p.hit.first &&
      doc.tokens.pos[prev.first] === ADJ
    ) {
      labels.pop();
      const direction = e.direction === 'neutral' ? prev.direction : e.direction;
      labels.push({
        term: e.term,
        start: prev.start,
        end: p.end,
        text: doc.text.slice(prev.start, p.end),
        category: e.category,
        source: 'lexicon',
        loaded: true,
        direction,
        weight: round4(Math.min(1, e.strength + 0.5 * prev.weight)),
        quoted: q && prev.quoted,
        first: prev.first,
        last: p.hit.last,
        ...(e.usualReferent !== undefined ? { usualReferent: e.usualReferent } : {}),
      });
      continue;
    }
    labels.push({
      term: e.term,
      start: p.start,
      end: p.end,
      text,
      category: e.category === 'attribution-verb' ? 'evaluative' : e.category,
      source: 'lexicon',
      loaded: isLoaded(e),
      direction: e.direction,
      weight: e.strength,
      quoted: q,
      first: p.hit.first,
      last: p.hit.last,
      ...(e.usualReferent !== undefined ? { usualReferent: e.usualReferent } : {}),
    });
  }
  if (sentimentThreshold <= 1) addSentimentWords(doc, picked, quoted, labels, sentimentThreshold);
  return { doc, quoted, labels, cues, hedges, intensifiers };
}

/**
 * Adjectives the lexicon does not list but wink-nlp's sentiment lexicon scores strongly ("dismal",
 * "prestigious") are evaluative too: they become labels with `source: 'sentiment'`, weighted at half
 * their sentiment magnitude, since wink scores sentiment rather than loaded framing.
 */
function addSentimentWords(
  doc: DocModel,
  picked: readonly Picked[],
  quoted: readonly Range[],
  labels: Draft['labels'],
  threshold: number,
): void {
  const taken = new Uint8Array(doc.tokens.count);
  for (const p of picked) taken.fill(1, p.hit.first, p.hit.last);
  const t = doc.tokens;
  for (let i = 0; i < t.count; i++) {
    if (taken[i] === 1 || t.pos[i] !== ADJ || t.kind[i] !== TokenKind.Word || ((t.flags[i] ?? 0) & TokenFlag.Boilerplate) !== 0) continue;
    const start = t.start[i] ?? 0;
    const end = t.end[i] ?? 0;
    const text = doc.text.slice(start, end);
    const term = foldCached(text);
    const v = wordSentiment(term);
    if (Math.abs(v) < threshold) continue;
    labels.push({
      term,
      start,
      end,
      text,
      category: 'evaluative',
      loaded: true,
      direction: v < 0 ? 'negative' : 'positive',
      weight: round4(Math.min(1, Math.abs(v)) / 2),
      quoted: inside(quoted, start, end),
      source: 'sentiment',
      first: i,
      last: i + 1,
    });
  }
  labels.sort((a, b) => a.start - b.start);
}

/**
 * A draft label as the report gives it: without its token span and usual referent, with `refersTo` last
 * when it was resolved, and its other fields in the order the draft wrote them (lexicon labels name their
 * source after the category, sentiment words after `quoted`).
 */
function reported(l: Draft['labels'][number], refersTo: string | undefined): FramingLabel {
  const { term, start, end, text, category, loaded, direction, weight, quoted, source } = l;
  const label: FramingLabel =
    source === 'lexicon'
      ? { term, start, end, text, category, source, loaded, direction, weight, quoted }
      : { term, start, end, text, category, loaded, direction, weight, quoted, source };
  return refersTo === undefined ? label : { ...label, refersTo };
}

/** A document's sentences cut into the outlet's own words and quoted parts, and the pieces to score for them. */
interface VoiceParts {
  /** Per sentence, its own text and quoted parts (undefined for boilerplate). */
  readonly splits: readonly (ReturnType<typeof splitVoice> | undefined)[];
  /** Per sentence, whether it has words of the outlet's own. */
  readonly hasOwn: readonly boolean[];
  /** The texts wink-nlp scores: for each mixed sentence, its own part (when it has own words), then its quoted parts. */
  readonly pieces: readonly string[];
}

const LETTER = /\p{L}/u;

function voiceParts(d: Draft): VoiceParts {
  const { doc, quoted } = d;
  // Sentences that mix the outlet's words with quoted speech are scored again part by part; the others
  // keep the sentiment the document stage read.
  const splits = doc.sentences.map((s) => (s.boilerplate ? undefined : splitVoice(doc.text, s.start, s.end, quoted)));
  // Whether a sentence has words of the outlet's own: only then is its own part's sentiment used, so an
  // own part that is all quote (blanks) or has no letter is not read (a piece's score depends on its
  // text alone, so leaving one out changes no other).
  const hasOwn = splits.map((split) => split !== undefined && split.ownChars > 0 && LETTER.test(split.own));
  const pieces: string[] = [];
  splits.forEach((split, si) => {
    if (split === undefined || split.parts.length === 0) return;
    if (hasOwn[si] === true) pieces.push(split.own);
    for (const p of split.parts) pieces.push(doc.text.slice(p.start, p.end));
  });
  return { splits, hasOwn, pieces };
}

const sumWeights = (xs: readonly { weight: number }[]): number => xs.reduce((s, x) => s + x.weight, 0);

/**
 * Sentiment of own voice vs quoted speech, and the sentences that editorialize.
 *
 * @param scores - the sentiments of the pieces of every document; this one's start at `at`
 */
function voice(
  d: Draft,
  parts: VoiceParts,
  scores: readonly number[],
  at: number,
  threshold: number,
): Pick<FramingDocument, 'sentiment' | 'editorializing'> {
  const { doc, quoted } = d;
  const { splits, hasOwn } = parts;
  const ownAcc = new MeanAcc();
  const quotedAcc = new MeanAcc();
  const editorializing: EditorialSentence[] = [];
  let next = at;
  doc.sentences.forEach((s, si) => {
    const split = splits[si];
    if (split === undefined) return;
    const own = hasOwn[si] === true;
    let ownSentiment = s.sentiment;
    if (split.parts.length > 0) {
      ownSentiment = own ? (scores[next++] ?? 0) : 0;
      for (const p of split.parts) quotedAcc.add(scores[next++] ?? 0, p.end - p.start);
    }
    if (!own) return;
    ownAcc.add(ownSentiment, split.ownChars);
    // The sentence's loaded labels, loaded cue verbs in its own words, and intensifiers.
    const inS = (x: { start: number; end: number; quoted?: boolean }): boolean => x.start >= s.start && x.end <= s.end && x.quoted !== true;
    const labels = d.labels.filter((l) => l.loaded && inS(l));
    const cues = d.cues.filter((c) => c.loaded && inS(c) && !inside(quoted, c.start, c.end));
    const ints = d.intensifiers.filter(inS);
    const count = labels.length + cues.length + ints.length;
    const weight = sumWeights(labels) + sumWeights(cues) + 0.5 * sumWeights(ints);
    const score = round4(Math.min(1, weight + 0.5 * Math.abs(ownSentiment)));
    if (score >= threshold && (count > 0 || Math.abs(ownSentiment) >= 0.5)) {
      const terms = [...labels, ...cues, ...ints].sort((x, y) => x.start - y.start).map((x) => x.text);
      editorializing.push({
        start: s.start,
        end: s.end,
        text: doc.text.slice(s.start, s.end),
        sentiment: round4(ownSentiment),
        terms,
        score,
      });
    }
  });
  return { sentiment: { ownVoice: ownAcc.summary(), quoted: quotedAcc.summary() }, editorializing };
}

/**
 * How each document frames the story: labels with the actors they name, attribution verbs, hedges and
 * intensifiers, sentiment of the outlet's own voice vs quoted speech, editorializing sentences and
 * credited sources; the naming table of shared actors; and the explained divergence of every pair.
 *
 * @param corpus - the documents
 * @param quotes - quotes from the quotes stage (may be empty)
 * @param clusters - quote clusters (may be empty)
 * @param alignments - shared passages (may be empty)
 * @param options - resolved framing options
 * @param coverage - the coverage table, if already built (it is built here otherwise)
 * @returns the framing section of the report
 * @example
 * ```ts
 * const corpus = readCorpus([{ id: 'a', text: 'The Valdorian strongman Ostrak Venn complained of delays.' }]);
 * analyzeFraming(corpus, [], [], []).documents[0].labels.map((l) => [l.text, l.loaded]);
 * //=> [['strongman', true]]
 * ```
 * @internal
 */
export function analyzeFraming(
  corpus: Corpus,
  quotes: readonly Quote[],
  clusters: readonly QuoteCluster[],
  alignments: readonly Alignment[],
  options: ResolvedFramingOptions = resolveFramingOptions(undefined),
  coverage: Coverage = buildCoverage(corpus, alignments, clusters, quotes),
): Framing {
  const lexicon = lexiconFor(options.lexicon, options.replaceLexicon);
  const quotesByDoc = new Map<string, Quote[]>();
  for (const q of quotes) {
    const list = quotesByDoc.get(q.docId);
    if (list) list.push(q);
    else quotesByDoc.set(q.docId, [q]);
  }
  const drafts = corpus.docs.map((doc) => draft(corpus, doc, quotesByDoc.get(doc.id) ?? [], lexicon, options.sentimentWordThreshold));
  const titleTokens = drafts.map((d) => {
    const set = new Set<number>();
    for (const l of d.labels)
      if (l.category === 'person-label' || l.category === 'state-label') for (let i = l.first; i < l.last; i++) set.add(i);
    return set;
  });
  // Persons, their canonical names and descriptors come from the quotes stage, which resolves them for
  // attribution anyway; credited sources likewise.
  const actors = new ActorIndex(corpus, titleTokens, resolveActors(corpus));
  const credits = corpusCredits(corpus);
  // The pieces of every document are scored in one call, in document order as before: wink-nlp then reads
  // them in batches larger than one document's few pieces (a piece's score depends on its text alone).
  const parts = drafts.map((d) => voiceParts(d));
  const allPieces: string[] = [];
  const firstPiece: number[] = [];
  for (const p of parts) {
    firstPiece.push(allPieces.length);
    for (const x of p.pieces) allPieces.push(x);
  }
  const scores = segmentSentiments(allPieces);
  const documents: FramingDocument[] = drafts.map((d, di) => {
    const epithets = new Set(d.labels.map((l) => l.usualReferent).filter((x): x is string => x !== undefined));
    // A draft label carries its token span and usual referent, which is what resolve reads.
    const labels: FramingLabel[] = d.labels.map((l) => {
      const ref = actors.resolve(di, l, epithets);
      if (!ref) return reported(l, undefined);
      actors.addLabel(di, {
        actor: ref.actor,
        kind: ref.kind,
        first: l.first,
        last: l.last,
        start: l.start,
        end: l.end,
        form: foldCached(l.text),
        loaded: l.loaded,
      });
      return reported(l, actors.name(ref.actor, ref.kind));
    });
    const counts = new Map<string, { count: number; direction: FramingDirection }>();
    for (const c of d.cues) {
      const x = counts.get(c.lemma);
      if (x) x.count++;
      else counts.set(c.lemma, { count: 1, direction: c.loaded ? c.direction : 'neutral' });
    }
    const byLemma = [...counts]
      .map(([lemma, v]) => ({ lemma, count: v.count, direction: v.direction }))
      .sort((x, y) => y.count - x.count || (x.lemma < y.lemma ? -1 : x.lemma > y.lemma ? 1 : 0));
    const loadedCues = d.cues.filter((c) => c.loaded).length;
    // The quotes stage finds credits ("Tass reported", "according to Reuters"); quotes may carry more.
    const sourcesCredited = [
      ...new Set([
        ...(credits[di] ?? []).map((c) => c.name),
        ...(quotesByDoc.get(d.doc.id) ?? []).filter((q) => q.creditedSource).map((q) => q.creditedSource as string),
      ]),
    ];
    return {
      docId: d.doc.id,
      labels,
      sourcesCredited,
      credits: (credits[di] ?? []).map((c) => ({ start: c.start, end: c.end, text: c.text, name: c.name })),
      cueVerbs: { verbs: d.cues, byLemma, loadedShare: d.cues.length ? round4(loadedCues / d.cues.length) : 0 },
      hedges: d.hedges,
      intensifiers: d.intensifiers,
      ...voice(d, parts[di] as VoiceParts, scores, firstPiece[di] ?? 0, options.editorialThreshold),
    };
  });
  const table = actors.table();
  return {
    documents,
    // N documents make N(N-1)/2 explained pairs: past the limit the report would be mostly pairs.
    pairs:
      corpus.docs.length <= options.maxPairDocuments ? framingPairs(corpus, documents, table, alignments, clusters, quotes, coverage) : [],
    actors: table,
    lexiconVersion: LEXICON_VERSION,
  };
}
