import { round4 } from '../util/numbers.js';
import { inside } from '../util/ranges.js';
import type { Steps } from '../util/steps.js';
import type { Draft } from './draft.js';
import type { EditorialSentence, FramingDocument } from './types.js';
import { MeanAcc, segmentSentiments, splitVoice } from './voice.js';

/** A document's sentences cut into the outlet's own words and quoted parts, and the pieces to score for them. */
interface VoiceParts {
  /** Per sentence, its own text and quoted parts (undefined for boilerplate). */
  readonly splits: readonly (ReturnType<typeof splitVoice> | undefined)[];
  /** Per sentence, whether it has words of the outlet's own. */
  readonly hasOwn: readonly boolean[];
  /** The texts wink-nlp scores: for each mixed sentence, its own part (when it has own words), then its quoted parts. */
  readonly pieces: readonly string[];
}

/** How one document sounds: sentiment of its own voice and of what it quotes, and its editorializing sentences. @internal */
export type DocumentVoice = Pick<FramingDocument, 'sentiment' | 'editorializing'>;

const LETTER = /\p{L}/u;

/** The document's sentences cut into own words and quoted parts, and the pieces wink-nlp must score. */
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
 * How much a sentence of the outlet's own words editorializes: the weights of its loaded labels and
 * loaded cue verbs, half those of its intensifiers and half its sentiment's magnitude, capped at 1. It is
 * listed when the score reaches the threshold and it has a judging term or a sentiment of at least 0.5.
 *
 * @param d - the document's draft
 * @param s - the sentence
 * @param sentiment - the sentiment of its own words
 * @param threshold - the score a sentence needs
 * @returns the sentence as the report lists it, or undefined
 * @internal
 */
export function editorialSentence(
  d: Draft,
  s: { readonly start: number; readonly end: number },
  sentiment: number,
  threshold: number,
): EditorialSentence | undefined {
  const inS = (x: { start: number; end: number; quoted?: boolean }): boolean => x.start >= s.start && x.end <= s.end && x.quoted !== true;
  const labels = d.labels.filter((l) => l.loaded && inS(l));
  const cues = d.cues.filter((c) => c.loaded && inS(c) && !inside(d.quoted, c.start, c.end));
  const ints = d.intensifiers.filter(inS);
  const count = labels.length + cues.length + ints.length;
  const weight = sumWeights(labels) + sumWeights(cues) + 0.5 * sumWeights(ints);
  const score = round4(Math.min(1, weight + 0.5 * Math.abs(sentiment)));
  if (score < threshold || (count === 0 && Math.abs(sentiment) < 0.5)) return undefined;
  const terms = [...labels, ...cues, ...ints].sort((x, y) => x.start - y.start).map((x) => x.text);
  return { start: s.start, end: s.end, text: d.doc.text.slice(s.start, s.end), sentiment: round4(sentiment), terms, score };
}

/**
 * Sentiment of own voice vs quoted speech, and the sentences that editorialize, of one document.
 *
 * @param scores - the sentiments of the document's pieces, in the order of `parts.pieces`
 */
function documentVoice(d: Draft, parts: VoiceParts, scores: readonly number[], threshold: number): DocumentVoice {
  const ownAcc = new MeanAcc();
  const quotedAcc = new MeanAcc();
  const editorializing: EditorialSentence[] = [];
  let next = 0;
  d.doc.sentences.forEach((s, si) => {
    const split = parts.splits[si];
    if (split === undefined) return;
    const own = parts.hasOwn[si] === true;
    let ownSentiment = s.sentiment;
    if (split.parts.length > 0) {
      ownSentiment = own ? (scores[next++] ?? 0) : 0;
      for (const p of split.parts) quotedAcc.add(scores[next++] ?? 0, p.end - p.start);
    }
    if (!own) return;
    ownAcc.add(ownSentiment, split.ownChars);
    const sentence = editorialSentence(d, s, ownSentiment, threshold);
    if (sentence) editorializing.push(sentence);
  });
  return { sentiment: { ownVoice: ownAcc.summary(), quoted: quotedAcc.summary() }, editorializing };
}

/**
 * Sentiment of own voice vs quoted speech, and the sentences that editorialize, of every document. The
 * pieces of all documents are scored in one call, so that wink-nlp reads them in batches larger than one
 * document's few pieces (a piece's score depends on its text alone).
 *
 * @param drafts - the documents' drafts
 * @param threshold - the editorializing score a sentence needs (`framing.editorialThreshold`)
 * @param sentiments - scores the pieces (in this thread by default; the framing work's, which may use other threads)
 * @returns one voice per document (pausing between reads, see {@link Steps})
 * @internal
 */
export function* documentVoices(
  drafts: readonly Draft[],
  threshold: number,
  sentiments: (texts: readonly string[]) => Steps<number[]> = segmentSentiments,
): Steps<DocumentVoice[]> {
  const parts = drafts.map(voiceParts);
  yield;
  const scores = yield* sentiments(parts.flatMap((p) => p.pieces));
  let at = 0;
  return drafts.map((d, di) => {
    const p = parts[di] as VoiceParts;
    const mine = scores.slice(at, at + p.pieces.length);
    at += p.pieces.length;
    return documentVoice(d, p, mine, threshold);
  });
}
