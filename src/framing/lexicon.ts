import type { DocModel, Vocabulary } from '../document/model.js';
import { POS_TAGS, TokenFlag } from '../document/model.js';
import { readCorpus } from '../document/read.js';
import { describeType, NarrativeDiffError } from '../errors.js';
import { FRAMING_LEXICON as shipped } from '../lexicon/index.js';
import type { FramingCategory, FramingDirection, LexiconContext, LexiconEntry } from './types.js';

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
  'fixed-expression',
];
const CONTEXT_FIELDS = ['literalBefore', 'literalAfter', 'loadedBefore', 'loadedAfter'] as const;
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
  /** The entry's context words, lower-cased, or undefined when it has none. */
  readonly context: CompiledContext | undefined;
}

/** A {@link LexiconContext} as sets of lower-cased words. @internal */
export interface CompiledContext {
  readonly literalBefore: ReadonlySet<string>;
  readonly literalAfter: ReadonlySet<string>;
  readonly loadedBefore: ReadonlySet<string> | undefined;
  readonly loadedAfter: ReadonlySet<string> | undefined;
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
  /** Set when the entry's context words say the term is literal here ("explosive device"): it judges nothing. */
  readonly literal?: true;
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
    const context = validateContext(`${at}.context`, r.context);
    const out: { -readonly [K in keyof LexiconEntry]: LexiconEntry[K] } = {
      term: r.term,
      category: r.category as FramingCategory,
      direction: r.direction as FramingDirection,
      strength: r.strength,
    };
    if (typeof r.pos === 'string') out.pos = r.pos;
    if (typeof r.usualReferent === 'string') out.usualReferent = r.usualReferent;
    if (context !== undefined) out.context = context;
    return out;
  });
}

/** Checks an entry's `context` field: an object of word lists (see {@link LexiconContext}). */
function validateContext(at: string, context: unknown): LexiconContext | undefined {
  if (context === undefined) return undefined;
  if (typeof context !== 'object' || context === null || Array.isArray(context)) {
    throw new NarrativeDiffError(
      'INVALID_OPTION',
      `${at} must be an object { literalBefore?, literalAfter?, loadedBefore?, loadedAfter? }, found ${describeType(context)}`,
    );
  }
  const c = context as Record<string, unknown>;
  const unknownKey = Object.keys(c).find((k) => !(CONTEXT_FIELDS as readonly string[]).includes(k));
  if (unknownKey !== undefined) {
    throw new NarrativeDiffError('INVALID_OPTION', `${at} may hold only ${CONTEXT_FIELDS.join(', ')}, found ${JSON.stringify(unknownKey)}`);
  }
  const out: { -readonly [K in keyof LexiconContext]: LexiconContext[K] } = {};
  for (const field of CONTEXT_FIELDS) {
    const words = c[field];
    if (words === undefined) continue;
    if (!Array.isArray(words) || words.some((w) => typeof w !== 'string' || w.trim() === '' || /\s/.test(w.trim()))) {
      throw new NarrativeDiffError(
        'INVALID_OPTION',
        `${at}.${field} must be an array of single words, found ${Array.isArray(words) ? JSON.stringify(words) : describeType(words)}`,
      );
    }
    out[field] = words as string[];
  }
  return out;
}

/** An entry's context words as lower-cased sets. */
function compileContext(c: LexiconContext | undefined): CompiledContext | undefined {
  if (c === undefined) return undefined;
  const set = (words: readonly string[] | undefined): Set<string> => new Set((words ?? []).map((w) => w.trim().toLowerCase()));
  return {
    literalBefore: set(c.literalBefore),
    literalAfter: set(c.literalAfter),
    loadedBefore: c.loadedBefore === undefined ? undefined : set(c.loadedBefore),
    loadedAfter: c.loadedAfter === undefined ? undefined : set(c.loadedAfter),
  };
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
      context: compileContext(entry.context),
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

// The shipped lexicon compiled: a per-process immutable table, built on first use.
let shippedLexiconTable: CompiledLexicon | undefined;

/**
 * The lexicon to use: the shipped one (compiled once per process), with user entries on top (an entry
 * with the same term and category replaces the shipped one), or the user's entries alone.
 * @internal
 */
export function lexiconFor(extra: readonly LexiconEntry[], replace: boolean): CompiledLexicon {
  if (extra.length === 0 && !replace) {
    shippedLexiconTable ??= compileLexicon(shipped.entries as readonly LexiconEntry[]);
    return shippedLexiconTable;
  }
  const keyOf = (e: LexiconEntry): string => `${e.term.toLowerCase()}\u0000${e.category}`;
  const replaced = new Set(extra.map(keyOf));
  const base = replace ? [] : (shipped.entries as readonly LexiconEntry[]).filter((e) => !replaced.has(keyOf(e)));
  return compileLexicon([...extra, ...base]);
}

const NO_TERMS: readonly CompiledTerm[] = [];

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

/** Whether token `i` lies in boilerplate. */
function isBoilerplate(doc: DocModel, i: number): boolean {
  return ((doc.tokens.flags[i] ?? 0) & TokenFlag.Boilerplate) !== 0;
}

/** Whether `term` matches the tokens from `i` on: every word, outside boilerplate, within one sentence. */
function termMatchesAt(doc: DocModel, vocab: Vocabulary, i: number, term: CompiledTerm): boolean {
  const t = doc.tokens;
  const n = term.keys.length;
  if (i + n > t.count) return false;
  if (term.pos >= 0 && t.pos[i] !== term.pos) return false;
  for (let j = 0; j < n; j++) {
    const at = i + j;
    if (isBoilerplate(doc, at) || (t.sentence[at] ?? 0) !== (t.sentence[i] ?? 0)) return false;
    if (!tokenMatchesTerm(doc, vocab, at, term, j)) return false;
  }
  return true;
}

const DET = POS_TAGS.indexOf('DET');
const PRON = POS_TAGS.indexOf('PRON');

/**
 * Whether the word at token `i` (in the sentence of token `anchor`) is one of `words`, by match key or
 * lower-cased surface; when it is a determiner or pronoun that is not, the next word out (`step` +1 or -1)
 * is tried too ("shook his head", "just the talking points").
 */
function wordIn(doc: DocModel, vocab: Vocabulary, i: number, anchor: number, words: ReadonlySet<string>, step: 1 | -1): boolean {
  const t = doc.tokens;
  const is = (k: number): boolean =>
    k >= 0 &&
    k < t.count &&
    t.sentence[k] === t.sentence[anchor] &&
    (words.has(vocab.str(t.key[k] ?? -1)) || words.has(vocab.str(t.surface[k] ?? -1)));
  if (is(i)) return true;
  return (t.pos[i] === DET || t.pos[i] === PRON) && is(i + step);
}

/**
 * Whether the context words of a term matched at tokens `first..last` say it is literal here: a word of
 * `literalBefore` follows it or one of `literalAfter` precedes it (past a determiner or pronoun between); or `loadedBefore` / `loadedAfter` are
 * given and none of their words stands on its side of the term.
 *
 * @param doc - the document
 * @param vocab - the corpus vocabulary (for match keys)
 * @param c - the term's compiled context words
 * @param first - the term's first token
 * @param last - one past its last token
 * @returns whether the term is literal here and judges nothing
 * @example
 * ```ts
 * // "explosive" with { literalBefore: ['device'] } in "an explosive device was found"
 * literalHere(doc, vocab, context, 1, 2); //=> true
 * ```
 * @internal
 */
export function literalHere(doc: DocModel, vocab: Vocabulary, c: CompiledContext, first: number, last: number): boolean {
  if (wordIn(doc, vocab, last, first, c.literalBefore, 1) || wordIn(doc, vocab, first - 1, first, c.literalAfter, -1)) return true;
  if (c.loadedBefore === undefined && c.loadedAfter === undefined) return false;
  const loadedBefore = c.loadedBefore !== undefined && wordIn(doc, vocab, last, first, c.loadedBefore, 1);
  const loadedAfter = c.loadedAfter !== undefined && wordIn(doc, vocab, first - 1, first, c.loadedAfter, -1);
  return !loadedBefore && !loadedAfter;
}

/** A hit of `term` at token `i`, marked literal when its context words say so. */
function hitAt(doc: DocModel, vocab: Vocabulary, i: number, term: CompiledTerm): LexiconHit {
  const last = i + term.keys.length;
  return term.context !== undefined && literalHere(doc, vocab, term.context, i, last)
    ? { term, first: i, last, literal: true }
    : { term, first: i, last };
}

/**
 * Every lexicon match in a document outside boilerplate, all entries that match at a position (longest
 * first), those whose context words say they are literal here marked so; the caller picks among them. Tokens match a term token by match key or by folded surface.
 * @internal
 */
export function matchLexicon(doc: DocModel, vocab: Vocabulary, lexicon: CompiledLexicon): LexiconHit[] {
  const t = doc.tokens;
  const hits: LexiconHit[] = [];
  for (let i = 0; i < t.count; i++) {
    if (isBoilerplate(doc, i)) continue;
    const key = vocab.str(t.key[i] ?? -1);
    const surface = vocab.str(t.surface[i] ?? -1);
    const byKey = lexicon.byFirst.get(key) ?? NO_TERMS;
    const bySurface = surface === key ? NO_TERMS : (lexicon.byFirst.get(surface) ?? NO_TERMS);
    for (const term of byKey) if (termMatchesAt(doc, vocab, i, term)) hits.push(hitAt(doc, vocab, i, term));
    for (const term of bySurface) {
      // A term listed under both the key and the surface is tried once.
      if (!byKey.includes(term) && termMatchesAt(doc, vocab, i, term)) hits.push(hitAt(doc, vocab, i, term));
    }
  }
  hits.sort((a, b) => a.first - b.first || b.last - a.last);
  return hits;
}
