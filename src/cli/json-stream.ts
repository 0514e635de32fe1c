/**
 * JSON text in pieces: the same bytes as `toJSON` gives for a report (objects outside arrays a key to a line,
 * each array element on one line, compact; ending with a newline), yielded in chunks of about `chunkSize`
 * characters, so that a report of any size can be written without ever being one string (V8 caps a string
 * at about 2^29 characters).
 *
 * @param value - a JSON-serializable value (a report)
 * @param chunkSize - the size at which a chunk is handed out
 * @example
 * ```ts
 * [...jsonChunks({ a: [1, { b: 2 }] })].join(''); //=> '{\n  "a": [\n    1,\n    {"b":2}\n  ]\n}\n'
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

  /**
   * Writes `v` (already passed through toJSON), `compact` inside an array element; returns false when
   * JSON.stringify would leave it out.
   */
  function* write(v: unknown, indent: string, compact: boolean): Generator<string, boolean, undefined> {
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
    if (compact && !(Array.isArray(obj) && obj.length > SMALL_ARRAY) && typeof (obj as { toJSON?: unknown }).toJSON !== 'function') {
      // An array element (one alignment, one quote) is small: the native serializer writes it several times faster.
      const text = stringifyUnlessTooLong(obj);
      if (text !== undefined) {
        if (put(text)) yield* flush();
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
          if (compact) put(i === 0 ? '' : ',');
          else put(i === 0 ? `\n${inner}` : `,\n${inner}`);
          if (!(yield* write(toJSONValue(obj[i], String(i)), inner, true))) put('null');
        }
        put(compact ? ']' : `\n${indent}]`);
      }
    } else {
      let first = true;
      const record = obj as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const item = toJSONValue(record[key], key);
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
        put(compact ? `${first ? '{' : ','}${JSON.stringify(key)}:` : `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
        first = false;
        yield* write(item, inner, compact);
      }
      put(first ? '{}' : compact ? '}' : `\n${indent}}`);
    }
    ancestors.delete(obj);
    if (size >= chunkSize) yield* flush();
    return true;
  }

  if (yield* write(toJSONValue(value, ''), '', false)) {
    put('\n');
    yield* flush();
  }
}

/** Arrays longer than this are written item by item, never handed whole to JSON.stringify. */
const SMALL_ARRAY = 256;

/** JSON.stringify(v), or undefined when the text would be longer than a string can be. */
function stringifyUnlessTooLong(v: object): string | undefined {
  try {
    return JSON.stringify(v);
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
