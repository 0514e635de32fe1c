import { randomBytes } from 'node:crypto';
import { rmSync, unlinkSync } from 'node:fs';
import { access, constants, mkdir, open, readdir, rename, rmdir, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { NarrativeDiffError } from '../errors.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Text to write, in pieces (a generator of chunks, or one string as a one-item array). @internal */
export type Chunks = Iterable<string> | AsyncIterable<string>;

/** Where the CLI's report goes; checked before any input is read. @internal */
export interface Output {
  /**
   * Writes the chunks. A regular file is written whole or not at all: a temporary file beside it, removed
   * on any error and on SIGINT, SIGTERM or SIGHUP, then renamed over the target.
   * @throws {NarrativeDiffError} `OUTPUT_FILE` with a one-line message when the bytes could not all be written
   */
  write(chunks: Chunks): Promise<void>;
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'its directory does not exist',
  ENOTDIR: 'a part of its path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  EPIPE: 'the reader closed the pipe before the report was written whole',
  EISDIR: 'it is a directory',
  ESHORT: 'the device took none of the bytes left to write',
};

/** "ENOSPC: no space left on the device", from an error of node:fs or a stream. @internal */
export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') return `${code}: ${REASONS[code] ?? (e as Error).message.replace(/^\w+: /, '').replace(/,.*$/, '')}`;
  return e instanceof Error ? e.message : String(e);
}

const isSystemError = (e: unknown): boolean => typeof (e as NodeJS.ErrnoException | undefined)?.code === 'string';

/** Writes all of `data`, again and again after a short write; a write that takes nothing is an error. */
async function writeAll(fh: FileHandle, data: Buffer): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await fh.write(data, offset, data.length - offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'ESHORT' });
    offset += bytesWritten;
  }
}

const tempPath = (path: string, kind = 'tmp'): string =>
  join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.${kind}`);

/**
 * The output file `--out` names, checked before any input is read or analysed: its directory must take a
 * new file (a probe is created and removed at once), and an existing target must be a writable file — a
 * read-only file is refused, never silently replaced. A device or pipe (`/dev/null`, `/dev/stdout`, a FIFO) is
 * written in place.
 * @throws {NarrativeDiffError} `OUTPUT_FILE` naming the path and the reason
 * @internal
 */
export async function fileOutput(path: string): Promise<Output> {
  const fail = (why: string): never => {
    throw new NarrativeDiffError('OUTPUT_FILE', `${path}: cannot be written (${why}); nothing was read or analysed`);
  };
  let existing;
  try {
    existing = await stat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') fail(reason(e));
  }
  if (existing?.isDirectory() === true) fail('it is a directory; expected a file');
  if (existing !== undefined && !existing.isFile()) return { write: (chunks) => writeInPlace(path, chunks) };
  if (existing !== undefined && !(await writable(path, existing.mode))) {
    throw new NarrativeDiffError(
      'OUTPUT_FILE',
      `${path}: is read-only, so it is not replaced; make it writable or choose another --out (nothing was read or analysed)`,
    );
  }
  const probe = tempPath(path, 'probe');
  const release = removeOnSignal(probe);
  try {
    await (await open(probe, 'wx')).close();
    await unlink(probe);
  } catch (e) {
    await unlink(probe).catch(() => undefined);
    fail(reason(e));
  } finally {
    release();
  }
  return { write: (chunks) => writeWhole(path, chunks) };
}

/**
 * Whether an existing file may be replaced: the process may write it, and it is not marked read-only for
 * everyone (root may write anything, but a file without any write bit was meant to be kept).
 */
async function writable(path: string, mode: number): Promise<boolean> {
  if ((mode & 0o222) === 0) return false;
  return access(path, constants.W_OK).then(
    () => true,
    () => false,
  );
}

/** Removes a file at once, if it is still there. */
function removeNow(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}

/**
 * Removes `file` (with `remove`: anything) if the process ends (SIGINT, SIGTERM, SIGHUP, or an exit) before the
 * returned function is called. The handlers run between awaits: by then the analysis is over, and writing yields
 * between chunks.
 */
function removeOnSignal(file: string, remove = (): void => removeNow(file)): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    remove();
    release();
    process.kill(process.pid, signal); // with our handlers gone, the signal ends the process as it would have
  };
  const release = (): void => {
    for (const s of SIGNALS) process.off(s, onSignal);
    process.off('exit', remove);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', remove);
  return release;
}

/** Writes a temporary file beside `path` and renames it over `path`; the temporary file never outlives the process. */
async function writeWhole(path: string, chunks: Chunks): Promise<void> {
  const tmp = tempPath(path);
  const release = removeOnSignal(tmp);
  let fh: FileHandle | undefined;
  try {
    fh = await open(tmp, 'wx').catch(writeError(path));
    for await (const chunk of chunks) await writeAll(fh, Buffer.from(chunk, 'utf8')).catch(writeError(path));
    // Some file systems report a full disk only when the data reaches it.
    await fh.sync().catch(writeError(path));
    const handle = fh;
    fh = undefined;
    await handle.close().catch(writeError(path));
    const now = await stat(path).catch(() => undefined);
    if (now !== undefined && !(await writable(path, now.mode))) {
      throw new NarrativeDiffError(
        'OUTPUT_FILE',
        `${path}: became read-only while the report was made, so it is not replaced; nothing was written`,
      );
    }
    await rename(tmp, path).catch(writeError(path));
  } catch (e) {
    await fh?.close().catch(() => undefined);
    removeNow(tmp);
    throw e;
  } finally {
    release();
  }
}

/** Writes a device or pipe in place: there is no file to rename over it. */
async function writeInPlace(path: string, chunks: Chunks): Promise<void> {
  const fail = writeError(path, '');
  const fh = await open(path, 'w').catch(fail);
  try {
    for await (const chunk of chunks) await writeAll(fh, Buffer.from(chunk, 'utf8')).catch(fail);
  } finally {
    await fh.close().catch(() => undefined);
  }
}

/** Turns a system error into the CLI's one-line OUTPUT_FILE error; anything else is passed on. */
function writeError(path: string, after = '; no partial file is left'): (e: unknown) => never {
  return (e) => {
    if (!isSystemError(e)) throw e;
    throw new NarrativeDiffError('OUTPUT_FILE', `${path}: cannot be written (${reason(e)})${after}`);
  };
}

/**
 * Standard output as an {@link Output}: each chunk is handed to `write` and awaited, so a full disk or a closed
 * pipe (EPIPE, as with `| head`) stops the writing with a one-line error instead of a stack trace or exit 0.
 * @internal
 */
export function streamOutput(write: (chunk: string) => unknown): Output {
  return {
    async write(chunks) {
      try {
        for await (const chunk of chunks) await write(chunk);
      } catch (e) {
        if (!isSystemError(e)) throw e;
        throw new NarrativeDiffError('OUTPUT_FILE', `standard output: cannot be written (${reason(e)})`);
      }
    },
  };
}

/** One file of a directory output: its name in the directory and its text in pieces. @internal */
export interface NamedChunks {
  readonly name: string;
  readonly chunks: Chunks;
}

/** Where `--per-story DIR` writes; checked before any input is read. @internal */
export interface DirectoryOutput {
  /**
   * Writes the files into a new directory beside DIR, then renames it to DIR: DIR holds all of them or is left as
   * it was (absent or empty). The new directory is removed on any error and on SIGINT, SIGTERM or SIGHUP.
   * @throws {NarrativeDiffError} `OUTPUT_FILE` with a one-line message when a file could not be written whole
   */
  write(files: Iterable<NamedChunks>): Promise<void>;
}

/** The entries of an existing directory `dir`, or undefined when there is nothing at `dir`; throws what `stat` throws else. */
async function entriesOf(dir: string): Promise<{ isDirectory: boolean; entries: number } | undefined> {
  let st;
  try {
    st = await stat(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  return { isDirectory: st.isDirectory(), entries: st.isDirectory() ? (await readdir(dir)).length : 0 };
}

/**
 * The directory `--per-story` names, checked before any input is read or analysed: it must not exist or be an
 * empty directory (reports of another run are never mixed with these nor replaced), and its parent must take a
 * new directory (a probe is made and removed at once).
 * @throws {NarrativeDiffError} `OUTPUT_FILE` naming the path, what was expected and what was found
 * @internal
 */
export async function directoryOutput(dir: string): Promise<DirectoryOutput> {
  const fail = (why: string): never => {
    throw new NarrativeDiffError('OUTPUT_FILE', `${dir}: cannot be written (${why}); nothing was read or analysed`);
  };
  const found = await entriesOf(dir).catch((e: unknown) => fail(reason(e)));
  if (found !== undefined && !found.isDirectory) fail('expected a new or empty directory, found a file');
  if (found !== undefined && found.entries > 0) {
    fail(`expected a new or empty directory, found one with ${found.entries} ${found.entries === 1 ? 'entry' : 'entries'}`);
  }
  const probe = tempPath(dir, 'probe');
  const release = removeOnSignal(probe, () => removeTree(probe));
  try {
    await mkdir(probe);
    await rmdir(probe);
  } catch (e) {
    removeTree(probe);
    fail(reason(e));
  } finally {
    release();
  }
  return { write: (files) => writeDirectory(dir, files) };
}

/** Removes a directory and what it holds at once, if it is still there. */
function removeTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Writes `files` into a temporary directory beside `dir`, then renames it to `dir`; the temporary one never outlives the process. */
async function writeDirectory(dir: string, files: Iterable<NamedChunks>): Promise<void> {
  const tmp = tempPath(dir);
  const release = removeOnSignal(tmp, () => removeTree(tmp));
  try {
    await mkdir(tmp).catch(writeError(dir, '; nothing was written'));
    for (const file of files) {
      const path = join(tmp, file.name);
      const fh = await open(path, 'wx').catch(writeError(dir, '; nothing was written'));
      try {
        for await (const chunk of file.chunks)
          await writeAll(fh, Buffer.from(chunk, 'utf8')).catch(writeError(dir, '; nothing was written'));
        await fh.sync().catch(writeError(dir, '; nothing was written'));
      } finally {
        await fh.close().catch(() => undefined);
      }
    }
    // DIR was checked to be absent or empty; an empty one is replaced (rmdir fails if files came meanwhile).
    const now = await entriesOf(dir).catch(writeError(dir, '; nothing was written'));
    if (now !== undefined) {
      if (!now.isDirectory || now.entries > 0) {
        throw new NarrativeDiffError('OUTPUT_FILE', `${dir}: is no longer a new or empty directory, so nothing was written into it`);
      }
      await rmdir(dir).catch(writeError(dir, '; nothing was written'));
    }
    await rename(tmp, dir).catch(writeError(dir, '; nothing was written'));
  } catch (e) {
    removeTree(tmp);
    throw e;
  } finally {
    release();
  }
}
