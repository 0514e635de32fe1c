/**
 * Splits CSV text into rows of fields: fields separated by `sep`, a field in double quotes may hold the
 * separator, line breaks and `""` for one quote; rows end at a line break (LF or CRLF); blank rows are left out.
 *
 * @param raw - the text
 * @param sep - the field separator
 * @returns the rows, header included
 * @example
 * ```ts
 * parseCsv('file,title\na.txt,"Pier, reopened"\n');
 * //=> [['file', 'title'], ['a.txt', 'Pier, reopened']]
 * ```
 * @internal
 */
export function parseCsv(raw: string, sep = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = (): void => {
    row.push(field);
    if (row.some((x) => x !== '')) rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (quoted) {
      if (c === '"' && raw[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && raw[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  endRow();
  return rows;
}
