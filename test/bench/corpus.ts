// Builds benchmark corpora from paragraphs of the real articles in ../shared/corpus (read at run time,
// never copied into the project): each synthetic article takes most of its paragraphs from one "home"
// article and a few from others, moves one, and lightly edits some (a word dropped or repeated from
// elsewhere in the paragraph, British spelling, curly quotes, NBSP), so that reuse across the corpus is
// realistic — wire copy carried by several outlets, trimmed and re-punctuated. Deterministic (seeded PRNG).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

const paragraphsOf = (text: string): string[] =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 5);

/** Source articles as lists of paragraphs. */
export function sourceArticles(): string[][] {
  const out: string[][] = [];
  for (const f of files(join(SHARED, 'basil-dev/articles'))) {
    if (!f.endsWith('.json')) continue;
    const j = JSON.parse(readFileSync(f, 'utf8')) as { 'body-paragraphs'?: string[][] };
    const paras = (j['body-paragraphs'] ?? []).map((p) => p.join(' ').trim()).filter((p) => p.split(/\s+/).length >= 5);
    if (paras.length > 0) out.push(paras);
  }
  for (const f of files(join(SHARED, 'polnear-dev/text'))) if (f.endsWith('.txt')) out.push(paragraphsOf(readFileSync(f, 'utf8')));
  for (const f of files(join(SHARED, 'lavrov-kim-2018'))) if (f.endsWith('.txt')) out.push(paragraphsOf(readFileSync(f, 'utf8')));
  return out.filter((a) => a.length > 0);
}

const BRITISH: readonly [RegExp, string][] = [
  [/ization\b/g, 'isation'],
  [/izing\b/g, 'ising'],
  [/ized\b/g, 'ised'],
  [/\bcolor/g, 'colour'],
  [/\bcenter\b/g, 'centre'],
  [/\bdefense\b/g, 'defence'],
];

/** One light edit of a paragraph. */
function edit(p: string, rnd: () => number): string {
  const r = rnd();
  const words = p.split(' ');
  if (r < 0.3 && words.length > 8) {
    words.splice(1 + Math.floor(rnd() * (words.length - 2)), 1); // drop a word
    return words.join(' ');
  }
  if (r < 0.5 && words.length > 8) {
    const i = 1 + Math.floor(rnd() * (words.length - 2));
    words[i] = words[Math.floor(rnd() * words.length)] ?? words[i] ?? ''; // substitute a word
    return words.join(' ');
  }
  if (r < 0.65) return BRITISH.reduce((s, [re, to]) => s.replace(re, to), p);
  if (r < 0.8) return p.replace(/"([^"]*)"/g, '\u201C$1\u201D').replace(/'/g, '\u2019');
  if (r < 0.9) return p.replace(/ (\d)/g, '\u00A0$1').replace(/ of /, ' of\u00A0');
  return p.replace(/, /, ' ');
}

/**
 * `n` synthetic articles of about `tokensPerArticle` tokens (words and punctuation). The first `k`
 * articles of `build(n)` are `build(k)`, so smaller corpora are prefixes of larger ones.
 */
export function buildCorpus(
  sources: readonly string[][],
  n: number,
  tokensPerArticle = 550,
  seed = 20180531,
): { id: string; text: string }[] {
  const rnd = prng(seed);
  const out: { id: string; text: string }[] = [];
  const est = (p: string): number => Math.round(p.split(/\s+/).length * 1.2);
  for (let i = 0; i < n; i++) {
    const home = sources[Math.floor(rnd() * sources.length)] ?? [];
    const paras: string[] = [];
    let tokens = 0;
    let cursor = Math.floor(rnd() * Math.max(1, home.length - 3));
    while (tokens < tokensPerArticle) {
      let p: string | undefined;
      if (rnd() < 0.75 && cursor < home.length) p = home[cursor++];
      else {
        const other = sources[Math.floor(rnd() * sources.length)] ?? [];
        p = other[Math.floor(rnd() * other.length)];
      }
      if (p === undefined) continue;
      if (rnd() < 0.35) p = edit(p, rnd);
      paras.push(p);
      tokens += est(p);
    }
    if (paras.length > 2 && rnd() < 0.5) {
      const [moved] = paras.splice(Math.floor(rnd() * paras.length), 1);
      paras.splice(Math.floor(rnd() * paras.length), 0, moved ?? '');
    }
    out.push({ id: `a${String(i).padStart(4, '0')}`, text: paras.join('\n\n') });
  }
  return out;
}
