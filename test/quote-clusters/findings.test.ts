import { describe, expect, it } from 'vitest';
import { clusterLexicon } from '../../src/lexicon/cluster-words.js';
import { Findings } from '../../src/quote-clusters/findings.js';
import type { Group } from '../../src/quote-clusters/renderings.js';
import type { QuoteView } from '../../src/quote-clusters/views.js';
import { viewsOf } from './views-of.js';

/** Each view as a group of its own, in document order. */
function groupsOf(views: readonly QuoteView[]): Group[] {
  return views.map((v, i) => ({ views: [v], rep: v, docIds: [v.doc.id], order: i }));
}

// Findings collects what renderings change: a substitution is reported once per pair of wordings,
// from the earlier rendering's words to the later's, with every document that shows it.
describe('Findings.substitution: one entry per change, from the earlier rendering', () => {
  it.each([
    ['recorded in text order', [0, 1], [[0, 1]], 'reject', 'oppose', ['d0', 'd1']],
    ['recorded the other way round, reported from the earlier', [1, 0], [[1, 0]], 'reject', 'oppose', ['d0', 'd1']],
    [
      'the same change in a third document joins the entry',
      [0, 1, 2],
      [
        [0, 1],
        [0, 2],
      ],
      'reject',
      'oppose',
      ['d0', 'd1', 'd2'],
    ],
  ] as const)('%s', (_, docs, pairs, from, to, docIds) => {
    const { corpus, views } = viewsOf(['We reject it.', 'We oppose it.', 'We oppose it.']);
    const groups = groupsOf(views);
    const findings = new Findings(clusterLexicon(), corpus.vocab, new Map(docs.map((d) => [`d${d}`, d])));
    for (const [x, y] of pairs) {
      findings.substitution(
        { group: groups[x]!, view: views[x]!, positions: [1] },
        { group: groups[y]!, view: views[y]!, positions: [1] },
        'near-synonym',
      );
    }
    const [s, ...rest] = findings.sorted().substitutions;
    expect(rest).toEqual([]);
    expect([s?.from, s?.to, s?.docIds]).toEqual([from, to, docIds]);
  });
});
