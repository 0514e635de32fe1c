// The planted-reuse corpus generator and its scorer (test/eval/planted-lib.ts), on paragraphs written here: the
// figures of `npm run eval -- planted` are only as honest as the ground truth and these definitions.
import { describe, expect, it } from 'vitest';
import {
  buildPlanted,
  editLightly,
  mulberry32,
  paraphraseLike,
  PLANTED_DEFAULTS,
  rotateClauses,
  scorePlanted,
  wordRuns,
  type PlantedCorpus,
  type ScoredMember,
  type SourceParagraph,
} from './planted-lib.js';

const VOCAB = (
  'council budget officials said the mayor would review plans for new schools while critics asked whether taxes ' +
  'should rise, and voters in the city told reporters that the election campaign had become a debate about jobs'
).split(' ');

/** Paragraphs of invented words: two to four sentences, each with a comma; group = index / 10. */
function sources(n: number, seed = 7): SourceParagraph[] {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const sentences = Array.from({ length: 2 + Math.floor(rng() * 3) }, (_, s) => {
      const words = Array.from({ length: 10 + Math.floor(rng() * 8) }, () => VOCAB[Math.floor(rng() * VOCAB.length)] ?? 'word');
      words.splice(4, 0, `p${i}s${s},`);
      const text = words.join(' ').replace(/,,/gu, ',');
      return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}.`;
    });
    return { text: sentences.join(' '), group: `g${Math.floor(i / 10)}` };
  });
}

const SOURCES = sources(3000);
const CORPUS = buildPlanted(SOURCES);

const copyText = (c: PlantedCorpus, article: number, slot: number): string => {
  const a = c.articles[article];
  const s = a?.slots[slot];
  return a === undefined || s === undefined ? '' : a.text.slice(s.start, s.end);
};

describe('mulberry32', () => {
  it('gives the same numbers for one seed, in [0, 1)', () => {
    const a = mulberry32(16);
    const b = mulberry32(16);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(17)()).not.toBe(xs[0]);
  });
});

describe('buildPlanted', () => {
  it('builds 200 articles of 8 to 14 paragraphs whose slots slice the text', () => {
    expect(CORPUS.articles).toHaveLength(200);
    for (const a of CORPUS.articles) {
      expect(a.slots.length).toBeGreaterThanOrEqual(8);
      expect(a.slots.length).toBeLessThanOrEqual(14);
      expect(a.slots.map((s) => a.text.slice(s.start, s.end)).join('\n\n')).toBe(a.text);
      const reused = a.slots.filter((s) => s.pool !== undefined).length;
      expect(reused).toBeLessThanOrEqual(4);
    }
  });

  it('deals each pool paragraph to 2 to 5 distinct articles and uses each source once at most', () => {
    for (const p of CORPUS.pool) {
      expect(p.copies.length).toBeGreaterThanOrEqual(2);
      expect(p.copies.length).toBeLessThanOrEqual(5);
      expect(new Set(p.copies.map((c) => c.article)).size).toBe(p.copies.length);
      for (const c of p.copies) expect(CORPUS.articles[c.article]?.slots[c.slot]?.pool).toBe(p.id);
    }
    const fillers = CORPUS.articles.flatMap((a) => a.slots.filter((s) => s.pool === undefined).map((s) => s.source));
    const used = [...fillers, ...CORPUS.pool.map((p) => p.source)];
    expect(new Set(used).size).toBe(used.length);
  });

  it('draws tiers near 50/30/20 and makes each tier as described', () => {
    const share = (t: string): number => CORPUS.pool.filter((p) => p.tier === t).length / CORPUS.pool.length;
    expect(share('verbatim')).toBeGreaterThan(0.4);
    expect(share('edited')).toBeGreaterThan(0.2);
    expect(share('paraphrase')).toBeGreaterThan(0.12);
    for (const p of CORPUS.pool) {
      const texts = p.copies.map((c) => copyText(CORPUS, c.article, c.slot));
      const source = SOURCES[p.source]?.text ?? '';
      // One copy is the source text itself; verbatim copies all are.
      expect(texts).toContain(source);
      if (p.tier === 'verbatim') expect(new Set(texts).size).toBe(1);
    }
    expect(CORPUS.stats.editedShare).toBeGreaterThan(0.06);
    expect(CORPUS.stats.editedShare).toBeLessThan(0.1);
    expect(CORPUS.stats.swappedShare).toBeGreaterThan(0.25);
    expect(CORPUS.stats.swappedShare).toBeLessThanOrEqual(0.34);
  });

  it('depends on the seed only', () => {
    expect(buildPlanted(SOURCES)).toEqual(CORPUS);
    expect(buildPlanted(SOURCES, { ...PLANTED_DEFAULTS, seed: 17 }).articles[0]?.text).not.toBe(CORPUS.articles[0]?.text);
  });
});

describe('the transformations', () => {
  it.each([
    ['two clauses', 'After the vote, the council adjourned.', 'The council adjourned, after the vote.'],
    ['a name keeps its capital', 'Smith left early, the aides said.', 'The aides said, Smith left early.'],
    ['an abbreviation keeps its one stop', 'He sued the N.A.A.C.P., critics said.', 'Critics said, he sued the N.A.A.C.P.'],
  ])('rotateClauses: %s', (_name, sentence, expected) => {
    expect(rotateClauses(sentence)).toBe(expected);
  });

  it('rotateClauses leaves a sentence of one clause alone', () => {
    expect(rotateClauses('The council adjourned.')).toBeUndefined();
  });

  it('editLightly edits about the rate it is given', () => {
    const rng = mulberry32(3);
    const text = Array.from({ length: 5000 }, (_, i) => VOCAB[i % VOCAB.length]).join(' ');
    const e = editLightly(text, rng, 0.08, ['zebra']);
    expect(e.words).toBe(5000);
    expect(e.edits / e.words).toBeGreaterThan(0.07);
    expect(e.edits / e.words).toBeLessThan(0.09);
  });

  it('paraphraseLike rotates the clauses and swaps a third of the content words where it can', () => {
    const p = paraphraseLike('In the city, officials said the budget would rise.', mulberry32(5), 1 / 3);
    expect(p.rotated).toBe(true);
    // Content words: city, officials, said, budget, rise ('would' is a function word).
    expect(p.content).toBe(5);
    expect(p.swapped).toBeLessThanOrEqual(Math.round(p.content / 3));
    expect(p.text).toMatch(/, in the city\.$/u);
  });

  it('wordRuns gives the runs of five words, case and punctuation ignored', () => {
    expect([...wordRuns('One, two THREE four five six.')]).toEqual(['one two three four five', 'two three four five six']);
  });
});

describe('scorePlanted', () => {
  const membersOf = (c: PlantedCorpus, article: number, slot: number): ScoredMember => {
    const a = c.articles[article];
    const s = a?.slots[slot];
    return { docId: a?.id ?? '', start: s?.start ?? 0, end: s?.end ?? 0 };
  };
  const truth = CORPUS.pool.map((p) => ({
    kind: 'verbatim',
    similarity: 1,
    members: p.copies.map((c) => membersOf(CORPUS, c.article, c.slot)),
  }));

  it('finds every pair and no false link when the alignments are the ground truth', () => {
    const s = scorePlanted(CORPUS, SOURCES, truth);
    for (const t of ['verbatim', 'edited', 'paraphrase'] as const) expect(s.recall[t].found).toBe(s.recall[t].pairs);
    expect(s.links.false).toBe(0);
    expect(s.missed).toEqual([]);
  });

  it('finds nothing without alignments', () => {
    const s = scorePlanted(CORPUS, SOURCES, []);
    expect(s.recall.verbatim.found).toBe(0);
    expect(s.missed.length).toBe(s.recall.verbatim.pairs + s.recall.edited.pairs + s.recall.paraphrase.pairs);
  });

  it('needs half of each copy covered', () => {
    const first = truth[0];
    if (first === undefined) throw new Error('no pool');
    const part = (m: ScoredMember, share: number): ScoredMember => ({ ...m, end: m.start + Math.floor((m.end - m.start) * share) });
    const half = scorePlanted(CORPUS, SOURCES, [{ ...first, members: first.members.map((m) => part(m, 0.6)) }]);
    const less = scorePlanted(CORPUS, SOURCES, [{ ...first, members: first.members.map((m) => part(m, 0.4)) }]);
    const pairs = (first.members.length * (first.members.length - 1)) / 2;
    const tier = CORPUS.pool[0]?.tier ?? 'verbatim';
    expect(half.recall[tier].found).toBe(pairs);
    expect(less.recall[tier].found).toBe(0);
  });

  it('counts a link between fillers of two groups as false, and one within a group apart', () => {
    const fillers = CORPUS.articles.flatMap((a, ai) =>
      a.slots.flatMap((s, si) => (s.pool === undefined ? [{ ai, si, group: SOURCES[s.source]?.group }] : [])),
    );
    const x = fillers[0];
    const other = fillers.find((f) => f.ai !== x?.ai && f.group !== x?.group);
    if (x === undefined || other === undefined) throw new Error('no fillers');
    const members = [membersOf(CORPUS, x.ai, x.si), membersOf(CORPUS, other.ai, other.si)];
    const s = scorePlanted(CORPUS, SOURCES, [{ kind: 'paraphrase', similarity: 0.6, members }]);
    expect(s.links).toEqual({ true: 0, false: 1, sameGroup: 0, sharedRun: 0 });
    const sameSource: SourceParagraph[] = SOURCES.map((p) => ({ ...p, group: 'one' }));
    expect(scorePlanted(CORPUS, sameSource, [{ kind: 'paraphrase', similarity: 0.6, members }]).links.sameGroup).toBe(1);
  });
});
