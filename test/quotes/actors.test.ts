import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/quotes/actors.js';

describe('nameKey', () => {
  it.each([
    [['Sergey', 'Lavrov'], 'sergeilavrov'],
    [['Sergei', 'Lavrov'], 'sergeilavrov'],
    [['Kim', 'Jong', 'un'], 'kimjongun'],
    [['Kim', 'Jong', 'Un'], 'kimjongun'],
    [['Dmitry', 'Peskov'], 'dmitripeskov'],
    [['Donald', 'J.', 'Trump'], 'donaldtrump'],
    [['José', 'Núñez'], 'josenunez'],
  ])('%j → %s', (parts, key) => {
    expect(nameKey(parts)).toBe(key);
  });
});
