import type { Actor } from '../quotes/types.js';
import type { Descriptor } from './descriptors.js';

/** One resolved mention of a person, in characters: what quote attribution reads. @internal */
export interface PersonMention {
  readonly start: number;
  readonly end: number;
  readonly kind: 'name' | 'pronoun' | 'descriptor';
  /** Key of the person (see {@link ActorIndex.persons}). */
  readonly key: string;
  /** Whether it stands inside a quote (then it is no antecedent for a pronoun outside). */
  readonly inQuote: boolean;
}

/** A person as the index lists it. @internal */
export interface IndexedPerson {
  /** Canonical name: the most written full form ("Kim Jong Un"); a lone surname only when there is no other. */
  readonly name: string;
  /** Other written forms and the descriptors introduced for the person. */
  readonly aliases: readonly string[];
  /** `m`, `f` or `any`. */
  readonly gender: string;
  readonly descriptors: readonly Descriptor[];
}

/** Everyone the actors stage found, and where each document mentions them. @internal */
export interface ActorIndex {
  /** Persons by key (see `nameKey`), in the order they were first found. */
  readonly persons: ReadonlyMap<string, IndexedPerson>;
  /** Per document (by index): mentions in text order. */
  readonly mentions: readonly (readonly PersonMention[])[];
}

/**
 * How a document names a state or a person at one place: its token and character span, the actor it
 * names and the folded form it names it by ("north korea", "kim", "hermit kingdom"). Namings are what
 * the framing stage resolves labels against and what its naming table counts.
 *
 * (Not the public {@link ActorMention}: that one is a person's mention in the report's terms, with its
 * document id and text; a naming is in token terms, covers states too, and carries the folded form.)
 * @internal
 */
export interface Naming {
  /** The actor: a state's name, or a person's canonical name (its key in {@link NamingSource.display}). */
  readonly actor: string;
  readonly kind: 'state' | 'person';
  /** First token. */
  readonly first: number;
  /** One past the last token. */
  readonly last: number;
  readonly start: number;
  readonly end: number;
  /** How it is named, folded ("north korea", "kim", "hermit kingdom"). */
  readonly form: string;
  /** Whether it is named by a loaded label. */
  readonly loaded: boolean;
  /** The judgement a loaded label carries (`negative`, `positive`); `neutral` (or left out) for names and neutral labels. */
  readonly direction?: 'negative' | 'positive' | 'neutral';
}

/** Per document (by index), namings in text order. @internal */
export type NamingsByDoc = readonly (readonly Naming[])[];

/**
 * Everything the actors stage found in one corpus, built once by {@link resolveActors} and handed to
 * the quote stage (which reads `index`) and the framing stage (which reads the rest).
 * @internal
 */
export interface Actors {
  /** Persons by key and each document's person mentions in characters: what quote attribution reads. */
  readonly index: ActorIndex;
  /** One actor per person mentioned, canonical name, aliases and mentions; most mentioned first. */
  readonly list: readonly Actor[];
  /** Per document, the states it names (in the gazetteer's names), by first token. */
  readonly states: NamingsByDoc;
  /** Per document, the states and persons it names by name, by first token (then last). */
  readonly names: NamingsByDoc;
  /** Per document, the descriptors resolved to a person ("the North Korean ruler" → Kim), in text order. */
  readonly descriptors: NamingsByDoc;
  /** Person → state → how often the person is introduced as that state's ("North Korean leader Kim Jong Un"). */
  readonly stateOfPerson: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** A label to resolve to an actor: its token span, category, whether it is loaded, and its usual referent. @internal */
export interface LabelSpan {
  readonly first: number;
  readonly last: number;
  readonly category: string;
  readonly loaded: boolean;
  readonly usualReferent?: string;
}
