import type { DocModel } from '../document/model.js';
import { POS_INDEX, TokenFlag, TokenKind } from '../document/model.js';
import { round4 } from '../util/numbers.js';
import { inside, type Range } from '../util/ranges.js';
import type { DraftLabel } from './draft.js';
import type { Picked } from './pick.js';
import { foldCached, wordSentiment } from './voice.js';

const ADJ = POS_INDEX.get('ADJ') ?? 0;

/** Whether token `i` is a word adjective outside boilerplate. */
function isAdjective(doc: DocModel, i: number): boolean {
  const t = doc.tokens;
  return t.pos[i] === ADJ && t.kind[i] === TokenKind.Word && ((t.flags[i] ?? 0) & TokenFlag.Boilerplate) === 0;
}

/**
 * Adjectives the lexicon does not list but wink-nlp's sentiment lexicon scores strongly ("dismal",
 * "prestigious") are evaluative too: they become labels with `source: 'sentiment'`, weighted at half
 * their sentiment magnitude, since wink scores sentiment rather than loaded framing. The labels are
 * then sorted by start.
 *
 * @param doc - the document
 * @param picked - the lexicon entries picked in it (their tokens are not read again)
 * @param names - its name tokens (`nameTokens`): a word of a name ("the Democratic leader") judges nothing
 * @param quoted - quoted ranges of the document, sorted and disjoint
 * @param labels - its labels so far, to add to
 * @param threshold - the sentiment magnitude an adjective needs
 * @internal
 */
export function addSentimentWords(
  doc: DocModel,
  picked: readonly Picked[],
  names: Uint8Array,
  quoted: readonly Range[],
  labels: DraftLabel[],
  threshold: number,
): void {
  const taken = new Uint8Array(doc.tokens.count);
  for (const p of picked) taken.fill(1, p.hit.first, p.hit.last);
  const t = doc.tokens;
  for (let i = 0; i < t.count; i++) {
    if (taken[i] === 1 || names[i] === 1 || !isAdjective(doc, i)) continue;
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
