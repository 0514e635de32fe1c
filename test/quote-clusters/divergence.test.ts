import { describe, expect, it } from 'vitest';
import { clusterLexicon } from '../../src/lexicon/cluster-words.js';
import type { Compared } from '../../src/quote-clusters/compare.js';
import { kindOf } from '../../src/quote-clusters/divergence.js';
import type { SortedFindings } from '../../src/quote-clusters/findings.js';
import type { QuoteInsertion, QuoteSubstitution } from '../../src/quote-clusters/types.js';

/** A rendering compared with the pivot, with only the similarities kindOf reads. */
function compared(exactSim: number, softSim = exactSim): Compared {
  return { exactSim, softSim, trimmed: false, matches: [], ops: [] } as unknown as Compared;
}

function findings(relations: QuoteSubstitution['relation'][], insertionKinds: QuoteInsertion['kind'][] = []): SortedFindings {
  return {
    substitutions: relations.map((relation) => ({ relation }) as QuoteSubstitution),
    insertions: insertionKinds.map((kind) => ({ kind }) as QuoteInsertion),
    omissions: [],
    reorderings: [],
  };
}

// The kind tells a reader how far the renderings of one remark drift: the same words, edits, a
// translation variant (near-synonyms where the others have other words), or a paraphrase.
describe('kindOf: the kind of a cluster from its renderings', () => {
  it.each([
    ['copies word for word', [compared(1)], findings([]), 'identical'],
    ['copies, one spelled the British way', [compared(1)], findings(['spelling']), 'identical'],
    ['copies, one inflecting a verb', [compared(1)], findings(['inflection']), 'edited'],
    ['copies, one with an editorial bracket', [compared(1)], findings([], ['editorial']), 'edited'],
    ['most words alike', [compared(0.8)], findings(['different']), 'edited'],
    ['near-synonyms for many words', [compared(0.5, 0.7)], findings(['near-synonym']), 'translation-variant'],
    ['few words alike, no near-synonyms', [compared(0.5, 0.7)], findings(['different']), 'paraphrase'],
    ['the weakest rendering decides', [compared(1), compared(0.3)], findings([]), 'paraphrase'],
  ] as const)('%s -> %s', (_, cs, f, expected) => {
    expect(kindOf(cs, f, clusterLexicon())).toBe(expected);
  });
});
