import type { Corpus, DocModel } from '../document/model.js';
import { POS_INDEX, TokenFlag, TokenKind } from '../document/model.js';
import { GAZETTEER as gazetteer } from '../lexicon/index.js';
import { foldCached } from '../framing/voice.js';
import { noteStateOf } from './states.js';
import type { Naming, NamingsByDoc } from './types.js';

const ORG_WORDS = new Set(gazetteer.organizationWords.map((w) => w.toLowerCase()));
const PROPN = POS_INDEX.get('PROPN') ?? 11;
const NAME_POS = new Set([PROPN, POS_INDEX.get('NOUN') ?? 7, POS_INDEX.get('X') ?? 16, POS_INDEX.get('ADJ') ?? 0]);

/** A run of capitalized name tokens: its span and each token's match key. */
interface CapitalizedRun {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly keys: readonly string[];
}

const flag = (doc: DocModel, i: number, f: number): boolean => ((doc.tokens.flags[i] ?? 0) & f) !== 0;

/** Whether token `i` may be part of a name: a capitalized word, tagged as a name might be, outside states, titles and boilerplate. */
function mayBeName(doc: DocModel, i: number, inState: Uint8Array, titles: ReadonlySet<number>): boolean {
  const t = doc.tokens;
  return (
    t.kind[i] === TokenKind.Word &&
    flag(doc, i, TokenFlag.Capitalized) &&
    !flag(doc, i, TokenFlag.Boilerplate) &&
    inState[i] === 0 &&
    !titles.has(i) &&
    NAME_POS.has(t.pos[i] ?? 0)
  );
}

/** Runs of capitalized proper-noun tokens that are not states, titles or organizations (four tokens at most). */
function capitalizedRuns(corpus: Corpus, doc: DocModel, states: readonly Naming[], titles: ReadonlySet<number>): CapitalizedRun[] {
  const t = doc.tokens;
  const inState = new Uint8Array(t.count);
  for (const m of states) inState.fill(1, m.first, m.last);
  const ok = (i: number): boolean => mayBeName(doc, i, inState, titles);
  const runs: CapitalizedRun[] = [];
  for (let i = 0; i < t.count; i++) {
    if (!ok(i) || (t.pos[i] !== PROPN && !(i > 0 && ok(i - 1)))) continue;
    let j = i;
    while (j < t.count && ok(j) && (j === i || (t.start[j] ?? 0) - (t.end[j - 1] ?? 0) <= 1) && t.sentence[j] === t.sentence[i]) j++;
    const keys: string[] = [];
    let org = false;
    for (let k = i; k < j; k++) {
      const word = doc.text.slice(t.start[k], t.end[k]).replace(/['’]s$/, '');
      if (ORG_WORDS.has(word.toLowerCase())) org = true;
      keys.push(corpus.vocab.str(t.key[k] ?? -1).replace(/\.$/, ''));
    }
    const sentenceInitialSingle = j - i === 1 && flag(doc, i, TokenFlag.SentenceStart);
    if (!org && !sentenceInitialSingle && keys.length <= 4)
      runs.push({ first: i, last: j, start: t.start[i] ?? 0, end: t.end[j - 1] ?? 0, keys });
    i = j - 1;
  }
  return runs;
}

/** The full name (joined keys) a single word stands for: the one it last stood in, else the one with it named most here, then in the corpus. */
function fullNameOf(
  word: string,
  lastFull: ReadonlyMap<string, string>,
  full: ReadonlyMap<string, number>,
  local: ReadonlyMap<string, number>,
  partsOf: ReadonlyMap<string, readonly string[]>,
): string {
  let best = lastFull.get(word) ?? '';
  if (best !== '') return best;
  let bestScore = -1;
  for (const [k, n] of full) {
    if (!(partsOf.get(k) ?? []).includes(word)) continue;
    const score = (local.get(k) ?? 0) * 1000 + n;
    if (score > bestScore || (score === bestScore && k < best)) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

/** Counts of the full names (two words or more) of some runs, by joined keys. */
function fullNameCounts(runs: readonly CapitalizedRun[], into = new Map<string, number>()): Map<string, number> {
  for (const r of runs) if (r.keys.length >= 2) into.set(r.keys.join(''), (into.get(r.keys.join('')) ?? 0) + 1);
  return into;
}

/** What {@link capitalizedNames} gives. @internal */
export interface CapitalizedNames {
  /** Per document, the state namings and the names found, by first token. */
  readonly names: Naming[][];
  /** Display name per person key (the longest full form written). */
  readonly display: Map<string, string>;
  /** Person → state → count of "<State demonym> [title] <Full Name>" introductions. */
  readonly stateOfPerson: Map<string, Map<string, number>>;
}

/**
 * Names read from capitalized runs alone, for a corpus in which the actors stage found no person:
 * full names (two words or more) grouped across documents by their joined match keys ("Kim Jong Un" =
 * "Kim Jong-un"), a single word standing for the full name it last stood in, or else the one that
 * contains it and is named most in that document. Label words (`titleTokens`) are kept out of names.
 *
 * @param corpus - the documents
 * @param states - per document, its state namings
 * @param titleTokens - per document, the tokens of labels that name persons or states ("leader")
 * @returns the names per document, display names and persons' states
 * @internal
 */
export function capitalizedNames(corpus: Corpus, states: NamingsByDoc, titleTokens: readonly ReadonlySet<number>[]): CapitalizedNames {
  const docs = corpus.docs;
  const runs = docs.map((d, i) => capitalizedRuns(corpus, d, states[i] ?? [], titleTokens[i] ?? new Set()));
  const partsOf = new Map<string, readonly string[]>();
  for (const rs of runs) for (const r of rs) if (r.keys.length >= 2) partsOf.set(r.keys.join(''), r.keys);
  // Full names first, so that single words can be read as short forms of them.
  const full = new Map<string, number>();
  for (const rs of runs) fullNameCounts(rs, full);
  const display = new Map<string, string>();
  const stateOfPerson = new Map<string, Map<string, number>>();
  const names = docs.map((d, di) => {
    const out: Naming[] = [...(states[di] ?? [])];
    const local = fullNameCounts(runs[di] ?? []);
    // The full name each word last stood in, so that "Kim" after "Kim Yong Chol" means him (recency first).
    const lastFull = new Map<string, string>();
    for (const r of runs[di] ?? []) {
      let key = r.keys.join('');
      if (r.keys.length >= 2) for (const part of r.keys) lastFull.set(part, key);
      if (r.keys.length === 1) {
        key = fullNameOf(r.keys[0] ?? '', lastFull, full, local, partsOf);
        if (key === '') continue; // a lone capitalized word that names no known person
      }
      const text = d.text.slice(r.start, r.end);
      const prev = display.get(key);
      if (prev === undefined || (r.keys.length >= 2 && text.length > prev.length)) display.set(key, text);
      out.push({
        actor: key,
        kind: 'person',
        first: r.first,
        last: r.last,
        start: r.start,
        end: r.end,
        form: foldCached(text),
        loaded: false,
      });
      if (r.keys.length >= 2) noteStateOf(d, key, r.first, states[di] ?? [], stateOfPerson);
    }
    out.sort((a, b) => a.first - b.first);
    return out;
  });
  return { names, display, stateOfPerson };
}
