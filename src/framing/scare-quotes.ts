import { rangeAt, type DocModel } from '../document/model.js';
import { CUE_FORMS, NOMINAL_CUES } from '../lexicon/index.js';
import type { Quote } from '../quotes/types.js';
import type { ScareQuote } from './types.js';

/** The most words a scare quote holds; a longer quoted run reads as a quotation. */
const MAX_WORDS = 4;

/**
 * Words before a quote that say the writer keeps its words at a distance ("the so-called 'peace process'"):
 * after them a phrase of up to {@link MAX_WORDS} words is a scare quote. Without them only a single word is:
 * read in context on PolNeAR train, unattributed quoted phrases of two to four words were mostly terms of art,
 * survey answers, slogans and translations ("contested convention", "strongly agree"), single words mostly
 * the writer's distance ("'conservative' media", "the 'experts'").
 */
const DISTANCING_BEFORE = /\b(?:so-called|so called|self-styled|self-described|self-proclaimed|supposed|purported|alleged)\s*$/i;

/** A word: letters or digits, with inner apostrophes and hyphens ("so-called", "don't"). */
const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

/**
 * Words right before a quote that name the quoted words rather than use them ("the word 'x'", "a bill titled
 * 'X'", "what is known as 'y'"), or give someone's description ("dismissed them as 'amateurs'", "referred to
 * him as a 'jackass'"): a verb with "as" reports how someone put it. Neither is the writer's own distance.
 */
const MENTION_BEFORE =
  /\b(?:word|words|term|terms|phrase|phrases|expression|label|slogan|motto|hashtag|headline|caption|title|titled|entitled|name|names|named|nicknamed|dubbed|known as|spelled|reads?|read|marked|stamped|sign|signs|as(?: an?| the)?)\s*[:,]?\s*$/i;

/** Short words a title leaves in lower case ("Meet the Press", "State of the Union"). */
const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with']);

/**
 * Whether the words read as a title or name ("Morning Joe", "Meet the Press"): the first word and every word
 * but the short ones a title leaves in lower case start with a capital. A title is not a word the writer keeps
 * at a distance.
 */
const titleCase = (words: readonly string[]): boolean => words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL.has(w)));

/** Whether a word is an acronym or holds one ("PAC", "PACs", "iPhone"): a term or name, not a word kept at a distance. */
const acronym = (w: string): boolean => /\p{Lu}.*\p{Lu}/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w);

/**
 * What the scare-quote rules read of one document, each computed once (per quote it made the stage quadratic on a
 * long sentence of quote marks): where the next letter or digit after each position is, and the speech words of
 * each sentence.
 */
class DocView {
  private nextWord: Int32Array | undefined;
  private readonly speech = new Map<number, number[]>();

  constructor(readonly doc: DocModel) {}

  /** The first position at or after `pos` that holds a letter or digit (the text's length when none does). */
  nextWordChar(pos: number): number {
    if (this.nextWord === undefined) {
      const text = this.doc.text;
      const next = new Int32Array(text.length + 1);
      next[text.length] = text.length;
      for (let i = text.length - 1; i >= 0; i--) next[i] = /[\p{L}\p{N}]/u.test(text[i] ?? '') ? i : (next[i + 1] ?? text.length);
      this.nextWord = next;
    }
    return this.nextWord[Math.min(pos, this.doc.text.length)] ?? this.doc.text.length;
  }

  /** Where the speech words of sentence `si` start ("so-called" is no speech word). */
  speechWords(si: number): readonly number[] {
    let at = this.speech.get(si);
    if (at === undefined) {
      const x = this.doc.sentences[si];
      const text =
        x === undefined
          ? ''
          : this.doc.text
              .slice(x.start, x.end)
              .toLowerCase()
              .replace(/\bso[- ]called\b/g, (m) => ' '.repeat(m.length));
      at = [];
      for (const m of text.matchAll(/\p{L}+/gu)) if (SPEECH_WORDS.has(m[0])) at.push((x?.start ?? 0) + m.index);
      this.speech.set(si, at);
    }
    return at;
  }
}

/**
 * Whether only punctuation and space follow the quote to the end of its sentence. Quoted words that close the
 * sentence are mostly the end of someone's words ("called the idea 'anachronistic.'"), read after a speech
 * verb the quotes stage did not tie to a speaker; the writer's distance falls on a word used inside the
 * sentence ("the 'reform' bill").
 */
function endsSentence(view: DocView, end: number): boolean {
  // The sentence holding the quote's last character (its closing mark may end the sentence).
  const s = view.doc.sentences[rangeAt(view.doc.sentences, end - 1)];
  return s !== undefined && view.nextWordChar(end) >= s.end;
}

/**
 * Forms of the verbs that report speech or a text (said, called, described, wrote) and the nouns that carry
 * someone's words (remarks, statement): the quote stage's cue view, without its belief verbs (think, want),
 * which frame a view, not words, and without continue, show and carry, which mostly report nothing.
 */
const SPEECH_WORDS: ReadonlySet<string> = new Set([
  ...[...CUE_FORMS].filter(([, c]) => c.kind !== 'belief' && !['continue', 'show', 'carry'].includes(c.lemma)).map(([form]) => form),
  ...NOMINAL_CUES,
]);

/**
 * Whether the rest of the quote's sentence reports speech ("McCain said the remarks were 'wildly inaccurate'"):
 * the quote is then a fragment of someone's words the quotes stage could not attribute, not the writer's
 * distance from a word.
 */
function speechAround(view: DocView, start: number, end: number): boolean {
  const si = rangeAt(view.doc.sentences, start);
  if (si < 0) return false;
  return view.speechWords(si).some((at) => at < start || at >= end);
}

/**
 * The scare quotes of one document: quotes the quotes stage attributed to no one, set inside the writer's
 * sentence and not at its end, of one word (up to four after "so-called" and its kin), neither a title ("Meet the Press"), an acronym ("super
 * PACs") nor a term named as such ("the word 'x'"), in a sentence that reports no speech (no "said", "called", "remarks" around it: there the quote is
 * someone's words the quotes stage left unattributed). Each spans its quote marks.
 *
 * @param doc - the document
 * @param quotes - the document's quotes from the quotes stage
 * @returns the scare quotes in text order
 * @example
 * ```ts
 * // 'Critics call the plan a disaster. The "reform" passed.' with the quotes stage's quote of reform (no speaker):
 * scareQuotes(doc, quotes).map((s) => s.text);
 * //=> ['"reform"']
 * ```
 * @internal
 */
export function scareQuotes(doc: DocModel, quotes: readonly Quote[]): ScareQuote[] {
  const out: ScareQuote[] = [];
  const view = new DocView(doc);
  for (const q of quotes) {
    if (q.speaker !== null || !q.partial || q.continues !== undefined) continue;
    const words = q.text.match(WORD) ?? [];
    const start = q.openMark?.start ?? q.start;
    const end = q.closeMark?.end ?? q.end;
    const maxWords = DISTANCING_BEFORE.test(doc.text.slice(Math.max(0, start - 20), start)) ? MAX_WORDS : 1;
    if (words.length === 0 || words.length > maxWords || titleCase(words) || words.some(acronym)) continue;
    if (MENTION_BEFORE.test(doc.text.slice(Math.max(0, start - 40), start)) || endsSentence(view, end) || speechAround(view, start, end))
      continue;
    out.push({ start, end, text: doc.text.slice(start, end), quoteId: q.id, words: words.length });
  }
  return out.sort((a, b) => a.start - b.start);
}
