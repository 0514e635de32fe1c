/**
 * Escapes a string for use inside a regular expression (to build patterns from word lists).
 * @param s - any text
 * @returns `s` with every regular-expression metacharacter escaped
 * @example escapeRegExp('A.P.') //=> 'A\\.P\\.'
 * @internal
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
