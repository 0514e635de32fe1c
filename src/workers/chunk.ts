import { Vocabulary, type DocModel } from '../document/model.js';
import { readDocument } from '../document/read.js';
import type { TokenIdCache } from '../document/token-ids.js';
import { forgetCorpusIds } from '../document/wink.js';
import { creditedSources, markedQuotes, type DocQuotes } from '../quotes/index.js';
import type { CreditedSource } from '../quotes/types.js';
import type { ArticleInput } from '../types.js';

/** A run of consecutive documents for one worker to read. @internal */
export interface Chunk {
  /** The inputs, with their documented fields only (so that they can be sent to a thread). */
  readonly inputs: readonly ArticleInput[];
  /** The index of the first of them in the corpus. */
  readonly first: number;
}

/** What the per-document stages make of a chunk, in the chunk's vocabulary. @internal */
export interface ChunkResult {
  /** The documents, their token ids in {@link ChunkResult.strings}. */
  readonly docs: DocModel[];
  /** The chunk's vocabulary: its strings by local id. */
  readonly strings: string[];
  /** The `quote-marks` stage's result per document. */
  readonly marks: DocQuotes[];
  /** The `credits` stage's result per document. */
  readonly credits: CreditedSource[][];
}

/**
 * Runs the per-document stages (`read`, `quote-marks`, `credits`) on one chunk with a vocabulary of its own;
 * `adoptDocuments` later moves the documents into the corpus's vocabulary. What a document's stages give does not
 * depend on the documents read before it, in this thread or another (the order tests hold analyze to that).
 *
 * @param chunk - the documents to read
 * @returns the documents and the other stages' results, in the chunk's order
 * @example
 * ```ts
 * const r = readChunk({ inputs: [{ id: 'a', text: 'Kim met Lavrov.' }], first: 0 });
 * r.strings[r.docs[0].tokens.key[0]]; //=> 'kim'
 * ```
 * @internal
 */
export function readChunk(chunk: Chunk): ChunkResult {
  const vocab = new Vocabulary();
  const cache: TokenIdCache = new Map();
  let docs: DocModel[];
  try {
    docs = chunk.inputs.map((input, k) => readDocument(input, chunk.first + k, vocab, cache));
  } finally {
    forgetCorpusIds();
  }
  const strings: string[] = [];
  for (let id = 0; id < vocab.size; id++) strings.push(vocab.str(id));
  return { docs, strings, marks: docs.map(markedQuotes), credits: docs.map(creditedSources) };
}

/**
 * An input with its documented fields only: what a worker thread is sent (a caller's extra fields, which may not
 * be cloneable, stay behind; the document model keeps only these anyway).
 * @internal
 */
export function sendable(input: ArticleInput): ArticleInput {
  const out: { -readonly [K in keyof ArticleInput]: ArticleInput[K] } = { id: input.id, text: input.text };
  if (input.title !== undefined) out.title = input.title;
  if (input.source !== undefined) out.source = input.source;
  if (input.url !== undefined) out.url = input.url;
  if (input.publishedAt !== undefined) out.publishedAt = input.publishedAt;
  return out;
}
