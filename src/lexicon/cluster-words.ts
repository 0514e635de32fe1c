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
  readonly intensifiers: ReadonlySet<string>;
  readonly hedges: ReadonlySet<string>;
  readonly indirectCues: ReadonlySet<string>;
  readonly params: typeof params;
}

let cached: ClusterLexicon | undefined;

/** The stage's lexicon (built on first use). @internal */
export function clusterLexicon(): ClusterLexicon {
  if (cached !== undefined) return cached;
  const groups = new Map<string, number[]>();
  synonyms.groups.forEach((group, g) => {
    for (const word of group) {
      const key = matchKey(word);
      const list = groups.get(key) ?? [];
      if (!list.includes(g)) list.push(g);
      groups.set(key, list);
    }
  });
  const conn = new Map<string, number>();
  for (const [w, v] of Object.entries(connotation.words)) conn.set(matchKey(w), v);
  cached = {
    synonymGroups: groups,
    connotation: conn,
    intensifiers: new Set(CLUSTER_INTENSIFIERS.map((w) => matchKey(w))),
    hedges: new Set(CLUSTER_HEDGES.map((w) => matchKey(w))),
    indirectCues: new Set(INDIRECT_SPEECH_CUES.map((w) => matchKey(w))),
    params,
  };
  return cached;
}

/** Whether two match keys share a near-synonym group. @internal */
export function nearSynonyms(lex: ClusterLexicon, a: string, b: string): boolean {
  const ga = lex.synonymGroups.get(a);
  const gb = lex.synonymGroups.get(b);
  if (ga === undefined || gb === undefined) return false;
  return ga.some((g) => gb.includes(g));
}
