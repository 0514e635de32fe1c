import type { DocModel, Vocabulary } from '../document/model.js';
import { POS_TAGS, TokenFlag } from '../document/model.js';
import { readCorpus } from '../document/read.js';
import { describeType, NarrativeDiffError } from '../errors.js';
import { FRAMING_LEXICON as shipped } from '../lexicon/index.js';
import type { FramingCategory, FramingDirection, LexiconEntry } from './types.js';

const CATEGORIES: readonly FramingCategory[] = [
  'state-label',
  'person-label',
  'group-label',
  'charged-abstraction',
  'attribution-verb',
  'hedge',
  'intensifier',
  'evaluative',
  'label-modifier',
];
const DIRECTIONS: readonly FramingDirection[] = ['negative', 'positive', 'neutral'];

/** Version of the shipped lexicon (`data/lexicon.json`). @internal */
export const LEXICON_VERSION: string = shipped.version;

/** A term read into match keys: one `{key, surface}` per token. @internal */
export interface CompiledTerm {
  readonly entry: LexiconEntry;
  readonly keys: readonly string[];
  readonly surfaces: readonly string[];
  /** POS index the (single) token must carry, or -1. */
  readonly pos: number;
}

/** A lexicon ready to match: terms indexed by the match key and surface of their first token. @internal */
export interface CompiledLexicon {
  readonly byFirst: ReadonlyMap<string, readonly CompiledTerm[]>;
  readonly size: number;
}

/** One match of a lexicon term in a document, in tokens. @internal */
export interface LexiconHit {
  readonly term: CompiledTerm;
  /** First token. */
  readonly first: number;
  /** One past the last token. */
  readonly last: number;
}

/**
 * Checks user lexicon entries and throws a {@link NarrativeDiffError} naming the first bad one.
 * @internal
 */
export function validateLexicon(path: string, entries: unknown): readonly LexiconEntry[] {
  if (entries === undefined) return [];
  if (!Array.isArray(entries)) {
    throw new NarrativeDiffError('INVALID_OPTION', `options.${path} must be an array of lexicon entries, found ${describeType(entries)}`);
  }
  return entries.map((e: unknown, i): LexiconEntry => {
    const at = `options.${path}[${i}]`;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) {
      throw new NarrativeDiffError(
        'INVALID_OPTION',
        `${at} must be an object { term, category, direction, strength }, found ${describeType(e)}`,
      );
    }
    const r = e as Record<string, unknown>;
    if (typeof r.term !== 'string' || r.term.trim() === '') {
      throw new NarrativeDiffError(
        'INVALID_OPTION',
        `${at}.term must be a non-empty string, found ${typeof r.term === 'string' ? JSON.stringify(r.term) : describeType(r.term)}`,
      );
    }
    if (typeof r.category !== 'string' || !(CATEGORIES as readonly string[]).includes(r.category)) {
      throw new NarrativeDiffError(
        'INVALID_OPTION',
        `${at}.category must be one of ${CATEGORIES.join(', ')}, found ${typeof r.category === 'string' ? JSON.stringify(r.category) : describeType(r.category)}`,
      );
    }
    if (typeof r.direction !== 'string' || !(DIRECTIONS as readonly string[]).includes(r.direction)) {
      throw new NarrativeDiffError(
        'INVALID_OPTION',
        `${at}.direction must be one of ${DIRECTIONS.join(', ')}, found ${typeof r.direction === 'string' ? JSON.stringify(r.direction) : describeType(r.direction)}`,
      );
    }
    if (typeof r.strength !== 'number' || !Number.isFinite(r.strength) || r.strength < 0 || r.strength > 1) {
      throw new NarrativeDiffError(
        'INVALID_OPTION',
        `${at}.strength must be a number from 0 to 1, found ${typeof r.strength === 'number' ? String(r.strength) : describeType(r.strength)}`,
      );
    }
    if (r.pos !== undefined && (typeof r.pos !== 'string' || !(POS_TAGS as readonly string[]).includes(r.pos))) {
      throw new NarrativeDiffError(
        'INVALID_OPTION',
        `${at}.pos must be a universal POS tag (ADJ, VERB, NOUN, …) when given, found ${typeof r.pos === 'string' ? JSON.stringify(r.pos) : describeType(r.pos)}`,
      );
    }
    if (r.usualReferent !== undefined && typeof r.usualReferent !== 'string') {
      throw new NarrativeDiffError(
        'INVALID_OPTION',
        `${at}.usualReferent must be a string when given, found ${describeType(r.usualReferent)}`,
      );
    }
    const out: { -readonly [K in keyof LexiconEntry]: LexiconEntry[K] } = {
      term: r.term,
      category: r.category as FramingCategory,
      direction: r.direction as FramingDirection,
      strength: r.strength,
    };
    if (typeof r.pos === 'string') out.pos = r.pos;
    if (typeof r.usualReferent === 'string') out.usualReferent = r.usualReferent;
    return out;
  });
}

/**
 * Reads terms into match keys with the document stage itself, so a term matches exactly the tokens a
 * document would give for it (inflections, spelling variants, hyphenated compounds). All terms are read
 * as one text, one term per paragraph: one wink-nlp pass instead of one per term.
 */
function tokenizeTerms(terms: readonly string[]): { keys: string[]; surfaces: string[] }[] {
  const text = terms.map((t) => t.replace(/\s+/g, ' ').trim()).join('\n\n');
  const corpus = readCorpus([{ id: 'lexicon', text }]);
  const doc = corpus.docs[0];
  const out: { keys: string[]; surfaces: string[] }[] = terms.map(() => ({ keys: [], surfaces: [] }));
  if (doc === undefined) return out;
  // Paragraph p holds term p: terms contain no blank lines, so paragraphs and terms line up.
  const starts: number[] = [];
  let pos = 0;
  for (const t of terms) {
    starts.push(pos);
    pos += t.replace(/\s+/g, ' ').trim().length + 2;
  }
  let term = 0;
  for (let i = 0; i < doc.tokens.count; i++) {
    const s = doc.tokens.start[i] ?? 0;
    while (term + 1 < starts.length && (starts[term + 1] ?? Infinity) <= s) term++;
    const slot = out[term];
    if (slot === undefined) continue;
    slot.keys.push(corpus.vocab.str(doc.tokens.key[i] ?? -1));
    slot.surfaces.push(corpus.vocab.str(doc.tokens.surface[i] ?? -1));
  }
  return out;
}

/**
 * Compiles lexicon entries into match keys, indexed by their first token.
 * @internal
 */
export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const tokens = tokenizeTerms(entries.map((e) => e.term));
  const byFirst = new Map<string, CompiledTerm[]>();
  entries.forEach((entry, i) => {
    const t = tokens[i];
    if (t === undefined || t.keys.length === 0) return;
    const compiled: CompiledTerm = {
      entry,
      keys: t.keys,
      surfaces: t.surfaces,
      pos: t.keys.length === 1 && entry.pos !== undefined ? POS_TAGS.indexOf(entry.pos as (typeof POS_TAGS)[number]) : -1,
    };
    for (const k of new Set([t.keys[0] ?? '', t.surfaces[0] ?? ''])) {
      const list = byFirst.get(k);
      if (list) list.push(compiled);
      else byFirst.set(k, [compiled]);
    }
  });
  // Longest terms first, so "head of state" wins over "state"; ties keep the lexicon's order.
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { byFirst, size: entries.length };
}

let shippedCompiled: CompiledLexicon | undefined;

/**
 * The lexicon to use: the shipped one (compiled once per process), with user entries on top (an entry
 * with the same term and category replaces the shipped one), or the user's entries alone.
 * @internal
 */
export function lexiconFor(extra: readonly LexiconEntry[], replace: boolean): CompiledLexicon {
  if (extra.length === 0 && !replace) {
    shippedCompiled ??= compileLexicon(shipped.entries as readonly LexiconEntry[]);
    return shippedCompiled;
  }
  const keyOf = (e: LexiconEntry): string => `${e.term.toLowerCase()}\u0000${e.category}`;
  const replaced = new Set(extra.map(keyOf));
  const base = replace ? [] : (shipped.entries as readonly LexiconEntry[]).filter((e) => !replaced.has(keyOf(e)));
  return compileLexicon([...extra, ...base]);
}

const NO_TERMS: readonly CompiledTerm[] = [];

// Per lexicon and vocabulary, the terms a token can start by vocabulary id (of its match key or its
// surface): looking them up by string for every token of every document was most of this stage's cost.
// The table is built from the lexicon's side (a few thousand first words looked up in the vocabulary,
// not every distinct word of the corpus looked up in the lexicon): `slot[id]` is 0 for a word that starts
// no term, else 1 + the index of its list. Words interned after the table was built are looked up by
// string on first sight and kept in `late`.
interface FirstIndex {
  readonly slot: Int32Array;
  readonly lists: readonly (readonly CompiledTerm[])[];
  readonly late: Map<number, readonly CompiledTerm[]>;
  /**
   * Per term, three numbers per word: the vocabulary ids of its key and surface (-1 when not interned
   * when the table was built) and 1 when key and surface are the same string. Comparing a token's ids
   * with them replaces two vocabulary reads and up to four string comparisons per word tried.
   */
  readonly words: ReadonlyMap<CompiledTerm, Int32Array>;
}

const firstTerms = new WeakMap<CompiledLexicon, WeakMap<Vocabulary, FirstIndex>>();

function firstIndexOf(lexicon: CompiledLexicon, vocab: Vocabulary): FirstIndex {
  let perVocab = firstTerms.get(lexicon);
  if (perVocab === undefined) {
    perVocab = new WeakMap();
    firstTerms.set(lexicon, perVocab);
  }
  let index = perVocab.get(vocab);
  if (index === undefined) {
    const slot = new Int32Array(vocab.size);
    const lists: (readonly CompiledTerm[])[] = [NO_TERMS];
    for (const [word, list] of lexicon.byFirst) {
      const id = vocab.lookup(word);
      if (id < 0 || id >= slot.length) continue;
      slot[id] = lists.length;
      lists.push(list);
    }
    const words = new Map<CompiledTerm, Int32Array>();
    for (const list of lexicon.byFirst.values()) {
      for (const term of list) {
        if (words.has(term)) continue;
        const ids = new Int32Array(3 * term.keys.length);
        term.keys.forEach((key, j) => {
          const surface = term.surfaces[j] ?? '';
          ids[3 * j] = vocab.lookup(key);
          ids[3 * j + 1] = vocab.lookup(surface);
          ids[3 * j + 2] = key === surface ? 1 : 0;
        });
        words.set(term, ids);
      }
    }
    index = { slot, lists, late: new Map(), words };
    perVocab.set(vocab, index);
  }
  return index;
}

/** The terms starting with vocabulary id `id` (the string of an id past the table is looked up once). */
function termsAt(index: FirstIndex, lexicon: CompiledLexicon, vocab: Vocabulary, id: number): readonly CompiledTerm[] {
  if (id >= 0 && id < index.slot.length) return index.lists[index.slot[id] ?? 0] ?? NO_TERMS;
  if (id < 0) return lexicon.byFirst.get(vocab.str(id)) ?? NO_TERMS;
  let list = index.late.get(id);
  if (list === undefined) {
    list = lexicon.byFirst.get(vocab.str(id)) ?? NO_TERMS;
    index.late.set(id, list);
  }
  return list;
}

/**
 * Whether token `i` of a document matches word `j` of a term: by match key or by folded surface. A term
 * word written inflected ("measured", "failed") means that form only; a base form ("slam") takes every
 * inflection through the lemma in the match key.
 * @internal
 */
export function tokenMatchesTerm(doc: DocModel, vocab: Vocabulary, i: number, term: CompiledTerm, j: number): boolean {
  const t = doc.tokens;
  const k = vocab.str(t.key[i] ?? -1);
  const s = vocab.str(t.surface[i] ?? -1);
  const tk = term.keys[j];
  const ts = term.surfaces[j];
  if (ts !== tk) return s === ts;
  return k === tk || s === ts || k === ts || s === tk;
}

/**
 * Every lexicon match in a document outside boilerplate, all entries that match at a position (longest
 * first); the caller picks among them. Tokens match a term token by match key or by folded surface.
 * @internal
 */
export function matchLexicon(doc: DocModel, vocab: Vocabulary, lexicon: CompiledLexicon): LexiconHit[] {
  const t = doc.tokens;
  const hits: LexiconHit[] = [];
  const index = firstIndexOf(lexicon, vocab);
  const slot = index.slot;
  const size = slot.length;
  // tokenMatchesTerm on ids: an id below `size` was interned before the table was built, so it equals a
  // term word's id exactly when the strings are equal (a term word not interned then matches no such
  // token). Ids past the table (words interned later) are compared by string.
  const same = (at: number, term: CompiledTerm, ids: Int32Array | undefined, j: number): boolean => {
    const k = t.key[at] ?? -1;
    const s = t.surface[at] ?? -1;
    if (ids === undefined || k < 0 || k >= size || s < 0 || s >= size) return tokenMatchesTerm(doc, vocab, at, term, j);
    if (ids[3 * j + 2] === 0) return s === ids[3 * j + 1];
    const w = ids[3 * j] ?? -1;
    return w !== -1 && (k === w || s === w);
  };
  const tryList = (i: number, list: readonly CompiledTerm[], skip: readonly CompiledTerm[]): void => {
    for (const term of list) {
      // A term listed under both the key and the surface is tried once (a list holds a term once).
      if (skip.length > 0 && skip.includes(term)) continue;
      const n = term.keys.length;
      if (i + n > t.count) continue;
      if (term.pos >= 0 && t.pos[i] !== term.pos) continue;
      const ids = index.words.get(term);
      let ok = true;
      for (let j = 0; j < n && ok; j++) {
        const at = i + j;
        if (((t.flags[at] ?? 0) & TokenFlag.Boilerplate) !== 0 || (t.sentence[at] ?? 0) !== (t.sentence[i] ?? 0)) ok = false;
        else if (!same(at, term, ids, j)) ok = false;
      }
      if (ok) hits.push({ term, first: i, last: i + n });
    }
  };
  for (let i = 0; i < t.count; i++) {
    if (((t.flags[i] ?? 0) & TokenFlag.Boilerplate) !== 0) continue;
    const keyId = t.key[i] ?? -1;
    const surfaceId = t.surface[i] ?? -1;
    // Integer prefilter: most words start no term.
    if (keyId >= 0 && keyId < size && surfaceId >= 0 && surfaceId < size && slot[keyId] === 0 && slot[surfaceId] === 0) continue;
    const byKey = termsAt(index, lexicon, vocab, keyId);
    // Equal ids are the same string: its terms are all in the first list already.
    const bySurface = surfaceId === keyId ? NO_TERMS : termsAt(index, lexicon, vocab, surfaceId);
    if (byKey.length > 0) tryList(i, byKey, NO_TERMS);
    if (bySurface.length > 0) tryList(i, bySurface, byKey);
  }
  hits.sort((a, b) => a.first - b.first || b.last - a.last);
  return hits;
}
