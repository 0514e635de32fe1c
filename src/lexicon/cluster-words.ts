import { matchKey } from '../document/normalize.js';
import { INDIRECT_SPEECH_CUES } from './attribution.js';
import { CLUSTER_HEDGES, CLUSTER_INTENSIFIERS } from './modifiers.js';
import connotation from './data/connotation.json' with { type: 'json' };
import synonyms from './data/near-synonyms.json' with { type: 'json' };
import params from '../quote-clusters/data/params.json' with { type: 'json' };

/** The data files of the stage, read once and keyed by match key so that tokens look them up by `key`. @internal */
export interface ClusterLexicon {
  /** Match key → indices of the near-synonym groups it belongs to. */
  readonly synonymGroups: ReadonlyMap<string, readonly number[]>;
  /** Match key → connotation in [-1, 1]. */
  readonly connotation: ReadonlyMap<string, number>;
  /** Match keys of intensifiers ("very", "firmly"). */
  readonly intensifiers: ReadonlySet<string>;
  /** Match keys of hedges ("reportedly", "may"). */
  readonly hedges: ReadonlySet<string>;
  /** Match keys of verbs that introduce indirect speech ("said he values"). */
  readonly indirectCues: ReadonlySet<string>;
  /** The stage's tuned parameters (`quote-clusters/data/params.json`). */
  readonly params: typeof params;
}

/** Match key → indices of the near-synonym groups it is in (a word may sit in several). */
function synonymGroupsByKey(): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  synonyms.groups.forEach((group, g) => {
    for (const word of group) {
      const key = matchKey(word);
      const list = groups.get(key) ?? [];
      if (!list.includes(g)) list.push(g);
      groups.set(key, list);
    }
  });
  return groups;
}

/** The stage's lexicon: an immutable table built once, at module load. */
const CLUSTER_LEXICON: ClusterLexicon = {
  synonymGroups: synonymGroupsByKey(),
  connotation: new Map(Object.entries(connotation.words).map(([w, v]) => [matchKey(w), v] as const)),
  intensifiers: new Set(CLUSTER_INTENSIFIERS.map((w) => matchKey(w))),
  hedges: new Set(CLUSTER_HEDGES.map((w) => matchKey(w))),
  indirectCues: new Set(INDIRECT_SPEECH_CUES.map((w) => matchKey(w))),
  params,
};

/**
 * The quote-cluster stage's lexicon, keyed by match key.
 * @returns the table built once per process
 * @internal
 */
export function clusterLexicon(): ClusterLexicon {
  return CLUSTER_LEXICON;
}

/**
 * Whether two match keys share a near-synonym group.
 * @param lex - the stage's lexicon
 * @param a - a match key
 * @param b - another match key
 * @returns true when some group holds both
 * @internal
 */
export function nearSynonyms(lex: ClusterLexicon, a: string, b: string): boolean {
  const ga = lex.synonymGroups.get(a);
  const gb = lex.synonymGroups.get(b);
  if (ga === undefined || gb === undefined) return false;
  return ga.some((g) => gb.includes(g));
}
