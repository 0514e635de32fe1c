import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '../../src/document/boilerplate.js';
import { foldText } from '../../src/document/normalize.js';

const kindsOf = (text: string): string[] => findBoilerplate(text).map((b) => b.kind);

describe('findBoilerplate finds page furniture', () => {
  it.each([
    ['Share this on', 'share'],
    ['Share | Tweet | Email', 'share'],
    ['Follow me', 'follow'],
    ['Follow us on Twitter and Facebook', 'follow'],
    ['Advertise With Us', 'advertise'],
    ['Connect with us', 'advertise'],
    ['Subscribe to our morning newsletter', 'subscribe'],
    ['Comments are closed.', 'comments'],
    ['SEE ALSO: The five things to know about the shoals', 'see-also'],
    ['Read more: Why the ban hurts both sides', 'see-also'],
    ['Full story: Brandt invites Kessel to Aldsberg (Herald)', 'source-link'],
    ['By Jane Holt', 'byline'],
    ['By Jane Holt and Omar Quist, Nordwire', 'byline'],
    ['Additional reporting by Nordwire.', 'byline'],
    ['Kessel greets Brandt in Tervik. Photo: NORDWIRE/Pool', 'photo-credit'],
    ['Photo credit: Nordwire/Pool', 'photo-credit'],
    ['Opinion | March 5, 2025', 'metadata'],
    ['(...)', 'cut-mark'],
    ['[…]', 'cut-mark'],
  ])('%j is %s', (line, kind) => {
    expect(kindsOf(`Brandt met Kessel on Tuesday.\n${line}\nThe talks went on.`)).toEqual([kind]);
  });

  it.each([
    'Brandt said she would share the findings with the commission.',
    'Fishermen follow the shoals every spring.',
    'By the end of the talks, both sides had agreed to meet again.',
    'Subscribers to the plan, he said, were few.',
    'The source of the dispute is the Halden Shoals.',
  ])('leaves prose alone: %j', (line) => {
    expect(kindsOf(line)).toEqual([]);
  });

  it('marks an author name beside "Follow me" as a byline', () => {
    expect(kindsOf('The talks ended.\n\nJane Holt\nFollow me')).toEqual(['byline', 'follow']);
  });

  it('marks a headline repeated under itself', () => {
    const text = 'Kessel courts Marren\nShare this on\n\nKessel courts Marren\n\nThe talks began.';
    expect(kindsOf(text)).toEqual(['share', 'repeated-title']);
  });

  it('marks a cut mark inside a line by its own span', () => {
    const text = 'He said the talks went well (...) and would go on.';
    const [b] = findBoilerplate(text);
    expect(b).toMatchObject({ kind: 'cut-mark', text: '(...)' });
    expect(text.slice(b?.start, b?.end)).toBe('(...)');
  });

  it('gives trimmed spans that slice the original text', () => {
    const text = '  Lead.\r\n   Share this on  \r\n\r\nBody.';
    for (const b of findBoilerplate(text)) expect(text.slice(b.start, b.end)).toBe(b.text);
    expect(findBoilerplate(text)[0]?.text).toBe('Share this on');
  });
});

describe('findBoilerplate repeated headlines', () => {
  // Lines written as variants of one headline: each slot is written in one of several ways that fold
  // alike (case, curly or straight mark, NBSP or runs of spaces, fullwidth or accented letters), or
  // replaced by another word, so some lines fold alike and others differ late or early.
  const SLOTS = [
    ['Harbour', 'HARBOUR', 'harbour'],
    [' ', '  '],
    ['talks', 'Talks'],
    [' '],
    ['resume', 'RESUME'],
    [' ', '   '],
    ['after', 'After'],
    [' ', '\u00A0'],
    ['the storm', 'THE storm', 'the ｓtorm'],
    ['\u2019s', "'s"],
    [' \u2014 ', ' - '],
    ['cafe\u0301 owners say', 'café owners say'],
  ];
  const variant = fc.tuple(
    ...SLOTS.map((ways) =>
      fc.oneof({ arbitrary: fc.constantFrom(...ways), weight: 9 }, { arbitrary: fc.constantFrom('ferry', 'X'), weight: 1 }),
    ),
  );
  const line = variant.map((ps) => ps.join('').trim()).filter((l) => l.length > 0);
  it('marks a line among the first six exactly when it folds like an earlier one', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 2, maxLength: 6 }), (lines) => {
        const text = lines.join('\n');
        const marked = new Set(
          findBoilerplate(text)
            .filter((b) => b.kind === 'repeated-title')
            .map((b) => b.start),
        );
        let at = 0;
        lines.forEach((l, i) => {
          const start = text.indexOf(l, at);
          at = start + l.length;
          const folded = foldText(l);
          const expected = folded.length > 0 && lines.slice(0, i).some((m) => foldText(m) === folded);
          // Lines other patterns claim (a lone "-" is none of them here) are left to those patterns.
          if (findBoilerplate(l).length === 0) expect(marked.has(start)).toBe(expected);
        });
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
