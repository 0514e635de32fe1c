import { NarrativeDiffError } from '../errors.js';
import { nearest } from '../options.js';

/**
 * The error for a command-line option no command knows, with the nearest known one when it is a likely typo.
 *
 * @param flag - the option as given
 * @param known - the options of the command
 * @returns a `USAGE` error to throw
 * @internal
 */
export function unknownOption(flag: string, known: readonly string[]): NarrativeDiffError {
  const near = nearest(flag, known);
  return new NarrativeDiffError(
    'USAGE',
    `unknown option ${JSON.stringify(flag)}${near === undefined ? '' : `; did you mean ${JSON.stringify(near)}?`} (see --help)`,
  );
}
