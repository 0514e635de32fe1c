import { describe, expect, it } from 'vitest';
import { alignCorpus, resolveAlignOptions } from '../../src/align/index.js';
import { readCorpus } from '../../src/document/read.js';
import { analyze } from '../../src/index.js';
import { prng } from '../bench/corpus.js';

const SYLLABLES = ['ka', 'lo', 'mer', 'ti', 'van', 'sun', 'dre', 'ol', 'bis', 'ne', 'ra', 'hul', 'po', 'ské', 'an', 'vik'];

/** A generated article of about `chars` characters: sentences of invented words, in paragraphs of four. */
function article(seed: number, chars: number): string {
  const rnd = prng(seed);
  const word = (): string =>
    Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join('');
  const sentences: string[] = [];
  let length = 0;
  while (length < chars) {
    const w = Array.from({ length: 8 + Math.floor(rnd() * 8) }, word);
    const s = `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
    sentences.push(s);
    length += s.length + 1;
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '));
  return paragraphs.join('\n\n');
}

describe('identical copies of a document', () => {
  it('are reported as such by analyze: each passage carried by all 40 copies, omitted by the 4 others', async () => {
    const copy = article(1, 5000);
    const ids = Array.from({ length: 40 }, (_, i) => `copy${String(i).padStart(2, '0')}`);
    const inputs = [
      ...ids.map((id) => ({ id, text: copy })),
      ...[2, 3, 4, 5].map((seed) => ({ id: `other${seed}`, text: article(seed, 5000) })),
    ];
    const report = await analyze(inputs);
    const items = report.coverage.items.filter((it) => it.type === 'alignment');
    expect(items).toHaveLength(copy.split('\n\n').length);
    for (const it of items) expect(it.carriedBy).toEqual(ids);
    // Each other article omits every passage: all 40 of the 43 others carry it.
    for (const d of report.coverage.documents.filter((x) => x.docId.startsWith('other'))) expect(d.omits).toEqual(items.map((it) => it.id));
    for (const d of report.coverage.documents.filter((x) => x.docId.startsWith('copy'))) expect(d.sharedShare).toBe(1);
  });

  it('40 copies of a 5 KB article and 4 other articles: every passage of it is one alignment with all 40 copies and no pairs', () => {
    const copy = article(1, 5000);
    const inputs = [
      ...Array.from({ length: 40 }, (_, i) => ({ id: `copy${String(i).padStart(2, '0')}`, text: copy })),
      ...[2, 3, 4, 5].map((seed) => ({ id: `other${seed}`, text: article(seed, 5000) })),
    ];
    const alignments = alignCorpus(readCorpus(inputs), resolveAlignOptions({}));
    const paragraphs = copy.split('\n\n');
    const ofCopies = alignments.filter((a) => a.members.every((m) => m.docId.startsWith('copy')));
    expect(ofCopies).toHaveLength(paragraphs.length);
    for (const [k, a] of ofCopies.entries()) {
      expect(a.kind).toBe('verbatim');
      expect(a.members.map((m) => m.docId)).toEqual(inputs.slice(0, 40).map((i) => i.id));
      expect(new Set(a.members.map((m) => m.text))).toEqual(new Set([paragraphs[k]]));
      // Copies with the same text are verbatim with similarity 1 and list no pair (each would repeat the text).
      expect(a.similarity).toBe(1);
      expect(a.pairs).toEqual([]);
    }
  });
});
