/**
 * JSON text in pieces: the same bytes as `JSON.stringify(value, null, 2) + '\n'` (what `toJSON` gives for
 * a report), yielded in chunks of about `chunkSize` characters, so that a report of any size can be written
 * without ever being one string (V8 caps a string at about 2^29 characters).
 *
 * @param value - a JSON-serializable value (a report)
 * @param chunkSize - the size at which a chunk is handed out
 * @example
 * ```ts
 * [...jsonChunks({ a: [1, 2] })].join(''); //=> '{\n  "a": [\n    1,\n    2\n  ]\n}\n'
 * ```
 * @internal
 */
export function* jsonChunks(value: unknown, chunkSize = 1 << 16): Generator<string, void, undefined> {
  const parts: string[] = [];
  let size = 0;
  const ancestors = new Set<object>();

  const put = (s: string): boolean => {
    parts.push(s);
    size += s.length;
    return size >= chunkSize;
  };
  function* flush(): Generator<string, void, undefined> {
    if (size === 0) return;
    const chunk = parts.join('');
    parts.length = 0;
    size = 0;
    yield chunk;
  }

  /** Writes `v` (already passed through toJSON); returns false when JSON.stringify would leave it out. */
  function* write(v: unknown, indent: string, depth: number): Generator<string, boolean, undefined> {
    if (v === null) {
      if (put('null')) yield* flush();
      return true;
    }
    switch (typeof v) {
      case 'string':
      case 'number':
      case 'boolean':
        if (put(JSON.stringify(v))) yield* flush();
        return true;
      case 'bigint':
        // JSON.stringify throws for these; so does this.
        throw new TypeError('Do not know how to serialize a BigInt');
      case 'object':
        break;
      default:
        return false; // undefined, functions, symbols
    }
    const obj = v as object;
    if (obj instanceof Number || obj instanceof String || obj instanceof Boolean) {
      if (put(JSON.stringify(obj))) yield* flush();
      return true;
    }
    if (depth >= 2 && !(Array.isArray(obj) && obj.length > SMALL_ARRAY) && typeof (obj as { toJSON?: unknown }).toJSON !== 'function') {
      // A part below the report's top level (one alignment, one quote) is small: the native serializer writes
      // it several times faster, and its line breaks (never inside a JSON string) take the indent.
      const text = stringifyUnlessTooLong(obj);
      if (text !== undefined) {
        if (put(indent === '' ? text : text.replaceAll('\n', `\n${indent}`))) yield* flush();
        return true;
      }
    }
    if (ancestors.has(obj)) throw new TypeError('Converting circular structure to JSON');
    ancestors.add(obj);
    const inner = `${indent}  `;
    if (Array.isArray(obj)) {
      if (obj.length === 0) put('[]');
      else {
        put('[');
        for (let i = 0; i < obj.length; i++) {
          put(i === 0 ? `\n${inner}` : `,\n${inner}`);
          if (!(yield* write(toJSONValue(obj[i], String(i)), inner, depth + 1))) put('null');
        }
        put(`\n${indent}]`);
      }
    } else {
      let first = true;
      const record = obj as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const item = toJSONValue(record[key], key);
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
        put(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
        first = false;
        yield* write(item, inner, depth + 1);
      }
      put(first ? '{}' : `\n${indent}}`);
    }
    ancestors.delete(obj);
    if (size >= chunkSize) yield* flush();
    return true;
  }

  if (yield* write(toJSONValue(value, ''), '', 0)) {
    put('\n');
    yield* flush();
  }
}

/** Arrays longer than this are written item by item, never handed whole to JSON.stringify. */
const SMALL_ARRAY = 256;

/** JSON.stringify(v, null, 2), or undefined when the text would be longer than a string can be. */
function stringifyUnlessTooLong(v: object): string | undefined {
  try {
    return JSON.stringify(v, null, 2);
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

/** What JSON.stringify serializes in place of `v`: the result of its `toJSON` method, if it has one. */
function toJSONValue(v: unknown, key: string): unknown {
  if (typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    return (v as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  return v;
}
