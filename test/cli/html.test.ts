import { describe, expect, it } from 'vitest';
import { htmlToText, markupDepth, type ScanMeter } from '../../src/cli/html.js';

describe('htmlToText', () => {
  it.each([
    ['tags, scripts and entities', '<html><script>x()</script><p>One &amp; two</p><p>Three</p></html>', 'One & two\nThree'],
    ['a bare "<" before a space is text', '<p>a < b and c > d</p>', 'a < b and c > d'],
    ['a "<" before a digit is text', 'x <3 y > z', 'x <3 y > z'],
    ['a "<" with no ">" after it is text', 'if a <b then', 'if a <b then'],
    ['"<>" is text', 'a <> b', 'a <> b'],
    ['an unclosed comment runs to the end', 'kept <!-- never closed <p>gone</p>', 'kept'],
    ['a closed comment goes, the rest stays', 'a<!-- x > y -->b', 'ab'],
    ['an unclosed script runs to the end', 'kept<script>if (a < b) {', 'kept'],
    ['a script ends at its end tag in any case', 'a<SCRIPT>x</Script >b', 'ab'],
    ['"</scripts" does not end a script', 'a<script>x</scripts>y</script>b', 'ab'],
    ['block ends become line breaks', 'a<br/>b</p >c</DIV>d</pre>e', 'a\nb\nc\nde'],
    ['a doctype and a processing instruction go', '<!doctype html><?xml x?>a', 'a'],
    ['spaces before a line break go', 'a \t <br>b', 'a\nb'],
    ['three line breaks become two', 'a</p></p></p></p>b', 'a\n\nb'],
    ['numeric entities', '<!-- c -->A&#8217;s &#x2014; B', 'A\u2019s \u2014 B'],
    ['a character whose lower case is longer keeps the offsets right', '\u0130<b>x</b>y', '\u0130xy'],
  ])('%s', (_what, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('htmlToText does work linear in the page (characters its searches look at, not time)', () => {
  const cases: [string, (n: number) => string][] = [
    ['unclosed comments', (n) => 'a <!-- b '.repeat(n)],
    ['bare "<" before letters, no ">"', (n) => 'a <b '.repeat(n)],
    ['bare "<" before letters, one ">" at the end', (n) => `${'a <b '.repeat(n)}>`],
    ['unclosed scripts', (n) => '<script>a <b '.repeat(n)],
    ['"</scriptx" decoys in a script', (n) => `<script>${'</scriptx '.repeat(n)}`],
    ['many closed tags', (n) => '<i>a</i> '.repeat(n)],
  ];
  it.each(cases)('%s', (_what, page) => {
    const work = (n: number): number => {
      const meter: ScanMeter = { examined: 0 };
      htmlToText(page(n), meter);
      return meter.examined;
    };
    const small = page(2_000).length;
    // Each character is looked at a bounded number of times: once per pattern searched for (<, >, -->, </name).
    expect(work(2_000)).toBeLessThanOrEqual(4 * small);
    expect(work(4_000)).toBeLessThanOrEqual(2.1 * Math.max(work(2_000), 1));
  });
});

describe('markupDepth counts nesting from the tags without building a DOM', () => {
  it('counts elements that need an end tag, not void or self-closing ones', () => {
    expect(markupDepth('<div><section><article><p>Text<br>more<img src="a.png"></p></article></section></div>')).toBe(3);
    expect(markupDepth('<ul><li>one<li>two<li>three</ul><p>a<p>b<p>c')).toBe(1);
  });

  it('skips comments, scripts, doctypes and stray "<"', () => {
    expect(markupDepth('<!doctype html><!-- <div><div> --><script>"<div><div>"</script><span>a < b</span>')).toBe(1);
  });

  it('sees a page nested thousands deep, and does not go below zero on stray end tags', () => {
    expect(markupDepth(`${'</div>'.repeat(5)}${'<div>'.repeat(3000)}x${'</div>'.repeat(3000)}`)).toBe(3000);
  });
});
