// A worker thread of the pool (pool.ts): loads the wink-nlp model once, then reads the chunks it is sent, keeping a
// vocabulary per call until the pool says the call is over.
import { parentPort } from 'node:worker_threads';
import { nlp } from '../document/nlp.js';
import { ChunkReader } from './chunk.js';
import type { TaskMessage, WorkerMessage } from './protocol.js';

const port = parentPort;
if (port === null) throw new Error('narrative-diff: src/workers/worker is a worker thread entry, not a module to import');

const t0 = performance.now();
nlp();
port.postMessage({ kind: 'ready', loadMs: performance.now() - t0 } satisfies WorkerMessage);

const readers = new Map<number, ChunkReader>();

port.on('message', (m: TaskMessage) => {
  if (m.kind === 'forget') {
    readers.get(m.call)?.close();
    readers.delete(m.call);
    return;
  }
  const { task, call, chunk } = m;
  let reply: WorkerMessage;
  try {
    let reader = readers.get(call);
    if (reader === undefined) readers.set(call, (reader = new ChunkReader()));
    reply = { kind: 'done', task, result: reader.read(chunk) };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const code = (err as { code?: unknown }).code;
    reply = { kind: 'failed', task, name: err.name, code: typeof code === 'string' ? code : undefined, message: err.message };
  }
  port.postMessage(reply);
});
