import type { Chunk, ChunkResult } from './chunk.js';

/** What the pool sends a worker: a chunk to read, under a task number. @internal */
export interface TaskMessage {
  readonly task: number;
  readonly chunk: Chunk;
}

/** What a worker sends back: the model loaded, a chunk read, or the error that reading it threw. @internal */
export type WorkerMessage =
  | { readonly kind: 'ready'; readonly loadMs: number }
  | { readonly kind: 'done'; readonly task: number; readonly result: ChunkResult }
  | { readonly kind: 'failed'; readonly task: number; readonly name: string; readonly code: string | undefined; readonly message: string };
