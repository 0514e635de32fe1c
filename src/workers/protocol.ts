import type { Chunk, ChunkResult } from './chunk.js';
import type { PairJob, PairJobResult } from './pairs.js';
import type { SharedCorpus } from './shared-corpus.js';

/**
 * What the pool sends a worker, under a task number: a chunk of a call to read; a batch of a call's pair work, with
 * the vocabulary strings the thread has not been sent before (and the documents, the first time); or the end of a call.
 * @internal
 */
export type TaskMessage =
  | { readonly kind: 'read'; readonly task: number; readonly call: number; readonly chunk: Chunk }
  | {
      readonly kind: 'pairs';
      readonly task: number;
      readonly call: number;
      readonly strings: readonly string[];
      /** The documents, with the call's first pair work for this thread. */
      readonly corpus: SharedCorpus | undefined;
      readonly job: PairJob;
    }
  | { readonly kind: 'forget'; readonly call: number };

/** What a worker sends back: the model loaded, a task done (a chunk read, or pair work), or the error it threw. @internal */
export type WorkerMessage =
  | { readonly kind: 'ready'; readonly loadMs: number }
  | { readonly kind: 'read-done'; readonly task: number; readonly result: ChunkResult }
  | { readonly kind: 'pairs-done'; readonly task: number; readonly result: PairJobResult }
  | { readonly kind: 'failed'; readonly task: number; readonly name: string; readonly code: string | undefined; readonly message: string };
