import { TokenFlag, type DocModel } from '../document/model.js';
import { isWord } from './view.js';

/**
 * The words of one document as the alignment stage sees them: word and number tokens outside
 * boilerplate, in order. Position `p` is word `p`; `tok[p]` is its token index.
 * @internal
 */
export interface DocWords {
  readonly doc: DocModel;
  /** Token index of each word. */
  readonly tok: Int32Array;
  /** Match key of each word. */
  readonly keys: Int32Array;
  /** Paragraph index of each word. */
  readonly para: Int32Array;
  /** Sentence index of each word. */
  readonly sent: Int32Array;
  /** 1 for stop words. */
  readonly stop: Uint8Array;
}

/** Collects a document's words. @internal */
export function docWords(doc: DocModel): DocWords {
  const t = doc.tokens;
  let n = 0;
  for (let i = 0; i < t.count; i++) if (isWord(t.kind[i] ?? 0, t.flags[i] ?? 0)) n++;
  const tok = new Int32Array(n);
  const keys = new Int32Array(n);
  const para = new Int32Array(n);
  const sent = new Int32Array(n);
  const stop = new Uint8Array(n);
  // Paragraph of each token, from the paragraph table (token ranges in order).
  let p = 0;
  let j = 0;
  for (let i = 0; i < t.count; i++) {
    while (p < doc.paragraphs.length - 1 && i >= (doc.paragraphs[p]?.tokenEnd ?? 0)) p++;
    const flags = t.flags[i] ?? 0;
    if (!isWord(t.kind[i] ?? 0, flags)) continue;
    tok[j] = i;
    keys[j] = t.key[i] ?? -1;
    para[j] = p;
    sent[j] = t.sentence[i] ?? 0;
    stop[j] = (flags & TokenFlag.Stop) !== 0 ? 1 : 0;
    j++;
  }
  return { doc, tok, keys, para, sent, stop };
}
