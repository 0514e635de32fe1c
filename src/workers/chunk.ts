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

/** What the per-document stages make of a chunk, in the worker's vocabulary for the call. @internal */
export interface ChunkResult {
  /** The documents, their token ids local to the worker's vocabulary for the call. */
  readonly docs: DocModel[];
  /** The strings that vocabulary gained reading this chunk, in id order (the ones before were sent with earlier chunks). */
  readonly strings: string[];
  /** The `quote-marks` stage's result per document. */
  readonly marks: DocQuotes[];
  /** The `credits` stage's result per document. */
  readonly credits: CreditedSource[][];
}

/**
 * What a worker keeps for one `analyze` call across its chunks: a vocabulary and token-id cache of its own (as
 * one corpus reading keeps them: made afresh per chunk, folding and key rules ran again for every chunk's words,
 * which made a worker read at about two-thirds of the calling thread's speed), and how many strings were sent.
 * @internal
 */
export class ChunkReader {
  private readonly vocab = new Vocabulary();
  private readonly cache: TokenIdCache = new Map();
  private sent = 0;

  /**
   * Runs the per-document stages (`read`, `quote-marks`, `credits`) on one chunk; `adoptDocuments` later moves
   * the documents into the corpus's vocabulary. What a document's stages give does not depend on the documents
   * read before it, in this thread or another (the order tests hold analyze to that).
   *
   * @param chunk - the documents to read, after the chunks this reader read before in input order
   * @returns the documents, the new strings and the other stages' results, in the chunk's order
   * @example
   * ```ts
   * const r = new ChunkReader().read({ inputs: [{ id: 'a', text: 'Kim met Lavrov.' }], first: 0 });
   * r.strings[r.docs[0].tokens.key[0]]; //=> 'kim'
   * ```
   */
  read(chunk: Chunk): ChunkResult {
    const docs = chunk.inputs.map((input, k) => readDocument(input, chunk.first + k, this.vocab, this.cache));
    const strings: string[] = [];
    for (; this.sent < this.vocab.size; this.sent++) strings.push(this.vocab.str(this.sent));
    return { docs, strings, marks: docs.map(markedQuotes), credits: docs.map(creditedSources) };
  }

  /** Lets go of the call's cache in the module-wide word table (see `forgetCorpusIds`). */
  close(): void {
    forgetCorpusIds();
  }
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
