// The report's three renderings, each in its own file: JSON (json.ts), Markdown (markdown.ts), HTML (html.ts).
export { toHTML, type TextsById } from './html.js';
export { toJSON } from './json.js';
export { toMarkdown } from './markdown.js';
