import data from './data/gazetteer.json' with { type: 'json' };

/** A state and the names, short forms, demonyms and capitals that refer to it. @internal */
export interface GazetteerState {
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * States often named in international news (`data/gazetteer.json`), and the capitalized words that mark
 * a name as an organization, place or date rather than a person. Read by the framing stage's actors.
 * @internal
 */
export const GAZETTEER: { readonly states: readonly GazetteerState[]; readonly organizationWords: readonly string[] } = data;
