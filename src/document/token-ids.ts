import type { Vocabulary } from './model.js';
import { americanSpelling, foldCharacters, matchKey } from './normalize.js';

const STARTS_UPPER = /^\p{Lu}/u;

/** @internal The vocabulary ids of a token text: its folded surface form, and its match key for one lemma (-1: not yet). */
export interface TokenIds {
  surface: number;
  lemma: string;
  key: number;
  /** Whether the text starts with an upper-case letter. */
  readonly capitalized: boolean;
}

/**
 * Per corpus, the ids of each token text seen, with the match key for the lemma it last came with.
 * Token texts repeat heavily (most of a text is a few hundred common words), and folding, spelling and
 * key rules were most of the document stage's own cost when run for every token. Ids are interned in
 * the same order as without the cache (key, then surface), so the vocabulary comes out the same.
 * Made by `readCorpus` for one corpus and handed to each `readDocument`.
 * @internal
 */
export type TokenIdCache = Map<string, TokenIds>;

/** The entry of a token text, made on first sight. @internal */
export function cachedIds(cache: TokenIdCache, surfaceText: string): TokenIds {
  let ids = cache.get(surfaceText);
  if (ids === undefined) {
    ids = { surface: -1, lemma: '', key: -1, capitalized: STARTS_UPPER.test(surfaceText) };
    cache.set(surfaceText, ids);
  }
  return ids;
}

/** The match-key id of a token text read with `lemma`. @internal */
export function keyId(ids: TokenIds, vocab: Vocabulary, surfaceText: string, lemma: string): number {
  if (ids.key === -1 || ids.lemma !== lemma) {
    ids.key = vocab.intern(matchKey(surfaceText, lemma));
    ids.lemma = lemma;
  }
  return ids.key;
}

/** The surface-form id of a token text. @internal */
export function surfaceId(ids: TokenIds, vocab: Vocabulary, surfaceText: string): number {
  if (ids.surface === -1) ids.surface = vocab.intern(americanSpelling(foldCharacters(surfaceText).toLowerCase()));
  return ids.surface;
}
