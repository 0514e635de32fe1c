// Reports must not depend on what the same process analyzed before. wink-nlp keeps every word it meets in
// its lexicon and reads a word it kept whole ("than Trump's.") whole from then on; the document stage
// has to make up for that. Uses the bench corpora, recombined at run time from ../shared/corpus.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { toJSON } from '../../src/report/render.js';
import { buildCorpus, prng, sourceArticles } from '../bench/corpus.js';
import { canonicalReport, compareCanonical } from '../helpers/canonical.js';
import { readBasil } from '../quote-clusters/basil-corpus.js';

describe('a report does not depend on what was analyzed before', () => {
  it('300 recombined articles, analyzed again after 1,000 others', async () => {
    const sources = sourceArticles();
    const inputs = buildCorpus(sources, 300);
    const first = toJSON(await analyze(inputs));
    await analyze(buildCorpus(sources, 1000, 550, 3));
    expect(toJSON(await analyze(inputs)) === first).toBe(true);
  }, 300_000);
});

describe('a report does not depend on the order of the inputs (up to document order, see test/helpers/canonical.ts)', () => {
  const basil = readBasil().flatMap((t) => t.articles);

  it('basil-dev, all 120 articles, reversed and shuffled', async () => {
    const given = canonicalReport(await analyze(basil));
    const reversed = canonicalReport(await analyze([...basil].reverse()));
    expect(compareCanonical(given, reversed)).toEqual([]);
    const rnd = prng(14);
    const shuffled = basil
      .map((a) => ({ a, k: rnd() }))
      .sort((x, y) => x.k - y.k)
      .map((x) => x.a);
    expect(compareCanonical(given, canonicalReport(await analyze(shuffled)))).toEqual([]);
  }, 300_000);

  it('300 recombined bench articles, reversed', async () => {
    const inputs = buildCorpus(sourceArticles(), 300);
    const given = canonicalReport(await analyze(inputs));
    expect(compareCanonical(given, canonicalReport(await analyze([...inputs].reverse())))).toEqual([]);
  }, 300_000);
});
