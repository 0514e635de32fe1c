import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { analyze, reportSchema, toHTML, toMarkdown } from '../../src/index.js';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(reportSchema);

const inputs = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `The harbour council of ${id} voted to close the old pier.` }));

describe('framing pairs past framing.maxPairDocuments', () => {
  it('lists every pair up to the limit, with nothing left out', async () => {
    const report = await analyze(inputs, { framing: { maxPairDocuments: 4 } });
    expect(report.framing.pairs).toHaveLength(6);
    expect(report.framing.pairsLeftOut).toBeNull();
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('leaves nothing out of one document, whatever the limit', async () => {
    const report = await analyze(inputs.slice(0, 1), { framing: { maxPairDocuments: 0 } });
    expect(report.framing.pairsLeftOut).toBeNull();
  });

  it('past it, says in every format how many pairs are left out and which option lists them', async () => {
    const report = await analyze(inputs, { framing: { maxPairDocuments: 3 } });
    expect(report.framing.pairs).toEqual([]);
    expect(report.framing.pairsLeftOut).toEqual({
      count: 6,
      reason:
        '4 documents make 6 pairs, more than the 3 documents (options.framing.maxPairDocuments) up to which pairwise framing divergences are listed; set framing.maxPairDocuments to 4 or more to list them',
    });
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(toMarkdown(report)).toContain('Pairwise divergence left out: 4 documents make 6 pairs');
    expect(toHTML(report)).toContain('<p>Pairwise divergence left out: 4 documents make 6 pairs');
  });
});
