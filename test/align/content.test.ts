import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentClasses, type SpanRef } from '../../src/align/content.js';
import { diffUnits, wordDiff, type DiffUnits } from '../../src/align/diff.js';
import { wordView } from '../../src/align/view.js';
import { alignCorpus, resolveAlignOptions } from '../../src/align/index.js';
import { prepareSpan, scoreContext, scoreWithComponents } from '../../src/align/score.js';
import { POS_INDEX, TokenFlag, tokenAt, type Corpus, type DocModel } from '../../src/document/model.js';
import { readCorpus } from '../../src/document/read.js';

// Text written for these tests: one paragraph carried by several outlets, an edited copy of it, and
// the same words in other surroundings.
const PARA = 'The regional council approved the new bridge on Monday after a long debate about its cost.';
const EDITED = 'The regional council finally approved a new bridge on Monday after a short and bitter debate about its cost.';
const PROPN = POS_INDEX.get('PROPN') ?? 0;

/** A token range of `doc` covering the characters `[start, end)`. */
const spanOfText = (doc: DocModel, start: number, end: number): { doc: DocModel; from: number; to: number } => ({
  doc,
  from: tokenAt(doc, start),
  to: tokenAt(doc, end),
});
const refOf = (corpus: Corpus, d: number, phrase: string): SpanRef => {
  const doc = corpus.docs[d]!;
  const start = doc.text.indexOf(phrase);
  const s = spanOfText(doc, start, start + phrase.length);
  return { doc: d, from: s.from, to: s.to };
};
/** Every token of span `r` gets `change` applied to its columns (what another context could give it). */
const retag = (corpus: Corpus, r: SpanRef, change: (t: DocModel['tokens'], i: number) => void): void => {
  for (let i = r.from; i < r.to; i++) change(corpus.docs[r.doc]!.tokens, i);
};

/** What a diff reads of a span's units: per token its key, the gap before it and its text. */
const unitTexts = (u: DiffUnits): [number, string, string][] =>
  [...u.keys].map((k, i) => [
    k,
    u.text.slice(i === 0 ? (u.start[0] ?? 0) : (u.end[i - 1] ?? 0), u.start[i] ?? 0),
    u.text.slice(u.start[i] ?? 0, u.end[i] ?? 0),
  ]);

describe('contentClasses', () => {
  const read = (): Corpus =>
    readCorpus([
      { id: 'a', text: `Local news\n\n${PARA}` },
      { id: 'b', text: `${PARA}\n\nMore to follow.` },
      { id: 'c', text: `Bridge vote\n\n${PARA.replace('new bridge', 'new\u00A0bridge')}` },
    ]);
  /** Changes token `r.from + k` of span `r` (a column another context could give another value). */
  type Change = (t: DocModel['tokens'], i: number) => void;
  const at =
    (k: number, change: Change) =>
    (corpus: Corpus, r: SpanRef): void =>
      change(corpus.docs[r.doc]!.tokens, r.from + k);
  const flip =
    (flag: number): Change =>
    (t, i) =>
      void ((t.flags as Uint8Array)[i] = (t.flags[i] ?? 0) ^ flag);

  it.each<{ name: string; change?: (corpus: Corpus, r: SpanRef) => void; same: boolean }>([
    { name: 'the same text with the same tokens', same: true },
    { name: 'another POS tag', change: at(2, (t, i) => void ((t.pos as Uint8Array)[i] = PROPN)), same: false },
    { name: 'another match key (lemma)', change: at(3, (t, i) => void ((t.key as Int32Array)[i] = t.key[i + 1] ?? 0)), same: false },
    { name: 'another surface form', change: at(3, (t, i) => void ((t.surface as Int32Array)[i] = t.surface[i + 1] ?? 0)), same: false },
    { name: 'another stop mark', change: at(1, flip(TokenFlag.Stop)), same: false },
    { name: 'another capital mark', change: at(1, flip(TokenFlag.Capitalized)), same: false },
    { name: 'another sentence-start mark', change: at(1, flip(TokenFlag.SentenceStart)), same: false },
    { name: 'a boilerplate mark', change: at(1, flip(TokenFlag.Boilerplate)), same: false },
    {
      name: 'another paragraph-start mark (no input of the scorer or the diff)',
      change: at(0, flip(TokenFlag.ParagraphStart)),
      same: true,
    },
  ])('two copies of a paragraph, one with $name: same class = $same', ({ change, same }) => {
    const corpus = read();
    const a = refOf(corpus, 0, PARA);
    const b = refOf(corpus, 1, PARA);
    change?.(corpus, b);
    const { classOf, reps } = contentClasses(corpus.docs, [a, b]);
    expect(classOf[0] === classOf[1]).toBe(same);
    expect(reps.length).toBe(same ? 1 : 2);
  });

  it('the same words with a non-breaking space are another class', () => {
    const corpus = read();
    const { classOf } = contentClasses(corpus.docs, [
      refOf(corpus, 0, PARA),
      refOf(corpus, 2, PARA.replace('new bridge', 'new\u00A0bridge')),
    ]);
    expect(classOf[0]).not.toBe(classOf[1]);
  });

  it('spans of one class have equal word views and diff units, whatever the spans (property)', () => {
    // Short texts from a few words, so that equal texts in other positions and contexts are common.
    const word = fc.constantFrom(
      'Kim',
      'kim',
      'met',
      'Lavrov',
      'in',
      'Moscow',
      '.',
      ',',
      'said',
      'the',
      'The',
      '3',
      '\u201C',
      '\u201D',
      '\n\n',
      '\u00A0',
    );
    const text = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 2, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { minLength: 2, maxLength: 30 }),
        (texts, picks) => {
          const corpus = readCorpus(texts.map((t, i) => ({ id: `d${i}`, text: t })));
          const spans: SpanRef[] = picks.map(([d, f, len]) => {
            const doc = corpus.docs[d % corpus.docs.length]!;
            const from = doc.tokens.count === 0 ? 0 : f % doc.tokens.count;
            return { doc: d % corpus.docs.length, from, to: Math.min(doc.tokens.count, from + 1 + (len % 6)) };
          });
          const { classOf, reps } = contentClasses(corpus.docs, spans);
          spans.forEach((s, i) => {
            const r = spans[reps[classOf[i]!]!]!;
            const x = { doc: corpus.docs[s.doc]!, from: s.from, to: s.to };
            const y = { doc: corpus.docs[r.doc]!, from: r.from, to: r.to };
            const [vx, vy] = [wordView(x), wordView(y)];
            expect([vx.keys, vx.surface, vx.stop, vx.cls, vx.pos, vx.chars, vx.count]).toEqual([
              vy.keys,
              vy.surface,
              vy.stop,
              vy.cls,
              vy.pos,
              vy.chars,
              vy.count,
            ]);
            expect(unitTexts(diffUnits(x))).toEqual(unitTexts(diffUnits(y)));
          });
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('alignCorpus, scored and diffed once per pair of content classes', () => {
  it('gives every pair the score, components and diff of scoring and diffing it afresh, with copies retagged', () => {
    // Four documents, so that seed-and-extend links every pair of copies (larger groups are linked
    // through their first copy only).
    const corpus = readCorpus([
      { id: 'a', text: `Council news\n\n${PARA}` },
      { id: 'b', text: `${PARA}\n\nThe mayor was not present.` },
      { id: 'c', text: `Bridge approved\n\n${PARA}\n\nWork starts in spring.` },
      { id: 'd', text: `Vote in the council\n\n${EDITED}` },
    ]);
    // One copy retagged as another context could tag it (its words as proper nouns): its pairs must not reuse the score or diff of an untouched copy with the same text.
    const b = refOf(corpus, 1, PARA);
    retag(corpus, b, (t, i) => void ((t.pos as Uint8Array)[i] = PROPN));
    const ctx = scoreContext(corpus.vocab);
    const als = alignCorpus(corpus, resolveAlignOptions({}));
    // a, b and c carry PARA, d the edited copy: three pairs with d; the pairs among a, b and c are listed
    // only when they score below a verbatim 1 (b's retagging may make them).
    expect(als.flatMap((a) => a.pairs).length).toBeGreaterThanOrEqual(3);
    const withD = new Map<string, unknown>();
    for (const al of als) {
      const spans = al.members.map((m) => {
        const doc = corpus.docs.find((d) => d.id === m.docId)!;
        return spanOfText(doc, m.start, m.end);
      });
      for (const p of al.pairs) {
        const [x, y] = [spans[p.a]!, spans[p.b]!];
        const fresh = scoreWithComponents(prepareSpan(x, ctx), prepareSpan(y, ctx), ctx);
        expect([p.similarity, p.components]).toEqual([fresh.result.score, fresh.components]);
        expect(p.diff).toEqual(wordDiff(x, y));
        const [da, db] = [al.members[p.a]?.docId, al.members[p.b]?.docId];
        if (db === 'd') withD.set(da ?? '', [p.components, p.diff]);
      }
    }
    // The retagged copy compares differently with the edited one than its untouched twins do.
    expect(withD.get('a')).toEqual(withD.get('c'));
    expect(withD.get('b')).toBeDefined();
    expect(withD.get('b')).not.toEqual(withD.get('a'));
  });
});
