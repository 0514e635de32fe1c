// One measurement of a bench in its own child process (fresh heap, its own peak RSS, a time limit): the
// child is the same script run as `<script> child <args…>` and prints one line `RESULT <json>`.
import { spawnSync } from 'node:child_process';

/**
 * Runs `script child …args` under tsx and reads its RESULT line.
 * @param script - the bench script's path (its `child` mode measures)
 * @param args - the arguments after `child`
 * @param timeoutMs - the time limit
 * @param raiseWith - the environment variable that raises the limit, named in the message
 * @returns the child's result, or a one-line reason it gave none
 */
export function runChild<T>(script: string, args: readonly string[], timeoutMs: number, raiseWith: string): T | string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, 'child', ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('RESULT '));
  if (line !== undefined) return JSON.parse(line.slice('RESULT '.length)) as T;
  if (r.signal === 'SIGTERM') return `did not finish within ${timeoutMs / 1000} s (time limit; ${raiseWith} raises it)`;
  if (/heap out of memory|Allocation failed/i.test(r.stderr ?? '')) return 'failed: ran out of memory (V8 heap limit reached)';
  return r.error !== undefined ? `failed: ${r.error.message}` : `failed (exit ${r.status}): ${(r.stderr ?? '').slice(-500)}`;
}
