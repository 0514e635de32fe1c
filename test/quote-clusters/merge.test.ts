import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/document/read.js';
import { clusterLexicon, type ClusterLexicon } from '../../src/lexicon/cluster-words.js';
import {
  covers,
  crossDocCompatible,
  docRanges,
  mergeLinked,
  sameDocCompatible,
  substantial,
  type DocRanges,
  type Edge,
} from '../../src/quote-clusters/merge.js';
import { PairEvidence } from '../../src/quote-clusters/pair-evidence.js';
import { quoteViews, sentenceIdf, type QuoteView } from '../../src/quote-clusters/views.js';
import { WordMatcher } from '../../src/quote-clusters/word-matcher.js';
import { wordSequences } from '../../src/quote-clusters/word-sequences.js';
import type { Quote } from '../../src/quotes/types.js';

// mergeLinked checks two clusters word sequence by word sequence. The rule it applies is stated per pair
// of quotes; this reference applies it to every pair, as the merge did before, and the two must agree.

/** The rule for one pair: the same words; a short quote; by document; or a third document covering both. */
function pairCompatible(
  evidence: PairEvidence,
  ranges: DocRanges,
  lex: ClusterLexicon,
  x: number,
  y: number,
  all: readonly number[],
): boolean {
  const views = evidence.views;
  const vx = views[x] as QuoteView;
  const vy = views[y] as QuoteView;
  if (evidence.seqs.idOf[x] === evidence.seqs.idOf[y]) return true;
  if (!substantial(evidence, lex, x) || !substantial(evidence, lex, y)) return true;
  if (vx.doc.id === vy.doc.id ? sameDocCompatible(evidence, ranges, lex, x, y) : crossDocCompatible(evidence, lex, x, y)) return true;
  return all.some(
    (z) => views[z]?.doc.id !== vx.doc.id && views[z]?.doc.id !== vy.doc.id && covers(evidence, z, x) && covers(evidence, z, y),
  );
}

/** The merge with every pair of quotes checked: the clusters as ascending lists of view indices, and the merges refused. */
function referenceMerge(edges: readonly Edge[], evidence: PairEvidence, lex: ClusterLexicon): { clusters: number[][]; refused: number } {
  let refused = 0;
  const ranges = docRanges(evidence.views);
  const sorted = [...edges].sort((x, y) => y.f.score - x.f.score || x.a - y.a || x.b - y.b);
  const clusterOf = evidence.views.map((_, i) => i);
  const members = new Map(evidence.views.map((_, i) => [i, [i]]));
  for (const e of sorted) {
    const ra = clusterOf[e.a] ?? e.a;
    const rb = clusterOf[e.b] ?? e.b;
    if (ra === rb) continue;
    const A = members.get(ra) ?? [];
    const B = members.get(rb) ?? [];
    const all = [...A, ...B];
    if (!A.every((x) => B.every((y) => pairCompatible(evidence, ranges, lex, x, y, all)))) {
      refused++;
      continue;
    }
    for (const y of B) clusterOf[y] = ra;
    members.set(ra, all);
    members.delete(rb);
  }
  const clusters = [...members.values()].map((m) => m.sort((a, b) => a - b)).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  return { clusters, refused };
}

const WORDS = [
  'blockade',
  'ports',
  'harvest',
  'farmers',
  'rain',
  'treaty',
  'border',
  'grain',
  'sanctions',
  'summit',
  'talks',
  'reject',
  'oppose',
  'government',
  'administration',
  'the',
  'of',
  'and',
  'we',
];
const SPEAKERS = ['Ana Petrova', 'Petrova', 'Ivan Sokolov', null] as const;

/** A quote: a stretch of one of two remarks, some words swapped, credited to one of the speakers. */
const stretch = fc.record({
  remark: fc.nat(1),
  from: fc.nat(8),
  length: fc.integer({ min: 2, max: 14 }),
  swap: fc.array(fc.option(fc.constantFrom(...WORDS), { freq: 5 }), { minLength: 14, maxLength: 14 }),
  speaker: fc.nat(SPEAKERS.length - 1),
  times: fc.integer({ min: 1, max: 3 }),
});
const corpora = fc.record({
  remarks: fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 22, maxLength: 22 }), { minLength: 2, maxLength: 2 }),
  docs: fc.array(fc.array(stretch, { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 5 }),
});

/** The documents, their quotes read as views, the evidence, and every linked pair of documents' quotes. */
function build(r: typeof corpora extends fc.Arbitrary<infer T> ? T : never): {
  evidence: PairEvidence;
  edges: Edge[];
  lex: ClusterLexicon;
} {
  const docs: { id: string; text: string }[] = [];
  const quotes: Quote[] = [];
  r.docs.forEach((said, d) => {
    let text = `Report ${d + 1}.\n\n`;
    said.forEach((x, k) => {
      const words = (r.remarks[x.remark] ?? []).slice(x.from, x.from + x.length).map((w, i) => x.swap[i] ?? w);
      const speaker = SPEAKERS[x.speaker] ?? null;
      // Some quotes stand more than once in one report, some in pieces next to each other.
      for (let t = 0; t < x.times; t++) {
        text += '\u201C';
        const start = text.length;
        text += words.join(' ');
        quotes.push({
          id: `d${d}q${k}t${t}`,
          docId: `d${d}`,
          start,
          end: text.length,
          text: words.join(' '),
          speaker: speaker === null ? null : { name: speaker, kind: 'name' },
          isSpeech: true,
          partial: false,
          insertions: [],
          cue: 'said',
        } as unknown as Quote);
        text += `,\u201D ${speaker ?? 'someone'} said.${t % 2 === 0 ? ' ' : '\n\n'}`;
      }
    });
    docs.push({ id: `d${d}`, text });
  });
  const corpus = readCorpus(docs);
  const lex = clusterLexicon();
  const { match } = lex.params;
  const idf = sentenceIdf(corpus, match.rareMaxSentencesPerDoc, match.rareMaxSentenceShare);
  const views = quoteViews(corpus, quotes, [], idf, match.stopWordWeight);
  const evidence = new PairEvidence(views, wordSequences(views), new WordMatcher(corpus, lex, undefined), lex, idf, 0.5);
  const edges: Edge[] = [];
  for (let a = 0; a < views.length; a++) {
    for (let b = a + 1; b < views.length; b++) {
      if (views[a]?.doc.id === views[b]?.doc.id) continue;
      const f = evidence.pair(a, b);
      if (f.linked) edges.push({ a, b, f });
    }
  }
  return { evidence, edges, lex };
}

describe('mergeLinked', () => {
  it('gives the clusters that checking every pair of quotes gives (property)', () => {
    let merged = 0;
    let refused = 0;
    fc.assert(
      fc.property(corpora, (r) => {
        const { evidence, edges, lex } = build(r);
        const fast = mergeLinked(edges, evidence, lex);
        const reference = referenceMerge(edges, evidence, lex);
        expect(fast.map((c) => [...c.members])).toEqual(reference.clusters);
        refused += reference.refused;
        for (const c of fast) expect(c.joins).toHaveLength(c.members.length - 1);
        merged += fast.filter((c) => c.members.length > 2).length;
      }),
      { seed: 14, numRuns: 150 },
    );
    // The generated corpora do form clusters of several quotes, and some merges are refused.
    expect(merged).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(10);
  });
});
