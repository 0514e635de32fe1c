// The five articles of the headline case, read from ../shared/corpus at run time (never copied here).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Folder of the five lavrov-kim-2018 articles. */
export const LAVROV_DIR = fileURLToPath(new URL('../../../shared/corpus/lavrov-kim-2018/', import.meta.url));
/** Their file names, sorted. */
export const LAVROV_FILES: readonly string[] = readdirSync(LAVROV_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
/** Their texts by document id (file name without `.txt`). */
export const LAVROV_TEXTS: Readonly<Record<string, string>> = Object.fromEntries(
  LAVROV_FILES.map((f) => [f.replace(/\.txt$/, ''), readFileSync(LAVROV_DIR + f, 'utf8')]),
);

/** The id of the article whose id starts with `prefix` ("001"). */
export function lavrovId(prefix: string): string {
  const id = Object.keys(LAVROV_TEXTS).find((k) => k.startsWith(prefix));
  if (id === undefined) throw new Error(`no article ${prefix}`);
  return id;
}
