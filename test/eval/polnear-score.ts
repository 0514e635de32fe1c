/**
 * The figures of the quote evaluation against PolNeAR, counted per article into tallies (one per split, one
 * per outlet): polnear.eval.ts prints them, fit-speakers.ts measures its folds with them. Definitions in
 * polnear.eval.ts.
 */
import type { Quote } from '../../src/quotes/types.js';
import { classify, doubled, matches, pronounSourced, speakerRight, type Article, type ErrorClass } from './polnear-lib.js';

const DEBUG = process.env.POLNEAR_DEBUG === '1';
/** With POLNEAR_DEBUG, `POLNEAR_CONTEXT=n` also prints n characters either side of each missed quote. */
const CONTEXT = Number(process.env.POLNEAR_CONTEXT ?? 0);

/** The quotes of each document, by document id, in their order. */
export function quotesByDoc(quotes: readonly Quote[]): Map<string, Quote[]> {
  const byDoc = new Map<string, Quote[]>();
  for (const q of quotes) {
    const list = byDoc.get(q.docId);
    if (list === undefined) byDoc.set(q.docId, [q]);
    else list.push(q);
  }
  return byDoc;
}

export interface Tally {
  articles: number;
  gold: number;
  recalled: number;
  attributed: number;
  strict: number;
  lenient: number;
  judged: number;
  given: number;
  right: number;
  rightByName: number;
  noSource: number;
  pronoun: number;
  pronounGiven: number;
  pronounOnMention: number;
  pronounKind: number;
  doubled: number;
  doubledFound: number;
  errors: Map<ErrorClass, number>;
}
export const tally = (): Tally => ({
  articles: 0,
  gold: 0,
  recalled: 0,
  attributed: 0,
  strict: 0,
  lenient: 0,
  judged: 0,
  given: 0,
  right: 0,
  rightByName: 0,
  noSource: 0,
  pronoun: 0,
  pronounGiven: 0,
  pronounOnMention: 0,
  pronounKind: 0,
  doubled: 0,
  doubledFound: 0,
  errors: new Map(),
});
export const ratio = (a: number, b: number): string => (b === 0 ? '  n/a' : (a / b).toFixed(3));

/** Adds one article's figures to every tally given. */
export function score(art: Article, mine: readonly Quote[], into: readonly Tally[]): void {
  const add = (f: (t: Tally) => void): void => into.forEach(f);
  add((t) => t.articles++);
  for (const g of art.gold) {
    const found = mine.filter((q) => matches(q, g));
    const withSpeaker = found.filter((q) => q.speaker !== null);
    add((t) => {
      t.gold++;
      if (found.length > 0) t.recalled++;
      if (doubled(g, art.text)) t.doubled++;
      if (doubled(g, art.text) && found.length > 0) t.doubledFound++;
    });
    if (g.sources.length === 0) {
      add((t) => t.noSource++);
      continue;
    }
    if (pronounSourced(g, art.text)) {
      const onMention = withSpeaker.some((q) => speakerRight(q, g, art.text) === 'mention');
      const kind = withSpeaker.some((q) => q.speaker?.kind === 'pronoun');
      add((t) => {
        t.pronoun++;
        if (withSpeaker.length > 0) t.pronounGiven++;
        if (onMention) t.pronounOnMention++;
        if (kind) t.pronounKind++;
      });
      continue;
    }
    const how = withSpeaker.map((q) => speakerRight(q, g, art.text));
    add((t) => {
      t.judged++;
      if (withSpeaker.length > 0) t.given++;
      if (how.includes('mention') || how.includes('name')) t.right++;
      if (how.includes('name') && !how.includes('mention')) t.rightByName++;
    });
    if (how.includes('mention') || how.includes('name')) continue;
    const q = withSpeaker[0] ?? found[0];
    const cls = classify(g, q, art.text);
    add((t) => t.errors.set(cls, (t.errors.get(cls) ?? 0) + 1));
    if (DEBUG) {
      const gold = g.sources.map((s) => art.text.slice(s.start, s.end)).join(' | ');
      const said =
        q?.speaker === null || q === undefined ? '-' : `${q.speaker.name} / ${q.speaker.mention?.text ?? ''} / ${q.attribution ?? ''}`;
      console.log(
        `${cls.padEnd(38)} ${art.id.slice(0, 30)} [${said}] gold [${gold}] ${JSON.stringify(art.text.slice(g.start, g.start + 60))}`,
      );
      if (CONTEXT > 0) console.log(`    … ${JSON.stringify(art.text.slice(Math.max(0, g.start - CONTEXT), g.end + CONTEXT))}`);
    }
  }
  for (const q of mine) {
    if (q.speaker === null) continue;
    const strict = art.gold.some((g) => matches(q, g));
    const lenient = strict || art.contents.some((c) => c.start - 1 <= q.start && q.end <= c.end + 1);
    add((t) => {
      t.attributed++;
      if (strict) t.strict++;
      if (lenient) t.lenient++;
    });
  }
}
