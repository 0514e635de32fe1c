// Quotes, speakers and credited sources on the five real articles of the headline case, read from
// ../shared/corpus at run time (never copied into the project). Quotes are located by short phrases.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { readCorpus } from '../../src/document/read.js';
import { quoteStages } from '../helpers/stages.js';
import type { Quote } from '../../src/quotes/types.js';

const dir = fileURLToPath(new URL('../../../shared/corpus/lavrov-kim-2018/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const inputs = files.map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(dir + f, 'utf8') }));
const texts = Object.fromEntries(inputs.map((i) => [i.id, i.text]));
const report = await analyze(inputs);
const quotes = report.quotes as readonly Quote[];
const containing = (phrase: string): Quote[] => quotes.filter((q) => q.text.includes(phrase));

describe('lavrov-kim-2018 quotes', () => {
  it('every quote, speaker mention, cue, credit and insertion slices its article', () => {
    expect(quotes.length).toBeGreaterThan(20);
    for (const q of quotes) {
      const text = texts[q.docId] ?? '';
      for (const s of [q, q.speaker?.mention, q.cueMention, q.creditedSourceMention, q.openMark, q.closeMark, ...q.insertions]) {
        if (s !== undefined) expect(text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });

  it.each([
    ['Come to Russia', /Lavrov/, 2],
    ['As we move to adjust', /^Kim Jong/, 3],
    ['no hat in the ring', /^Anthony Rinna$/, 2],
    ['As for sanctions', /Lavrov/, 2],
    ['US hegemonism', /^Kim Jong/, 5],
  ])('“%s” → %s in every article that carries it', (phrase, speaker, atLeast) => {
    const found = containing(phrase);
    expect(found.length).toBeGreaterThanOrEqual(atLeast);
    for (const q of found) expect(q.speaker?.name).toMatch(speaker);
    // One canonical name across articles, whatever each article wrote.
    expect(new Set(found.map((q) => q.speaker?.name)).size).toBe(1);
  });

  it('Kim told Lavrov: the cue is "told"', () => {
    const cues = containing('As we move to adjust').map((q) => [q.cue, q.cueLemma]);
    expect(cues).toContainEqual(['told', 'tell']);
  });

  it('the Rinna remark is credited to Reuters in one article only', () => {
    const credited = containing('no hat in the ring').filter((q) => q.creditedSource === 'Reuters');
    expect(credited).toHaveLength(1);
  });

  it('the Associated Press is credited for Kim’s remark where the article says so', () => {
    expect(containing('As we move to adjust').some((q) => q.creditedSource === 'Associated Press')).toBe(true);
  });

  it('a partial quote is marked partial, and the editorial insertion is reported', () => {
    for (const q of containing('US hegemonism').filter((x) => x.text === 'US hegemonism')) expect(q.partial).toBe(true);
    const inserted = quotes.flatMap((q) => q.insertions.map((i) => i.text));
    expect(inserted).toContain('[of the world]');
  });

  it('the multi-paragraph sanctions statement is linked piece to piece', () => {
    const pieces = quotes.filter((q) => q.continues !== undefined);
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    for (const q of pieces) expect(quotes.find((p) => p.id === q.continues)?.speaker?.name).toBe(q.speaker?.name);
  });

  it('the pronoun speaker of “… he added” is the mention, the name is canonical', () => {
    const added = quotes.filter((q) => q.cue === 'added' && q.speaker?.kind === 'pronoun');
    expect(added.length).toBeGreaterThanOrEqual(1);
    for (const q of added) expect(q.speaker?.mention?.text.toLowerCase()).toBe('he');
  });
});

describe('lavrov-kim-2018 actors and credits', () => {
  const corpus = readCorpus(inputs);
  const { actors: stage, credits } = quoteStages(corpus);
  const actors = stage.list;

  it('gives Kim and Lavrov one actor each across spellings', () => {
    const kim = actors.filter((a) => a.mentions.some((m) => m.text === 'Kim Jong Un' || m.text === 'Kim Jong-un'));
    expect(kim).toHaveLength(1);
    const forms = new Set(kim[0]?.mentions.map((m) => m.text));
    expect(forms.has('Kim Jong Un') && forms.has('Kim Jong-un') && forms.has('Kim')).toBe(true);
    const lavrov = actors.filter((a) => a.mentions.some((m) => m.text.includes('Lavrov')));
    expect(lavrov).toHaveLength(1);
    const lavrovForms = new Set(lavrov[0]?.mentions.map((m) => m.text));
    expect(lavrovForms.has('Sergey Lavrov') && lavrovForms.has('Sergei Lavrov')).toBe(true);
  });

  it('resolves descriptors ("the North Korean ruler") to Kim', () => {
    const kim = actors.find((a) => a.name.startsWith('Kim Jong'));
    const descriptors = kim?.mentions.filter((m) => m.kind === 'descriptor').map((m) => m.text.toLowerCase()) ?? [];
    expect(descriptors).toContain('the north korean ruler');
  });

  it('finds the credited agencies of each article', () => {
    const names = credits.map((cs) => new Set(cs.map((c) => c.name)));
    const byFile = (prefix: string): Set<string> => names[files.findIndex((f) => f.startsWith(prefix))] ?? new Set();
    expect([...byFile('000')]).toContain('Tass');
    expect([...byFile('001')]).toEqual(expect.arrayContaining(['Associated Press', 'Reuters']));
    expect([...byFile('004')]).toEqual(expect.arrayContaining(['Tass', 'Reuters', 'Russian state media']));
    // KCNA is named in one article only to say it did not carry the remarks.
    expect([...byFile('000')]).not.toContain('Korean Central News Agency');
  });
});
