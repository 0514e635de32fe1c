import data from './data/reporting-formulas.json' with { type: 'json' };
import stock from './data/quote-stock-phrases.json' with { type: 'json' };

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

/**
 * Stock phrases that speakers repeat on many occasions ("witch hunt", "bad deal"), in base forms
 * (`data/quote-stock-phrases.json`): two quotes sharing one are not one remark on that alone. Read by the
 * quote-cluster stage.
 * @internal
 */
export const QUOTE_STOCK_PHRASES: readonly string[] = stock.phrases;
