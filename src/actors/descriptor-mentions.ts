import type { DocModel } from '../document/model.js';
import { rangeAt } from '../document/model.js';
import type { Range } from '../quotes/marks.js';
import { anaphoricDescriptors, type Descriptor } from './descriptors.js';
import { timesWritten, type Person, type PersonTable } from './person-table.js';
import type { PersonMention } from './types.js';

/**
 * How well a descriptor used as a name fits one a person was introduced with: 0 when they share no
 * role; 1 when either names no country; 2 when the introduction names every country the other does; 0
 * when it does not.
 */
function fitOf(used: Descriptor, introduced: Descriptor): number {
  if (!introduced.roles.some((r) => used.roles.includes(r))) return 0;
  if (used.countries.length === 0 || introduced.countries.length === 0) return 1;
  return used.countries.every((co) => introduced.countries.includes(co)) ? 2 : 0;
}

/**
 * Finds the persons a descriptor may stand for: those introduced with a descriptor of a shared role,
 * the best-fitting ones only (countries that agree beat none named; other countries rule a person out),
 * in the order persons were found. Persons no longer change at this point, so the answer for a
 * descriptor's roles and countries is worked out once per call of {@link descriptorMentions}.
 */
class DescriptorMatcher {
  private readonly byRole = new Map<string, Person[]>();
  private readonly rank: Map<Person, number>;
  private readonly known = new Map<string, readonly Person[]>();

  constructor(table: PersonTable) {
    const persons = [...table.persons.values()];
    this.rank = new Map(persons.map((p, i) => [p, i]));
    for (const p of persons) {
      for (const r of new Set(p.descriptors.flatMap((x) => x.roles))) {
        const list = this.byRole.get(r);
        if (list === undefined) this.byRole.set(r, [p]);
        else list.push(p);
      }
    }
  }

  /** The best-fitting persons for a descriptor, in the order they were found. */
  candidates(d: Descriptor): readonly Person[] {
    const sig = JSON.stringify([d.roles, d.countries]);
    let found = this.known.get(sig);
    if (found === undefined) {
      const pool = [...new Set(d.roles.flatMap((r) => this.byRole.get(r) ?? []))].sort(
        (x, y) => (this.rank.get(x) ?? 0) - (this.rank.get(y) ?? 0),
      );
      const scored = pool.map((p) => ({ p, fit: Math.max(0, ...p.descriptors.map((x) => fitOf(d, x))) })).filter((x) => x.fit > 0);
      const top = Math.max(0, ...scored.map((x) => x.fit));
      found = scored.filter((x) => x.fit === top).map((x) => x.p);
      this.known.set(sig, found);
    }
    return found;
  }
}

/** The person a descriptor at `start` refers to: of the candidates named in the document, the one named last before it (else the first); otherwise the corpus's most written. */
function descriptorKey(candidates: readonly Person[], names: readonly PersonMention[], start: number): string | undefined {
  const inDoc = new Set(names.map((m) => m.key));
  const local = candidates.filter((p) => inDoc.has(p.key));
  if (local.length === 0) return [...candidates].sort((x, y) => timesWritten(y) - timesWritten(x))[0]?.key;
  for (let k = names.length - 1; k >= 0; k--) {
    const m = names[k] as PersonMention;
    if (m.start < start && local.some((p) => p.key === m.key)) return m.key;
  }
  return local[0]?.key;
}

/**
 * Descriptors used as names ("the North Korean ruler"), each resolved to the person introduced with a
 * matching descriptor ("North Korean leader Kim Jong Un"), per document.
 *
 * @param table - the persons, complete with their descriptors
 * @param docs - the documents
 * @param names - per document, its name mentions in text order
 * @param quoteRanges - per document, its quoted stretches
 * @returns per document, its descriptor mentions in text order
 * @internal
 */
export function descriptorMentions(
  table: PersonTable,
  docs: readonly DocModel[],
  names: readonly (readonly PersonMention[])[],
  quoteRanges: readonly (readonly Range[])[],
): PersonMention[][] {
  const matcher = new DescriptorMatcher(table);
  return docs.map((doc, d) => {
    const docNames = names[d] ?? [];
    const out: PersonMention[] = [];
    for (const a of anaphoricDescriptors(doc)) {
      const start = doc.tokens.start[a.from] ?? 0;
      const end = doc.tokens.end[a.to - 1] ?? start;
      const key = descriptorKey(matcher.candidates(a.d), docNames, start);
      if (key !== undefined) out.push({ start, end, kind: 'descriptor', key, inQuote: rangeAt(quoteRanges[d] ?? [], start) >= 0 });
    }
    return out;
  });
}
