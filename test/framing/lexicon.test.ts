import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocModel, Vocabulary } from '../../src/document/model.js';
import { TokenFlag } from '../../src/document/model.js';
import { readCorpus } from '../../src/document/read.js';
import {
  compileLexicon,
  matchLexicon,
  tokenMatchesTerm,
  type CompiledLexicon,
  type CompiledTerm,
  type LexiconHit,
} from '../../src/framing/lexicon.js';
import type { LexiconEntry } from '../../src/framing/types.js';

/** matchLexicon as plainly defined: every token's terms looked up by the strings of its key and surface. */
function plainMatch(doc: DocModel, vocab: Vocabulary, lexicon: CompiledLexicon): LexiconHit[] {
  const t = doc.tokens;
  const hits: LexiconHit[] = [];
  const same = (i: number, term: CompiledTerm, j: number): boolean => tokenMatchesTerm(doc, vocab, i, term, j);
  for (let i = 0; i < t.count; i++) {
    if (((t.flags[i] ?? 0) & TokenFlag.Boilerplate) !== 0) continue;
    const terms = [...(lexicon.byFirst.get(vocab.str(t.key[i] ?? -1)) ?? [])];
    for (const term of lexicon.byFirst.get(vocab.str(t.surface[i] ?? -1)) ?? []) if (!terms.includes(term)) terms.push(term);
    for (const term of terms) {
      const n = term.keys.length;
      if (i + n > t.count || (term.pos >= 0 && t.pos[i] !== term.pos)) continue;
      let ok = true;
      for (let j = 0; j < n && ok; j++) {
        const at = i + j;
        ok = ((t.flags[at] ?? 0) & TokenFlag.Boilerplate) === 0 && t.sentence[at] === t.sentence[i] && same(at, term, j);
      }
      if (ok) hits.push({ term, first: i, last: i + n });
    }
  }
  return hits.sort((a, b) => a.first - b.first || b.last - a.last);
}

const entries: LexiconEntry[] = [
  { term: 'regime', category: 'state-label', direction: 'negative', strength: 0.8 },
  { term: 'head of state', category: 'person-label', direction: 'neutral', strength: 0 },
  { term: 'state', category: 'group-label', direction: 'neutral', strength: 0 },
  { term: 'slam', category: 'attribution-verb', direction: 'negative', strength: 0.7 },
  { term: 'measured', category: 'evaluative', direction: 'positive', strength: 0.4 },
  { term: 'so-called', category: 'hedge', direction: 'negative', strength: 0.6 },
  { term: 'secret', category: 'label-modifier', direction: 'negative', strength: 0.5, pos: 'ADJ' },
];
const words = [
  'the',
  'Regime',
  'regimes',
  'head',
  'of',
  'state',
  'States',
  'slammed',
  'slams',
  'measured',
  'measure',
  'so-called',
  'secret',
  'secrets',
  'talks',
  'ferry',
  'said',
  '.',
  ',',
];

describe('matchLexicon against its plain definition', () => {
  const lexicon = compileLexicon(entries);

  it('finds the same hits in random texts of lexicon words, their inflections and others', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }), { minLength: 1, maxLength: 3 }),
        (texts) => {
          const corpus = readCorpus(texts.map((ws, i) => ({ id: `d${i}`, text: ws.join(' ') })));
          for (const doc of corpus.docs) {
            const fast = matchLexicon(doc, corpus.vocab, lexicon).map((h) => [h.first, h.last, h.term.entry.term]);
            expect(fast).toEqual(plainMatch(doc, corpus.vocab, lexicon).map((h) => [h.first, h.last, h.term.entry.term]));
          }
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });

  it('finds "head of state", the "state" inside it and the inflected "slammed" in a written sentence', () => {
    const corpus = readCorpus([{ id: 'a', text: 'The head of state slammed the so-called regime.' }]);
    const doc = corpus.docs[0] as DocModel;
    expect(matchLexicon(doc, corpus.vocab, lexicon).map((h) => h.term.entry.term)).toEqual([
      'head of state',
      'state',
      'slam',
      'so-called',
      'regime',
    ]);
  });
});

describe('matchLexicon with words interned after a first match against the vocabulary', () => {
  const lexicon = compileLexicon(entries);

  it('finds "so-called regime" in a document whose words came into the vocabulary late', () => {
    // A first match against this vocabulary, which then holds no lexicon word.
    const corpus = readCorpus([{ id: 'a', text: 'Ferry talks resumed.' }]);
    expect(matchLexicon(corpus.docs[0] as DocModel, corpus.vocab, lexicon)).toEqual([]);
    // A document read elsewhere, its ids moved into this vocabulary (interned after the first match).
    const other = readCorpus([{ id: 'b', text: 'The head of state slammed the so-called regime.' }]);
    const src = other.docs[0] as DocModel;
    const move = (ids: Int32Array): Int32Array => ids.map((id) => corpus.vocab.intern(other.vocab.str(id)));
    const doc: DocModel = { ...src, tokens: { ...src.tokens, key: move(src.tokens.key), surface: move(src.tokens.surface) } };
    const terms = matchLexicon(doc, corpus.vocab, lexicon).map((h) => h.term.entry.term);
    expect(terms).toEqual(['head of state', 'state', 'slam', 'so-called', 'regime']);
    expect(terms).toEqual(plainMatch(doc, corpus.vocab, lexicon).map((h) => h.term.entry.term));
  });
});
