// The report's invariants on generated corpora (test/helpers/generators.ts), end to end through analyze:
// every span slices its text, every diff rebuilds both sides, every score lies in [0, 1], similarity is
// symmetric, and the same inputs give byte-identical JSON. Order independence: test/order.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, similarity, toJSON, type QuoteClusterSpan, type Report } from '../src/index.js';
import { corpus, rendering, sentencePlan, sentenceText } from './helpers/generators.js';
import { checkSpans } from './helpers/spans.js';
import { clusterSpanText, memberText } from '../src/report/format.js';

/** Scores of a report outside [0, 1], by path. */
function scoresOutOfRange(report: Report): string[] {
  const bad: string[] = [];
  const check = (path: string, v: number | undefined): void => {
    if (v !== undefined && !(v >= 0 && v <= 1)) bad.push(`${path} = ${v}`);
  };
  report.alignments.forEach((al) => {
    check(`${al.id}.similarity`, al.similarity);
    al.pairs.forEach((p, i) => {
      check(`${al.id}.pairs[${i}].similarity`, p.similarity);
      for (const [k, v] of Object.entries(p.components)) check(`${al.id}.pairs[${i}].${k}`, v);
    });
  });
  for (const c of report.quoteClusters) {
    check(`${c.id}.divergence`, c.divergence);
    for (const [k, v] of Object.entries(c.components)) {
      check(`${c.id}.${k}.score`, v.score);
      check(`${c.id}.${k}.weight`, v.weight);
    }
    c.links.forEach((l, i) => {
      check(`${c.id}.links[${i}].score`, l.score);
      check(`${c.id}.links[${i}].lexical`, l.lexical);
    });
  }
  for (const p of report.framing.pairs) {
    check(`${p.a}~${p.b}.divergence`, p.divergence);
    for (const [k, v] of Object.entries(p.components)) check(`${p.a}~${p.b}.${k}`, v);
    for (const [k, v] of Object.entries(p.weights)) check(`${p.a}~${p.b}.weights.${k}`, v);
  }
  for (const d of report.framing.documents) check(`${d.docId}.loadedShare`, d.cueVerbs.loadedShare);
  for (const d of report.coverage.documents) check(`${d.docId}.sharedShare`, d.sharedShare);
  return bad;
}

/** Alignment pairs whose diff does not rebuild both members' text. */
function lossyDiffs(report: Report): string[] {
  const bad: string[] = [];
  for (const al of report.alignments) {
    al.pairs.forEach((p, i) => {
      const a = p.diff
        .filter((d) => d.op !== 'insert')
        .map((d) => d.text)
        .join('');
      const b = p.diff
        .filter((d) => d.op !== 'delete')
        .map((d) => d.text)
        .join('');
      if (a !== memberText(al.members, p.a) || b !== memberText(al.members, p.b)) bad.push(`${al.id}.pairs[${i}]`);
    });
  }
  return bad;
}

/** Texts a report leaves out (an alignment member's `sameTextAs`, a cluster span inside its quote) that do not slice their document. */
function underivedTexts(report: Report, texts: Readonly<Record<string, string>>): string[] {
  const bad: string[] = [];
  for (const al of report.alignments) {
    al.members.forEach((m, i) => {
      if (texts[m.docId]?.slice(m.start, m.end) !== memberText(al.members, i)) bad.push(`${al.id}.members[${i}]`);
    });
  }
  const quotes = new Map(report.quotes.map((q) => [q.id, q]));
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v !== null && typeof v === 'object') {
      const span = v as QuoteClusterSpan;
      if (typeof span.docId === 'string' && typeof span.start === 'number' && span.text === undefined) {
        if (texts[span.docId]?.slice(span.start, span.end) !== clusterSpanText(quotes, span)) bad.push(path);
      }
      for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    }
  };
  walk(report.quoteClusters, 'quoteClusters');
  return bad;
}

describe('report invariants on generated corpora (property)', () => {
  it('spans slice their text, diffs are lossless, scores lie in [0, 1], the same inputs give the same JSON', async () => {
    await fc.assert(
      fc.asyncProperty(corpus(3), async (docs) => {
        const report = await analyze(docs);
        const texts = Object.fromEntries(docs.map((d) => [d.id, d.text]));
        expect(checkSpans(report, texts).mismatches).toEqual([]);
        expect(lossyDiffs(report)).toEqual([]);
        expect(underivedTexts(report, texts)).toEqual([]);
        expect(scoresOutOfRange(report)).toEqual([]);
        expect(toJSON(await analyze(docs.map((d) => ({ ...d }))))).toBe(toJSON(report));
      }),
      { seed: 6, numRuns: 150 },
    );
  }, 120_000);

  it('similarity is symmetric and in [0, 1]', () => {
    const sentence = fc.tuple(sentencePlan, rendering).map(([p, r]) => sentenceText(p, r));
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const ab = similarity(a, b);
        const ba = similarity(b, a);
        expect(ab.score).toBeGreaterThanOrEqual(0);
        expect(ab.score).toBeLessThanOrEqual(1);
        expect(ab.score).toBe(ba.score);
        expect(ab.kind).toBe(ba.kind);
      }),
      { seed: 6, numRuns: 1000 },
    );
  });
});
