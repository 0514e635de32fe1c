import { readdirSync, readFileSync } from 'node:fs';
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { jsonChunks } from '../../src/cli/json-stream.js';
import { formatJSON } from '../../src/report/json.js';
import { toJSON } from '../../src/report/render.js';

const corpus = new URL('../../examples/corpus/', import.meta.url);

describe('jsonChunks', () => {
  it('gives the bytes of toJSON for the report of the example corpus, at any chunk size', async () => {
    const inputs = readdirSync(corpus)
      .sort()
      .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(new URL(f, corpus), 'utf8') }));
    const report = await analyze(inputs);
    const expected = toJSON(report);
    for (const size of [1, 100, 1 << 16]) expect([...jsonChunks(report, size)].join('')).toBe(expected);
    // In pieces: a chunk is handed out once it reaches the size, so none is much longer than the largest part.
    expect([...jsonChunks(report, 1 << 12)].length).toBeGreaterThan(expected.length / (1 << 16));
  });

  fcTest.prop([fc.jsonValue(), fc.integer({ min: 1, max: 64 })], { seed: 20261207, numRuns: 500 })(
    "gives the bytes of toJSON's layout for any JSON value",
    (value, size) => {
      expect([...jsonChunks(value, size)].join('')).toBe(`${formatJSON(value, '')}\n`);
    },
  );

  it.each([
    ['undefined, functions and symbols in objects are left out', { a: undefined, b: () => 1, c: Symbol('x'), d: 1 }],
    ['undefined in arrays is null', [undefined, () => 1, 2]],
    ['non-finite numbers are null', { a: NaN, b: Infinity, c: -0 }],
    ['toJSON methods are called', { when: new Date(0), nested: { toJSON: () => ({ x: 1 }) } }],
    ['empty containers', { a: [], b: {}, c: [[], {}] }],
    ['boxed primitives', [Object(1), Object('s'), Object(true)]],
    ['lone surrogates and control characters', { '\ud800': 'a\udc00\u0001"\\' }],
    ['an object with only left-out keys', { a: undefined }],
  ])('as JSON.stringify: %s', (_what, value) => {
    expect(JSON.parse([...jsonChunks(value, 3)].join(''))).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it('writes array elements on one line each, compact, and objects outside arrays a key to a line', () => {
    const value = { a: [1, { b: [2, 3] }], c: { d: [] } };
    expect([...jsonChunks(value, 3)].join('')).toBe('{\n  "a": [\n    1,\n    {"b":[2,3]}\n  ],\n  "c": {\n    "d": []\n  }\n}\n');
  });

  it('throws on a cycle, as JSON.stringify does', () => {
    const a: Record<string, unknown> = {};
    a.self = [a];
    expect(() => [...jsonChunks(a)]).toThrow(TypeError);
  });

  it('writes a report whose JSON is longer than any string (an array of 600 references to a 1 MB string)', () => {
    const big = 'x'.repeat(1 << 20);
    const value = { items: Array.from({ length: 600 }, () => big) };
    let length = 0;
    let largest = 0;
    for (const chunk of jsonChunks(value)) {
      length += chunk.length;
      largest = Math.max(largest, chunk.length);
    }
    // '{\n  "items": [' then '\n    "x…"' and 599 times ',\n    "x…"' then '\n  ]\n}\n'
    expect(length).toBe('{\n  "items": ['.length + 600 * (5 + (1 << 20) + 2) + 599 + '\n  ]\n}\n'.length);
    expect(length).toBeGreaterThan(2 ** 29); // more than V8's longest string
    expect(largest).toBeLessThan(2 ** 21);
  });
});
