import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/document/read.js';
import { draftDocument, type Draft } from '../../src/framing/draft.js';
import { lexiconFor } from '../../src/framing/lexicon.js';

const shipped = lexiconFor([], false);

/** The draft of one written text with the shipped lexicon, sentiment adjectives off. */
function draftOf(text: string): Draft {
  const corpus = readCorpus([{ id: 'a', text }]);
  const doc = corpus.docs[0];
  if (doc === undefined) throw new Error('no document');
  return draftDocument(corpus.vocab, doc, [], shipped, 2);
}

/** The loaded labels of a text: [text, direction]. */
const loaded = (text: string): [string, string][] =>
  draftOf(text)
    .labels.filter((l) => l.loaded)
    .map((l) => [l.text, l.direction]);

// Verbs of action that judge the actor while they describe (slant.json, group action-verb).
describe('slanted action verbs count as evaluative, in every form', () => {
  it.each<[string, string, [string, string][]]>([
    ['past tense', 'Opponents pounced on the slip within minutes.', [['pounced', 'negative']]],
    ['a form the tagger does not lemmatize', 'The governor demagogued the toll increase for a week.', [['demagogued', 'negative']]],
    ['an -ing form', 'The mayor was sniping at the council all morning.', [['sniping', 'negative']]],
    ['a doubled consonant', 'The senator spent the debate ripping into the budget.', [['ripping into', 'negative']]],
    [
      'an irregular past of a phrasal verb',
      'The union dug in its heels, and the board dug in their heels too.',
      [['dug in their heels', 'negative']],
    ],
    ['a phrase with its verb inflected', 'The minister is muddying the waters about the contract.', [['muddying the waters', 'negative']]],
    ['a positive one', 'Reporters lionized the young coach.', [['lionized', 'positive']]],
  ])('%s: %s', (_, text, expected) => {
    expect(loaded(text)).toEqual(expected);
  });

  it.each([
    ['a verb of action read as a noun keeps no slant', 'The pounce of the cat was quick.'],
    ['a plain verb of saying', 'The mayor said the council met on Monday.'],
  ])('%s: %s', (_, text) => {
    expect(loaded(text)).toEqual([]);
  });
});

// Adverbs of manner and stance (slant.json, group manner-adverb).
describe('adverbs that judge how something was done or said', () => {
  it.each<[string, string, string]>([
    ['erroneously', 'The board erroneously rejected the offer.', 'negative'],
    ['erroneously', 'The flyer erroneously listed the clinic as closed.', 'negative'],
    ['unabashedly', 'The columnist unabashedly backed the merger.', 'negative'],
    ['deftly', 'The chair deftly steered the vote.', 'positive'],
  ])('%s: %s', (word, text, direction) => {
    expect(loaded(text)).toContainEqual([word, direction]);
  });
});

// Idioms and figurative phrases, read whole (slant.json, group idiom).
describe('idioms are read whole', () => {
  it.each<[string, string]>([
    ['The chief threw two deputies under the bus.', 'under the bus'],
    ['Budget talks became a tug of war between the two wings.', 'tug of war'],
    ['Critics called the period a reign of terror for tenants.', 'reign of terror'],
    ['The agency found itself in the cross hairs of the auditors.', 'cross hairs'],
    ['Her reply was pulling no punches.', 'pulling no punches'],
    ['The county paid lip service to the plan.', 'paid lip service'],
  ])('%s', (text, phrase) => {
    expect(loaded(text).map(([t]) => t)).toContain(phrase);
  });

  it('a word of an idiom does not count alone', () => {
    expect(loaded('The bus stopped under the bridge.')).toEqual([]);
  });
});
