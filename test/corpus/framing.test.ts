// Framing on the five real articles of the headline case, read from ../shared/corpus at run time (never
// copied into the project): loaded labels and whom they name, cue verbs, credited sources, coverage.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { FramingDocument, Report } from '../../src/index.js';
import { LAVROV_TEXTS, lavrovId } from '../helpers/lavrov.js';
import { memberText } from '../../src/report/format.js';
import { checkSpans } from '../helpers/spans.js';

const texts = LAVROV_TEXTS;
const idStarting = lavrovId;

let report: Report;
beforeAll(async () => {
  report = await analyze(Object.entries(texts).map(([id, text]) => ({ id, text })));
});
const doc = (prefix: string): FramingDocument => {
  const f = report.framing.documents.find((d) => d.docId === idStarting(prefix));
  if (!f) throw new Error(`no framing for ${prefix}`);
  return f;
};
const label = (prefix: string, text: string) => doc(prefix).labels.find((l) => l.text.toLowerCase() === text);

describe('lavrov-kim-2018 framing: labels', () => {
  it.each([
    ['001', 'hermit kingdom', 'North Korea'],
    ['001', 'secret regime', 'North Korea'],
    ['002', 'strongman', 'Kim Jong'],
    ['002', 'ruler', 'Kim Jong'],
    ['000', 'ruler', 'Kim Jong'],
  ])('article %s: "%s" is a loaded label for %s', (prefix, text, who) => {
    const l = label(prefix, text);
    expect(l, `${text} in ${prefix}`).toBeDefined();
    expect(l?.loaded).toBe(true);
    expect(l?.direction).toBe('negative');
    expect(l?.refersTo ?? '').toContain(who);
    expect(l?.quoted).toBe(false);
  });

  it('"head of state" is a label for Kim in article 003, and not loaded', () => {
    const l = label('003', 'head of state');
    expect(l).toBeDefined();
    expect(l?.loaded).toBe(false);
    expect(l?.refersTo ?? '').toContain('Kim Jong');
  });

  // Issue 17's wrong labels: "best regards", "in spite of", "fears of (a) war on the Korean Peninsula", and
  // "successful" (a sentiment-fallback word) judge nothing in these articles.
  it.each(['successful', 'best', 'spite', 'war on'])('no article flags "%s" as loaded', (word) => {
    for (const d of report.framing.documents) {
      expect(d.labels.filter((l) => l.loaded && l.text.toLowerCase().includes(word)).map((l) => l.text)).toEqual([]);
    }
  });

  it('no article calls Kim a "dictator" (the lexicon does not invent labels)', () => {
    for (const d of report.framing.documents) expect(d.labels.filter((l) => l.term === 'dictator')).toEqual([]);
  });

  it('the naming table shows how each article names Kim and North Korea', () => {
    const kim = report.framing.actors.find((a) => a.kind === 'person' && a.name.startsWith('Kim Jong'));
    const nk = report.framing.actors.find((a) => a.kind === 'state' && a.name === 'North Korea');
    expect(kim?.byDocument.length).toBe(5);
    const forms = (a: typeof kim, prefix: string) =>
      a?.byDocument.find((b) => b.docId === idStarting(prefix))?.forms.map((f) => f.form) ?? [];
    expect(forms(kim, '002')).toEqual(expect.arrayContaining(['strongman', 'ruler', 'leader']));
    expect(forms(kim, '003')).toContain('head of state');
    expect(forms(nk, '001')).toEqual(expect.arrayContaining(['hermit kingdom', 'secret regime']));
    // Issue 17: each form carries its direction, each document its loaded share.
    const kim002 = kim?.byDocument.find((b) => b.docId === idStarting('002'));
    expect(kim002?.forms.find((f) => f.form === 'strongman')).toMatchObject({ loaded: true, direction: 'negative' });
    expect(kim002?.forms.find((f) => f.form === 'leader')).toMatchObject({ loaded: false, direction: 'neutral' });
    expect(kim002?.loadedShare).toBeGreaterThan(0);
  });
});

describe('lavrov-kim-2018 framing: attribution verbs', () => {
  it.each(['000', '001', '002'])('article %s: "complained" is a loaded, negative cue verb; "said"/"told" are neutral', (prefix) => {
    const verbs = doc(prefix).cueVerbs.verbs;
    const complained = verbs.find((v) => v.lemma === 'complain');
    expect(complained?.loaded).toBe(true);
    expect(complained?.direction).toBe('negative');
    expect(texts[idStarting(prefix)]?.slice((complained?.end ?? 0) + 1, (complained?.end ?? 0) + 3)).toBe('of');
    const neutral = verbs.filter((v) => v.lemma === 'say' || v.lemma === 'tell');
    expect(neutral.length).toBeGreaterThan(0);
    for (const v of neutral) expect(v.loaded).toBe(false);
  });
});

describe('lavrov-kim-2018 framing: credited sources', () => {
  it.each([
    ['000', ['Tass']],
    ['001', ['Associated Press', 'Reuters']],
    ['004', ['Tass', 'Reuters']],
  ])('article %s credits %j', (prefix, sources) => {
    expect(doc(prefix).sourcesCredited).toEqual(expect.arrayContaining(sources));
  });
});

describe('lavrov-kim-2018 framing: coverage and pairs', () => {
  it('is deterministic: a second run gives byte-identical framing and coverage', async () => {
    const again = await analyze(Object.entries(texts).map(([id, text]) => ({ id, text })));
    expect(JSON.stringify(again.framing)).toBe(JSON.stringify(report.framing));
    expect(JSON.stringify(again.coverage)).toBe(JSON.stringify(report.coverage));
  });

  it('the sources component points at the credits only one article makes', () => {
    const p = report.framing.pairs.find((x) => x.a === idStarting('000') && x.b === idStarting('001'));
    const ev = p?.explanations.find((e) => e.component === 'sources')?.evidence ?? [];
    expect(ev.map((e) => e.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('Tass'), expect.stringContaining('Associated Press')]),
    );
  });

  it('every span in framing and coverage slices its article', () => {
    const { checked, mismatches } = checkSpans({ ...report, alignments: [], quotes: [], quoteClusters: [] }, texts);
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it('the coverage table lists, for each article, the shared items it omits that at least half the others carry', () => {
    const { items, documents } = report.coverage;
    expect(documents.map((d) => d.docId)).toEqual(Object.keys(texts));
    for (const d of documents) {
      const expected = items.filter((it) => !it.carriedBy.includes(d.docId) && it.carriedBy.length >= 2).map((it) => it.id);
      expect(d.omits).toEqual(expected);
      for (const u of d.uniquelyCarries) expect(texts[d.docId]?.slice(u.start, u.end)).toBe(u.text);
    }
  });

  it.each([
    ['“As we move to adjust', 'the Kim remark of the AP/Reuters copies'],
    ['remained largely on the sidelines', 'the AP paragraph'],
  ])('the passage with %j (%s) is carried by the articles that print it and listed as omitted by the others', (phrase, _what) => {
    const items = report.coverage.items.filter((it) => it.type === 'alignment');
    const item = items.find((it) => {
      const a = report.alignments.find((x) => x.id === it.id);
      return a?.members.some((_m, i, ms) => memberText(ms, i).includes(phrase)) ?? false;
    });
    expect(item, phrase).toBeDefined();
    const carrying = Object.keys(texts).filter((id) => texts[id]?.includes(phrase));
    expect(carrying.length).toBeGreaterThanOrEqual(2);
    expect(item?.carriedBy).toEqual(expect.arrayContaining(carrying));
    const omitting = Object.keys(texts).filter((id) => !item?.carriedBy.includes(id));
    expect(omitting.length).toBeGreaterThan(0);
    for (const id of omitting) {
      // Carried by at least half of the other articles, so each omitting article lists it.
      if ((item?.carriedBy.length ?? 0) >= 2) expect(report.coverage.documents.find((d) => d.docId === id)?.omits).toContain(item?.id);
    }
  });

  it('pairs are all 10, scores in [0, 1], weights sum to 1, and every component is explained', () => {
    expect(report.framing.pairs).toHaveLength(10);
    for (const p of report.framing.pairs) {
      expect(p.divergence).toBeGreaterThanOrEqual(0);
      expect(p.divergence).toBeLessThanOrEqual(1);
      expect(Object.values(p.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      expect(p.explanations.map((e) => e.component).sort()).toEqual(Object.keys(p.components).sort());
      for (const e of p.explanations) {
        expect(e.value).toBe(p.components[e.component]);
        for (const ev of e.evidence) expect(texts[ev.docId]?.slice(ev.start, ev.end)).toBe(ev.text);
      }
    }
  });

  it('the article that calls North Korea a "hermit kingdom" diverges on labels from one that only says "head of state"', () => {
    const p = report.framing.pairs.find((x) => x.a === idStarting('001') && x.b === idStarting('003'));
    expect(p?.components.labels).toBeGreaterThan(0.1);
    const ev = p?.explanations.find((e) => e.component === 'labels')?.evidence.map((e) => e.text.toLowerCase()) ?? [];
    expect(ev.some((t) => t === 'hermit kingdom' || t === 'secret regime')).toBe(true);
  });
});
