import { describe, expect, it } from 'vitest';
import type { ActorIndex } from '../../src/actors/index.js';
import { speakerOf } from '../../src/quotes/speaker.js';
import { docOf } from './read-quote.js';

/** No people known: what a phrase names by itself. */
const NOBODY: ActorIndex = { persons: new Map(), mentions: [] };

// Fixture phrases are written for these tests (a made-up port town and its people).
describe('speakerOf: who a speaker phrase names, when no person of the corpus is known', () => {
  it.each([
    ['a pronoun stays the pronoun', 'She', { name: 'she', kind: 'pronoun' }, undefined],
    ['an outlet alias names the outlet', 'the Reuters reporter', { name: 'Reuters', kind: 'source' }, 'Reuters'],
    ['an alias inside a longer word is none', 'Reutersville officials', { name: 'Reutersville officials', kind: 'other' }, undefined],
    ['state media are a source', 'Russian state media', { name: 'Russian state media', kind: 'source' }, 'Russian state media'],
    ['other phrases are themselves, without an article', 'a  harbour official', { name: 'harbour official', kind: 'other' }, undefined],
  ])('%s', (_name, text, expected, source) => {
    const doc = docOf(text);
    const { speaker, source: named } = speakerOf(doc, [0, doc.tokens.count - 1], [], NOBODY);
    expect([{ name: speaker.name, kind: speaker.kind }, named]).toEqual([expected, source]);
    expect(speaker.mention?.text).toBe(text);
  });
});
