import type { Corpus } from '../document/model.js';
import type { Range } from '../quotes/marks.js';
import { drain, type Steps } from '../util/steps.js';
import { actorsFromIndex } from './actor-list.js';
import { actorIndexSteps } from './persons.js';
import { personNamings } from './person-namings.js';
import { stateNamings } from './states.js';
import type { Actors } from './types.js';

// The names other stages read from this one (quotes/attribute.ts: nameKey, ActorIndex, PersonMention).
export { nameKey } from './name-keys.js';
export type { ActorIndex, Actors, PersonMention } from './types.js';

/**
 * The actors stage: the people of a corpus (one canonical name per person across documents, with
 * aliases, descriptors and he/she pronouns resolved) and the states each document names. Built once
 * per corpus and handed to the quote stage (speakers) and the framing stage (labels, naming table).
 *
 * @param corpus - the documents, as the document stage read them
 * @param quoteRanges - per document, its quoted stretches in text order (see `findQuotes`): a name
 *   inside a quote is a mention, but no antecedent for a pronoun outside it
 * @returns the persons' index and list, and the states and persons each document names
 * @example
 * ```ts
 * const corpus = readCorpus([{ id: 'a', text: 'Sergey Lavrov met Kim. Lavrov said he was glad.' }]);
 * resolveActors(corpus, [[]]).list.map((a) => [a.name, a.mentions.map((m) => m.text)]);
 * //=> [['Sergey Lavrov', ['Sergey Lavrov', 'Lavrov', 'he']]]
 * ```
 * @internal
 */
export function resolveActors(corpus: Corpus, quoteRanges: readonly (readonly Range[])[]): Actors {
  return drain(actorSteps(corpus, quoteRanges));
}

/**
 * {@link resolveActors} as {@link Steps}: the same work, pausing between documents and between its parts, so that
 * `analyze` can hand the event loop back.
 * @internal
 */
export function* actorSteps(corpus: Corpus, quoteRanges: readonly (readonly Range[])[]): Steps<Actors> {
  const index = yield* actorIndexSteps(corpus, quoteRanges);
  const list = actorsFromIndex(corpus, index);
  yield;
  const states: ReturnType<typeof stateNamings>[] = [];
  for (const doc of corpus.docs) {
    states.push(stateNamings(corpus, doc));
    yield;
  }
  const { names, descriptors, stateOfPerson } = personNamings(corpus, list, states);
  return { index, list, states, names, descriptors, stateOfPerson };
}
