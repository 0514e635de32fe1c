// A worker thread of the pool (pool.ts): loads the wink-nlp model once, then reads the chunks it is sent.
import { parentPort } from 'node:worker_threads';
import { nlp } from '../document/nlp.js';
import { readChunk } from './chunk.js';
import type { TaskMessage, WorkerMessage } from './protocol.js';

const port = parentPort;
if (port === null) throw new Error('narrative-diff: src/workers/worker is a worker thread entry, not a module to import');

const t0 = performance.now();
nlp();
port.postMessage({ kind: 'ready', loadMs: performance.now() - t0 } satisfies WorkerMessage);

port.on('message', ({ task, chunk }: TaskMessage) => {
  let reply: WorkerMessage;
  try {
    reply = { kind: 'done', task, result: readChunk(chunk) };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const code = (err as { code?: unknown }).code;
    reply = { kind: 'failed', task, name: err.name, code: typeof code === 'string' ? code : undefined, message: err.message };
  }
  port.postMessage(reply);
});
