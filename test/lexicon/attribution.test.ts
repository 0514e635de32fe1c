import { describe, expect, it } from 'vitest';
import {
  ACCORDING_TO,
  ATTRIBUTION_VERBS,
  CREDIT_PHRASES,
  CREDIT_VERBS,
  CUE_FORMS,
  CUE_PHRASES,
  INDIRECT_SPEECH_CUES,
  NOMINAL_CUES,
  inflect,
  verbsFor,
  type AttributionUse,
} from '../../src/lexicon/index.js';

const row = (lemma: string) => ATTRIBUTION_VERBS.find((v) => v.lemma === lemma);

describe('attribution-verbs.json: one row per lemma', () => {
  it('lists no lemma twice and no phrase twice', () => {
    const lemmas = ATTRIBUTION_VERBS.map((v) => v.lemma);
    expect(new Set(lemmas).size).toBe(lemmas.length);
    const phrases = CUE_PHRASES.map((p) => p.text);
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  it('gives every row a use, and each use the fields its stage reads', () => {
    for (const v of ATTRIBUTION_VERBS) {
      expect(v.uses.length, v.lemma).toBeGreaterThan(0);
      expect(v.kind !== undefined, `${v.lemma}: kind only and always on quote cues`).toBe(v.uses.includes('quote-cue'));
      expect(v.framing !== undefined, `${v.lemma}: framing only and always on framing rows`).toBe(v.uses.includes('framing'));
      if (v.forms !== undefined) expect(v.uses, v.lemma).toContain('quote-cue');
    }
  });

  // Which stage reads a lemma: the views each consumer relied on before the lists were merged.
  it.each<[string, readonly AttributionUse[]]>([
    ['say', ['quote-cue', 'framing', 'indirect-speech', 'source-credit']],
    ['report', ['quote-cue', 'framing', 'indirect-speech', 'source-credit']],
    ['whisper', ['quote-cue']],
    ['think', ['quote-cue']],
    ['testify', ['framing']],
    ['shoot back', ['framing']],
    ['value', ['indirect-speech']],
    ['condemn', ['framing', 'indirect-speech']],
    ['publish', ['quote-cue', 'source-credit']],
    ['fear', ['quote-cue', 'framing']],
  ])('%s is read by %j', (lemma, uses) => {
    expect(row(lemma)?.uses).toEqual(uses);
  });

  // At the merge (issue 13) each view was exactly its old list; a view may grow, but losing a row by a
  // dropped flag is a mistake.
  it.each([
    ['quote-cue', 106],
    ['framing', 183],
    ['indirect-speech', 43],
    ['source-credit', 12],
  ] as const)('flags %s on at least the %i rows its old list had', (use, n) => {
    expect(verbsFor(use).length).toBeGreaterThanOrEqual(n);
  });
});

describe('the quote-cue view', () => {
  it.each([
    ['said', 'say', 'speech'],
    ['denied', 'deny', 'speech'],
    ['criticised', 'criticize', 'speech'],
    ['argued', 'argue', 'speech'],
    ['reports', 'report', 'report'],
    ['thought', 'think', 'belief'],
  ])('%s is a form of %s (%s)', (form, lemma, kind) => {
    expect(CUE_FORMS.get(form)).toEqual({ lemma, kind });
  });

  it.each(['testify', 'value', 'slammed-', 'according'])('%s is no cue form', (form) => {
    expect(CUE_FORMS.has(form)).toBe(false);
  });

  it('gives no form to two lemmas', () => {
    const forms = verbsFor('quote-cue').flatMap((v) => v.forms ?? inflect(v.lemma));
    expect(CUE_FORMS.size).toBe(forms.length);
  });

  it.each([
    ['argue', ['argue', 'argues', 'argued', 'arguing']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
  ])('inflects %s regularly', (lemma, forms) => {
    expect(inflect(lemma)).toEqual(forms);
  });

  it('keeps the cue nouns', () => {
    expect(NOMINAL_CUES.has('claim')).toBe(true);
    expect(NOMINAL_CUES.has('remarks')).toBe(true);
  });
});

describe('cue phrases', () => {
  it("'according to' is a phrase: a quote's speaker follows it, and it credits a source", () => {
    const p = CUE_PHRASES.find((x) => x.text === 'according to');
    expect(p?.uses).toEqual(['quote-cue', 'quote-speaker', 'source-credit']);
    expect(ACCORDING_TO).toEqual({ first: 'according', second: 'to', lemma: 'according to' });
  });

  it('gives the credit phrases longest first, ties in file order', () => {
    expect(CREDIT_PHRASES).toEqual([
      'additional reporting by',
      'in an interview with',
      'as reported by',
      'according to',
      'reporting by',
      'published by',
      'reported by',
      'carried by',
      'quoted by',
      'cited by',
      'citing',
      'told',
      'via',
    ]);
  });
});

describe('credit and indirect-speech views', () => {
  it.each([
    ['carry', true],
    ['confirm', true],
    ['claim', false],
  ])('credit verb %s: %s', (lemma, yes) => {
    expect(CREDIT_VERBS.has(lemma)).toBe(yes);
  });

  it.each([
    ['appreciate', true],
    ['welcome', true],
    ['whisper', false],
    ['testify', false],
  ])('indirect-speech cue %s: %s', (lemma, yes) => {
    expect(INDIRECT_SPEECH_CUES.includes(lemma)).toBe(yes);
  });
});
