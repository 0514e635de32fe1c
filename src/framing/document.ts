import type { Quote } from '../quotes/types.js';
import { round4 } from '../util/numbers.js';
import type { LabelResolver } from '../actors/labels.js';
import type { Draft, DraftLabel } from './draft.js';
import type { DocumentVoice } from './editorializing.js';
import { scareQuotes } from './scare-quotes.js';
import type { CueVerb, CueVerbProfile, FramingDirection, FramingDocument, FramingLabel } from './types.js';
import { foldCached } from './voice.js';

/** A source the quotes stage found credited in a document ("Tass reported", "according to Reuters"). @internal */
export interface Credit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly name: string;
}

/**
 * A draft label as the report gives it: without its token span and usual referent, with `refersTo` last
 * when it was resolved, and its other fields in the order the draft wrote them (lexicon labels name their
 * source after the category, sentiment words after `quoted`).
 */
function reported(l: DraftLabel, refersTo: string | undefined): FramingLabel {
  const { term, start, end, text, category, loaded, direction, weight, quoted, source } = l;
  const label: FramingLabel =
    source === 'lexicon'
      ? { term, start, end, text, category, source, loaded, direction, weight, quoted }
      : { term, start, end, text, category, loaded, direction, weight, quoted, source };
  return refersTo === undefined ? label : { ...label, refersTo };
}

/** The document's labels with the actors they name, each resolved label added to the actor index. */
function resolveLabels(d: Draft, di: number, actors: LabelResolver): FramingLabel[] {
  const epithets = new Set(d.labels.map((l) => l.usualReferent).filter((x): x is string => x !== undefined));
  // A draft label carries its token span and usual referent, which is what resolve reads.
  return d.labels.map((l) => {
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
      direction: l.loaded ? l.direction : 'neutral',
    });
    return reported(l, actors.name(ref.actor, ref.kind));
  });
}

/**
 * The cue verbs of a document with their counts per lemma (most used first, then by lemma) and the share
 * of loaded ones. A lemma's direction is that of its first use, neutral when that one is not loaded.
 *
 * @param cues - the document's attribution verbs, in text order
 * @returns its cue verb profile
 * @internal
 */
export function cueProfile(cues: readonly CueVerb[]): CueVerbProfile {
  const counts = new Map<string, { count: number; direction: FramingDirection }>();
  for (const c of cues) {
    const x = counts.get(c.lemma);
    if (x) x.count++;
    else counts.set(c.lemma, { count: 1, direction: c.loaded ? c.direction : 'neutral' });
  }
  const byLemma = [...counts]
    .map(([lemma, v]) => ({ lemma, count: v.count, direction: v.direction }))
    .sort((x, y) => y.count - x.count || (x.lemma < y.lemma ? -1 : x.lemma > y.lemma ? 1 : 0));
  const loaded = cues.filter((c) => c.loaded).length;
  return { verbs: cues, byLemma, loadedShare: cues.length ? round4(loaded / cues.length) : 0 };
}

/**
 * How one document frames the story, as the report gives it.
 *
 * @param d - the document's draft
 * @param di - its index in the corpus
 * @param actors - the actor index (each resolved label is added to it)
 * @param credits - the sources the quotes stage found credited in it
 * @param quotes - its quotes
 * @param voice - the sentiment of its own voice and quoted speech, and its editorializing sentences
 * @returns the document's framing
 * @internal
 */
export function frameDocument(
  d: Draft,
  di: number,
  actors: LabelResolver,
  credits: readonly Credit[],
  quotes: readonly Quote[],
  voice: DocumentVoice,
): FramingDocument {
  const labels = resolveLabels(d, di, actors);
  // The quotes stage finds credits ("Tass reported", "according to Reuters"); quotes may carry more.
  const sourcesCredited = [
    ...new Set([...credits.map((c) => c.name), ...quotes.filter((q) => q.creditedSource).map((q) => q.creditedSource as string)]),
  ];
  return {
    docId: d.doc.id,
    labels,
    sourcesCredited,
    credits: credits.map((c) => ({ start: c.start, end: c.end, text: c.text, name: c.name })),
    cueVerbs: cueProfile(d.cues),
    hedges: d.hedges,
    intensifiers: d.intensifiers,
    scareQuotes: scareQuotes(d.doc, quotes),
    ...voice,
  };
}
