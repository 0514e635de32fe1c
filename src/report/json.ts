import type { Report } from '../types.js';

/**
 * The report as JSON text: two-space indented, keys in report order, ending with a newline. The same
 * report always gives the same bytes.
 *
 * @param report - a report from `analyze`
 * @returns JSON text
 * @example
 * ```ts
 * toJSON(await analyze([{ id: 'a', text: '' }])).startsWith('{\n  "schemaVersion"'); //=> true
 * ```
 */
export function toJSON(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
