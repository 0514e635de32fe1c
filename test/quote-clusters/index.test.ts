import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { STOP_WORD_FORMS } from '../helpers/generators.js';
import { analyze } from '../../src/analyze.js';
import { readCorpus } from '../../src/document/read.js';
import { NarrativeDiffError } from '../../src/errors.js';
import { clusterQuotes, resolveQuoteClusterOptions } from '../../src/quote-clusters/index.js';
import { clusterLexicon } from '../../src/lexicon/cluster-words.js';
import { pairFeatures } from '../../src/quote-clusters/pair.js';
import { sharedRun } from '../../src/quote-clusters/shared-run.js';
import { WordMatcher } from '../../src/quote-clusters/word-matcher.js';
import type { QuoteCluster, WordSimilarity } from '../../src/quote-clusters/types.js';
import type { Quote } from '../../src/quotes/types.js';
import { nameParts, quoteViews, sameSpeaker, sentenceIdf } from '../../src/quote-clusters/views.js';
import { corpus, DOCS, openingQuote, quoteIn, quoteOf, QUOTES } from './fixture.js';

const textOf = (docId: string): string => DOCS.find((d) => d.id === docId)?.text ?? '';
const run = (opts = resolveQuoteClusterOptions(undefined)): QuoteCluster[] => clusterQuotes(corpus(), QUOTES, [], opts);
const clusterWith = (cs: readonly QuoteCluster[], id: string): QuoteCluster | undefined => cs.find((c) => c.quoteIds.includes(id));

describe('clusterQuotes on the fixture of three reports', () => {
  const clusters = run();
  const blockade = clusterWith(clusters, 'q1');
  const harvest = clusterWith(clusters, 'q2');

  it.each([
    ['two translations and a partial quote of the blockade remark', 'q1', ['q1', 'q3', 'q5']],
    ['the harvest remark carried word for word', 'q2', ['q2', 'q4']],
  ])('%s form one cluster', (_name, id, ids) => {
    expect(clusterWith(clusters, id)?.quoteIds).toEqual(ids);
  });

  it('keeps two different remarks of one speaker apart, and a lone remark out', () => {
    expect(blockade).not.toBe(harvest);
    expect(clusterWith(clusters, 'q6')).toBeUndefined();
  });

  it('names the speaker by the fullest spelling', () => {
    expect(blockade?.speaker).toBe('Ana Petrova');
  });

  it('classifies: translation variant vs identical', () => {
    expect(blockade?.kind).toBe('translation-variant');
    expect(harvest?.kind).toBe('identical');
    expect(harvest?.divergence).toBe(0);
  });

  it.each([
    ['reject', 'oppose'],
    ['in-depth', 'profound'],
    ['government', 'administration'],
  ])('reports the substitution %s → %s as near-synonyms', (from, to) => {
    const s = blockade?.substitutions.find((x) => x.from === from && x.to === to);
    expect(s?.relation).toBe('near-synonym');
    expect(s?.docIds).toEqual(['wire', 'agency']);
  });

  it.each([
    ['[of the northern ports]', 'editorial', 'agency'],
    ['strictly', 'intensifier', 'agency'],
    ['firmly', 'intensifier', 'wire'],
  ])('reports the insertion %s as %s in %s', (text, kind, docId) => {
    const ins = blockade?.insertions.find((i) => i.span.text === text);
    expect(ins?.kind).toBe(kind);
    expect(ins?.span.docId).toBe(docId);
  });

  it('marks the partial quote as trimmed and the fullest rendering as pivot', () => {
    const byId = new Map(blockade?.members.map((m) => [m.quoteId, m]));
    expect(byId.get('q5')?.trimmed).toBe(true);
    expect(byId.get('q1')?.pivot).toBe(true);
    expect(byId.get('q3')?.trimmed).toBe(false);
  });

  it('links the sentence in indirect speech as an indirect member', () => {
    const ind = blockade?.members.filter((m) => m.indirect) ?? [];
    expect(ind.map((m) => [m.docId, (m.text ?? '').startsWith('Petrova said she values')])).toEqual([['agency', true]]);
    expect(harvest?.members.some((m) => m.indirect)).toBe(false);
  });

  it('scores divergence as the weighted sum of its components, each traceable to words', () => {
    if (blockade === undefined) throw new Error('no cluster');
    const parts = Object.values(blockade.components);
    expect(parts.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 9);
    expect(blockade.divergence).toBeCloseTo(
      Math.min(
        1,
        parts.reduce((s, c) => s + c.weight * c.score, 0),
      ),
      3,
    );
    expect(blockade.components.editorial.evidence.map((e) => e.text)).toEqual(['[of the northern ports]']);
    expect(blockade.components.intensifiersHedges.evidence.map((e) => e.text).sort()).toEqual(['firmly', 'strictly']);
    expect(blockade.components.connotation.score).toBeGreaterThan(0);
  });

  it('reports every span as a slice of its original text', () => {
    for (const c of clusters) {
      const spans = [
        ...c.members,
        ...c.substitutions.flatMap((s) => s.spans),
        ...c.insertions.map((i) => i.span),
        ...c.omissions.map((o) => o.span),
        ...c.reorderings.flatMap((r) => [r.a, r.b]),
        ...Object.values(c.components).flatMap((x) => x.evidence),
      ];
      for (const s of spans) expect(textOf(s.docId).slice(s.start, s.end)).toBe(s.text);
      for (const x of [c.divergence, ...Object.values(c.components).map((k) => k.score), ...c.links.map((l) => l.score)]) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives the same clusters whatever the order of the quotes (property)', () => {
    const base = JSON.stringify(clusters);
    fc.assert(
      fc.property(fc.shuffledSubarray([...QUOTES], { minLength: QUOTES.length }), (shuffled) => {
        expect(JSON.stringify(clusterQuotes(corpus(), shuffled, [], resolveQuoteClusterOptions(undefined)))).toBe(base);
      }),
      { seed: 42, numRuns: 20 },
    );
  });
});

describe('pair scores', () => {
  const c = corpus();
  const lex = clusterLexicon();
  const idf = sentenceIdf(c);
  const views = quoteViews(c, QUOTES, [], idf, lex.params.match.stopWordWeight);
  const matcher = new WordMatcher(c, lex, undefined);
  it('are symmetric and in [0, 1] for every pair', () => {
    for (const a of views) {
      for (const b of views) {
        const ab = pairFeatures(a, b, matcher, lex, idf, 0.5);
        const ba = pairFeatures(b, a, matcher, lex, idf, 0.5);
        expect(ab.score).toBe(ba.score);
        expect(ab.linked).toBe(ba.linked);
        expect(ab.score).toBeGreaterThanOrEqual(0);
        expect(ab.score).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('speaker names', () => {
  it.each([
    ['Kim Jong-un', 'Kim Jong Un', true],
    ['Kim', 'Kim Jong Un', true],
    ['Sergey Lavrov', 'Sergei Lavrov', true],
    ['Kim Yong Chol', 'Kim Jong Un', false],
    ['Lavrov', 'Pompeo', false],
  ])('%s and %s are one person: %s', (a, b, same) => {
    expect(sameSpeaker(nameParts(a), nameParts(b))).toBe(same);
  });
});

describe('different speakers', () => {
  it('do not link renderings that share words when attributed to different people', () => {
    const quotes = [
      quoteOf('q1', 'wire', 'The harvest this year was the best in a decade.', 'Ana Petrova'),
      quoteOf('q4', 'agency', 'The harvest this year was the best in a decade,', 'Boris Ivanov'),
    ];
    expect(clusterQuotes(corpus(), quotes, [], resolveQuoteClusterOptions(undefined))).toEqual([]);
  });

  it('do not link even word for word: one remark has one speaker (issue 16)', () => {
    const text = 'The harvest this year was the best in a decade and the granaries of the north are full to the roof.';
    const docs = [
      { id: 'x', text: `"${text}" Ana Petrova said.` },
      { id: 'y', text: `"${text}" Boris Ivanov said.` },
    ];
    const quotes = [quoteIn(docs, 'x', text, 'q1', 'Ana Petrova'), quoteIn(docs, 'y', text, 'q2', 'Boris Ivanov')];
    expect(clusterQuotes(readCorpus(docs), quotes, [], resolveQuoteClusterOptions(undefined))).toEqual([]);
    // The same words with one speaker named for both are one remark.
    const same = [quoteIn(docs, 'x', text, 'q1', 'Ana Petrova'), quoteIn(docs, 'y', text, 'q2', 'Ana Petrova')];
    expect(clusterQuotes(readCorpus(docs), same, [], resolveQuoteClusterOptions(undefined))).toHaveLength(1);
  });
});

describe('stock phrases (issue 16)', () => {
  it.each([
    ['only a stock phrase in common', 'The whole thing is a witch hunt,', 'It is a witch hunt,', 0],
    [
      'a stock phrase and more',
      'This is a witch hunt against the harbour board,',
      'It is a witch hunt against the harbour board and its chairman,',
      1,
    ],
  ])('%s: %s / %s → %i cluster(s)', (_name, a, b, clusters) => {
    const docs = [
      { id: 'x', text: `"${a}" Karl Lund said on Monday.` },
      { id: 'y', text: `"${b}" Karl Lund said.` },
    ];
    const quotes = [quoteIn(docs, 'x', a, 'q1', 'Karl Lund'), quoteIn(docs, 'y', b, 'q2', 'Karl Lund')];
    expect(clusterQuotes(readCorpus(docs), quotes, [], resolveQuoteClusterOptions(undefined))).toHaveLength(clusters);
  });
});

describe('word-similarity provider', () => {
  const quotes = [
    quoteOf('q2', 'wire', 'The harvest this year was the best in a decade.', 'Ana Petrova'),
    quoteOf('q4', 'agency', 'The harvest this year was the best in a decade,', 'Petrova'),
    quoteOf('q6', 'daily', 'Our farmers need rain before the spring,', 'Petrova'),
  ];
  it('is asked only about word pairs the table does not settle, with the pair in sorted order', () => {
    const asked: [string, string][] = [];
    clusterQuotes(corpus(), QUOTES, [], resolveQuoteClusterOptions({ wordSimilarity: (a, b) => (asked.push([a, b]), 0) }));
    expect(asked.length).toBeGreaterThan(0);
    for (const [a, b] of asked) expect(a <= b).toBe(true);
  });
  it('adds near-synonym evidence from the provider', () => {
    const sim = (a: string, b: string): number => (a === 'blockade' && b === 'embargo' ? 0.9 : 0);
    expect(sim('blockade', 'embargo')).toBe(0.9);
    const withIt = clusterQuotes(corpus(), quotes, [], resolveQuoteClusterOptions({ wordSimilarity: sim }));
    expect(withIt.map((c) => c.quoteIds)).toEqual([['q2', 'q4']]);
  });
  it.each([
    [{ wordSimilarity: 'cosine' }, /wordSimilarity must be a function/],
    [{ minLinkScore: 2 }, /minLinkScore must be a number from 0 to 1, found 2/],
    [{ indirect: 'yes' }, /indirect must be a boolean/],
  ])('rejects options %o', (opts, message) => {
    expect(() => resolveQuoteClusterOptions(opts as never)).toThrow(message);
  });
  it('reports a provider that returns a value outside [0, 1] as misuse', () => {
    const opts = resolveQuoteClusterOptions({ wordSimilarity: () => 2 });
    let err: unknown;
    try {
      clusterQuotes(corpus(), QUOTES, [], opts);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NarrativeDiffError);
    expect((err as NarrativeDiffError).code).toBe('INVALID_OPTION');
    expect((err as Error).message).toMatch(/must return a number from 0 to 1, found 2/);
  });
});

describe('sharedRun', () => {
  const c = corpus();
  const lex = clusterLexicon();
  const views = quoteViews(c, QUOTES, [], sentenceIdf(c), lex.params.match.stopWordWeight);
  const view = (id: string) => {
    const v = views.find((x) => x.quote.id === id);
    if (v === undefined) throw new Error(`no view ${id}`);
    return v;
  };
  it.each([
    ['q1', 'q5', 5, 2],
    ['q2', 'q4', 10, 4],
    ['q1', 'q2', 1, 0],
  ])('%s and %s share a run of %i words, %i of them content words', (a, b, length, content) => {
    expect(sharedRun(view(a), view(b))).toEqual({ length, content });
  });
});

describe('a remark one article quotes whole and another in two pieces', () => {
  const docs = [
    {
      id: 'whole',
      text: 'The mayor spoke on Friday.\n\n"The new bridge over the river opens in April, and the old ferry will keep running until the summer," Mayor Lena Ortiz said.',
    },
    {
      id: 'pieces',
      text:
        'Mayor Lena Ortiz gave a date.\n\n"The new bridge over the river opens in April," Ortiz said. "The old ferry will keep running until the summer."\n\n' +
        'Later she added: "Taxes on small shops will not rise next year."',
    },
  ];
  const find = (docId: string, needle: string, id: string) => quoteIn(docs, docId, needle, id, 'Lena Ortiz');
  const quotes = [
    find('whole', 'The new bridge over the river opens in April, and the old ferry will keep running until the summer,', 'q1'),
    find('pieces', 'The new bridge over the river opens in April,', 'q2'),
    find('pieces', 'The old ferry will keep running until the summer.', 'q3'),
    find('pieces', 'Taxes on small shops will not rise next year.', 'q4'),
  ];
  const clusters = clusterQuotes(readCorpus(docs), quotes, [], resolveQuoteClusterOptions(undefined));
  it('joins both pieces to the whole, and leaves the other remark out', () => {
    expect(clusters.map((c) => c.quoteIds)).toEqual([['q1', 'q2', 'q3']]);
  });
  it('compares the pieces joined: only the dropped "and" differs', () => {
    expect(clusters[0]?.kind).toBe('edited');
    expect(clusters[0]?.divergence).toBeLessThan(0.05);
    expect(clusters[0]?.variants[1]?.ops.filter((o) => o.op !== 'equal').map((o) => o.a?.text ?? o.b?.text)).toEqual(['and']);
  });
});

describe('analyze options.quoteClusters', () => {
  it.each([
    [{ quoteClusters: { minLinkScore: -1 } }, /options\.quoteClusters\.minLinkScore must be a number from 0 to 1, found -1/],
    [{ quoteClusters: { wordSimilarity: 3 } }, /options\.quoteClusters\.wordSimilarity must be a function/],
    [{ quoteClusters: 'strict' }, /options\.quoteClusters must be an object, found string/],
  ])('rejects %o', async (options, message) => {
    await expect(analyze([{ id: 'a', text: 'x' }], options as never)).rejects.toThrow(message);
  });
  it('passes a provider through to the clusterer, on the fixture read end to end', async () => {
    const asked: string[] = [];
    const wordSimilarity: WordSimilarity = (a, b) => (asked.push(`${a}|${b}`), 0);
    const report = await analyze(
      DOCS.map((d) => ({ id: d.id, text: d.text })),
      { quoteClusters: { wordSimilarity } },
    );
    expectTypeOf(wordSimilarity).toEqualTypeOf<(a: string, b: string) => number>();
    expect(asked.length).toBeGreaterThan(0);
    expect(report.quoteClusters.map((c) => c.quoteIds.length)).toEqual([3, 2]);
  });
});

describe('spelling and inflection', () => {
  const docs = [
    { id: 'uk', text: '"The colour of the half-way house says it all," Mayor Lena Ortiz said.' },
    { id: 'us', text: '"The color of the halfway house says it all," Ortiz said.' },
    { id: 'past', text: '"The color of the halfway house said it all," Ortiz said.' },
  ];
  const q = (docId: string, id: string) => openingQuote(docs, docId, id, 'Lena Ortiz');
  const run = (ids: string[]) =>
    clusterQuotes(
      readCorpus(docs.filter((d) => ids.includes(d.id))),
      ids.map((d, i) => q(d, `q${i + 1}`)),
      [],
      resolveQuoteClusterOptions(undefined),
    );
  it('reports British and American spellings, and keeps the renderings identical', () => {
    const [c] = run(['uk', 'us']);
    expect(c?.kind).toBe('identical');
    expect(c?.substitutions.map((s) => [s.from, s.to, s.relation])).toEqual([
      ['colour', 'color', 'spelling'],
      ['half-way', 'halfway', 'spelling'],
    ]);
  });
  it('reports another form of a word as an inflection, which makes the renderings edited', () => {
    const [c] = run(['us', 'past']);
    expect(c?.kind).toBe('edited');
    expect(c?.substitutions.map((s) => [s.from, s.to, s.relation])).toEqual([['says', 'said', 'inflection']]);
  });
});

describe('quotes of one content word', () => {
  const docs = [
    { id: 'a', text: 'Ortiz said she felt "stonewalled" by the council. Later she said: "He is tall."' },
    { id: 'b', text: '"I have been stonewalled for months," Mayor Lena Ortiz said. "I am not that tall," she added.' },
  ];
  const q = (docId: string, needle: string, id: string, partial = false) => quoteIn(docs, docId, needle, id, 'Lena Ortiz', { partial });
  const clusters = clusterQuotes(
    readCorpus(docs),
    [
      q('a', 'stonewalled', 'q1', true),
      q('a', 'He is tall.', 'q2'),
      q('b', 'I have been stonewalled for months,', 'q3'),
      q('b', 'I am not that tall,', 'q4'),
    ],
    [],
    resolveQuoteClusterOptions(undefined),
  );
  it('link when the word stands whole in the other quote, not when only the word is shared', () => {
    expect(clusters.map((c) => c.quoteIds)).toEqual([['q1', 'q3']]);
  });
});

describe('clusterQuotes on generated reports of a few remarks', () => {
  // Remarks drawn from a small vocabulary (near-synonyms of the table, stop words, topic words), each
  // quoted in several reports trimmed and reworded, by named, pronoun-only or unnamed speakers: many
  // pairs fall near the link thresholds. Words written for this test.
  const WORDS = [
    'reject',
    'oppose',
    'resist',
    'government',
    'administration',
    'regime',
    'talks',
    'negotiation',
    'dialogue',
    'ready',
    'willing',
    'prepared',
    'profound',
    'thorough',
    'deep',
    'hegemony',
    'domination',
    'dominance',
    'the',
    'of',
    'and',
    'we',
    'are',
    'to',
    'our',
    'with',
    'your',
    'a',
    'this',
    'is',
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
    // One key that is a stop word in one form and not in another (give / gave, show / shows).
    ...STOP_WORD_FORMS,
  ];
  const SPEAKERS: (Quote['speaker'] | null)[] = [
    { name: 'Ana Petrova', kind: 'name' },
    { name: 'Petrova', kind: 'name' },
    { name: 'Ivan Sokolov', kind: 'name' },
    { name: 'Ana Petrova', kind: 'pronoun' },
    null,
  ];
  const word = fc.constantFrom(...WORDS);
  const rendering = fc.record({
    remark: fc.nat(2),
    // Most words kept, so that renderings of one remark stay near the thresholds.
    keep: fc.array(
      fc.nat(4).map((x) => x > 0),
      { minLength: 16, maxLength: 16 },
    ),
    swap: fc.array(fc.option(word, { freq: 4 }), { minLength: 16, maxLength: 16 }),
    speaker: fc.nat(SPEAKERS.length - 1),
  });
  const reports = fc.record({
    remarks: fc.array(fc.array(word, { minLength: 4, maxLength: 16 }), { minLength: 3, maxLength: 3 }),
    docs: fc.array(fc.array(rendering, { minLength: 1, maxLength: 3 }), { minLength: 3, maxLength: 6 }),
  });
  /** Reports whose quotes are the given words, one report per list, each quote with its speaker. */
  const reportsOf = (
    reportQuotes: readonly (readonly { words: readonly string[]; speaker: number }[])[],
  ): { docs: { id: string; text: string }[]; quotes: Quote[] } => {
    const docs: { id: string; text: string }[] = [];
    const quotes: Quote[] = [];
    reportQuotes.forEach((said, d) => {
      let text = `Report ${d + 1}.\n\n`;
      said.forEach((x, k) => {
        const speaker = SPEAKERS[x.speaker] ?? null;
        text += '\u201C';
        const start = text.length;
        text += x.words.join(' ');
        quotes.push({
          id: `d${d}q${k}`,
          docId: `d${d}`,
          start,
          end: text.length,
          text: x.words.join(' '),
          speaker,
          isSpeech: true,
          partial: false,
          insertions: [],
          cue: 'said',
        } as unknown as Quote);
        text += `,\u201D ${speaker?.kind === 'name' ? speaker.name : 'she'} said.\n\n`;
      });
      docs.push({ id: `d${d}`, text });
    });
    return { docs, quotes };
  };
  const build = (r: typeof reports extends fc.Arbitrary<infer T> ? T : never): { docs: { id: string; text: string }[]; quotes: Quote[] } =>
    reportsOf(
      r.docs.map((renderings) =>
        renderings.map((x) => {
          const remark = r.remarks[x.remark] ?? [];
          const words = remark.flatMap((w, i) => (x.keep[i] === false ? [] : [x.swap[i] ?? w]));
          if (words.length === 0) words.push(remark[0] ?? 'grain');
          return { words, speaker: x.speaker };
        }),
      ),
    );

  it('links the same pairs as scoring every candidate in full (property)', () => {
    const defaults = resolveQuoteClusterOptions(undefined);
    let linked = 0;
    fc.assert(
      fc.property(reports, (r) => {
        const { docs, quotes } = build(r);
        const c = readCorpus(docs);
        const fast = clusterQuotes(c, quotes, [], defaults);
        const full = clusterQuotes(c, quotes, [], { ...defaults, scoreEveryCandidate: true });
        linked += fast.reduce((n, x) => n + x.links.length, 0);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(full));
      }),
      { seed: 42, numRuns: 200 },
    );
    // The generated reports do link quotes: the property is not about empty outputs.
    expect(linked).toBeGreaterThan(30);
  });

  // Renderings that share a run of words and little else (one outlet quotes the first half of a long
  // remark, another a stretch in its middle, each with words of its own around it): the pairs that
  // link on a shared run alone, below the threshold on overlap, are the ones the bounds must keep.
  const stretch = fc.record({
    remark: fc.nat(1),
    from: fc.nat(12),
    length: fc.integer({ min: 5, max: 10 }),
    before: fc.array(word, { maxLength: 6 }),
    after: fc.array(word, { maxLength: 6 }),
    speaker: fc.constantFrom(0, 3, 4, 4),
  });
  const runReports = fc.record({
    remarks: fc.array(fc.array(word, { minLength: 22, maxLength: 22 }), { minLength: 2, maxLength: 2 }),
    docs: fc.array(fc.array(stretch, { minLength: 1, maxLength: 2 }), { minLength: 3, maxLength: 5 }),
  });

  it('links the same pairs as scoring every candidate in full when quotes share a run of words (property)', () => {
    const defaults = resolveQuoteClusterOptions(undefined);
    let linked = 0;
    fc.assert(
      fc.property(runReports, (r) => {
        const { docs, quotes } = reportsOf(
          r.docs.map((stretches) =>
            stretches.map((x) => ({
              words: [...x.before, ...(r.remarks[x.remark] ?? []).slice(x.from, x.from + x.length), ...x.after],
              speaker: x.speaker,
            })),
          ),
        );
        const c = readCorpus(docs);
        const fast = clusterQuotes(c, quotes, [], defaults);
        const full = clusterQuotes(c, quotes, [], { ...defaults, scoreEveryCandidate: true });
        linked += fast.reduce((n, x) => n + x.links.filter((l) => l.speaker !== 'same' && l.lexical === 0.6).length, 0);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(full));
      }),
      { seed: 42, numRuns: 200 },
    );
    // Some pairs do link on a shared run alone (lexical 0.6, no speaker named for both).
    expect(linked).toBeGreaterThan(10);
  });
});
