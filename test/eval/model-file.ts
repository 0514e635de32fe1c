// A fitted model file shipped in src/: the fitting scripts write it, and with --check (in CI) compare it instead.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * With `--check` on the command line: exits 0 when `path` (from the repository root) holds `text`, else 1 with
 * the command that refits it. Without it: writes `text` to `path` and returns, so the caller can say what it wrote.
 */
export function writeOrCheck(path: string, text: string, refit: string): void {
  const file = fileURLToPath(new URL(`../../${path}`, import.meta.url));
  if (!process.argv.includes('--check')) {
    writeFileSync(file, text);
    return;
  }
  if (readFileSync(file, 'utf8') !== text) {
    console.error(`${path} is not what the fitting script fits from the current code: run \`${refit}\` and commit the file`);
    process.exit(1);
  }
  console.log(`${path} is what the fitting script fits from the current code`);
  process.exit(0);
}
