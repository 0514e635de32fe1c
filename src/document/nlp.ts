import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The wink-nlp instance, as its factory returns it. */
export type WinkNLP = ReturnType<typeof winkNLP>;

let instance: WinkNLP | undefined;

/**
 * What the document stage asks wink-nlp for: sentence boundaries, part-of-speech tags (with lemmas and
 * stop words, which need no pipe) and sentence sentiment (which needs negation). Named-entity
 * recognition, in wink's default pipeline, is left out: nothing reads its entities, and without it POS
 * tags, lemmas, sentences and sentiment come out the same while reading takes less time.
 */
const PIPELINE = ['sbd', 'negation', 'sentiment', 'pos'];

/**
 * The shared wink-nlp instance with the English lite web model and {@link PIPELINE}, created on first
 * use: loading the model takes a few hundred milliseconds, which a library import should not pay up front.
 * @internal
 */
export function nlp(): WinkNLP {
  instance ??= winkNLP(model, PIPELINE as Parameters<typeof winkNLP>[1]);
  return instance;
}

const learned = new WeakMap<WinkNLP, Set<string>>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** Whether the character at `i` is a letter or a digit (a surrogate pair's halves are tested together). */
function letterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  const at = c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at) ?? c));
}

/** Whether the character at `i` may stand inside a word before a possessive mark: letter, digit, dot, hyphen. */
function wordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 46 || c === 45 || c === 0x2010 || c === 0x2011 || letterOrDigit(text, i);
}

/**
 * The possessives of a text ("Kim's", "Kim’s", "Ost-Velbrand's"): a run of letters, digits, dots and
 * hyphens that starts with a letter, then an apostrophe and s, with no letter or digit after. Found from
 * the apostrophes, so that a text without any costs one scan.
 */
function possessivesOf(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 39 && c !== 0x2019) continue;
    const s = text.charCodeAt(i + 1);
    if (s !== 115 && s !== 83) continue;
    if (letterOrDigit(text, i + 2)) continue;
    let from = i;
    while (from > 0 && wordChar(text, from - 1)) from--;
    // Low surrogates step back onto their high half.
    while (from < i && !LETTER.test(String.fromCodePoint(text.codePointAt(from) ?? 0))) from++;
    if (from < i) out.push(text.slice(from, i + 2));
  }
  return out;
}

/**
 * Makes wink-nlp read every possessive of `text` ("Kim's") the same way whatever it read before.
 *
 * wink-nlp adds each token it meets to its lexicon, and the tokenizer splits a word it does not know
 * ("Kim" + "'s") but keeps one it knows whole. It learns a possessive whole where one ends a sentence
 * ("than Kim's."), so a text used to be tokenized, and tagged, differently depending on what the
 * instance had read before. Reading each possessive in that position first puts every possessive of
 * the text in the lexicon, so the text is always read with them whole.
 *
 * @param w - the wink-nlp instance about to read `text`
 * @param text - the text
 * @internal
 */
export function learnPossessives(w: WinkNLP, text: string): void {
  let seen = learned.get(w);
  if (seen === undefined) learned.set(w, (seen = new Set()));
  let fresh: string[] | undefined;
  for (const word of possessivesOf(text)) {
    if (seen.has(word)) continue;
    seen.add(word);
    (fresh ??= []).push(word);
    // A hyphenated or dotted word may be cut there by the tokenizer: its last part too.
    const cut = Math.max(word.lastIndexOf('-'), word.lastIndexOf('.'), word.lastIndexOf('\u2010'), word.lastIndexOf('\u2011'));
    if (cut >= 0 && cut < word.length - 3) fresh.push(word.slice(cut + 1));
  }
  if (fresh !== undefined) w.readDoc(fresh.join('. ') + '.');
}
