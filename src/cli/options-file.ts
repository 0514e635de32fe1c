import { readFile } from 'node:fs/promises';
import { describeType, NarrativeDiffError } from '../errors.js';
import type { CliIO } from './run.js';

/**
 * Reads an `--options` file: JSON holding an object of options, checked at once by `check`, so that a bad option
 * fails before any input is read. Every error names the file.
 *
 * @param file - the file
 * @param what - what the object holds, for the message ("options", "corpus options")
 * @param check - throws a `NarrativeDiffError` for options it refuses
 * @returns the object
 * @throws {NarrativeDiffError} `INPUT_FILE` when the file cannot be read or is not a JSON object, else what `check` throws
 * @internal
 */
export async function readOptionsFile(file: string, what: string, check: (value: object) => void): Promise<object> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    throw new NarrativeDiffError('INPUT_FILE', `${file}: options file cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw new NarrativeDiffError('INPUT_FILE', `${file}: expected JSON options, found a syntax error (${(e as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new NarrativeDiffError('INPUT_FILE', `${file}: expected a JSON object of ${what}, found ${describeType(value)}`);
  }
  try {
    check(value);
  } catch (e) {
    if (e instanceof NarrativeDiffError) throw new NarrativeDiffError(e.code, `${file}: ${e.message.replace(/^narrative-diff: /, '')}`);
    throw e;
  }
  return value;
}

/**
 * A command's failure as the CLI reports it: a `NarrativeDiffError`'s message on stderr and exit code 1; anything
 * else is a bug and is thrown on.
 *
 * @param e - what the command threw
 * @param io - the CLI's streams
 * @returns the exit code
 * @internal
 */
export function commandFailed(e: unknown, io: CliIO): number {
  if (!(e instanceof NarrativeDiffError)) throw e;
  io.stderr(`${e.message}\n`);
  return 1;
}
