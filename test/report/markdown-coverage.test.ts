import { describe, expect, it } from 'vitest';
import { analyze, toMarkdown } from '../../src/index.js';
import { MAX_MATRIX_DOCUMENTS } from '../../src/report/markdown.js';
import type { Report } from '../../src/index.js';

/** A report of `n` empty documents `d0…` with one item carried by the first two and the last. */
async function reportOf(n: number): Promise<Report> {
  const ids = Array.from({ length: n }, (_, i) => `d${i}`);
  const base = await analyze(ids.map((id) => ({ id, text: '' })));
  const carriedBy = [ids[0] ?? '', ids[1] ?? '', ids[n - 1] ?? ''];
  return {
    ...base,
    coverage: {
      items: [{ id: 'p1', type: 'alignment', carriedBy, excerpt: 'The ferry resumed service.' }],
      documents: ids.map((docId) => ({ docId, omits: [], uniquelyCarries: [], uniqueQuotes: [], sharedShare: 0 })),
    },
  };
}

const coverageOf = (md: string): string => md.slice(md.indexOf('## Coverage'));

describe('Markdown coverage', () => {
  it(`is a matrix of items × documents up to ${MAX_MATRIX_DOCUMENTS} documents`, async () => {
    const md = coverageOf(toMarkdown(await reportOf(MAX_MATRIX_DOCUMENTS)));
    expect(md).toContain(`| p1 | ● | ● | ${'○ | '.repeat(MAX_MATRIX_DOCUMENTS - 3)}● |`);
  });

  it('lists the carriers of each item above, in a table that does not grow with the documents that omit it', async () => {
    const small = coverageOf(toMarkdown(await reportOf(MAX_MATRIX_DOCUMENTS + 1)));
    expect(small).toContain('| p1 | 3: d0, d1, d20 | The ferry resumed service. |');
    expect(small).toContain(`${MAX_MATRIX_DOCUMENTS + 1} documents, more than the ${MAX_MATRIX_DOCUMENTS} a matrix shows`);
    expect(small).not.toContain('○');
    const large = coverageOf(toMarkdown(await reportOf(400)));
    expect(large.length - small.length).toBeLessThan(10);
  });
});
