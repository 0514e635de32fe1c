import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText, markupDepth } from './html.js';

/** What an HTML page gives: the article's text, and its title, outlet and date where the page says. @internal */
export interface HtmlArticle {
  readonly text: string;
  readonly title?: string;
  readonly source?: string;
  readonly publishedAt?: string;
  /** How the text was found: the article extractor, or the whole page as text (see `why`). */
  readonly extractedBy: 'readability' | 'page-text';
  /** Why the whole page was read as text, when it was. */
  readonly why?: string;
}

/**
 * Deepest element nesting the article extractor is given. Its work grows with the number of elements times their
 * depth (a page of 5,000 nested elements took minutes, 20,000 overflowed the stack); news pages nest a few dozen deep.
 */
const MAX_DEPTH = 256;

/** Page furniture Readability keeps when its container looks like content: consent and cookie banners, sign-up boxes, "most read" lists. */
const FURNITURE =
  /(^|[\s_-])(cookie|cookies|consent|gdpr|newsletter|signup|sign-up|subscribe|paywall|most-?popular|most-?read|trending|related|share|social|promo)([\s_-]|$)/i;

/** Elements whose end starts a new paragraph of the text. */
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'BLOCKQUOTE',
  'LI',
  'UL',
  'OL',
  'TABLE',
  'TR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FIGURE',
  'FIGCAPTION',
  'PRE',
  'ASIDE',
  'MAIN',
  'DL',
  'DT',
  'DD',
]);

/** The minimal DOM surface walked here (linkedom's nodes have it; so does a browser's). */
interface Node {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly firstChild: Node | null;
  readonly nextSibling: Node | null;
}

/**
 * The text of a DOM subtree: text nodes with their white space collapsed (entities are already decoded by the
 * parser), a line break for `<br>`, a blank line after each block element; lines trimmed, at most one blank line.
 */
function textOf(root: Node): string {
  const out: string[] = [];
  // Depth first with an explicit stack (a deeply nested page must not overflow the call stack); an entry
  // `close` marks where a block element ends. Siblings by their links: linkedom builds `childNodes` anew on
  // every read, which made the walk quadratic.
  const stack: (Node | { close: string })[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as Node | { close: string };
    if ('close' in n) {
      out.push(n.close);
      continue;
    }
    if (n.nodeType === 3) {
      out.push((n.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' '));
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    const name = n.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE') continue;
    if (name === 'BR') {
      out.push('\n');
      continue;
    }
    if (BLOCKS.has(name)) stack.push({ close: '\n\n' });
    const children: Node[] = [];
    for (let c = n.firstChild; c !== null; c = c.nextSibling) children.push(c);
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k] as Node);
  }
  return out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Removes elements whose id or class names page furniture (a pass before Readability, which keeps some of them). */
function removeFurniture(document: {
  querySelectorAll: (s: string) => ArrayLike<{ id: string; className: string; remove: () => void }>;
}): void {
  const all = document.querySelectorAll('[id], [class]');
  const doomed: { remove: () => void }[] = [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (el !== undefined && (FURNITURE.test(el.id) || FURNITURE.test(String(el.className)))) doomed.push(el);
  }
  for (const el of doomed) el.remove();
}

const nonEmpty = (s: string | null | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};

/**
 * The article in an HTML page, as Firefox's reader view finds it (`@mozilla/readability` over a `linkedom`
 * DOM): navigation, banners, "most popular" lists and footers left out, entities decoded, the title from the
 * page (its `<title>`, or the article's own heading), the outlet from `og:site_name`, the date from
 * `article:published_time` or the page's JSON-LD. A page where no article is found is read whole as text.
 *
 * @param html - the page
 * @returns its article text and metadata
 * @example
 * ```ts
 * htmlArticle('<title>Pier reopens</title><article><p>The pier reopened &middot; Monday.</p></article>').title;
 * //=> 'Pier reopens'
 * ```
 * @internal
 */
export function htmlArticle(html: string): HtmlArticle {
  const asText = (why: string, meta: Partial<HtmlArticle> = {}): HtmlArticle => ({
    text: htmlToText(html),
    ...meta,
    extractedBy: 'page-text',
    why,
  });
  // Counted on the markup first: parsing a page nested thousands deep takes more than linear time.
  const tagDepth = markupDepth(html);
  if (tagDepth > MAX_DEPTH) return asText(deeperThanGiven(tagDepth));
  let document;
  try {
    document = parseHTML(html).document;
  } catch (e) {
    return asText(`the page could not be parsed (${e instanceof Error ? e.message : String(e)})`);
  }
  const depth = maxDepth(document as unknown as Node);
  if (depth > MAX_DEPTH) return asText(deeperThanGiven(depth));
  const pageTitle = nonEmpty(document.title);
  removeFurniture(document as unknown as Parameters<typeof removeFurniture>[0]);
  // charThreshold: a short news item (a few paragraphs) is still an article.
  let article;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  } catch (e) {
    return asText(
      `the article extractor failed on it (${e instanceof Error ? e.message : String(e)})`,
      pageTitle ? { title: pageTitle } : {},
    );
  }
  const meta = {
    ...((nonEmpty(article?.title) ?? pageTitle) ? { title: (nonEmpty(article?.title) ?? pageTitle) as string } : {}),
    ...(nonEmpty(article?.siteName) ? { source: nonEmpty(article?.siteName) as string } : {}),
    ...(nonEmpty(article?.publishedTime) ? { publishedAt: nonEmpty(article?.publishedTime) as string } : {}),
  };
  const content = article?.content;
  if (typeof content === 'string' && content.trim() !== '') {
    const { document: body } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
    const text = textOf(body.body as unknown as Node);
    if (text !== '') return { text, ...meta, extractedBy: 'readability' };
  }
  return asText('no article was found in it', meta);
}

const deeperThanGiven = (depth: number): string =>
  `its elements nest ${depth} deep, more than the ${MAX_DEPTH} the article extractor is given`;

/** How deep elements nest under `root`, walked without recursion. */
function maxDepth(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [n, d] = stack.pop() as [Node, number];
    if (d > deepest) deepest = d;
    for (let c = n.firstChild; c !== null; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, d + 1]);
  }
  return deepest;
}
