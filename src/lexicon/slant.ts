import table from './data/slant.json' with { type: 'json' };
import { inflect } from './attribution.js';

/**
 * The slant table (`data/slant.json`): verbs of action, adverbs of manner and stance, and idioms that judge
 * while they describe ("pounced", "erroneously", "thrown under the bus"), in groups that each name the kind
 * of source their list follows. The framing lexicon includes it as the block `slant` (issue 17).
 * @internal
 */

/** What a group's words are. @internal */
export type SlantKind = 'action-verb' | 'manner-adverb' | 'idiom' | 'loaded-phrase';

/** One group of the table, as written in the data file. @internal */
export interface SlantGroup {
  readonly kind: SlantKind;
  /** The framing category every entry of the group takes. */
  readonly category: string;
  /** The POS tag a single-word entry must carry, when given. */
  readonly pos?: string;
  /** The kind of source the group's list follows. */
  readonly source: string;
  /** `[term, direction, strength]` rows; a verb row with an irregular first word adds its past and -ing forms. */
  readonly entries: readonly (readonly [string, string, number, (readonly string[])?])[];
}

/** One entry of the slant block, in the framing lexicon's shape. @internal */
export interface SlantWord {
  readonly term: string;
  readonly category: string;
  readonly direction: string;
  readonly strength: number;
  readonly pos?: string;
}

/** Every group of the table, in file order. @internal */
export const SLANT_GROUPS: readonly SlantGroup[] = table.groups as unknown as readonly SlantGroup[];

/** Version of the table. @internal */
export const SLANT_VERSION: string = table.version;

/**
 * The -ed and -ing forms of a verb, the final consonant doubled after one short vowel ("rip" → ripped,
 * ripping; "pounce" → pounced, pouncing; "demagogue" → demagogued, demagoguing).
 *
 * @param verb - the base form, one word
 * @returns its past and present-participle forms
 * @example
 * ```ts
 * pastAndParticiple('rip');
 * //=> ['ripped', 'ripping']
 * ```
 * @internal
 */
export function pastAndParticiple(verb: string): string[] {
  // One vowel group, written consonant-vowel-consonant at the end: the consonant doubles (not w, x, y).
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) return [`${verb}${verb.at(-1) ?? ''}ed`, `${verb}${verb.at(-1) ?? ''}ing`];
  const [, , ed = '', ing = ''] = inflect(verb);
  return [ed, ing];
}

/**
 * The entries of the slant block: each row with its group's category and POS, and for a verb group the -ed
 * and -ing forms of the first word written out as entries of their own (the row's own forms when its verb is
 * irregular). The tagger does not always lemmatize a verb ("demagogued") or reads its -ing form as a noun
 * ("was railing against"); a form written inflected matches that form only, without the POS test.
 *
 * @returns the entries, in file order, each row followed by its forms
 * @example
 * ```ts
 * slantEntries().filter((e) => e.term.startsWith('pounc')).map((e) => e.term);
 * //=> ['pounce', 'pounced', 'pouncing']
 * ```
 * @internal
 */
export function slantEntries(): SlantWord[] {
  const out: SlantWord[] = [];
  for (const g of SLANT_GROUPS) {
    for (const [term, direction, strength, irregular] of g.entries) {
      const words = term.split(' ');
      const single = words.length === 1;
      out.push({ term, category: g.category, direction, strength, ...(g.pos !== undefined && single ? { pos: g.pos } : {}) });
      if (g.pos !== 'VERB') continue;
      const [first = '', ...rest] = words;
      for (const form of irregular ?? pastAndParticiple(first))
        out.push({ term: [form, ...rest].join(' '), category: g.category, direction, strength });
    }
  }
  return out;
}
