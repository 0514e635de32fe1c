import type { Report } from '../../src/index.js';

/** A reported span that does not slice its document's text. */
export interface SpanMismatch {
  readonly path: string;
  readonly expected: string;
  readonly found: string;
}

/**
 * Walks a whole report and checks every object that carries `start`, `end` and `text` against the text
 * of the document it belongs to (its own `docId`, or the enclosing document's `id`). Returns the
 * mismatches and how many spans were checked.
 */
export function checkSpans(report: Report, texts: Readonly<Record<string, string>>): { checked: number; mismatches: SpanMismatch[] } {
  const mismatches: SpanMismatch[] = [];
  let checked = 0;
  const visit = (value: unknown, path: string, docId: string | undefined): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`, docId));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const rec = value as Record<string, unknown>;
    const own = typeof rec.docId === 'string' ? rec.docId : path.match(/^documents\[\d+\]$/) && typeof rec.id === 'string' ? rec.id : docId;
    if (typeof rec.start === 'number' && typeof rec.end === 'number' && typeof rec.text === 'string' && own !== undefined) {
      const text = texts[own];
      checked++;
      const found = text === undefined ? `(no document ${own})` : text.slice(rec.start, rec.end);
      if (found !== rec.text) mismatches.push({ path, expected: rec.text, found });
    }
    for (const [k, v] of Object.entries(rec)) visit(v, path ? `${path}.${k}` : k, own);
  };
  visit(report, '', undefined);
  return { checked, mismatches };
}
