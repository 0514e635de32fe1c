// The CLI's faults, each in a real process (`node --import tsx src/cli/main.ts`): what a user sees when
// standard output or --out cannot take the report, or when the run is interrupted.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const SLOW_OUTPUT = fileURLToPath(new URL('./fixtures/slow-output.ts', import.meta.url));
const SLOW_DIRECTORY = fileURLToPath(new URL('./fixtures/slow-directory.ts', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../examples/corpus/', import.meta.url));
// The example corpus's JSON report is about 220 KB: more than a pipe holds, so `| head` closes it mid-write.
const inputs = readdirSync(CORPUS)
  .sort()
  .map((f) => join(CORPUS, f));
const node = (...args: string[]): string[] => [process.execPath, '--import', 'tsx', ...args];
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const SPAWN = 60_000;

/** One line, naming the package, no stack trace. */
function oneLine(stderr: string, reason: RegExp): void {
  expect(stderr).toMatch(/^narrative-diff: [^\n]*\n$/);
  expect(stderr).toMatch(reason);
  expect(stderr).not.toMatch(/\n\s+at /);
}

const scratch = (): string => mkdtempSync(join(tmpdir(), 'nd-faults-'));

describe('standard output faults', () => {
  it(
    'EPIPE (| head -c 10): one line, exit 1',
    () => {
      const script = `${node(MAIN, 'analyze', ...inputs, '-q')
        .map(quote)
        .join(' ')} | head -c 10 > /dev/null; exit "\${PIPESTATUS[0]}"`;
      const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      oneLine(r.stderr, /standard output: cannot be written \(EPIPE: the reader closed the pipe/);
    },
    SPAWN,
  );

  it.skipIf(!existsSync('/dev/full'))(
    'a full disk (stdout is /dev/full): one line, exit 1, no stack trace',
    () => {
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(node(MAIN)[0] ?? '', [...node(MAIN, 'analyze', ...inputs, '-q').slice(1)], {
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
        });
        expect(r.status).toBe(1);
        oneLine(r.stderr, /standard output: cannot be written \(ENOSPC: no space left on the device\)/);
      } finally {
        closeSync(full);
      }
    },
    SPAWN,
  );
});

describe('--out faults', () => {
  it.skipIf(!existsSync('/dev/full'))(
    'a full device (--out /dev/full) is written in place: one line, exit 1',
    () => {
      const r = spawnSync(process.execPath, node(MAIN, 'analyze', ...inputs, '-q', '--out', '/dev/full').slice(1), { encoding: 'utf8' });
      expect(r.status).toBe(1);
      oneLine(r.stderr, /\/dev\/full: cannot be written \(ENOSPC: no space left on the device\)/);
    },
    SPAWN,
  );

  it(
    'a short write then EFBIG (ulimit -f 8: files stop at 8 KB): one line, exit 1, no file at all',
    () => {
      const dir = scratch();
      const out = join(dir, 'report.json');
      const script = `ulimit -f 8; exec ${node(MAIN, 'analyze', ...inputs, '-q', '--out', out)
        .map(quote)
        .join(' ')}`;
      const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      oneLine(r.stderr, /report\.json: cannot be written \(EFBIG: file too large\); no partial file is left/);
      expect(readdirSync(dir)).toEqual([]);
    },
    SPAWN,
  );

  it('an --out whose directory does not exist fails before any input is read', async () => {
    const dir = scratch();
    let stderr = '';
    // The input does not exist either: the message is about --out, so --out was checked first.
    const code = await run(['analyze', join(dir, 'missing.txt'), '--out', join(dir, 'no-such-dir', 'r.json')], {
      stdout: () => undefined,
      stderr: (s) => (stderr += s),
    });
    expect(code).toBe(1);
    oneLine(stderr, /no-such-dir\/r\.json: cannot be written \(ENOENT: its directory does not exist\); nothing was read or analysed/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an --out below a file fails before any input is read', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'file'), 'x');
    let stderr = '';
    const code = await run(['analyze', join(dir, 'missing.txt'), '--out', join(dir, 'file', 'r.json')], {
      stdout: () => undefined,
      stderr: (s) => (stderr += s),
    });
    expect(code).toBe(1);
    oneLine(stderr, /file\/r\.json: cannot be written \(ENOTDIR: a part of its path is not a directory\)/);
  });

  it('an --out that is a directory fails before any input is read', async () => {
    const dir = scratch();
    let stderr = '';
    const code = await run(['analyze', join(dir, 'missing.txt'), '--out', dir], { stdout: () => undefined, stderr: (s) => (stderr += s) });
    expect(code).toBe(1);
    oneLine(stderr, /cannot be written \(it is a directory; expected a file\)/);
  });

  it('a read-only --out is refused, not replaced, before any input is read', async () => {
    const dir = scratch();
    const out = join(dir, 'report.json');
    writeFileSync(out, 'keep me');
    chmodSync(out, 0o444);
    let stderr = '';
    const code = await run(['analyze', join(dir, 'missing.txt'), '--out', out], { stdout: () => undefined, stderr: (s) => (stderr += s) });
    expect(code).toBe(1);
    oneLine(stderr, /report\.json: is read-only, so it is not replaced; make it writable or choose another --out/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('a writable --out is replaced whole', async () => {
    const dir = scratch();
    const out = join(dir, 'report.json');
    writeFileSync(out, 'old');
    const code = await run(['analyze', ...inputs, '-q', '--out', out], { stdout: () => undefined, stderr: () => undefined });
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('schemaVersion');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});

/** Starts a process, resolves with its exit, and lets a test act when its stderr matches. */
function start(argv: string[]): {
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  stderrMatches: (re: RegExp) => Promise<void>;
  kill: (signal: NodeJS.Signals) => void;
} {
  const child = spawn(argv[0] ?? '', argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const waiting: [RegExp, () => void][] = [];
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s: string) => {
    stderr += s;
    for (const [re, resolve] of waiting) if (re.test(stderr)) resolve();
  });
  return {
    exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr }))),
    stderrMatches: (re) => new Promise((resolve) => waiting.push([re, resolve])),
    kill: (signal) => child.kill(signal),
  };
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
}

const temps = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('signals', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s while the report is written to --out removes the temporary file and ends the process by the signal',
    async (signal) => {
      const dir = scratch();
      const out = join(dir, 'report.json');
      const p = start(node(SLOW_OUTPUT, out));
      await until(() => temps(dir).length > 0);
      p.kill(signal);
      const r = await p.exited;
      expect(r.signal).toBe(signal); // not exit code 0: the run did not finish
      expect(r.stderr).toBe('');
      expect(readdirSync(dir)).toEqual([]); // no temporary file, no probe, no target
    },
    SPAWN,
  );

  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s while --per-story files are written removes the temporary directory and leaves DIR as it was',
    async (signal) => {
      const dir = scratch();
      const out = join(dir, 'stories');
      const p = start(node(SLOW_DIRECTORY, out));
      await until(() => temps(dir).length > 0);
      p.kill(signal);
      const r = await p.exited;
      expect(r.signal).toBe(signal);
      expect(r.stderr).toBe('');
      expect(readdirSync(dir)).toEqual([]); // no temporary directory, no probe, no DIR
    },
    SPAWN,
  );

  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s during the analysis ends the CLI at once and leaves no file',
    async (signal) => {
      const dir = scratch();
      // About 400 KB of prose: seconds of analysis, long enough to be interrupted.
      const text = readdirSync(CORPUS)
        .map((f) => readFileSync(join(CORPUS, f), 'utf8'))
        .join('\n\n');
      const big = join(dir, 'big.txt');
      writeFileSync(big, Array.from({ length: 40 }, () => text).join('\n\n'));
      const out = join(dir, 'report.json');
      const p = start(node(MAIN, 'analyze', big, '--out', out));
      await p.stderrMatches(/analyzing 1 documents/);
      p.kill(signal);
      const r = await p.exited;
      expect(r.signal).toBe(signal);
      expect(readdirSync(dir)).toEqual(['big.txt']);
    },
    SPAWN,
  );
});
