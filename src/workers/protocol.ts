import type { Chunk, ChunkResult } from './chunk.js';

/** What the pool sends a worker: a chunk of a call to read, under a task number; or the end of a call. @internal */
export type TaskMessage =
  | { readonly kind: 'read'; readonly task: number; readonly call: number; readonly chunk: Chunk }
  | { readonly kind: 'forget'; readonly call: number };

/** What a worker sends back: the model loaded, a chunk read, or the error that reading it threw. @internal */
export type WorkerMessage =
  | { readonly kind: 'ready'; readonly loadMs: number }
  | { readonly kind: 'done'; readonly task: number; readonly result: ChunkResult }
  | { readonly kind: 'failed'; readonly task: number; readonly name: string; readonly code: string | undefined; readonly message: string };
