import type { DocModel } from '../document/model.js';
import { isCap, lower, posOf, sameLine, tt } from '../document/tokens.js';
import { ROLE_CLASSES } from '../lexicon/index.js';
import { countriesIn, descriptorAfter, descriptorBefore, makeDescriptor, rolesIn, type Descriptor } from './descriptors.js';
import type { Naming, NamingsByDoc } from './types.js';

/** What a document says a person is: the role classes of the titles and appositives around the names. @internal */
export interface Holding {
  /** Role classes held now ("President Barack Obama", "Lis Smith, a spokeswoman for …"). */
  readonly current: ReadonlySet<string>;
  /** Role classes held before ("former President Bill Clinton"). */
  readonly former: ReadonlySet<string>;
  /** Countries the titles tie the person to ("Israeli Prime Minister …"). */
  readonly countries: ReadonlySet<string>;
  /** Parties the titles tie the person to ("Republican presidential nominee …"), as {@link partiesIn} names them. */
  readonly parties: ReadonlySet<string>;
  /** The words of the titles, lower case ("senate", "majority", "leader"). */
  readonly words: ReadonlySet<string>;
}

/** Words after which a role is the office sought, not held ("nominee for president", "candidate to succeed"). */
const SOUGHT: ReadonlySet<string> = new Set(['for', 'to']);

/** The roles a descriptor holds: those before a "for" or "to" ("the Republican nominee for president" holds only "nominee"). */
function heldRoles(d: Descriptor): readonly string[] {
  const words = d.text.toLowerCase().split(/\s+/u);
  const cut = words.findIndex((w) => SOUGHT.has(w));
  return cut < 0 ? d.roles : rolesIn(words.slice(0, cut));
}

/** Words that tie a role to one of the two US parties ("the Democratic candidate", "the GOP chairman"). */
const PARTY_WORDS: ReadonlyMap<string, string> = new Map([
  ['democratic', 'D'],
  ['democrat', 'D'],
  ['democrats', 'D'],
  ['republican', 'R'],
  ['gop', 'R'],
]);

/**
 * The parties the words of a phrase name.
 *
 * @param words - lower-case words
 * @returns the parties, each once
 * @internal
 */
export function partiesIn(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => PARTY_WORDS.get(w.replace(/['\u2019]s$/u, ''))).filter((p): p is string => p !== undefined))];
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
    const out = new Map<
      string,
      { current: Set<string>; former: Set<string>; countries: Set<string>; parties: Set<string>; words: Set<string> }
    >();
    for (const m of names[di] ?? []) {
      if (m.kind !== 'person') continue;
      const run = { from: m.first, nameFrom: m.first, to: m.last, honorificGender: undefined, titled: false };
      for (const d of [descriptorBefore(doc, run), descriptorAfter(doc, run) ?? bareAppositive(doc, m.last)]) {
        if (d === undefined) continue;
        let h = out.get(m.actor);
        if (h === undefined)
          out.set(m.actor, (h = { current: new Set(), former: new Set(), countries: new Set(), parties: new Set(), words: new Set() }));
        for (const r of heldRoles(d)) (isPast(d) ? h.former : h.current).add(r);
        for (const w of d.text.toLowerCase().split(/\s+/u)) h.words.add(w.replace(/['\u2019]s$/u, ''));
        for (const c of d.countries) h.countries.add(c);
        for (const p of partiesIn(d.text.toLowerCase().split(/\s+/u))) h.parties.add(p);
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
  readonly parties: readonly string[];
  /** Common nouns before the head that say whose role it is ("the band leader", "the Senate majority leader"). */
  readonly modifiers: readonly string[];
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
  const sentence = doc.tokens.sentence[first];
  let k = first - 1;
  // Adverbs and participles may stand in the phrase too ("the most favored candidate").
  while (k >= 0 && first - k <= 6 && doc.tokens.sentence[k] === sentence && /^(?:ADJ|NOUN|PROPN|NUM|PART|ADV|VERB)$/u.test(posOf(doc, k))) {
    // A name before the role ("Boehner spokesman") makes it someone else's role, not a holder of its own.
    if (personAt(k)) return undefined;
    k--;
  }
  if (!DEFINITE.has(lower(doc, k))) return undefined;
  const words: string[] = [];
  for (let j = k + 1; j < last; j++) words.push(lower(doc, j));
  // The head is the longest role phrase ending the label ("vice president", not "president"; "congressman" of
  // "combative congressman").
  let classes: readonly string[] | undefined;
  for (let i = 0; i < words.length && classes === undefined; i++) classes = ROLE_CLASSES.get(words.slice(i).join(' '));
  const role = classes?.[0];
  if (role === undefined) return undefined;
  const modifiers: string[] = [];
  for (let j = k + 1; j < last; j++) {
    if (posOf(doc, j) === 'NOUN' && !isCap(doc, j) && !ROLE_CLASSES.has(lower(doc, j))) modifiers.push(lower(doc, j));
  }
  return {
    role,
    countries: countriesIn(words),
    parties: partiesIn(words),
    modifiers,
    past: words.some((w) => PAST.test(w)),
    unsettled: words.some((w) => UNSETTLED.has(w)),
  };
}

/** Whether a person holds a role as a label names it: the same class, in the same time, countries that agree. */
function holds(h: Holding, label: RoleLabel, strictParty: boolean): boolean {
  if (!(label.past ? h.former : h.current).has(label.role)) return false;
  // "The band leader" is no holder whose titles say nothing of a band.
  if (!label.modifiers.every((w) => h.words.has(w))) return false;
  // "The Democratic candidate" is a holder the story calls a Democrat (while there is one), never one of another party.
  const partyOk = strictParty
    ? label.parties.some((p) => h.parties.has(p))
    : h.parties.size === 0 || label.parties.some((p) => h.parties.has(p));
  if (label.parties.length > 0 && !partyOk) return false;
  return label.countries.length === 0 || h.countries.size === 0 || label.countries.some((c) => h.countries.has(c));
}

/** What a group of documents together says a person holds (or held): their holdings merged. */
interface HolderEntry {
  readonly person: string;
  readonly holding: {
    readonly current: Set<string>;
    readonly former: Set<string>;
    readonly countries: Set<string>;
    readonly parties: Set<string>;
    readonly words: Set<string>;
  };
}

/**
 * Who holds which role in a corpus, and how salient each person is per document and per story: built once
 * per corpus so that resolving a role label reads only the holders of its role.
 * @internal
 */
export class RoleHolders {
  /** Role class → story → person → what the story's documents say the person holds. */
  private readonly byStory = new Map<string, Map<number, Map<string, HolderEntry>>>();
  /** Role class → person → what the corpus says the person holds. */
  private readonly byPerson = new Map<string, Map<string, HolderEntry>>();
  /** Per document, person → how often the document names the person. */
  private readonly here: readonly ReadonlyMap<string, number>[];
  /** Per story, person → how often its documents name the person. */
  private readonly inStory: ReadonlyMap<number, ReadonlyMap<string, number>>;

  /**
   * @param docs - the documents
   * @param names - per document, the states and persons named, by first token
   * @param storyOf - per document, its story
   */
  constructor(
    docs: readonly DocModel[],
    private readonly names: NamingsByDoc,
    private readonly storyOf: (d: number) => number,
  ) {
    roleHoldings(docs, names).forEach((byPerson, doc) => {
      for (const [person, holding] of byPerson) {
        for (const role of new Set([...holding.current, ...holding.former])) {
          let inStory = this.byStory.get(role)?.get(storyOf(doc));
          if (inStory === undefined) {
            let stories = this.byStory.get(role);
            if (stories === undefined) this.byStory.set(role, (stories = new Map()));
            stories.set(storyOf(doc), (inStory = new Map()));
          }
          let ofPerson = this.byPerson.get(role);
          if (ofPerson === undefined) this.byPerson.set(role, (ofPerson = new Map()));
          merge(inStory, person, holding);
          merge(ofPerson, person, holding);
        }
      }
    });
    this.here = docs.map((_, d) => countPersons(names[d] ?? []));
    const inStory = new Map<number, Map<string, number>>();
    docs.forEach((_, d) => {
      const s = storyOf(d);
      let counts = inStory.get(s);
      if (counts === undefined) inStory.set(s, (counts = new Map()));
      for (const [p, n] of this.here[d] ?? []) counts.set(p, (counts.get(p) ?? 0) + n);
    });
    this.inStory = inStory;
  }

  /**
   * The person a role label means: of the persons the story says hold the role (and those this document
   * names that another story calls holders), the one this document names most, then the story, then the
   * one named last before the label — the most salient holder, not the nearest name ("the president" after
   * a sentence about another country's president is still the one the article is about). A holder of the
   * label's party is preferred while one is named; a former holder is left out of a present role while
   * another holder is named.
   *
   * @param label - the role label
   * @param at - its first token
   * @param docIndex - its document
   * @returns the person's name, or undefined when no holder is named
   */
  holderOf(label: RoleLabel, at: number, docIndex: number): string | undefined {
    const strict = this.holders(label, docIndex, true);
    const found = strict.candidates.size > 0 || label.parties.length === 0 ? strict : this.holders(label, docIndex, false);
    return this.mostSalient(found.candidates, found.past, label, at, docIndex);
  }

  /** The holders of a label's role the story names or this document names; and which of them are called former holders. */
  private holders(label: RoleLabel, docIndex: number, strictParty: boolean): { candidates: Set<string>; past: Set<string> } {
    const candidates = new Set<string>();
    const past = new Set<string>();
    const inStory = this.byStory.get(label.role)?.get(this.storyOf(docIndex))?.values() ?? [];
    const ofPersons = this.byPerson.get(label.role);
    const namedHere = [...(this.here[docIndex]?.keys() ?? [])].flatMap((p) => ofPersons?.get(p) ?? []);
    for (const e of [...inStory, ...namedHere]) {
      if (holds(e.holding, label, strictParty)) candidates.add(e.person);
      if (e.holding.former.has(label.role)) past.add(e.person);
    }
    return { candidates, past };
  }

  /** Of the candidates, the one this document names most (then the story; then the one named last before the label). */
  private mostSalient(
    candidates: Set<string>,
    past: ReadonlySet<string>,
    label: RoleLabel,
    at: number,
    docIndex: number,
  ): string | undefined {
    // A person the story calls a former holder is not the one "the president" means, while another holder is named.
    if (!label.past && [...candidates].some((p) => !past.has(p))) for (const p of past) candidates.delete(p);
    if (candidates.size === 0) return undefined;
    const here = this.here[docIndex];
    const story = this.inStory.get(this.storyOf(docIndex));
    const lastBefore = (p: string): number =>
      (this.names[docIndex] ?? []).findLast((m) => m.kind === 'person' && m.actor === p && m.last <= at)?.first ?? -1;
    const scored = [...candidates].map((p) => ({ p, here: here?.get(p) ?? 0, story: story?.get(p) ?? 0, near: lastBefore(p) }));
    scored.sort((x, y) => y.here - x.here || y.story - x.story || y.near - x.near || (x.p < y.p ? -1 : 1));
    return scored[0]?.p;
  }
}

/** Adds what one document says a person holds to what a group of documents says. */
function merge(index: Map<string, HolderEntry>, person: string, h: Holding): void {
  let e = index.get(person);
  if (e === undefined) {
    e = { person, holding: { current: new Set(), former: new Set(), countries: new Set(), parties: new Set(), words: new Set() } };
    index.set(person, e);
  }
  for (const key of ['current', 'former', 'countries', 'parties', 'words'] as const) for (const x of h[key]) e.holding[key].add(x);
}

/** Person → how often the namings name the person. */
function countPersons(names: readonly Naming[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of names) if (m.kind === 'person') counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  return counts;
}
