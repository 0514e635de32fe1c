// The stories stage on the real articles in ../shared/corpus (read at run time, never copied here).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { LAVROV_TEXTS } from '../helpers/lavrov.js';

describe('lavrov-kim-2018 stories', () => {
  it('the five articles on one meeting are one story, named by its people and states', async () => {
    const report = await analyze(Object.entries(LAVROV_TEXTS).map(([id, text]) => ({ id, text })));
    expect(report.stories.map((s) => s.docIds.length)).toEqual([5]);
    expect(report.stories[0]?.terms).toEqual(expect.arrayContaining(['kim', 'lavrov']));
    expect(report.stories[0]?.names).toEqual(expect.arrayContaining(['Kim Jong-un', 'North Korea']));
  });
});
