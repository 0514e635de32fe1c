/**
 * Stable machine-readable codes carried by every {@link NarrativeDiffError}.
 *
 * - `INVALID_INPUTS` — `analyze` was not given an array of inputs.
 * - `INVALID_INPUT` — an input is not an object.
 * - `INVALID_ID` — an input's `id` is missing, not a string, or empty.
 * - `DUPLICATE_ID` — two inputs share an `id`.
 * - `INVALID_TEXT` — an input's `text` is not a string.
 * - `INVALID_FIELD` — an optional input field (`title`, `source`, `url`, `publishedAt`) is not a string.
 * - `INVALID_OPTION` — an option is outside its documented range or of the wrong type.
 * - `INVALID_ARGUMENT` — a helper such as `similarity` was called with the wrong kind of argument.
 * - `INPUT_TOO_LARGE` — the inputs exceed one of the documented `limits` (documents, characters per
 *   document, characters in all); the message names the limit, the value found and how to raise it.
 * - `INPUT_FILE` — the CLI could not read or parse an input file.
 * - `OUTPUT_FILE` — the CLI could not write its output.
 * - `USAGE` — the CLI was called with arguments it does not understand.
 * - `ABORTED` — the caller's `options.signal` stopped `analyze`.
 * - `WORKER_FAILED` — a worker thread of `narrative-diff/node` failed or exited while reading documents or aligning
 *   document pairs.
 * - `MISSING_DEPENDENCY` — `narrative-diff/corpus` needs `@duckdb/node-api`, which is not installed
 *   (`npm install @duckdb/node-api`).
 * - `CORPUS_INDEX` — a corpus index file cannot be opened, is not a narrative-diff index, was made by another
 *   version of its layout, or was opened with options other than those it was created with.
 */
export type NarrativeDiffErrorCode =
  | 'INVALID_INPUTS'
  | 'INVALID_INPUT'
  | 'INVALID_ID'
  | 'DUPLICATE_ID'
  | 'INVALID_TEXT'
  | 'INVALID_FIELD'
  | 'INVALID_OPTION'
  | 'INVALID_ARGUMENT'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_FILE'
  | 'OUTPUT_FILE'
  | 'USAGE'
  | 'ABORTED'
  | 'WORKER_FAILED'
  | 'MISSING_DEPENDENCY'
  | 'CORPUS_INDEX';

/**
 * The one error class narrative-diff throws, and only for misuse. A weak match or no match is data in
 * the report, never an exception.
 *
 * @example
 * ```ts
 * try { await analyze([{ id: 'a', text: 42 as unknown as string }]); }
 * catch (e) { if (e instanceof NarrativeDiffError) console.log(e.code, e.message); }
 * //=> INVALID_TEXT narrative-diff: inputs[0].text must be a string, found number
 * ```
 */
export class NarrativeDiffError extends Error {
  /** A stable code to branch on; messages may be reworded, codes are not. */
  readonly code: NarrativeDiffErrorCode;

  /**
   * @param code - the stable code
   * @param message - what was expected and what was found; the `narrative-diff: ` prefix is added
   */
  constructor(code: NarrativeDiffErrorCode, message: string) {
    super(message.startsWith('narrative-diff: ') ? message : `narrative-diff: ${message}`);
    this.name = 'NarrativeDiffError';
    this.code = code;
  }
}

/**
 * Names the type of a value the way error messages do: `null`, `array`, `number`, `string`, ….
 * @internal
 */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}
