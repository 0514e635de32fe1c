// wink-nlp adds every word it reads to its lexicon, so what a text reads like could depend on what was
// read before it. This file starts with a fresh wink-nlp (vitest gives each test file its own modules),
// reads texts, reads many others, and reads the texts again: every token (offsets, kind, part of speech,
// match key, surface form, flags, sentence) and every sentence (bounds, sentiment) must be the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Corpus, DocModel } from '../../src/document/model.js';
import { readCorpus } from '../../src/document/read.js';
import { corpus, NAME_FORMS, QUOTE_MARKS } from '../helpers/generators.js';

/** Everything the later stages read of a document, with vocabulary ids as their strings. */
function reading(c: Corpus, doc: DocModel): string[] {
  const t = doc.tokens;
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) {
    out.push(
      [
        t.start[i],
        t.end[i],
        t.kind[i],
        t.pos[i],
        c.vocab.str(t.key[i] ?? -1),
        c.vocab.str(t.surface[i] ?? -1),
        t.flags[i],
        t.sentence[i],
      ].join('|'),
    );
  }
  for (const s of doc.sentences) out.push(`sentence ${s.start}-${s.end} ${s.sentiment} ${s.boilerplate}`);
  for (const p of doc.paragraphs) out.push(`paragraph ${p.start}-${p.end}`);
  return out;
}

/** Texts with what wink-nlp learns: unknown words, possessives, contractions, abbreviations, compounds. */
const TRICKY = [
  "Kessel's aide said Brandt's plan wasn't Tervik's. Than Trump's.",
  'The U.S. envoy met Mr. Ostrowski-Velbrand at 9 a.m. on Jan. 5; e.g. the half-way house.',
  "Zyxqorp's zyxqorps zyxqorped. ZYXQORP! 'Zyxqorp,' she said. It's Zyxqorp’s.",
  'Kim Jong Un and Kim Jong-un met in Pyongyang’s palace; N. Korea’s leader isn’t here.',
  "Velbrand's plan and Aldsberg's port. Marren's navy sailed; Halden's shoals.",
];

const LATER = [
  ...TRICKY.map((t) => t.replace(/'s\b/gu, '’s')),
  "Zyxqorp's. Kessel's. Brandt's. Ostrowski-Velbrand's. Tervik's aide's. wasn't isn't",
  // A possessive ending a sentence is learned whole by wink-nlp.
  "It was bigger than Velbrand's. Nothing like Aldsberg's. Ask Marren's! Why Halden's?",
  'zyxqorp Zyxqorp ZYXQORP zyxqorps Trump Trump. Than. U.S U.S.A. a.m e.g',
  ...NAME_FORMS.flat().map((n) => `${n}'s remark. “${n}” ${n}s.`),
];

describe('wink-nlp reads a text the same way whatever it read before', () => {
  const generated = fc.sample(corpus(5), { seed: 21, numRuns: 40 }).flatMap((docs) => docs);
  const texts = [...TRICKY, ...generated.slice(0, 20).map((d) => d.text)];
  // First thing in this file: the texts read fresh, one corpus each.
  const fresh = texts.map((text) => {
    const c = readCorpus([{ id: 'x', text }]);
    return reading(c, c.docs[0]!);
  });

  it('after many others: alone, and in one corpus after them', () => {
    const others = [...LATER, ...generated.map((d) => d.text), ...QUOTE_MARKS.map((m) => `${m}Zyxqorp's${m} x`)];
    readCorpus(others.map((text, i) => ({ id: `o${i}`, text })));
    texts.forEach((text, k) => {
      const c = readCorpus([{ id: 'x', text }]);
      expect(reading(c, c.docs[0]!)).toEqual(fresh[k]);
    });
    const all = readCorpus([...others, ...texts].map((text, i) => ({ id: `d${i}`, text })));
    texts.forEach((_, k) => {
      const doc = all.docs[others.length + k]!;
      expect(reading(all, doc)).toEqual(fresh[k]);
    });
  });
});
