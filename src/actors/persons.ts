import type { Corpus } from '../document/model.js';
import type { Range } from '../quotes/marks.js';
import { descriptorMentions } from './descriptor-mentions.js';
import { collectNames, nameMentions, wordIndex } from './name-mentions.js';
import { genderOf, newPersonTable, personOf, type PersonTable } from './person-table.js';
import { pronounMentions } from './pronouns.js';
import type { ActorIndex, IndexedPerson, PersonMention } from './types.js';

/** The persons as the index lists them: canonical name (the most frequent full form; a lone surname only when there is no other), aliases and gender. */
function indexedPersons(table: PersonTable): Map<string, IndexedPerson> {
  const out = new Map<string, IndexedPerson>();
  for (const p of table.persons.values()) {
    const forms = [...p.forms.entries()].sort((a, b) => b[1].count - a[1].count || a[1].order - b[1].order);
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
 * @returns persons by key and per-document mentions in text order
 * @internal
 */
export function resolveActorIndex(corpus: Corpus, quoteRanges: readonly (readonly Range[])[]): ActorIndex {
  const table = newPersonTable();
  const docs = corpus.docs;
  const candidates = docs.map((doc) => collectNames(table, doc));
  const global = wordIndex(table, candidates);
  const names = docs.map((doc, d) => nameMentions(table, doc, candidates[d] ?? [], global, quoteRanges[d] ?? []));
  const descriptors = descriptorMentions(table, docs, names, quoteRanges);
  const genderOfKey = (key: string): string => genderOf(personOf(table, key));
  const mentions = docs.map((doc, d): PersonMention[] => {
    const named = [...(names[d] ?? []), ...(descriptors[d] ?? [])].sort((x, y) => x.start - y.start);
    const pronouns = pronounMentions(doc, named, quoteRanges[d] ?? [], genderOfKey);
    return [...named, ...pronouns].sort((x, y) => x.start - y.start || x.end - y.end);
  });
  return { persons: indexedPersons(table), mentions };
}
