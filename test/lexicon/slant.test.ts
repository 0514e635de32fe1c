import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_VERBS, FRAMING_LEXICON } from '../../src/lexicon/index.js';
import { pastAndParticiple, SLANT_GROUPS, slantEntries } from '../../src/lexicon/slant.js';

describe('slant.json: groups of slanted verbs, adverbs and idioms, each naming its kind of source', () => {
  it('has the four kinds, each with a source and entries', () => {
    expect(SLANT_GROUPS.map((g) => g.kind)).toEqual(['action-verb', 'manner-adverb', 'idiom', 'loaded-phrase']);
    for (const g of SLANT_GROUPS) {
      expect(g.source.length, g.kind).toBeGreaterThan(80);
      expect(g.entries.length, g.kind).toBeGreaterThan(50);
    }
  });

  it('gives every row a direction that judges and a strength in (0, 1]', () => {
    for (const g of SLANT_GROUPS) {
      for (const [term, direction, strength] of g.entries) {
        expect(['negative', 'positive'], term).toContain(direction);
        expect(strength > 0 && strength <= 1, term).toBe(true);
      }
    }
  });

  it('lists no term twice, no attribution verb, and no phrase another list of the framing lexicon has', () => {
    const rows = SLANT_GROUPS.flatMap((g) => g.entries.map(([t]) => t));
    expect(new Set(rows).size).toBe(rows.length);
    const speech = new Set(ATTRIBUTION_VERBS.map((v) => v.lemma));
    expect(rows.filter((t) => speech.has(t))).toEqual([]);
    // One-word verbs may share a spelling with a noun of another list ("scapegoat"): their POS keeps them apart.
    const count = new Map<string, number>();
    for (const e of FRAMING_LEXICON.entries) count.set(e.term, (count.get(e.term) ?? 0) + 1);
    expect(rows.filter((t) => t.includes(' ') && (count.get(t) ?? 0) > 1)).toEqual([]);
  });

  it('is included into the framing lexicon as evaluative entries', () => {
    const pounced = FRAMING_LEXICON.entries.find((e) => e.term === 'pounced');
    expect(pounced).toEqual({ term: 'pounced', category: 'evaluative', direction: 'negative', strength: 0.5 });
    expect(FRAMING_LEXICON.entries.find((e) => e.term === 'pounce')).toEqual({
      term: 'pounce',
      category: 'evaluative',
      direction: 'negative',
      strength: 0.5,
      pos: 'VERB',
    });
  });
});

describe('the -ed and -ing forms of a verb row', () => {
  it.each([
    ['pounce', ['pounced', 'pouncing']],
    ['rip', ['ripped', 'ripping']],
    ['snipe', ['sniped', 'sniping']],
    ['demagogue', ['demagogued', 'demagoguing']],
    ['troll', ['trolled', 'trolling']],
    ['bury', ['buried', 'burying']],
    ['bow', ['bowed', 'bowing']],
  ])('%s → %j', (verb, forms) => {
    expect(pastAndParticiple(verb)).toEqual(forms);
  });

  it('takes an irregular verb’s forms from its row', () => {
    const terms = slantEntries().map((e) => e.term);
    expect(terms).toEqual(expect.arrayContaining(['dig in their heels', 'dug in their heels', 'digging in their heels']));
    expect(terms).not.toContain('digged in their heels');
  });
});

// attribution-verbs.json v3 (issue 17): speech verbs that name the act itself are neutral as cues.
describe('slanted and plain attribution verbs', () => {
  const framing = (lemma: string) => ATTRIBUTION_VERBS.find((v) => v.lemma === lemma)?.framing;
  it.each(['accuse', 'deny', 'demand', 'pledge', 'vow', 'threaten', 'contend', 'praise', 'reveal', 'stress', 'worry', 'condemn'])(
    '%s is neutral',
    (lemma) => {
      expect(framing(lemma)).toEqual({ direction: 'neutral', strength: 0 });
    },
  );
  it.each(['complain', 'claim', 'insist', 'assert', 'concede', 'admit', 'boast', 'tout', 'lash out', 'rail against', 'harrumph'])(
    '%s stays loaded',
    (lemma) => {
      expect(framing(lemma)?.direction).toBe('negative');
    },
  );
});
