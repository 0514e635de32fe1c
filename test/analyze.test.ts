import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  analyze,
  NarrativeDiffError,
  reportSchema,
  SCHEMA_VERSION,
  similarity,
  toJSON,
  type ArticleInput,
  type Report,
  type SimilarityResult,
} from '../src/index.js';
import { checkSpans } from './helpers/spans.js';

const exampleDir = new URL('../examples/corpus/', import.meta.url);
const examples: ArticleInput[] = readdirSync(exampleDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(new URL(f, exampleDir), 'utf8') }));
const textsOf = (inputs: readonly ArticleInput[]) => Object.fromEntries(inputs.map((i) => [i.id, i.text]));

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(reportSchema);

describe('analyze: misuse throws NarrativeDiffError with a stable code', () => {
  it.each<[string, unknown, string, RegExp]>([
    ['not an array', { id: 'a', text: '' }, 'INVALID_INPUTS', /inputs must be an array.*found object/],
    ['null', null, 'INVALID_INPUTS', /found null/],
    ['an input that is a string', ['text'], 'INVALID_INPUT', /inputs\[0\] must be an object.*found string/],
    ['a missing id', [{ text: 'x' }], 'INVALID_ID', /inputs\[0\]\.id must be a non-empty string, found nothing/],
    ['an empty id', [{ id: '', text: 'x' }], 'INVALID_ID', /found ""/],
    ['a numeric id', [{ id: 3, text: 'x' }], 'INVALID_ID', /found number/],
    [
      'a duplicate id',
      [
        { id: 'a', text: '' },
        { id: 'a', text: '' },
      ],
      'DUPLICATE_ID',
      /inputs\[1\]\.id must be unique, found "a" again \(inputs\[0\]\)/,
    ],
    ['a numeric text', [{ id: 'a', text: 42 }], 'INVALID_TEXT', /inputs\[0\]\.text must be a string, found number/],
    ['a missing text', [{ id: 'a' }], 'INVALID_TEXT', /found undefined/],
    ['a numeric title', [{ id: 'a', text: '', title: 1 }], 'INVALID_FIELD', /inputs\[0\]\.title must be a string/],
  ])('%s', async (_name, inputs, code, message) => {
    const error = await analyze(inputs as ArticleInput[]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NarrativeDiffError);
    expect(error).toMatchObject({ name: 'NarrativeDiffError', code });
    expect((error as Error).message).toMatch(/^narrative-diff: /);
    expect((error as Error).message).toMatch(message);
  });

  it.each<[string, unknown, RegExp]>([
    ['options that are not an object', 'fast', /options must be an object, found string/],
    ['a negative minPassageWords', { align: { minPassageWords: -1 } }, /options\.align\.minPassageWords must be an integer from 1/],
    ['a minSimilarity above 1', { align: { minSimilarity: 2 } }, /options\.align\.minSimilarity must be a number from 0 to 1, found 2/],
    ['a string for paraphrases', { align: { paraphrases: 'yes' } }, /options\.align\.paraphrases must be a boolean, found string/],
  ])('rejects %s', async (_name, options, message) => {
    const error = await analyze([{ id: 'a', text: '' }], options as never).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_OPTION' });
    expect((error as Error).message).toMatch(message);
  });
});

describe('analyze: the report', () => {
  it('accepts empty text', async () => {
    const report = await analyze([{ id: 'empty', text: '' }]);
    expect(report.documents).toEqual([
      { id: 'empty', length: 0, stats: { tokens: 0, words: 0, sentences: 0, paragraphs: 0 }, boilerplate: [] },
    ]);
    expect(report.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('keeps the optional input fields it was given', async () => {
    const report = await analyze([
      { id: 'a', text: 'Hi.', title: 'T', source: 'S', url: 'https://example.org/a', publishedAt: '2025-03-04' },
    ]);
    expect(report.documents[0]).toMatchObject({
      id: 'a',
      title: 'T',
      source: 'S',
      url: 'https://example.org/a',
      publishedAt: '2025-03-04',
    });
  });

  it('on the example corpus validates against the JSON Schema and every span slices its text', async () => {
    const report = await analyze(examples);
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const { checked, mismatches } = checkSpans(report, textsOf(examples));
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });

  it('finds the boilerplate of the example corpus', async () => {
    const report = await analyze(examples);
    const kinds = Object.fromEntries(report.documents.map((d) => [d.id, d.boilerplate.map((b) => b.kind)]));
    expect(kinds['daily-courier']).toEqual(expect.arrayContaining(['share', 'byline', 'see-also', 'comments']));
    expect(kinds['capital-times']).toEqual(expect.arrayContaining(['advertise', 'cut-mark']));
    expect(kinds['harbour-watch']).toEqual(expect.arrayContaining(['metadata', 'photo-credit', 'comments']));
  });

  it('is deterministic: the same inputs give byte-identical JSON', async () => {
    const a = toJSON(await analyze(examples));
    const b = toJSON(await analyze(examples.map((e) => ({ ...e }))));
    expect(a).toBe(b);
  });

  it('every span slices its text and the report validates, on generated articles (property)', async () => {
    const word = fc.constantFrom(
      'Kessel',
      'Brandt',
      'said',
      'the',
      'talks',
      '“we will',
      'not bend”',
      '"ready"',
      'half-way',
      'U.S.',
      '👍🏽',
      'e\u0301',
      '中文',
      'עברית',
      '\u00A0',
      '\r\n',
      '\n\n',
      'Share this on\n',
      '(...)',
      '.',
      ',',
    );
    const text = fc.array(word, { maxLength: 40 }).map((w) => w.join(' '));
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 3 }), async (texts) => {
        const inputs = texts.map((t, i) => ({ id: `d${i}`, text: t }));
        const report = await analyze(inputs);
        expect(validate(report)).toBe(true);
        expect(checkSpans(report, textsOf(inputs)).mismatches).toEqual([]);
      }),
      { seed: 42, numRuns: 40 },
    );
  });
});

describe('similarity', () => {
  it.each<[string, string, SimilarityResult['kind']]>([
    ['All sides should go half-way.', 'All sides should go halfway.', 'verbatim'],
    ['\u201CCome to Aldsberg,\u201D Brandt said.', '"Come to Aldsberg," Brandt said.', 'verbatim'],
    ['The fish ban hurt towns on both sides of the strait.', 'Fishing towns were hurt by the weather in spring.', 'unrelated'],
  ])('%j ~ %j is %s', (a, b, kind) => {
    expect(similarity(a, b).kind).toBe(kind);
  });

  it('is symmetric and in [0, 1] (property)', () => {
    const s = fc
      .array(fc.constantFrom('Kessel', 'met', 'Brandt', 'in', 'Tervik', 'on', 'Tuesday', '.', 'the', 'talks'), { maxLength: 12 })
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(s, s, (a, b) => {
        const ab = similarity(a, b);
        const ba = similarity(b, a);
        expect(ab.score).toBeGreaterThanOrEqual(0);
        expect(ab.score).toBeLessThanOrEqual(1);
        expect(ab.score).toBeCloseTo(ba.score, 12);
        expect(ab.kind).toBe(ba.kind);
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it('rejects what is not a string', () => {
    expect(() => similarity(1 as unknown as string, 'a')).toThrow(/similarity\(a, b\): a must be a string, found number/);
  });
});

describe('types', () => {
  it('analyze returns Promise<Report>; similarity returns SimilarityResult', () => {
    expectTypeOf(analyze).returns.toEqualTypeOf<Promise<Report>>();
    expectTypeOf(similarity).returns.toEqualTypeOf<SimilarityResult>();
    expectTypeOf<Report['alignments'][number]['kind']>().toEqualTypeOf<'verbatim' | 'edited' | 'paraphrase'>();
    expectTypeOf<NarrativeDiffError['code']>().toBeString();
  });
});
