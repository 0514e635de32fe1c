import type { Corpus } from '../document/model.js';
import type { FramingActor, FramingDirection } from '../framing/types.js';
import { round4 } from '../util/numbers.js';
import type { Naming, NamingsByDoc } from './types.js';

/** One document's ways of naming an actor: folded form → count, whether loaded, its direction and its first mention. */
type Forms = Map<
  string,
  { count: number; loaded: boolean; direction: FramingDirection; first: { start: number; end: number; text: string } }
>;

/** An actor as the table gathers it. */
interface Gathered {
  readonly actor: string;
  readonly kind: 'state' | 'person';
  /** Document id → forms, in the order documents were met (corpus order). */
  readonly docs: Map<string, Forms>;
  total: number;
  loaded: boolean;
}

/** Every actor named, with each document's forms, in the order actors are first met. */
function gather(corpus: Corpus, names: NamingsByDoc, labels: NamingsByDoc): Gathered[] {
  // Looked up per kind by the actor's name; `order` keeps the order in which actors were first met,
  // which the final sort keeps for ties.
  const byKind = { state: new Map<string, Gathered>(), person: new Map<string, Gathered>() };
  const order: Gathered[] = [];
  corpus.docs.forEach((doc, di) => {
    const all: Naming[] = [...(names[di] ?? []), ...(labels[di] ?? [])].sort((a, b) => a.start - b.start);
    for (const m of all) {
      const map = byKind[m.kind];
      let a = map.get(m.actor);
      if (!a) {
        a = { actor: m.actor, kind: m.kind, docs: new Map(), total: 0, loaded: false };
        map.set(m.actor, a);
        order.push(a);
      }
      a.total++;
      a.loaded ||= m.loaded;
      let forms = a.docs.get(doc.id);
      if (!forms) {
        forms = new Map();
        a.docs.set(doc.id, forms);
      }
      const f = forms.get(m.form);
      if (f) f.count++;
      else
        forms.set(m.form, {
          count: 1,
          loaded: m.loaded,
          direction: m.loaded ? (m.direction ?? 'neutral') : 'neutral',
          first: { start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) },
        });
    }
  });
  return order;
}

/**
 * The naming table: every actor named in two or more documents or by a loaded label, with each
 * document's ways of naming it. Most-named actors first (ties by name).
 *
 * @param corpus - the documents
 * @param names - per document, the states and persons named by name
 * @param labels - per document, the labels resolved to actors
 * @param nameOf - the display name of an actor
 * @returns the table's rows
 * @internal
 */
export function namingTable(
  corpus: Corpus,
  names: NamingsByDoc,
  labels: NamingsByDoc,
  nameOf: (actor: string, kind: 'state' | 'person') => string,
): FramingActor[] {
  const rows: { readonly row: FramingActor; readonly total: number }[] = [];
  for (const a of gather(corpus, names, labels)) {
    if (a.docs.size < 2 && !a.loaded) continue;
    const row: FramingActor = {
      name: nameOf(a.actor, a.kind),
      kind: a.kind,
      // The documents were visited in corpus order, so the map already lists them in that order.
      byDocument: [...a.docs].map(([docId, forms]) => {
        const list = [...forms]
          .map(([form, v]) => ({ form, count: v.count, loaded: v.loaded, direction: v.direction, first: v.first }))
          .sort((x, y) => y.count - x.count || x.first.start - y.first.start);
        const mentions = list.reduce((n, f) => n + f.count, 0);
        const loaded = list.reduce((n, f) => n + (f.loaded ? f.count : 0), 0);
        return { docId, forms: list, mentions, loadedShare: mentions ? round4(loaded / mentions) : 0 };
      }),
    };
    rows.push({ row, total: a.total });
  }
  rows.sort((x, y) => y.total - x.total || (x.row.name < y.row.name ? -1 : x.row.name > y.row.name ? 1 : 0));
  return rows.map((r) => r.row);
}
