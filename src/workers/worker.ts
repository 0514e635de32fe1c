// A worker thread of the pool (pool.ts): loads the wink-nlp model once, then does the tasks it is sent (reading chunks
// of documents; batches of the alignment and framing stages' work on documents and document pairs; chunks of a corpus
// batch to read for their seed shingles), keeping what it
// holds for a call (a vocabulary, the documents it was sent) until the pool says the call is over.
import { parentPort } from 'node:worker_threads';
import { nlp } from '../document/nlp.js';
import { ChunkReader } from './chunk.js';
import { SeedReader } from '../corpus/seeds.js';
import { CallJobs } from './jobs.js';
import type { TaskMessage, WorkerMessage } from './protocol.js';

const port = parentPort;
if (port === null) throw new Error('narrative-diff: src/workers/worker is a worker thread entry, not a module to import');

const t0 = performance.now();
nlp();
port.postMessage({ kind: 'ready', loadMs: performance.now() - t0 } satisfies WorkerMessage);

const readers = new Map<number, ChunkReader>();
const jobs = new Map<number, CallJobs>();
const seeders = new Map<number, SeedReader>();

/** The task's reply, and the buffers it moves rather than copies. */
function reply(m: Exclude<TaskMessage, { kind: 'forget' }>): { message: WorkerMessage; moved: ArrayBuffer[] } {
  if (m.kind === 'seeds') {
    let seeder = seeders.get(m.call);
    if (seeder === undefined) seeders.set(m.call, (seeder = new SeedReader()));
    const result = seeder.read(m.inputs);
    return {
      message: { kind: 'seeds-done', task: m.task, result },
      moved: [result.doc.buffer, result.pos.buffer, result.hi.buffer, result.lo.buffer] as ArrayBuffer[],
    };
  }
  if (m.kind === 'work') {
    let state = jobs.get(m.call);
    if (state === undefined) jobs.set(m.call, (state = new CallJobs()));
    state.add(m.strings, m.corpus, m.alignWords);
    return { message: { kind: 'work-done', task: m.task, result: state.run(m.job) }, moved: [] };
  }
  let reader = readers.get(m.call);
  if (reader === undefined) readers.set(m.call, (reader = new ChunkReader()));
  const result = reader.read(m.chunk);
  // The token tables' arrays are moved, not copied: each owns its buffer (read.ts slices or allocates them per document).
  const moved = new Set<ArrayBuffer>();
  for (const doc of result.docs) {
    const t = doc.tokens;
    for (const a of [t.start, t.end, t.key, t.surface, t.pos, t.kind, t.flags, t.sentence]) {
      if (a.byteOffset === 0 && a.byteLength === a.buffer.byteLength && a.buffer instanceof ArrayBuffer) moved.add(a.buffer);
    }
  }
  return { message: { kind: 'read-done', task: m.task, result }, moved: [...moved] };
}

port.on('message', (m: TaskMessage) => {
  if (m.kind === 'forget') {
    readers.get(m.call)?.close();
    readers.delete(m.call);
    jobs.delete(m.call);
    seeders.get(m.call)?.close();
    seeders.delete(m.call);
    return;
  }
  let out: { message: WorkerMessage; moved: ArrayBuffer[] };
  try {
    out = reply(m);
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const code = (err as { code?: unknown }).code;
    out = {
      message: { kind: 'failed', task: m.task, name: err.name, code: typeof code === 'string' ? code : undefined, message: err.message },
      moved: [],
    };
  }
  port.postMessage(out.message, out.moved);
});
