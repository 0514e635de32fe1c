import data from './data/boilerplate.json' with { type: 'json' };

/** A pattern of page furniture (share bars, bylines, cut marks): a regular expression and what it marks. @internal */
export interface BoilerplatePattern {
  readonly kind: string;
  readonly pattern: string;
  /** Extra regular-expression flags. */
  readonly flags?: string;
  /** Match case (patterns ignore case unless this is true). */
  readonly caseSensitive?: boolean;
}

/**
 * The page furniture news sites wrap around articles (`data/boilerplate.json`): `lines` are matched
 * against a whole trimmed line, `spans` mark only the matched text inside a line. Read by the document
 * stage.
 * @internal
 */
export const BOILERPLATE_PATTERNS: { readonly lines: readonly BoilerplatePattern[]; readonly spans: readonly BoilerplatePattern[] } = data;
