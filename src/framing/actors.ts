import type { Corpus, DocModel } from '../document/model.js';
import { lowerBound, POS_INDEX, TokenFlag, TokenKind } from '../document/model.js';
import { GAZETTEER as gazetteer } from '../lexicon/index.js';
import { compileLexicon, matchLexicon, type CompiledLexicon } from './lexicon.js';
import { foldCached } from './voice.js';
import type { FramingActor, LexiconEntry } from './types.js';

/** A state or person named in a document, in tokens and characters. @internal */
export interface ActorMention {
  readonly actor: string;
  readonly kind: 'state' | 'person';
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  /** How it is named, folded ("north korea", "kim", "hermit kingdom"). */
  readonly form: string;
  readonly loaded: boolean;
}

/** A label to resolve: its token span, category and whether it is loaded. @internal */
export interface LabelSpan {
  readonly first: number;
  readonly last: number;
  readonly category: string;
  readonly loaded: boolean;
  readonly usualReferent?: string;
}

/** A person as the quotes stage resolves it: canonical name and mentions with offsets. @internal */
export interface ExternalPerson {
  readonly name: string;
  readonly mentions: readonly {
    readonly docId: string;
    readonly start: number;
    readonly end: number;
    readonly text: string;
    readonly kind: 'name' | 'pronoun' | 'descriptor';
  }[];
}

/** Index of the token that contains offset `at`, or -1. */
function tokenAt(doc: DocModel, at: number): number {
  const t = doc.tokens;
  const i = lowerBound(t.count, (k) => (t.end[k] ?? 0) <= at);
  return i < t.count && (t.start[i] ?? 0) <= at ? i : -1;
}

/** Index of the first name starting at token `at` or later (names sorted by first token). */
function nameAtOrAfter(names: readonly ActorMention[], at: number): number {
  return lowerBound(names.length, (k) => (names[k] as ActorMention).first < at);
}

let statesLex: CompiledLexicon | undefined;
const ORG_WORDS = new Set(gazetteer.organizationWords.map((w) => w.toLowerCase()));
const GAP_WORDS = new Set([',', "'s", '\u2019s']);
const PROPN = POS_INDEX.get('PROPN') ?? 11;
const NAME_POS = new Set([PROPN, POS_INDEX.get('NOUN') ?? 7, POS_INDEX.get('X') ?? 16, POS_INDEX.get('ADJ') ?? 0]);

function states(): CompiledLexicon {
  statesLex ??= compileLexicon(
    gazetteer.states.flatMap((s) =>
      s.aliases.map((a): LexiconEntry => ({ term: a, category: 'state-label', direction: 'neutral', strength: 0, usualReferent: s.name })),
    ),
  );
  return statesLex;
}

const flag = (doc: DocModel, i: number, f: number): boolean => ((doc.tokens.flags[i] ?? 0) & f) !== 0;

/**
 * Finds the states and persons each document names, resolves labels to them, and builds the naming table.
 * Names are grouped across documents by their joined match keys ("Kim Jong Un" = "Kim Jong-un"); a single
 * capitalized word ("Kim") stands for the full name that contains it and is named most in that document.
 * @internal
 */
export class ActorIndex {
  /** Mentions per document (names only), in text order. */
  private readonly names: ActorMention[][];
  /** Full display name per person key. */
  private readonly display = new Map<string, string>();
  /** Person key → state → count of "<state demonym> <title> <Name>" introductions. */
  private readonly stateOfPerson = new Map<string, Map<string, number>>();
  /** Label-based mentions, added as labels are resolved. */
  private readonly labelMentions: ActorMention[][];
  /** Descriptor mentions the quotes stage resolved to a person ("the North Korean ruler" → Kim). */
  private readonly descriptors: ActorMention[][];

  constructor(
    private readonly corpus: Corpus,
    /** Token indices per document that are label words (titles like "leader"), kept out of names. */
    titleTokens: readonly ReadonlySet<number>[],
    /** Persons as the quotes stage resolved them (canonical names, aliases, descriptors); when given, they replace this class's own name finding. */
    external: readonly ExternalPerson[] = [],
  ) {
    const docs = corpus.docs;
    const stateHits = docs.map((d) => this.stateMentions(d));
    this.descriptors = docs.map(() => []);
    this.labelMentions = docs.map(() => []);
    if (external.length > 0) {
      const byDoc = new Map(docs.map((d, i) => [d.id, i]));
      const perDoc: ActorMention[][] = docs.map((_, i) => [...(stateHits[i] ?? [])]);
      for (const person of external) {
        this.display.set(person.name, person.name);
        for (const m of person.mentions) {
          const di = byDoc.get(m.docId);
          const d = di === undefined ? undefined : docs[di];
          if (di === undefined || d === undefined || m.kind === 'pronoun') continue;
          const first = tokenAt(d, m.start);
          const last = tokenAt(d, m.end - 1) + 1;
          if (first < 0 || last <= first) continue;
          const mention: ActorMention = {
            actor: person.name,
            kind: 'person',
            first,
            last,
            start: m.start,
            end: m.end,
            form: foldCached(m.text),
            loaded: false,
          };
          if (m.kind === 'descriptor') this.descriptors[di]?.push(mention);
          else {
            perDoc[di]?.push(mention);
            if (/\s/u.test(m.text.trim())) this.noteState(d, person.name, first, stateHits[di] ?? []);
          }
        }
      }
      this.names = perDoc.map((ms) => ms.sort((a, b) => a.first - b.first || a.last - b.last));
      return;
    }
    const runs = docs.map((d, i) => this.nameRuns(d, stateHits[i] ?? [], titleTokens[i] ?? new Set()));
    // Full names (two words or more) first, so that single words can be read as short forms of them.
    const full = new Map<string, number>();
    runs.forEach((rs) =>
      rs.forEach((r) => {
        if (r.keys.length >= 2) full.set(r.keys.join(''), (full.get(r.keys.join('')) ?? 0) + 1);
      }),
    );
    this.names = docs.map((d, di) => {
      const out: ActorMention[] = [...(stateHits[di] ?? [])];
      const local = new Map<string, number>();
      for (const r of runs[di] ?? []) if (r.keys.length >= 2) local.set(r.keys.join(''), (local.get(r.keys.join('')) ?? 0) + 1);
      // The full name each word last stood in, so that "Kim" after "Kim Yong Chol" means him (recency first).
      const lastFull = new Map<string, string>();
      for (const r of runs[di] ?? []) {
        let key = r.keys.join('');
        if (r.keys.length >= 2) for (const part of r.keys) lastFull.set(part, key);
        if (r.keys.length === 1) {
          const word = r.keys[0] ?? '';
          let best = lastFull.get(word) ?? '';
          let bestScore = -1;
          if (best === '') {
            for (const [k, n] of full) {
              const parts = this.partsOf.get(k) ?? [];
              if (!parts.includes(word)) continue;
              const score = (local.get(k) ?? 0) * 1000 + n;
              if (score > bestScore || (score === bestScore && k < best)) {
                best = k;
                bestScore = score;
              }
            }
          }
          if (best === '') continue; // a lone capitalized word that names no known person
          key = best;
        }
        if (!this.display.has(key) || r.keys.length >= 2) {
          const prev = this.display.get(key);
          const text = d.text.slice(r.start, r.end);
          if (prev === undefined || (r.keys.length >= 2 && text.length > prev.length)) this.display.set(key, text);
        }
        out.push({
          actor: key,
          kind: 'person',
          first: r.first,
          last: r.last,
          start: r.start,
          end: r.end,
          form: foldCached(d.text.slice(r.start, r.end)),
          loaded: false,
        });
        if (r.keys.length >= 2) this.noteState(d, key, r.first, stateHits[di] ?? []);
      }
      out.sort((a, b) => a.first - b.first);
      return out;
    });
  }

  private readonly partsOf = new Map<string, string[]>();

  private stateMentions(doc: DocModel): ActorMention[] {
    const hits = matchLexicon(doc, this.corpus.vocab, states());
    const out: ActorMention[] = [];
    let until = -1;
    for (const h of hits) {
      if (h.first < until) continue;
      // "US" is a state only in capitals: the pronoun "us" folds to another key, but be safe with lower case.
      const start = doc.tokens.start[h.first] ?? 0;
      const end = doc.tokens.end[h.last - 1] ?? 0;
      if (!flag(doc, h.first, TokenFlag.Capitalized)) continue;
      until = h.last;
      out.push({
        actor: h.term.entry.usualReferent ?? h.term.entry.term,
        kind: 'state',
        first: h.first,
        last: h.last,
        start,
        end,
        form: foldCached(doc.text.slice(start, end)).replace(/['’]s$/, ''),
        loaded: false,
      });
    }
    return out;
  }

  /** Runs of capitalized proper-noun tokens that are not states, titles or organizations. */
  private nameRuns(
    doc: DocModel,
    stateHits: readonly ActorMention[],
    titles: ReadonlySet<number>,
  ): { first: number; last: number; start: number; end: number; keys: string[] }[] {
    const t = doc.tokens;
    const inState = new Uint8Array(t.count);
    for (const m of stateHits) inState.fill(1, m.first, m.last);
    const runs: { first: number; last: number; start: number; end: number; keys: string[] }[] = [];
    const ok = (i: number): boolean =>
      t.kind[i] === TokenKind.Word &&
      flag(doc, i, TokenFlag.Capitalized) &&
      !flag(doc, i, TokenFlag.Boilerplate) &&
      inState[i] === 0 &&
      !titles.has(i) &&
      NAME_POS.has(t.pos[i] ?? 0);
    for (let i = 0; i < t.count; i++) {
      if (!ok(i) || (t.pos[i] !== PROPN && !(i > 0 && ok(i - 1)))) continue;
      let j = i;
      while (j < t.count && ok(j) && (j === i || (t.start[j] ?? 0) - (t.end[j - 1] ?? 0) <= 1) && t.sentence[j] === t.sentence[i]) j++;
      const keys: string[] = [];
      let org = false;
      for (let k = i; k < j; k++) {
        const word = doc.text.slice(t.start[k], t.end[k]).replace(/['’]s$/, '');
        if (ORG_WORDS.has(word.toLowerCase())) org = true;
        keys.push(this.corpus.vocab.str(t.key[k] ?? -1).replace(/\.$/, ''));
      }
      const sentenceInitialSingle = j - i === 1 && flag(doc, i, TokenFlag.SentenceStart);
      if (!org && !sentenceInitialSingle && keys.length <= 4) {
        runs.push({ first: i, last: j, start: t.start[i] ?? 0, end: t.end[j - 1] ?? 0, keys });
        if (keys.length >= 2) this.partsOf.set(keys.join(''), keys);
      }
      i = j - 1;
    }
    return runs;
  }

  /** Records "<State demonym> [title words] <Full Name>": the person belongs to that state. */
  private noteState(doc: DocModel, person: string, first: number, stateHits: readonly ActorMention[]): void {
    for (const s of stateHits) {
      if (s.last > first || first - s.last > 4) continue;
      if (doc.tokens.sentence[s.first] !== doc.tokens.sentence[first]) continue;
      const m = this.stateOfPerson.get(person) ?? new Map<string, number>();
      m.set(s.actor, (m.get(s.actor) ?? 0) + 1);
      this.stateOfPerson.set(person, m);
    }
  }

  /** The state a person most often is introduced as belonging to. */
  private stateOf(person: string): string | undefined {
    // Introductions are all noted in the constructor, so a person's state is fixed once asked for.
    if (this.stateMemo.has(person)) return this.stateMemo.get(person);
    const m = this.stateOfPerson.get(person);
    const state = m ? [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] : undefined;
    this.stateMemo.set(person, state);
    return state;
  }

  private readonly stateMemo = new Map<string, string | undefined>();

  /** Display name of an actor key. */
  name(actor: string, kind: 'state' | 'person'): string {
    return kind === 'state' ? actor : (this.display.get(actor) ?? actor);
  }

  /**
   * Who a label names, where that can be told: an appositive name ("ruler Kim"), a state before it
   * ("North Korean ruler", "Pyongyang's regime"), "of <X>" after it, a conventional epithet ("hermit
   * kingdom"), or — for loaded labels only — the nearest person before it / the state the document
   * calls by an epithet (`epithets`) or else names most, not named in the same sentence.
   * @internal
   */
  resolve(
    docIndex: number,
    label: LabelSpan,
    epithets: ReadonlySet<string> = new Set(),
  ): { actor: string; kind: 'state' | 'person' } | undefined {
    const doc = this.corpus.docs[docIndex];
    const names = this.names[docIndex];
    if (doc === undefined || names === undefined) return undefined;
    const sentence = doc.tokens.sentence[label.first];
    const sameSentence = (m: ActorMention): boolean => doc.tokens.sentence[m.first] === sentence;
    // Only a comma or a possessive may stand between a label and the name it is attached to.
    // The width is checked first: most names lie far from the label, and then no token needs reading.
    const gapOk = (from: number, to: number): boolean => {
      if (to - from > 1) return false;
      return from >= to || GAP_WORDS.has(doc.text.slice(doc.tokens.start[from], doc.tokens.end[from]));
    };
    const isOf = doc.text.slice(doc.tokens.start[label.last] ?? 0, doc.tokens.end[label.last] ?? 0).toLowerCase() === 'of';
    let before: ActorMention | undefined;
    let after: ActorMention | undefined;
    let ofAfter: ActorMention | undefined;
    const span = this.longestName(docIndex, names);
    if (span < 0) {
      // The last name in text order that qualifies (searched from the end, without a filtered copy).
      for (let k = names.length - 1; k >= 0; k--) {
        const m = names[k] as ActorMention;
        if (m.last <= label.first && gapOk(m.last, label.first) && sameSentence(m)) {
          before = m;
          break;
        }
      }
      after = names.find((m) => m.first >= label.last && gapOk(label.last, m.first) && sameSentence(m));
      ofAfter = isOf ? names.find((m) => m.first >= label.last + 1 && m.first - label.last <= 2 && sameSentence(m)) : undefined;
    } else {
      // Names in token order, none longer than `span` tokens: a name before the label ends one token
      // before it at most, so it starts no earlier than `label.first - 1 - span`; a name after it starts
      // within one token (two after "of"). The same names are tried in the same order as by reading the
      // whole list, only the ones that cannot qualify are not visited.
      for (let k = nameAtOrAfter(names, label.first) - 1; k >= 0; k--) {
        const m = names[k] as ActorMention;
        if (m.first < label.first - 1 - span) break;
        if (m.last <= label.first && gapOk(m.last, label.first) && sameSentence(m)) {
          before = m;
          break;
        }
      }
      for (let k = nameAtOrAfter(names, label.last); k < names.length; k++) {
        const m = names[k] as ActorMention;
        if (m.first > label.last + 1) break;
        if (gapOk(label.last, m.first) && sameSentence(m)) {
          after = m;
          break;
        }
      }
      if (isOf) {
        for (let k = nameAtOrAfter(names, label.last + 1); k < names.length; k++) {
          const m = names[k] as ActorMention;
          if (m.first - label.last > 2) break;
          if (sameSentence(m)) {
            ofAfter = m;
            break;
          }
        }
      }
    }
    const personState = (m: ActorMention | undefined): string | undefined => (m?.kind === 'person' ? this.stateOf(m.actor) : m?.actor);

    if (label.category === 'state-label') {
      if (label.usualReferent !== undefined) return { actor: label.usualReferent, kind: 'state' };
      const s = personState(before) ?? personState(ofAfter);
      if (s !== undefined) return { actor: s, kind: 'state' };
      if (!label.loaded) return undefined;
      const counts = new Map<string, number>();
      // A state named in the same sentence is another party, not the one the label names ("cooperation
      // with Russia as the hermit kingdom …"). A state this document already calls by a conventional
      // epithet is the likeliest target of another loaded label.
      const excluded = new Set(names.filter((m) => m.kind === 'state' && sameSentence(m)).map((m) => m.actor));
      const hinted = [...epithets].filter((e) => !excluded.has(e)).sort()[0];
      if (hinted !== undefined) return { actor: hinted, kind: 'state' };
      for (const m of names) if (m.kind === 'state' && !excluded.has(m.actor)) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
      const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      return best ? { actor: best[0], kind: 'state' } : undefined;
    }
    if (label.category === 'person-label') {
      const described = this.descriptors[docIndex]?.find((m) => m.first <= label.first && label.last <= m.last);
      if (described) return { actor: described.actor, kind: 'person' };
      if (after?.kind === 'person') return { actor: after.actor, kind: 'person' };
      if (before?.kind === 'state') {
        // The person this document (or, failing that, the corpus) introduces as belonging to that state.
        const recent = names.filter((m) => m.kind === 'person' && m.last <= label.first && this.stateOf(m.actor) === before.actor).at(-1);
        if (recent) return { actor: recent.actor, kind: 'person' };
        const cands = new Map<string, number>();
        for (const m of names)
          if (m.kind === 'person' && this.stateOf(m.actor) === before.actor) cands.set(m.actor, (cands.get(m.actor) ?? 0) + 1);
        if (cands.size === 0) for (const [p, st] of this.stateOfPerson) if (st.has(before.actor)) cands.set(p, st.get(before.actor) ?? 0);
        const best = [...cands].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
        if (best) return { actor: best[0], kind: 'person' };
      }
      if (!label.loaded) return undefined;
      const near = names
        .filter((m) => m.kind === 'person' && m.last <= label.first && (sentence ?? 0) - (doc.tokens.sentence[m.first] ?? 0) <= 3)
        .at(-1);
      return near ? { actor: near.actor, kind: 'person' } : undefined;
    }
    if (label.category === 'group-label' && before?.kind === 'state') return { actor: before.actor, kind: 'state' };
    return undefined;
  }

  /** Per document, the longest name in tokens, or -1 when its names are not sorted by first token or one is empty. */
  private readonly nameSpans: number[] = [];

  private longestName(docIndex: number, names: readonly ActorMention[]): number {
    let span = this.nameSpans[docIndex];
    if (span === undefined) {
      span = 0;
      for (let k = 0; k < names.length; k++) {
        const m = names[k] as ActorMention;
        if (m.last <= m.first || (k > 0 && m.first < (names[k - 1] as ActorMention).first)) {
          span = -1;
          break;
        }
        span = Math.max(span, m.last - m.first);
      }
      this.nameSpans[docIndex] = span;
    }
    return span;
  }

  /** Records that a resolved label names an actor, for the naming table. */
  addLabel(docIndex: number, m: ActorMention): void {
    this.labelMentions[docIndex]?.push(m);
  }

  /**
   * The naming table: every actor named in two or more documents or by a loaded label, with each
   * document's ways of naming it. Most-named actors first.
   */
  table(): FramingActor[] {
    type Acc = Map<string, { count: number; loaded: boolean; first: { start: number; end: number; text: string } }>;
    type Actor = {
      actor: string;
      kind: 'state' | 'person';
      docs: Map<string, Acc>;
      total: number;
      loaded: boolean;
      lastDoc: string;
      lastForms: Acc | undefined;
    };
    // Looked up per kind by the actor's name (no joined key string per mention); `order` keeps the order
    // in which actors were first met, which the final sort keeps for ties.
    const byKind = { state: new Map<string, Actor>(), person: new Map<string, Actor>() };
    const order: Actor[] = [];
    this.corpus.docs.forEach((doc, di) => {
      const all = [...(this.names[di] ?? []), ...(this.labelMentions[di] ?? [])].sort((a, b) => a.start - b.start);
      for (const m of all) {
        const map = byKind[m.kind];
        let a = map.get(m.actor);
        if (!a) {
          a = { actor: m.actor, kind: m.kind, docs: new Map(), total: 0, loaded: false, lastDoc: '', lastForms: undefined };
          map.set(m.actor, a);
          order.push(a);
        }
        a.total++;
        a.loaded ||= m.loaded;
        // Mentions come document by document: the last document's forms are usually the ones wanted.
        let forms = a.lastForms !== undefined && a.lastDoc === doc.id ? a.lastForms : a.docs.get(doc.id);
        if (!forms) {
          forms = new Map();
          a.docs.set(doc.id, forms);
        }
        a.lastDoc = doc.id;
        a.lastForms = forms;
        const f = forms.get(m.form);
        if (f) f.count++;
        else forms.set(m.form, { count: 1, loaded: m.loaded, first: { start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) } });
      }
    });
    const out: (FramingActor & { total: number })[] = [];
    for (const a of order) {
      if (a.docs.size < 2 && !a.loaded) continue;
      const actor = a.actor;
      out.push({
        name: this.name(actor, a.kind),
        kind: a.kind,
        total: a.total,
        // The documents were visited in corpus order, so the map already lists them in that order.
        byDocument: [...a.docs].map(([docId, forms]) => ({
          docId,
          forms: [...forms]
            .map(([form, v]) => ({ form, count: v.count, loaded: v.loaded, first: v.first }))
            .sort((x, y) => y.count - x.count || x.first.start - y.first.start),
        })),
      });
    }
    out.sort((x, y) => y.total - x.total || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    return out.map(({ total: _total, ...rest }) => rest);
  }
}
