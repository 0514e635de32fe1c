import { NarrativeDiffError } from './errors.js';
import type { ArticleInput } from './types.js';
import { checkNumber } from './util/checks.js';

/**
 * How much `analyze` takes before it refuses, checked before any work is done so that an input too large
 * for the machine fails at once with a message instead of running for minutes and running out of memory.
 * Characters are UTF-16 code units (`text.length`). The defaults were measured on a machine with a 4 GB
 * JavaScript heap (Node's default there); raise them when yours has more.
 */
export interface Limits {
  /**
   * Most documents in one call.
   * @default 20000
   */
  readonly maxDocuments?: number;
  /**
   * Most characters in one document's `text`.
   * @default 2000000
   */
  readonly maxDocumentChars?: number;
  /**
   * Most characters in all the texts together.
   * @default 40000000
   */
  readonly maxTotalChars?: number;
}

/** Limits with every default filled in. @internal */
export type ResolvedLimits = Required<Limits>;

/** The defaults documented on {@link Limits}. @internal */
export const LIMIT_DEFAULTS: ResolvedLimits = {
  maxDocuments: 20_000,
  maxDocumentChars: 2_000_000,
  maxTotalChars: 40_000_000,
};

/**
 * Checks limit options and fills in defaults.
 * @internal
 */
export function resolveLimits(o: Limits | undefined): ResolvedLimits {
  const max = Number.MAX_SAFE_INTEGER;
  return {
    maxDocuments: checkNumber('limits.maxDocuments', o?.maxDocuments, 1, max, true) ?? LIMIT_DEFAULTS.maxDocuments,
    maxDocumentChars: checkNumber('limits.maxDocumentChars', o?.maxDocumentChars, 1, max, true) ?? LIMIT_DEFAULTS.maxDocumentChars,
    maxTotalChars: checkNumber('limits.maxTotalChars', o?.maxTotalChars, 1, max, true) ?? LIMIT_DEFAULTS.maxTotalChars,
  };
}

const count = (n: number): string => n.toLocaleString('en-US');

function tooLarge(what: string, found: number, limit: keyof ResolvedLimits, value: number, instead: string): never {
  throw new NarrativeDiffError(
    'INPUT_TOO_LARGE',
    `${what} ${count(found)}, more than limits.${limit} (${count(value)}); ${instead}, or raise the limit with ` +
      `options.limits.${limit} (CLI: --options FILE holding {"limits": {"${limit}": N}}) if the machine has the memory and time`,
  );
}

/**
 * Checks the inputs against the limits, before any work: the number of documents, each text's length, the
 * total length.
 * @throws {NarrativeDiffError} `INPUT_TOO_LARGE` naming the limit, the value found and how to raise it
 * @internal
 */
export function checkLimits(inputs: readonly ArticleInput[], limits: ResolvedLimits): void {
  if (inputs.length > limits.maxDocuments) {
    tooLarge('inputs holds', inputs.length, 'maxDocuments', limits.maxDocuments, 'analyze fewer documents at once');
  }
  let total = 0;
  inputs.forEach((input, i) => {
    const n = input.text.length;
    if (n > limits.maxDocumentChars) {
      tooLarge(
        `inputs[${i}].text (id ${JSON.stringify(input.id)}) has`,
        n,
        'maxDocumentChars',
        limits.maxDocumentChars,
        'split the document',
      );
    }
    total += n;
  });
  if (total > limits.maxTotalChars) {
    tooLarge('the texts hold', total, 'maxTotalChars', limits.maxTotalChars, 'analyze fewer or shorter documents at once');
  }
}
