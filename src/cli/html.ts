const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
};

/** Elements removed with their content. */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template']);
/** Tags that end a block of text and so become a line break. */
const BLOCK_ENDS = new Set([
  'br',
  '/p',
  '/div',
  '/h1',
  '/h2',
  '/h3',
  '/h4',
  '/h5',
  '/h6',
  '/li',
  '/tr',
  '/blockquote',
  '/section',
  '/article',
  '/header',
  '/footer',
]);

/** Counts the characters the searches of {@link htmlToText} look at, so tests can check it stays linear. @internal */
export interface ScanMeter {
  examined: number;
}

/**
 * Forward searches that remember where a pattern is known to be absent: once a search for `-->` (say) ran
 * to the end without finding it, no later opener searches again, so unclosed openers cost nothing each.
 */
class Finder {
  private readonly absentFrom = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly meter: ScanMeter | undefined,
  ) {}

  find(pattern: string, from: number): number {
    const absent = this.absentFrom.get(pattern);
    if (absent !== undefined && from >= absent) return -1;
    const at = this.text.indexOf(pattern, from);
    if (this.meter !== undefined) this.meter.examined += (at < 0 ? this.text.length : at + pattern.length) - from;
    if (at < 0) this.absentFrom.set(pattern, from);
    return at;
  }
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isNameChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 58;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;

/** The lower-case name of the tag opening at `i` (`/p` for an end tag), read up to the first character that ends a name. */
function tagName(lower: string, i: number): string {
  let j = i + 1;
  if (lower.charCodeAt(j) === SLASH) j++;
  while (j < lower.length && isNameChar(lower.charCodeAt(j))) j++;
  return lower.slice(i + 1, j);
}

/**
 * Walks the markup of a page in one forward pass: `onTag` hears each tag (its lower-case name, `/p` for an end tag,
 * and where it starts and ends); comments and raw-text elements are skipped whole and reported with the name
 * `!--` or their element's name. A "<" opens markup only before a letter, "/", "!" or "?", as in a browser, and
 * only when a ">" follows.
 */
function scanTags(html: string, meter: ScanMeter | undefined, onTag: (name: string, start: number, end: number) => void): void {
  // ASCII-only lower case keeps every offset (String#toLowerCase may lengthen a string, e.g. "İ").
  const lower = html.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  const finder = new Finder(lower, meter);
  let i = finder.find('<', 0);
  while (i >= 0) {
    const next = lower.charCodeAt(i + 1);
    if (!(isLetter(next) || next === SLASH || next === BANG || next === QUESTION)) {
      i = finder.find('<', i + 1);
      continue;
    }
    let end: number;
    let name: string;
    if (lower.startsWith('<!--', i)) {
      // An unclosed comment runs to the end of the page, as in a browser.
      const close = finder.find('-->', i + 4);
      end = close < 0 ? lower.length : close + 3;
      name = '!--';
    } else {
      const close = finder.find('>', i + 1);
      if (close < 0) {
        // No ">" anywhere after: not a tag but text (every later "<" finds the same at no cost).
        i = finder.find('<', i + 1);
        continue;
      }
      end = close + 1;
      name = tagName(lower, i);
      if (RAW_TEXT.has(name)) end = rawTextEnd(lower, finder, name, end);
      else if (lower.charCodeAt(close - 1) === SLASH && name[0] !== '/') name += '/';
    }
    onTag(name, i, end);
    i = end < lower.length ? finder.find('<', end) : -1;
  }
}

/** Removes comments, raw-text elements and tags in one forward pass; block ends become line breaks. */
function stripTags(html: string, meter: ScanMeter | undefined): string {
  const parts: string[] = [];
  let text = 0;
  scanTags(html, meter, (name, start, end) => {
    parts.push(html.slice(text, start), BLOCK_ENDS.has(name) || name === 'br/' ? '\n' : '');
    text = end;
  });
  parts.push(html.slice(text));
  return parts.join('');
}

/** Elements that hold no content, and elements a parser closes by itself (a new `<p>` ends an open one): neither nests deep. */
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th thead tbody tfoot option optgroup rp rt html head body'.split(
    ' ',
  ),
);

/**
 * How deep the page's elements nest, counted from its tags in one linear pass, without building a DOM (a parser
 * slows down more than linearly on pages nested thousands deep). Elements that close by themselves or hold no
 * content are not counted, so the figure is close to a parser's for pages that close what they open.
 *
 * @param html - the page
 * @returns the deepest nesting of elements with end tags
 * @internal
 */
export function markupDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  scanTags(html, undefined, (name) => {
    if (name[0] === '/') {
      if (!NOT_NESTING.has(name.slice(1)) && depth > 0) depth--;
    } else if (isLetter(name.charCodeAt(0)) && !name.endsWith('/') && !NOT_NESTING.has(name) && !RAW_TEXT.has(name)) {
      depth++;
      if (depth > deepest) deepest = depth;
    }
  });
  return deepest;
}

/** Where a raw-text element (script, style, …) whose start tag ends at `from` ends: past its end tag, or the end of the page. */
function rawTextEnd(lower: string, finder: Finder, name: string, from: number): number {
  let at = from;
  for (;;) {
    const close = finder.find(`</${name}`, at);
    if (close < 0) return lower.length;
    const after = lower.charCodeAt(close + name.length + 2);
    if (!isNameChar(after)) {
      const gt = finder.find('>', close);
      return gt < 0 ? lower.length : gt + 1;
    }
    at = close + 1;
  }
}

/** Removes spaces and tabs before each line break, in one pass (the regex `/[ \t]+\n/` is quadratic on long runs of spaces). */
function trimLineEnds(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let end = line.length;
      while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
      return end === line.length ? line : line.slice(0, end);
    })
    .join('\n');
}

/**
 * Plain text of an HTML page: comments, scripts, styles and tags removed, block ends turned into line
 * breaks, entities decoded. Offsets in the report then index into this text. One forward pass: time grows
 * linearly with the page, whatever it holds (unclosed comments, stray "<").
 *
 * A "<" opens a tag only before a letter, "/", "!" or "?" and when a ">" follows; otherwise it stays text.
 * An unclosed comment or script runs to the end of the page, as in a browser.
 *
 * @param html - the page
 * @param meter - tests only: counts the characters the searches look at
 * @returns the text
 * @example
 * ```ts
 * htmlToText('<p>a < b &amp; c</p><!-- x -->'); //=> 'a < b & c'
 * ```
 * @internal
 */
export function htmlToText(html: string, meter?: ScanMeter): string {
  const text = stripTags(html, meter).replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
  return trimLineEnds(text)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
