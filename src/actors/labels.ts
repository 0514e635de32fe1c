import type { Corpus, DocModel } from '../document/model.js';
import { isCap, lower, posOf, tt } from '../document/tokens.js';
import { capitalizedNames } from './capitalized-names.js';
import { asPhraseSubject, namesNoOne, predicateSubject } from './label-phrases.js';
import { RoleHolders, roleLabelAt } from './role-holders.js';
import type { Actors, LabelSpan, Naming, NamingsByDoc } from './types.js';

const GAP_WORDS = new Set([',', "'s", '\u2019s']);

/** State labels that, with "the", "our" or "this", mean the country the document is about ("the administration", "our country"). */
const OWN_STATE_LABELS: ReadonlySet<string> = new Set(['country', 'nation', 'administration', 'government']);

/** Determiners before such a label. */
const OWN_STATE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'our', 'this']);

/** Words that may stand between "the" and a label ("the federal government", "the Obama administration", "the long-isolated nation"). */
const PHRASE_POS = /^(?:ADJ|NOUN|PROPN|NUM|VERB)$/u;

/** Whether "a" or "an" opens the label's phrase ("a top North Korean official"). */
function indefinite(doc: DocModel, label: LabelSpan): boolean {
  const sentence = doc.tokens.sentence[label.first];
  let k = label.first - 1;
  while (k >= 0 && label.first - k <= 6 && doc.tokens.sentence[k] === sentence && /^(?:ADJ|NOUN|PROPN|NUM|ADV)$/u.test(posOf(doc, k))) k--;
  const w = lower(doc, k);
  return w === 'a' || w === 'an';
}

/** The key with the highest count, the first in sort order of equals. */
function mostCounted(counts: Iterable<[string, number]>): string | undefined {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** The names right around a label: the one before it, after it, and after its "of". */
interface Neighbours {
  readonly before: Naming | undefined;
  readonly after: Naming | undefined;
  readonly ofAfter: Naming | undefined;
}

/**
 * Resolves the framing stage's labels ("the North Korean ruler", "the regime") to the actors the
 * actors stage found, and collects the resolved labels for the naming table.
 *
 * When the actors stage found no person at all, names are read from capitalized runs instead (see
 * {@link capitalizedNames}), with the labels' own words kept out of them: that is why the framing
 * stage, which finds the labels, builds this resolver rather than the actors stage.
 * @internal
 */
export class LabelResolver {
  /** Per document, the states and persons named, by first token. */
  readonly names: NamingsByDoc;
  /** Per document, the resolved labels, as {@link addLabel} records them. */
  readonly labels: Naming[][];
  private readonly display: ReadonlyMap<string, string>;
  private readonly descriptors: NamingsByDoc;
  private readonly stateOfPerson: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Who holds which role, by what the titles and appositives around each person's names say. */
  private readonly holders: RoleHolders;
  /** Per document, its story's state → how often the story names it (one map shared by the story's documents). */
  private readonly storyStates: readonly ReadonlyMap<string, number>[];
  /** Per document, the tokens of persons' names. */
  private readonly personTokens: readonly ReadonlySet<number>[];

  /**
   * @param corpus - the documents
   * @param actors - what the actors stage found
   * @param titleTokens - per document, the tokens of person and state labels (read only when `actors` has no person)
   * @param storyOf - per document, its story (see `StoryAssignment.storyOf`); all documents are one story when left out
   */
  constructor(
    private readonly corpus: Corpus,
    actors: Pick<Actors, 'list' | 'states' | 'names' | 'descriptors' | 'stateOfPerson'>,
    titleTokens: readonly ReadonlySet<number>[],
    storyOf?: ArrayLike<number>,
  ) {
    this.labels = corpus.docs.map(() => []);
    if (actors.list.length > 0) {
      this.names = actors.names;
      this.descriptors = actors.descriptors;
      this.stateOfPerson = actors.stateOfPerson;
      this.display = new Map(actors.list.map((a) => [a.name, a.name]));
    } else {
      const own = capitalizedNames(corpus, actors.states, titleTokens);
      this.names = own.names;
      this.descriptors = corpus.docs.map(() => []);
      this.stateOfPerson = own.stateOfPerson;
      this.display = own.display;
    }
    const story = (d: number): number => (storyOf === undefined ? 0 : (storyOf[d] ?? d));
    this.holders = new RoleHolders(corpus.docs, this.names, story);
    const states = new Map<number, Map<string, number>>();
    this.storyStates = corpus.docs.map((_, d) => {
      let counts = states.get(story(d));
      if (counts === undefined) states.set(story(d), (counts = new Map()));
      for (const m of this.names[d] ?? []) if (m.kind === 'state') counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
      return counts;
    });
    this.personTokens = this.names.map((ms) => {
      const set = new Set<number>();
      for (const m of ms) if (m.kind === 'person') for (let k = m.first; k < m.last; k++) set.add(k);
      return set;
    });
  }

  /** The state a person most often is introduced as belonging to. */
  private stateOf(person: string): string | undefined {
    const m = this.stateOfPerson.get(person);
    return m ? mostCounted(m) : undefined;
  }

  /**
   * Display name of an actor.
   *
   * @param actor - the actor's key
   * @param kind - whether it is a state or a person
   * @returns the name the report shows
   */
  name(actor: string, kind: 'state' | 'person'): string {
    return kind === 'state' ? actor : (this.display.get(actor) ?? actor);
  }

  /**
   * Who a label names, where that can be told. A plural, a verb, a modifier of a noun or a capitalized
   * non-title names no one (see {@link namesNoOne}). A person label names the name right after it ("President
   * Obama"), a name it stands in apposition to ("Ann Lee, a spokeswoman"), the subject it is said of ("As a
   * boss, Ann Lee …", "Lee is a racist"), the person of a state before it, the most salient holder of the
   * role it names in the document or story ("the president", not the nearest name), a descriptor mention
   * over it, or — loaded only — the nearest person before. A state label names its usual referent ("hermit
   * kingdom"), the state before it or after its "of", with "the"/"our"/"this" the state the document names
   * most ("the administration"), or — loaded only — the state the document calls by an epithet
   * (`epithets`) or else names most, not named in the same sentence.
   *
   * @param docIndex - the document's index in the corpus
   * @param label - the label's token span and category
   * @param epithets - the states the document calls by a conventional epithet
   * @returns the actor and its kind, or undefined
   */
  resolve(
    docIndex: number,
    label: LabelSpan,
    epithets: ReadonlySet<string> = new Set(),
  ): { actor: string; kind: 'state' | 'person' } | undefined {
    const doc = this.corpus.docs[docIndex];
    const names = this.names[docIndex];
    if (doc === undefined || names === undefined) return undefined;
    if (label.category !== 'group-label' && namesNoOne(doc, label)) return undefined;
    const near = this.neighbours(doc, names, label);
    if (label.category === 'state-label') return this.resolveState(doc, docIndex, names, label, near, epithets);
    if (label.category === 'person-label') return this.resolvePerson(doc, docIndex, names, label, near);
    if (label.category === 'group-label' && near.before?.kind === 'state') return { actor: near.before.actor, kind: 'state' };
    return undefined;
  }

  /** The names a label is attached to: only a comma or a possessive may stand between them, in one sentence; and the name within two tokens after its "of". */
  private neighbours(doc: DocModel, names: readonly Naming[], label: LabelSpan): Neighbours {
    const sentence = doc.tokens.sentence[label.first];
    const sameSentence = (m: Naming): boolean => doc.tokens.sentence[m.first] === sentence;
    const gapOk = (from: number, to: number): boolean =>
      to - from <= 1 && (from >= to || GAP_WORDS.has(doc.text.slice(doc.tokens.start[from], doc.tokens.end[from])));
    const isOf = doc.text.slice(doc.tokens.start[label.last] ?? 0, doc.tokens.end[label.last] ?? 0).toLowerCase() === 'of';
    return {
      before: names.findLast((m) => m.last <= label.first && gapOk(m.last, label.first) && sameSentence(m)),
      after: names.find((m) => m.first >= label.last && gapOk(label.last, m.first) && sameSentence(m)),
      ofAfter: isOf ? names.find((m) => m.first >= label.last + 1 && m.first - label.last <= 2 && sameSentence(m)) : undefined,
    };
  }

  /** A state label: its usual referent, the state of the name before or after "of", or for a loaded one the state the document calls by an epithet or names most. */
  private resolveState(
    doc: DocModel,
    docIndex: number,
    names: readonly Naming[],
    label: LabelSpan,
    near: Neighbours,
    epithets: ReadonlySet<string>,
  ): { actor: string; kind: 'state' } | undefined {
    if (label.usualReferent !== undefined) return { actor: label.usualReferent, kind: 'state' };
    const personState = (m: Naming | undefined): string | undefined => (m?.kind === 'person' ? this.stateOf(m.actor) : m?.actor);
    const s = personState(near.before) ?? personState(near.ofAfter);
    if (s !== undefined) return { actor: s, kind: 'state' };
    if (!label.loaded) return this.ownState(doc, docIndex, names, label);
    const sentence = doc.tokens.sentence[label.first];
    // A state named in the same sentence is another party, not the one the label names ("cooperation
    // with Russia as the hermit kingdom …"). A state this document already calls by a conventional
    // epithet is the likeliest target of another loaded label.
    const excluded = new Set(names.filter((m) => m.kind === 'state' && doc.tokens.sentence[m.first] === sentence).map((m) => m.actor));
    const hinted = [...epithets].filter((e) => !excluded.has(e)).sort()[0];
    if (hinted !== undefined) return { actor: hinted, kind: 'state' };
    const counts = new Map<string, number>();
    for (const m of names) if (m.kind === 'state' && !excluded.has(m.actor)) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
    const best = mostCounted(counts);
    return best !== undefined ? { actor: best, kind: 'state' } : undefined;
  }

  /**
   * A neutral state label with "the", "our" or "this" that means the country the document is about ("the
   * administration", "our country", "the federal government"): the state it names most outside the label's
   * sentence (a state named beside it is another party), else the one its story names most.
   */
  private ownState(
    doc: DocModel,
    docIndex: number,
    names: readonly Naming[],
    label: LabelSpan,
  ): { actor: string; kind: 'state' } | undefined {
    if (!OWN_STATE_LABELS.has(lower(doc, label.last - 1))) return undefined;
    const sentence = doc.tokens.sentence[label.first];
    let k = label.first - 1;
    while (k >= 0 && label.first - k <= 6 && doc.tokens.sentence[k] === sentence && (PHRASE_POS.test(posOf(doc, k)) || tt(doc, k) === '-'))
      k--;
    // "a Clinton administration", "an administration official": the article is the phrase's, the administration the country's.
    const det = lower(doc, k);
    if (!OWN_STATE_DETERMINERS.has(det) && !((det === 'a' || det === 'an') && lower(doc, label.last - 1) === 'administration'))
      return undefined;
    const counts = new Map<string, number>();
    for (const m of names)
      if (m.kind === 'state' && doc.tokens.sentence[m.first] !== sentence) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
    const best = mostCounted(counts.size > 0 ? counts : (this.storyStates[docIndex] ?? counts));
    return best !== undefined ? { actor: best, kind: 'state' } : undefined;
  }

  /** The person a name before the label stands in apposition to ("Lis Smith, a spokeswoman for …", "Ann Lee, president of …"). */
  private appositiveBefore(doc: DocModel, docIndex: number, names: readonly Naming[], label: LabelSpan): Naming | undefined {
    const sentence = doc.tokens.sentence[label.first];
    let k = label.first - 1;
    while (
      k >= 0 &&
      label.first - k <= 6 &&
      doc.tokens.sentence[k] === sentence &&
      (PHRASE_POS.test(posOf(doc, k)) || /^(?:a|an|the)$/u.test(lower(doc, k)))
    ) {
      if (this.personTokens[docIndex]?.has(k)) return undefined;
      k--;
    }
    // "Ann Lee, the president's adviser": the label is a possessor inside the appositive, not its head.
    if (tt(doc, k) !== ',' || /^['\u2019]s?$/u.test(tt(doc, label.last))) return undefined;
    const person = (end: number): Naming | undefined =>
      names.find((m) => m.kind === 'person' && m.last === end && doc.tokens.sentence[m.first] === sentence);
    // Past a place after the name ("Mitch McConnell of Kentucky, the minority leader").
    let j = k - 1;
    while (j > k - 4 && isCap(doc, j)) j--;
    return person(k) ?? (j < k - 1 && lower(doc, j) === 'of' ? person(j) : undefined);
  }

  /**
   * A person label: the name after it ("President Obama"), a name it stands in apposition to, the person
   * of the state before it, the most salient holder of the role it names ("the president"), a descriptor
   * mention over it, or for a loaded one the nearest person before.
   */
  private resolvePerson(
    doc: DocModel,
    docIndex: number,
    names: readonly Naming[],
    label: LabelSpan,
    near: Neighbours,
  ): { actor: string; kind: 'person' } | undefined {
    if (near.after?.kind === 'person') return { actor: near.after.actor, kind: 'person' };
    const appositive =
      this.appositiveBefore(doc, docIndex, names, label) ??
      asPhraseSubject(doc, names, label) ??
      predicateSubject(doc, names, label, (k) => this.personTokens[docIndex]?.has(k) ?? false);
    if (appositive) return { actor: appositive.actor, kind: 'person' };
    // "A top North Korean official" is someone the sentence does not name, not the state's best-known person.
    if (indefinite(doc, label)) return undefined;
    const state = near.before?.kind === 'state' ? near.before.actor : undefined;
    if (state !== undefined) {
      // The person this document (or, failing that, the corpus) introduces as belonging to that state.
      const recent = names.filter((m) => m.kind === 'person' && m.last <= label.first && this.stateOf(m.actor) === state).at(-1);
      if (recent) return { actor: recent.actor, kind: 'person' };
      const cands = new Map<string, number>();
      for (const m of names) if (m.kind === 'person' && this.stateOf(m.actor) === state) cands.set(m.actor, (cands.get(m.actor) ?? 0) + 1);
      if (cands.size === 0) for (const [p, st] of this.stateOfPerson) if (st.has(state)) cands.set(p, st.get(state) ?? 0);
      const best = mostCounted(cands);
      if (best !== undefined) return { actor: best, kind: 'person' };
    }
    const personAt = (k: number): boolean => this.personTokens[docIndex]?.has(k) ?? false;
    const role = roleLabelAt(doc, label.first, label.last, personAt);
    if (role?.unsettled) return undefined;
    const holder = role && this.holders.holderOf(role, label.first, docIndex);
    if (holder !== undefined) return { actor: holder, kind: 'person' };
    // A role label whose role no one in the story is said to hold names no one: the actors stage's match of
    // the descriptor (any person introduced with a like role, the corpus's most written) is a guess.
    if (role !== undefined && !label.loaded) return undefined;
    const described = this.descriptors[docIndex]?.find((m) => m.first <= label.first && label.last <= m.last);
    if (described) return { actor: described.actor, kind: 'person' };
    if (!label.loaded) return undefined;
    const sentence = doc.tokens.sentence[label.first] ?? 0;
    const nearest = names
      .filter((m) => m.kind === 'person' && m.last <= label.first && sentence - (doc.tokens.sentence[m.first] ?? 0) <= 3)
      .at(-1);
    return nearest ? { actor: nearest.actor, kind: 'person' } : undefined;
  }

  /**
   * The descriptors of a document used as names ("the special counsel", "the North Korean ruler") that no
   * resolved label covers, each under the most salient holder of its role (see {@link RoleHolders.holderOf}), else
   * under the person the actors stage matched it to: they count in the person's naming too.
   *
   * @param docIndex - the document's index
   * @returns the descriptors as namings, in text order
   */
  descriptorNamings(docIndex: number): Naming[] {
    const doc = this.corpus.docs[docIndex];
    if (doc === undefined) return [];
    const labels = this.labels[docIndex] ?? [];
    const personAt = (k: number): boolean => this.personTokens[docIndex]?.has(k) ?? false;
    const out: Naming[] = [];
    for (const m of this.descriptors[docIndex] ?? []) {
      if (labels.some((l) => l.first < m.last && m.first < l.last)) continue;
      // The descriptor runs from its "the": its role phrase is what follows.
      const role = roleLabelAt(doc, m.first + 1, m.last, personAt);
      if (role?.unsettled) continue;
      const holder = role && this.holders.holderOf(role, m.first, docIndex);
      const form = m.form.replace(/^the /u, '');
      out.push({ ...m, form, actor: holder ?? m.actor });
    }
    return out;
  }

  /**
   * Records that a resolved label names an actor, for the naming table.
   *
   * @param docIndex - the document's index
   * @param m - the label as a naming of the actor it resolved to
   */
  addLabel(docIndex: number, m: Naming): void {
    this.labels[docIndex]?.push(m);
  }
}
