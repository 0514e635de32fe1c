import { describeType, NarrativeDiffError } from '../errors.js';

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
