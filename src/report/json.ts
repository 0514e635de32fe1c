import type { Report } from '../types.js';

/**
 * The report as JSON text, one record to a line: the report's objects (the report, `framing`, `coverage`)
 * have a key to a line, indented two spaces a level; each element of an array (a document, an alignment, a
 * quote, a label) is written on one line without spaces. Keys in report order, ending with a newline. The
 * same report always gives the same bytes; `JSON.parse` reads it back. (Indenting every level made the
 * report twice as large: 15× its input at 2,000 articles.)
 *
 * @param report - a report from `analyze`
 * @returns JSON text
 * @example
 * ```ts
 * toJSON(await analyze([{ id: 'a', text: '' }])).startsWith('{\n  "schemaVersion"'); //=> true
 * ```
 */
export function toJSON(report: Report): string {
  return `${formatJSON(report, '')}\n`;
}

/**
 * `value` in the layout of {@link toJSON}: objects outside arrays a key to a line, array elements one to a
 * line and compact; no trailing newline. Values are plain JSON data (a report).
 * @internal
 */
export function formatJSON(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = `${indent}  `;
    return `[\n${value.map((x) => inner + (JSON.stringify(x) ?? 'null')).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const inner = `${indent}  `;
    const lines: string[] = [];
    for (const [k, x] of Object.entries(value)) {
      if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
      lines.push(`${inner}${JSON.stringify(k)}: ${formatJSON(x, inner)}`);
    }
    return lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
