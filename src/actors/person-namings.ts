import type { Corpus, DocModel } from '../document/model.js';
import { lowerBound } from '../document/model.js';
import { foldCached } from '../framing/voice.js';
import type { Actor } from '../quotes/types.js';
import { noteStateOf } from './states.js';
import type { Naming, NamingsByDoc } from './types.js';

/** Index of the token that contains offset `at`, or -1. */
function tokenAt(doc: DocModel, at: number): number {
  const t = doc.tokens;
  const i = lowerBound(t.count, (k) => (t.end[k] ?? 0) <= at);
  return i < t.count && (t.start[i] ?? 0) <= at ? i : -1;
}

/** What {@link personNamings} gives: per document, names and descriptors, and the persons' states. @internal */
export interface PersonNamings {
  /** Per document, the state namings and the persons' name mentions, by first token (then last). */
  readonly names: Naming[][];
  /** Per document, the persons' descriptor mentions, in the order of `actors`. */
  readonly descriptors: Naming[][];
  /** Person → state → count of "<State demonym> [title] <Full Name>" introductions. */
  readonly stateOfPerson: Map<string, Map<string, number>>;
}

/**
 * The persons' mentions as namings in tokens, each under the person's canonical name (pronouns left
 * out), with the states each full name is introduced with.
 *
 * @param corpus - the documents
 * @param actors - the persons, as {@link actorsFromIndex} lists them
 * @param states - per document, its state namings
 * @returns names (states first, then persons, sorted by token), descriptors and persons' states
 * @internal
 */
export function personNamings(corpus: Corpus, actors: readonly Actor[], states: NamingsByDoc): PersonNamings {
  const docs = corpus.docs;
  const byDoc = new Map(docs.map((d, i) => [d.id, i]));
  const names: Naming[][] = docs.map((_, i) => [...(states[i] ?? [])]);
  const descriptors: Naming[][] = docs.map(() => []);
  const stateOfPerson = new Map<string, Map<string, number>>();
  for (const person of actors) {
    for (const m of person.mentions) {
      const di = byDoc.get(m.docId);
      const d = di === undefined ? undefined : docs[di];
      if (di === undefined || d === undefined || m.kind === 'pronoun') continue;
      const first = tokenAt(d, m.start);
      const last = tokenAt(d, m.end - 1) + 1;
      if (first < 0 || last <= first) continue;
      const naming: Naming = {
        actor: person.name,
        kind: 'person',
        first,
        last,
        start: m.start,
        end: m.end,
        form: foldCached(m.text),
        loaded: false,
      };
      if (m.kind === 'descriptor') descriptors[di]?.push(naming);
      else {
        names[di]?.push(naming);
        if (/\s/u.test(m.text.trim())) noteStateOf(d, person.name, first, states[di] ?? [], stateOfPerson);
      }
    }
  }
  for (const ms of names) ms.sort((a, b) => a.first - b.first || a.last - b.last);
  return { names, descriptors, stateOfPerson };
}
