import { describeType, NarrativeDiffError } from '../errors.js';
import type { ArticleInput } from '../types.js';

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
