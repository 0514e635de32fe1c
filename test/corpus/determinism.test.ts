// Reports must not depend on what the same process analyzed before. wink-nlp keeps every word it meets in
// its lexicon and reads a word it kept whole ("than Trump's.") whole from then on; the document stage
// has to make up for that. Uses the bench corpora, recombined at run time from ../shared/corpus.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { toJSON } from '../../src/report/render.js';
import { buildCorpus, sourceArticles } from '../bench/corpus.js';

describe('a report does not depend on what was analyzed before', () => {
  it('300 recombined articles, analyzed again after 1,000 others', async () => {
    const sources = sourceArticles();
    const inputs = buildCorpus(sources, 300);
    const first = toJSON(await analyze(inputs));
    await analyze(buildCorpus(sources, 1000, 550, 3));
    expect(toJSON(await analyze(inputs)) === first).toBe(true);
  }, 300_000);
});
