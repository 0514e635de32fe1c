import { describe, expect, it } from 'vitest';
import { othersThan } from '../../src/coverage/index.js';

describe('othersThan: the documents that do not carry an item, in corpus order', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  it.each<[string, number[], string[]]>([
    ['no carrier', [], ['a', 'b', 'c', 'd', 'e']],
    ['every document carries it', [0, 1, 2, 3, 4], []],
    ['the first and the last', [0, 4], ['b', 'c', 'd']],
    ['two neighbours in the middle', [1, 2], ['a', 'd', 'e']],
    ['one in the middle', [2], ['a', 'b', 'd', 'e']],
  ])('%s', (_, at, expected) => {
    expect(othersThan(ids, at)).toEqual(expected);
  });
});
