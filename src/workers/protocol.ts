import type { BatchSeeds } from '../corpus/seeds.js';
import type { ArticleInput } from '../types.js';
import type { Chunk, ChunkResult } from './chunk.js';
import type { Job, JobResult } from './jobs.js';
import type { SharedCorpus, SharedWords } from './shared-corpus.js';

/**
 * What the pool sends a worker, under a task number: a chunk of a call to read; a batch of a call's work on documents
 * or document pairs, with the vocabulary strings the thread has not been sent before (and the documents and the
 * alignment stage's words, the first time they are needed); a chunk of a corpus batch to read for its seed shingles
 * (`narrative-diff/corpus`); or the end of a call.
 * @internal
 */
export type TaskMessage =
  | { readonly kind: 'read'; readonly task: number; readonly call: number; readonly chunk: Chunk }
  | {
      readonly kind: 'work';
      readonly task: number;
      readonly call: number;
      readonly strings: readonly string[];
      /** The documents, with the call's first job for this thread. */
      readonly corpus: SharedCorpus | undefined;
      /** The alignment stage's words, with the call's first pair job for this thread. */
      readonly alignWords: SharedWords | undefined;
      readonly job: Job;
    }
  | { readonly kind: 'seeds'; readonly task: number; readonly call: number; readonly inputs: readonly ArticleInput[] }
  | { readonly kind: 'forget'; readonly call: number };

/** What a worker sends back: the model loaded, a task done (a chunk read, or a batch of work), or the error it threw. @internal */
export type WorkerMessage =
  | { readonly kind: 'ready'; readonly loadMs: number }
  | { readonly kind: 'read-done'; readonly task: number; readonly result: ChunkResult }
  | { readonly kind: 'work-done'; readonly task: number; readonly result: JobResult }
  | { readonly kind: 'seeds-done'; readonly task: number; readonly result: BatchSeeds }
  | { readonly kind: 'failed'; readonly task: number; readonly name: string; readonly code: string | undefined; readonly message: string };
