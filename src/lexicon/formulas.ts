import data from './data/reporting-formulas.json' with { type: 'json' };

/** Version of `data/reporting-formulas.json`. @internal */
export const REPORTING_FORMULAS_VERSION: number = data.version;

/**
 * The reporting formulas (`data/reporting-formulas.json`): attribution and sourcing phrases that stories about
 * unrelated events share ("did not immediately respond to a request for comment", "two people briefed on").
 * `{n}` in a phrase stands for a count word. Read by the reuse stage.
 * @internal
 */
export const REPORTING_FORMULAS: readonly string[] = data.phrases;

/** Function words: they do not count among the words beside a formula (`data/reporting-formulas.json`). @internal */
export const FORMULA_FUNCTION_WORDS: ReadonlySet<string> = new Set(data.functionWords);
