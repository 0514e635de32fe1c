import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/document/read.js';
import { compileLexicon, matchLexicon } from '../../src/framing/lexicon.js';
import { isLoaded, pick, speechContext } from '../../src/framing/pick.js';
import type { LexiconEntry } from '../../src/framing/types.js';

// A small lexicon written for these tests: speech verbs (one loaded), a word listed in two categories,
// and a two-word term over a one-word one.
const entries: LexiconEntry[] = [
  { term: 'say', category: 'attribution-verb', direction: 'neutral', strength: 0, pos: 'VERB' },
  { term: 'complain', category: 'attribution-verb', direction: 'negative', strength: 0.5, pos: 'VERB' },
  { term: 'note', category: 'attribution-verb', direction: 'neutral', strength: 0, pos: 'VERB' },
  { term: 'regime', category: 'state-label', direction: 'negative', strength: 0.8 },
  { term: 'regime', category: 'evaluative', direction: 'negative', strength: 0.3 },
  { term: 'head of state', category: 'person-label', direction: 'neutral', strength: 0 },
  { term: 'state', category: 'state-label', direction: 'neutral', strength: 0 },
];
const lexicon = compileLexicon(entries);

/** The picked terms of a text: [text, category, whether used as a cue verb]. */
function picked(text: string): [string, string, boolean][] {
  const corpus = readCorpus([{ id: 'a', text }]);
  const doc = corpus.docs[0];
  if (doc === undefined) return [];
  const lemmaAt = (i: number): string => corpus.vocab.str(doc.tokens.key[i] ?? -1);
  return pick(doc, matchLexicon(doc, corpus.vocab, lexicon), [], lemmaAt).map((p) => [
    text.slice(p.start, p.end),
    p.hit.term.entry.category,
    p.cue,
  ]);
}

describe('pick: one entry per matched span', () => {
  it.each<[string, string, [string, string, boolean][]]>([
    ['"say" always reports speech', 'Venn said nothing.', [['said', 'attribution-verb', true]]],
    ['a speech verb followed by "of" reports speech', 'Venn complained of delays.', [['complained', 'attribution-verb', true]]],
    ['a loaded speech verb outside speech judges', 'Venn complained bitterly.', [['complained', 'attribution-verb', false]]],
    ['a neutral speech verb outside speech is dropped', 'Venn noted the delays.', []],
    ['a speech verb in a sentence with a quote mark reports speech', 'Venn noted "delays".', [['noted', 'attribution-verb', true]]],
    ['a label category outranks evaluative on the same word', 'The regime fell.', [['regime', 'state-label', false]]],
    ['the longest match wins and covers the words inside it', 'The head of state left.', [['head of state', 'person-label', false]]],
  ])('%s: %s', (_, text, expected) => {
    expect(picked(text)).toEqual(expected);
  });
});

describe('speechContext: whether a verb reports speech', () => {
  it.each<[string, string, string, boolean]>([
    ['"tell" always does', 'They told nobody.', 'tell', true],
    ['"that" after the verb', 'They noted that it rained.', 'note', true],
    ['a pronoun after the verb', 'They noted he left.', 'note', true],
    ['an object after the verb', 'They noted the rain.', 'note', false],
    ['a curly quote in the sentence', 'They noted \u201Crain\u201D.', 'note', true],
  ])('%s: %s', (_, text, lemma, expected) => {
    const doc = readCorpus([{ id: 'a', text }]).docs[0];
    if (doc === undefined) throw new Error('no document');
    expect(speechContext(doc, 1, lemma, [])).toBe(expected);
  });

  it('a quoted range from the quotes stage in the sentence counts too', () => {
    const doc = readCorpus([{ id: 'a', text: 'They noted the rain. It fell.' }]).docs[0];
    if (doc === undefined) throw new Error('no document');
    expect(speechContext(doc, 1, 'note', [{ start: 11, end: 19 }])).toBe(true);
    expect(speechContext(doc, 1, 'note', [{ start: 21, end: 29 }])).toBe(false);
  });
});

describe('isLoaded: an entry judges when it leans one way with some strength', () => {
  it.each<[LexiconEntry['direction'], number, boolean]>([
    ['negative', 0.6, true],
    ['positive', 0.1, true],
    ['neutral', 0.5, false],
    ['negative', 0, false],
  ])('%s, strength %d -> %s', (direction, strength, expected) => {
    expect(isLoaded({ direction, strength })).toBe(expected);
  });
});
