import { modelIdf } from '../align/model.js';
import { POS_INDEX, TokenFlag, TokenKind, type Corpus, type DocModel } from '../document/model.js';
import type { NamingsByDoc } from '../actors/types.js';
import type { Steps } from '../util/steps.js';

/**
 * One document as the stories stage compares it: weighted features (content words by match key, the
 * people and states it names), sorted by feature id, with weights of unit length.
 * @internal
 */
export interface DocVector {
  /** Feature ids, ascending. */
  readonly ids: Int32Array;
  /** Weight of each feature; the squares sum to 1 (or the vector is empty). */
  readonly weights: Float64Array;
}

/** Every document's vector, and what the features are. @internal */
export interface StoryVectors {
  /** Per document, by input position. */
  readonly docs: readonly DocVector[];
  /** Feature id → its name: `w:` and a match key, or `n:` and an actor's name. Ids follow the names' code-unit order. */
  readonly names: readonly string[];
  /** Feature id → in how many documents it occurs. */
  readonly df: Int32Array;
}

/** POS tags whose words say what a story is about. */
const CONTENT_POS: ReadonlySet<number> = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ'].map((t) => POS_INDEX.get(t) ?? -1));

/**
 * A name counts as much as a word this rare in news: the background IDF (below) of a word the news sentences
 * of the model never use is about 9.3; a name is a strong sign of a story but one name ("Obama") spans many.
 */
const NAME_IDF = 6;

/** Counts of each feature name in one document. */
function featureCounts(corpus: Corpus, doc: DocModel, names: NamingsByDoc): Map<string, number> {
  // Counted by key id first: a name per distinct word, not per token.
  const byKey = new Map<number, number>();
  const t = doc.tokens;
  for (let i = 0; i < t.count; i++) {
    const flags = t.flags[i] ?? 0;
    if (t.kind[i] !== TokenKind.Word || (flags & (TokenFlag.Stop | TokenFlag.Boilerplate)) !== 0) continue;
    if (!CONTENT_POS.has(t.pos[i] ?? -1)) continue;
    const key = t.key[i] ?? -1;
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  for (const [key, count] of byKey) {
    // A word read with the full stop after it ("york." at the end of a sentence) is the word.
    const read = corpus.vocab.str(key);
    const word = /^[^.]+\.$/u.test(read) ? read.slice(0, -1) : read;
    // One letter or digit says nothing of a story ("s", "u").
    if (word.length < 2) continue;
    const name = `w:${word}`;
    counts.set(name, (counts.get(name) ?? 0) + count);
  }
  for (const n of names[doc.index] ?? []) {
    const name = `n:${n.actor}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/**
 * The documents' vectors: each feature weighs (1 + ln tf) × background IDF × ln(1 + N / df). The background
 * IDF (from the news sentences the similarity model was fitted on) keeps words every news story uses ("say",
 * "year", "official") light even when the corpus is a handful of articles; the corpus factor keeps words most
 * of this corpus uses light. Feature ids are the ranks of the features' names, so that nothing depends on
 * the order the documents came in.
 *
 * @param corpus - the documents
 * @param names - per document, the states and persons it names (the actors stage's `names`)
 * @returns the vectors, the feature names and their document frequencies (pausing between documents, see {@link Steps})
 * @internal
 */
export function* storyVectors(corpus: Corpus, names: NamingsByDoc): Steps<StoryVectors> {
  const counts: ReturnType<typeof featureCounts>[] = [];
  for (const d of corpus.docs) {
    counts.push(featureCounts(corpus, d, names));
    yield;
  }
  const all = new Set<string>();
  for (const c of counts) for (const k of c.keys()) all.add(k);
  const featureNames = [...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const idOf = new Map(featureNames.map((n, i) => [n, i]));
  const df = new Int32Array(featureNames.length);
  for (const c of counts) {
    for (const k of c.keys()) {
      const id = idOf.get(k) ?? 0;
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  const background = modelIdf(corpus.vocab);
  // The word's own key, else its key with the full stop (a word met only at the end of a sentence).
  const backgroundIdf = (word: string): number => {
    const key = corpus.vocab.lookup(word);
    return background[key >= 0 ? key : corpus.vocab.lookup(`${word}.`)] ?? NAME_IDF;
  };
  const n = corpus.docs.length;
  const docs = counts.map((c): DocVector => {
    const ids = Int32Array.from([...c.keys()].map((k) => idOf.get(k) ?? 0)).sort();
    const weights = new Float64Array(ids.length);
    let norm = 0;
    ids.forEach((id, j) => {
      const name = featureNames[id] ?? '';
      const tf = c.get(name) ?? 1;
      const bg = name.startsWith('w:') ? backgroundIdf(name.slice(2)) : NAME_IDF;
      const w = (1 + Math.log(tf)) * bg * Math.log(1 + n / (df[id] ?? 1));
      weights[j] = w;
      norm += w * w;
    });
    const len = Math.sqrt(norm);
    if (len > 0) for (let j = 0; j < weights.length; j++) weights[j] = (weights[j] ?? 0) / len;
    return { ids, weights };
  });
  return { docs, names: featureNames, df };
}

/**
 * Cosine of two unit vectors (a merge of their sorted features).
 * @internal
 */
export function cosine(a: DocVector, b: DocVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) dot += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0);
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
