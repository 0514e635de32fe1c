import { NarrativeDiffError } from '../../src/index.js';

/**
 * The NarrativeDiffError a promise rejects with; anything else it throws is thrown on, and a promise that resolves
 * fails the test.
 *
 * @param p - the promise, e.g. `analyze(...)`
 * @returns the error, to check its code and message
 */
export async function rejection(p: Promise<unknown>): Promise<NarrativeDiffError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof NarrativeDiffError) return e;
    throw e;
  }
  throw new Error('expected a rejection with a NarrativeDiffError');
}
