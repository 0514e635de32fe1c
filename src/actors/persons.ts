import type { Corpus, DocModel } from '../document/model.js';
import { idOrder } from '../util/id-order.js';
import type { Steps } from '../util/steps.js';
import type { Range } from '../quotes/marks.js';
import { descriptorMentions } from './descriptor-mentions.js';
import { collectNames, nameMentions, wordIndex } from './name-mentions.js';
import { genderOf, newPersonTable, personOf, type PersonTable } from './person-table.js';
import { pronounMentions } from './pronouns.js';
import type { ActorIndex, IndexedPerson, PersonMention } from './types.js';

/** Words in a written form. */
const wordsIn = (form: string): number => form.split(/\s+/u).length;

/**
 * The persons as the index lists them: canonical name (the most frequent full form; a lone surname only
 * when there is no other), aliases and gender. Forms written equally often are ordered by what they say,
 * not by which document came first: more words first ("Neal R. Sonnett" before "Neal Sonnett"), then
 * longer, then in code-unit order.
 */
function indexedPersons(table: PersonTable): Map<string, IndexedPerson> {
  const out = new Map<string, IndexedPerson>();
  for (const p of table.persons.values()) {
    const forms = [...p.forms.entries()].sort(
      ([fa, a], [fb, b]) => b.count - a.count || wordsIn(fb) - wordsIn(fa) || fb.length - fa.length || (fa < fb ? -1 : fa > fb ? 1 : 0),
    );
    const full = forms.filter(([f]) => /\s/u.test(f));
    const name = (full[0] ?? forms[0])?.[0] ?? p.key;
    const aliases = [...new Set([...forms.map(([f]) => f), ...p.descriptors.map((x) => x.text)])].filter((f) => f !== name);
    out.set(p.key, { name, aliases, gender: genderOf(p), descriptors: p.descriptors });
  }
  return out;
}

/**
 * Finds the people of a corpus and resolves their mentions: written names (one canonical name per
 * person across documents: "Kim Jong Un" = "Kim Jong-un" = "Kim"; "Sergey" = "Sergei" Lavrov),
 * descriptors introduced for them and used later ("North Korean leader Kim Jong Un" … "the North Korean
 * ruler"), and he/she pronouns resolved to the nearest compatible named person before them.
 *
 * The passes run over the whole corpus in turn, because each needs the previous one's persons complete:
 * full names, then single names (which shorten full names of any document), then descriptors (which
 * match descriptors persons were introduced with), then pronouns (which need persons' genders).
 *
 * @param corpus - the documents
 * @param quoteRanges - per document, the quoted stretches in text order (names inside them are
 *   mentions, but no antecedent for a pronoun outside)
 * @returns persons by key and per-document mentions in text order (pausing between documents, see {@link Steps})
 * @internal
 */
export function* actorIndexSteps(corpus: Corpus, quoteRanges: readonly (readonly Range[])[]): Steps<ActorIndex> {
  // The passes read the documents in order of id (each pass's persons depend on the documents read
  // before), and the mentions are put back in input order at the end.
  const order = idOrder(corpus.docs);
  const byId = yield* indexInIdOrder(
    order.map((i) => corpus.docs[i]!),
    order.map((i) => quoteRanges[i] ?? []),
  );
  const mentions: PersonMention[][] = corpus.docs.map(() => []);
  order.forEach((i, j) => (mentions[i] = byId.mentions[j] ?? []));
  return { persons: byId.persons, mentions };
}

function* indexInIdOrder(
  docs: readonly DocModel[],
  quoteRanges: readonly (readonly Range[])[],
): Steps<{ persons: Map<string, IndexedPerson>; mentions: PersonMention[][] }> {
  const table = newPersonTable();
  const candidates: ReturnType<typeof collectNames>[] = [];
  for (const doc of docs) {
    candidates.push(collectNames(table, doc));
    yield;
  }
  const global = wordIndex(table, candidates);
  const names: ReturnType<typeof nameMentions>[] = [];
  for (const [d, doc] of docs.entries()) {
    names.push(nameMentions(table, doc, candidates[d] ?? [], global, quoteRanges[d] ?? []));
    yield;
  }
  const descriptors = descriptorMentions(table, docs, names, quoteRanges);
  yield;
  const genderOfKey = (key: string): string => genderOf(personOf(table, key));
  const mentions: PersonMention[][] = [];
  for (const [d, doc] of docs.entries()) {
    const named = [...(names[d] ?? []), ...(descriptors[d] ?? [])].sort((x, y) => x.start - y.start);
    const pronouns = pronounMentions(doc, named, quoteRanges[d] ?? [], genderOfKey);
    mentions.push([...named, ...pronouns].sort((x, y) => x.start - y.start || x.end - y.end));
    yield;
  }
  return { persons: indexedPersons(table), mentions };
}
