import type { AlignmentMember } from '../align/types.js';
/**
 * A share as a whole percentage, as the Markdown and HTML reports print it.
 *
 * @param x - a share in [0, 1]
 * @returns e.g. `'67 %'`
 * @example
 * ```ts
 * pct(2 / 3);
 * //=> '67 %'
 * ```
 * @internal
 */
export const pct = (x: number): string => `${Math.round(x * 100)} %`;

/**
 * The text of alignment member `i`: its own `text`, or that of the earlier member `sameTextAs` names (a report
 * writes each distinct text of an alignment once).
 * @internal
 */
export function memberText(members: readonly AlignmentMember[], i: number): string {
  const m = members[i];
  return m?.text ?? (m?.sameTextAs === undefined ? '' : (members[m.sameTextAs]?.text ?? ''));
}
