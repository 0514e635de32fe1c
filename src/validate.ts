import { describeType, NarrativeDiffError } from './errors.js';
import type { AnalyzeOptions, ArticleInput } from './types.js';

const OPTIONAL_FIELDS = ['title', 'source', 'url', 'publishedAt'] as const;

/**
 * Checks what `analyze` was given and throws a {@link NarrativeDiffError} naming the first problem.
 * @internal
 */
export function validateInputs(inputs: unknown): asserts inputs is readonly ArticleInput[] {
  if (!Array.isArray(inputs)) {
    throw new NarrativeDiffError('INVALID_INPUTS', `inputs must be an array of { id, text }, found ${describeType(inputs)}`);
  }
  const seen = new Map<string, number>();
  inputs.forEach((input: unknown, i) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw new NarrativeDiffError('INVALID_INPUT', `inputs[${i}] must be an object { id, text }, found ${describeType(input)}`);
    }
    const rec = input as Record<string, unknown>;
    if (!('id' in rec) || rec.id === undefined) {
      throw new NarrativeDiffError('INVALID_ID', `inputs[${i}].id must be a non-empty string, found nothing`);
    }
    if (typeof rec.id !== 'string') {
      throw new NarrativeDiffError('INVALID_ID', `inputs[${i}].id must be a non-empty string, found ${describeType(rec.id)}`);
    }
    if (rec.id.trim() === '') {
      throw new NarrativeDiffError('INVALID_ID', `inputs[${i}].id must be a non-empty string, found ${JSON.stringify(rec.id)}`);
    }
    const before = seen.get(rec.id);
    if (before !== undefined) {
      throw new NarrativeDiffError(
        'DUPLICATE_ID',
        `inputs[${i}].id must be unique, found ${JSON.stringify(rec.id)} again (inputs[${before}])`,
      );
    }
    seen.set(rec.id, i);
    if (typeof rec.text !== 'string') {
      throw new NarrativeDiffError('INVALID_TEXT', `inputs[${i}].text must be a string, found ${describeType(rec.text)}`);
    }
    for (const field of OPTIONAL_FIELDS) {
      const v = rec[field];
      if (v !== undefined && typeof v !== 'string') {
        throw new NarrativeDiffError('INVALID_FIELD', `inputs[${i}].${field} must be a string when given, found ${describeType(v)}`);
      }
    }
  });
}

/**
 * Checks a number option: finite, inside [min, max], an integer if asked.
 * @internal
 */
export function checkNumber(path: string, value: unknown, min: number, max: number, integer = false): number | undefined {
  if (value === undefined) return undefined;
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
  if (!ok) {
    const what = integer ? `an integer from ${min} to ${max}` : `a number from ${min} to ${max}`;
    const found = typeof value === 'number' ? String(value) : describeType(value);
    throw new NarrativeDiffError('INVALID_OPTION', `options.${path} must be ${what}, found ${found}`);
  }
  return value;
}

/**
 * Checks a boolean option.
 * @internal
 */
export function checkBoolean(path: string, value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') {
    throw new NarrativeDiffError('INVALID_OPTION', `options.${path} must be a boolean, found ${describeType(value)}`);
  }
  return value;
}

/**
 * Checks that options is an object (or absent) and each sub-object is an object.
 * @internal
 */
export function validateOptions(options: unknown): asserts options is AnalyzeOptions | undefined {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new NarrativeDiffError('INVALID_OPTION', `options must be an object, found ${describeType(options)}`);
  }
  for (const [k, v] of Object.entries(options)) {
    if (v !== undefined && (typeof v !== 'object' || v === null || Array.isArray(v))) {
      throw new NarrativeDiffError('INVALID_OPTION', `options.${k} must be an object, found ${describeType(v)}`);
    }
  }
}
