import type { Descriptor } from './descriptors.js';

/** A person while the stage gathers them: written forms with counts, descriptors and the genders seen. @internal */
export interface Person {
  readonly key: string;
  /** Written form → how often it is written, and when it was first seen (across all persons). */
  readonly forms: Map<string, { count: number; order: number }>;
  readonly descriptors: Descriptor[];
  readonly genders: Set<string>;
}

/** The persons found so far, by key, and how many written forms have been seen (which orders equal counts). @internal */
export interface PersonTable {
  readonly persons: Map<string, Person>;
  formsSeen: number;
}

/**
 * A new, empty person table.
 *
 * @returns the table
 * @internal
 */
export function newPersonTable(): PersonTable {
  return { persons: new Map(), formsSeen: 0 };
}

/**
 * The person of a key, added to the table if it is not in it yet.
 *
 * @param table - the persons so far
 * @param key - the person's key
 * @returns the person
 * @internal
 */
export function personOf(table: PersonTable, key: string): Person {
  let p = table.persons.get(key);
  if (p === undefined) {
    p = { key, forms: new Map(), descriptors: [], genders: new Set() };
    table.persons.set(key, p);
  }
  return p;
}

/**
 * Counts one written form of a person's name.
 *
 * @param table - the persons so far
 * @param p - the person
 * @param form - the form as written, spaces collapsed
 * @internal
 */
export function addForm(table: PersonTable, p: Person, form: string): void {
  const f = p.forms.get(form);
  if (f === undefined) p.forms.set(form, { count: 1, order: table.formsSeen++ });
  else f.count++;
}

/**
 * A person's gender: the one gender seen (from honorifics, first names, gendered descriptors), else `any`.
 *
 * @param p - the person
 * @returns `m`, `f` or `any`
 * @internal
 */
export function genderOf(p: Person): string {
  const g = [...p.genders].filter((x) => x !== 'any');
  return g.length === 1 ? (g[0] ?? 'any') : 'any';
}

/**
 * How often a person's names are written, all forms together.
 *
 * @param p - the person
 * @returns the count
 * @internal
 */
export function timesWritten(p: Person): number {
  let c = 0;
  for (const f of p.forms.values()) c += f.count;
  return c;
}
