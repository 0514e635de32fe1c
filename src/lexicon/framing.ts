import shipped from './data/framing.json' with { type: 'json' };
import { verbsFor } from './attribution.js';
import { modifiersFor, type ModifierKind } from './modifiers.js';
import { slantEntries } from './slant.js';

/**
 * The shipped framing lexicon (`data/framing.json`) with its shared blocks filled in: an entry
 * `{ "include": name }` there stands for the framing rows of a shared table, in that table's order, so the
 * lexicon is entry for entry what it was when those blocks lived in the file (issue 13).
 * @internal
 */

/** One entry of the shipped framing lexicon, as written in the data file. @internal */
export interface FramingWord {
  readonly term: string;
  readonly category: string;
  readonly direction: string;
  readonly strength: number;
  readonly pos?: string;
  readonly usualReferent?: string;
  readonly context?: {
    readonly literalBefore?: readonly string[];
    readonly literalAfter?: readonly string[];
    readonly loadedBefore?: readonly string[];
    readonly loadedAfter?: readonly string[];
  };
}

/**
 * The entries of a shared block, in the shared table's order: `attribution-verbs`, `hedges`, `intensifiers`
 * (the framing rows of those tables) and `slant` (the verbs, adverbs and idioms of `data/slant.json`).
 */
function block(name: string): readonly FramingWord[] {
  if (name === 'attribution-verbs') {
    return verbsFor('framing').map((v) => ({
      term: v.lemma,
      category: 'attribution-verb',
      direction: v.framing?.direction ?? 'neutral',
      strength: v.framing?.strength ?? 0,
      pos: 'VERB',
      ...(v.framing?.context !== undefined ? { context: v.framing.context } : {}),
    }));
  }
  if (name === 'slant') return slantEntries();
  const kinds: Readonly<Record<string, ModifierKind>> = { hedges: 'hedge', intensifiers: 'intensifier' };
  const kind = kinds[name];
  if (kind === undefined) throw new Error(`narrative-diff: framing.json includes an unknown block ${JSON.stringify(name)}`);
  return modifiersFor(kind, 'framing').map((m) => ({
    term: m.word,
    category: kind,
    direction: m.framing?.direction ?? 'neutral',
    strength: m.framing?.strength ?? 0,
  }));
}

/** The shipped framing lexicon: its version and every entry in order, shared blocks filled in. @internal */
export const FRAMING_LEXICON: { readonly version: string; readonly entries: readonly FramingWord[] } = {
  version: shipped.version,
  entries: (shipped.entries as readonly (FramingWord | { readonly include: string })[]).flatMap((e) =>
    'include' in e ? block(e.include) : [e],
  ),
};
