import type { Corpus } from '../document/model.js';
import type { Actor, ActorMention } from '../quotes/types.js';
import type { ActorIndex } from './types.js';

/**
 * The actor index in the public form: one {@link Actor} per person mentioned, with canonical name,
 * aliases and every mention (names, descriptors, pronouns) in document then text order.
 *
 * @param corpus - the documents
 * @param index - the persons and their mentions (see `resolveActorIndex`)
 * @returns actors, most mentioned first (ties by name)
 * @internal
 */
export function actorsFromIndex(corpus: Corpus, index: ActorIndex): Actor[] {
  const byKey = new Map<string, ActorMention[]>();
  corpus.docs.forEach((doc, d) => {
    for (const m of index.mentions[d] ?? []) {
      const list = byKey.get(m.key) ?? [];
      list.push({ docId: doc.id, start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), kind: m.kind });
      byKey.set(m.key, list);
    }
  });
  const actors: Actor[] = [];
  for (const [key, p] of index.persons) {
    const mentions = byKey.get(key) ?? [];
    if (mentions.length === 0) continue;
    actors.push({ name: p.name, aliases: p.aliases, mentions });
  }
  return actors.sort((a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
