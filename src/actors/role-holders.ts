import type { DocModel } from '../document/model.js';
import { lower, posOf, sameLine, tt } from '../document/tokens.js';
import { ROLE_CLASSES } from '../lexicon/index.js';
import { countriesIn, descriptorAfter, descriptorBefore, makeDescriptor, type Descriptor } from './descriptors.js';
import type { Naming, NamingsByDoc } from './types.js';

/** What a document says a person is: the role classes of the titles and appositives around the names. @internal */
export interface Holding {
  /** Role classes held now ("President Barack Obama", "Lis Smith, a spokeswoman for …"). */
  readonly current: ReadonlySet<string>;
  /** Role classes held before ("former President Bill Clinton"). */
  readonly former: ReadonlySet<string>;
  /** Countries the titles tie the person to ("Israeli Prime Minister …"). */
  readonly countries: ReadonlySet<string>;
}

/** Words that put a role in the past ("former", "ex-", "late", "then-"). */
const PAST = /^(?:former|ex|ex-|late|then|then-|onetime|one-time|erstwhile)$/u;

/** Words that put a role in the future or in general: "the next president" names no one yet. */
const UNSETTLED: ReadonlySet<string> = new Set([
  'next',
  'future',
  'new',
  'incoming',
  'eventual',
  'would-be',
  'possible',
  'potential',
  'replacement',
]);

/** Determiners that make a role noun point at one holder ("the president", "this senator"). */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/** Whether a descriptor puts its role in the past. */
const isPast = (d: Descriptor): boolean =>
  d.text
    .toLowerCase()
    .split(/[\s-]+/u)
    .some((w) => PAST.test(w));

/**
 * A comma appositive after a name without an article ("Michael Mulgrew, president of the union"): the
 * role words up to "of", "for" or the next comma.
 */
function bareAppositive(doc: DocModel, to: number): Descriptor | undefined {
  if (tt(doc, to) !== ',') return undefined;
  let k = to + 1;
  while (k < doc.tokens.count && k - to <= 6 && sameLine(doc, k - 1, k) && /^(?:ADJ|NOUN|PROPN|NUM)$/u.test(posOf(doc, k))) k++;
  const next = lower(doc, k);
  if (k === to + 1 || (next !== 'of' && next !== 'for' && next !== ',')) return undefined;
  return makeDescriptor(doc, to + 1, k);
}

/**
 * Per document, what each person named in it is said to be there: the roles of the titles before the
 * name ("Rep. Bob Etheridge", "former Arkansas Gov. Mike Huckabee", "the Russian Foreign Minister, Sergei
 * Lavrov") and of the appositive after it ("Lis Smith, a spokeswoman for the campaign", "Michael Mulgrew,
 * president of the union").
 *
 * @param docs - the documents
 * @param names - per document, the states and persons named, by first token
 * @returns per document, person → what the document says the person holds
 * @internal
 */
export function roleHoldings(docs: readonly DocModel[], names: NamingsByDoc): Map<string, Holding>[] {
  return docs.map((doc, di) => {
    const out = new Map<string, { current: Set<string>; former: Set<string>; countries: Set<string> }>();
    for (const m of names[di] ?? []) {
      if (m.kind !== 'person') continue;
      const run = { from: m.first, nameFrom: m.first, to: m.last, honorificGender: undefined, titled: false };
      for (const d of [descriptorBefore(doc, run), descriptorAfter(doc, run) ?? bareAppositive(doc, m.last)]) {
        if (d === undefined) continue;
        let h = out.get(m.actor);
        if (h === undefined) out.set(m.actor, (h = { current: new Set(), former: new Set(), countries: new Set() }));
        for (const r of d.roles) (isPast(d) ? h.former : h.current).add(r);
        for (const c of d.countries) h.countries.add(c);
      }
    }
    return out;
  });
}

/** A role noun used as a name ("the president", "the former Arkansas governor"), as {@link roleLabelAt} reads it. @internal */
export interface RoleLabel {
  /** The class of office of its head noun ("president" for "the American president"). */
  readonly role: string;
  readonly countries: readonly string[];
  /** Whether it names a past holder ("the former president"). */
  readonly past: boolean;
  /** Whether it names no holder yet ("the next president"): then it names no one. */
  readonly unsettled: boolean;
}

/**
 * The role label ending at token `last` (exclusive) whose head starts at `first`, when a definite article
 * opens its phrase ("the president", "the Israeli prime minister", "the 68-year-old congressman"); a
 * role noun without one ("for president", "a spokesman", "Senator after senator") names no one holder.
 *
 * @param doc - the document
 * @param first - the label's first token
 * @param last - one past its last token
 * @param personAt - whether a token is part of a person's name
 * @returns the role it names, or undefined
 * @internal
 */
export function roleLabelAt(doc: DocModel, first: number, last: number, personAt: (k: number) => boolean): RoleLabel | undefined {
  const head: string[] = [];
  for (let k = first; k < last; k++) head.push(lower(doc, k));
  // The head noun is the last role noun of the label ("combative congressman").
  let classes: readonly string[] | undefined;
  for (let i = 0; i < head.length && classes === undefined; i++) classes = ROLE_CLASSES.get(head.slice(i).join(' '));
  const role = classes?.[0];
  if (role === undefined) return undefined;
  const sentence = doc.tokens.sentence[first];
  let k = first - 1;
  while (k >= 0 && first - k <= 6 && doc.tokens.sentence[k] === sentence && /^(?:ADJ|NOUN|PROPN|NUM|PART)$/u.test(posOf(doc, k))) {
    // A name before the role ("Boehner spokesman") makes it someone else's role, not a holder of its own.
    if (personAt(k)) return undefined;
    k--;
  }
  if (!DEFINITE.has(lower(doc, k))) return undefined;
  const words: string[] = [];
  for (let j = k + 1; j < last; j++) words.push(lower(doc, j));
  return {
    role,
    countries: countriesIn(words),
    past: words.some((w) => PAST.test(w)),
    unsettled: words.some((w) => UNSETTLED.has(w)),
  };
}

/** Whether a person holds a role as a label names it: the same class, in the same time, countries that agree. */
function holds(h: Holding, label: RoleLabel): boolean {
  if (!(label.past ? h.former : h.current).has(label.role)) return false;
  return label.countries.length === 0 || h.countries.size === 0 || label.countries.some((c) => h.countries.has(c));
}

/**
 * The person a role label means: of the persons the story says hold the role, the one this document names
 * most (then the story; then the one named last before the label) — the most salient holder, not the
 * nearest name ("the president" after a sentence about another country's president is still the one the
 * article is about).
 *
 * @param label - the role label
 * @param at - its first token
 * @param docIndex - its document
 * @param storyDocs - the documents of its story (its own included)
 * @param holdings - per document, what each person is said to hold
 * @param names - per document, the namings
 * @returns the person's name, or undefined when no holder is named
 * @internal
 */
export function roleHolder(
  label: RoleLabel,
  at: number,
  docIndex: number,
  storyDocs: readonly number[],
  holdings: readonly ReadonlyMap<string, Holding>[],
  names: NamingsByDoc,
): string | undefined {
  const candidates = new Set<string>();
  for (const d of storyDocs) for (const [p, h] of holdings[d] ?? []) if (holds(h, label)) candidates.add(p);
  if (candidates.size === 0) return undefined;
  const count = (ms: readonly Naming[] | undefined, p: string): number =>
    (ms ?? []).filter((m) => m.kind === 'person' && m.actor === p).length;
  const lastBefore = (p: string): number =>
    (names[docIndex] ?? []).findLast((m) => m.kind === 'person' && m.actor === p && m.last <= at)?.first ?? -1;
  const scored = [...candidates].map((p) => ({
    p,
    here: count(names[docIndex], p),
    story: storyDocs.reduce((n, d) => n + count(names[d], p), 0),
    near: lastBefore(p),
  }));
  scored.sort((x, y) => y.here - x.here || y.story - x.story || y.near - x.near || (x.p < y.p ? -1 : 1));
  return scored[0]?.p;
}
