// What the framing evaluations count as a "flag": a claim of slanted wording a reader can check. Shared by the
// BASIL, BABE and precision-sample parts of `npm run eval -- framing` (issue 17).
import type { FramingDocument } from '../../src/framing/types.js';

/** One flag: a loaded label or evaluative term, a loaded cue verb, a loaded marker (intensifier, doubt-casting hedge), or a scare quote. */
export interface Flag {
  readonly start: number;
  readonly end: number;
  readonly term: string;
  /** Which list of the framing section it comes from. */
  readonly kind: 'label' | 'cue' | 'marker' | 'scare-quote';
  /** Whether it stands inside quoted speech (the speaker's words, not the outlet's). */
  readonly quoted: boolean;
}

/** Every flag of one document's framing, in text order. */
export function flagsOf(f: FramingDocument): Flag[] {
  const flags: Flag[] = [
    ...f.labels
      .filter((l) => l.loaded)
      .map((l) => ({ start: l.start, end: l.end, term: l.term, kind: 'label' as const, quoted: l.quoted })),
    // A cue verb reports speech: it is the outlet's own word, never quoted speech.
    ...f.cueVerbs.verbs
      .filter((v) => v.loaded)
      .map((v) => ({ start: v.start, end: v.end, term: v.lemma, kind: 'cue' as const, quoted: false })),
    ...[...f.intensifiers, ...f.hedges]
      .filter((m) => m.loaded)
      .map((m) => ({ start: m.start, end: m.end, term: m.term, kind: 'marker' as const, quoted: m.quoted })),
    // A scare quote is the writer's own mark around a word no one is quoted as saying.
    ...f.scareQuotes.map((s) => ({ start: s.start, end: s.end, term: s.text, kind: 'scare-quote' as const, quoted: false })),
  ];
  return flags.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Precision, recall and F1 of counts, 0 where undefined. */
export function prf(tp: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
