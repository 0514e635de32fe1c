import table from './data/hedges-intensifiers.json' with { type: 'json' };

/**
 * The hedge and intensifier table (`data/hedges-intensifiers.json`): words that weaken or strengthen a
 * statement, one row per word, with flags saying which stage reads it. Each export below is one stage's
 * view, exactly the list that stage read before the lists were merged (issue 13).
 * @internal
 */

/** Whether a modifier weakens (`hedge`) or strengthens (`intensifier`) a statement. @internal */
export type ModifierKind = 'hedge' | 'intensifier';

/** The stages that read a row: the framing lexicon, quote clusters. @internal */
export type ModifierUse = 'framing' | 'quote-clusters';

/** One row of the table. @internal */
export interface Modifier {
  /** The word or phrase. */
  readonly word: string;
  /** Its connotation (framing lexicon only). */
  readonly framing?: { readonly direction: string; readonly strength: number };
  /** The stages that read the row. */
  readonly uses: readonly ModifierUse[];
}

/** Version of the table. @internal */
export const MODIFIERS_VERSION: number = table.version;

const ROWS: Readonly<Record<ModifierKind, readonly Modifier[]>> = {
  hedge: table.hedges as readonly Modifier[],
  intensifier: table.intensifiers as readonly Modifier[],
};

/**
 * The rows of one kind a stage reads, in file order.
 * @param kind - hedges or intensifiers
 * @param use - the stage's flag
 * @returns the rows of `kind` flagged `use`
 * @internal
 */
export function modifiersFor(kind: ModifierKind, use: ModifierUse): readonly Modifier[] {
  return ROWS[kind].filter((m) => m.uses.includes(use));
}

/** Hedges compared between renderings of one quote ("reportedly", "may"): the rows flagged `quote-clusters`. @internal */
export const CLUSTER_HEDGES: readonly string[] = modifiersFor('hedge', 'quote-clusters').map((m) => m.word);

/** Intensifiers compared between renderings of one quote ("very", "firmly"): the rows flagged `quote-clusters`. @internal */
export const CLUSTER_INTENSIFIERS: readonly string[] = modifiersFor('intensifier', 'quote-clusters').map((m) => m.word);
