#!/usr/bin/env node
import { run } from './run.js';

// A write error on standard output (EPIPE when the reader is gone, ENOSPC on a full disk) is reported
// once, through the write's own callback; this listener keeps it from also being an uncaught exception.
let stdoutError: Error | undefined;
process.stdout.on('error', (e) => {
  stdoutError ??= e;
});

/** Hands a chunk to standard output and settles when it was written (or failed), so errors reach `run`. */
function writeStdout(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stdoutError !== undefined) {
      reject(stdoutError);
      return;
    }
    try {
      process.stdout.write(chunk, (e) => (e ? reject(e) : resolve()));
    } catch (e) {
      reject(e as Error);
    }
  });
}

run(process.argv.slice(2), {
  stdout: writeStdout,
  stderr: (s) => process.stderr.write(s),
  stderrIsTTY: process.stderr.isTTY,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`narrative-diff: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
