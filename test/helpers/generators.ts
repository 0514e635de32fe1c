// Pieces that the property tests' generated texts are made of, shared so that every test tries the same
// hard cases; and generated corpora (documents sharing sentences, quotes and names written differently).
import fc from 'fast-check';

/** Every quote mark the quote stage reads, straight and curly, single and doubled. */
export const QUOTE_MARKS: readonly string[] = ['\u201C', '\u201D', '"', "'", "''", '\u2018', '\u2019'];

/** Words whose key is a stop word in one form and not in another (give / gave, show / shows). */
export const STOP_WORD_FORMS: readonly string[] = ['give', 'gave', 'keep', 'kept', 'show', 'shows', 'move', 'moved', 'take', 'taken'];

/** Names written in several forms across documents (with and without a middle initial, a surname alone). */
export const NAME_FORMS: readonly (readonly string[])[] = [
  ['Neal R. Sonnett', 'Neal Sonnett', 'Sonnett', 'Mr. Sonnett'],
  ['Marta Lind', 'Marta J. Lind', 'Lind', 'Ms. Lind'],
  ['Oskar Berg', 'Oskar Berg Jr.', 'Berg'],
  ['Kim Jong Un', 'Kim Jong-un', 'Kim'],
];

/** Words the generated sentences are made of, common and rare, with stop-word forms. */
const WORDS: readonly string[] = [
  'the',
  'talks',
  'ferry',
  'council',
  'harbour',
  'reopened',
  'strait',
  'fishing',
  'towns',
  'agreement',
  'on',
  'in',
  'after',
  'weeks',
  'of',
  'storms',
  'minister',
  'foreign',
  'leader',
  'ruler',
  'budget',
  'ban',
  'half-way',
  'U.S.',
  'Tervik',
  'Aldsberg',
  ...STOP_WORD_FORMS,
];

/** Cue verbs for quotes. */
const CUES: readonly string[] = ['said', 'told reporters', 'added', 'says', 'warned'];

/** What one generated sentence is: words, optionally a quote with a name and a cue. */
export interface SentencePlan {
  readonly words: readonly string[];
  readonly quote: boolean;
  readonly name: number;
  readonly form: number;
  readonly mark: number;
  readonly cue: number;
  readonly nested: boolean;
}

/**
 * A plan of one sentence; texts are built from plans by {@link sentenceText} so that documents can share
 * a sentence and still write it differently (another name form, quote mark, cue or a dropped word).
 */
export const sentencePlan = fc.record({
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 12 }),
  quote: fc.boolean(),
  name: fc.nat(NAME_FORMS.length - 1),
  form: fc.nat(3),
  mark: fc.nat(QUOTE_MARKS.length - 1),
  cue: fc.nat(CUES.length - 1),
  nested: fc.boolean(),
});

/** One document's way of writing a shared sentence. */
export interface Rendering {
  readonly form: number;
  readonly mark: number;
  readonly cue: number;
  /** Index of a word to drop (taken modulo the words), or -1. */
  readonly drop: number;
  readonly pronoun: boolean;
}

export const rendering = fc.record({
  form: fc.nat(3),
  mark: fc.nat(QUOTE_MARKS.length - 1),
  cue: fc.nat(CUES.length - 1),
  drop: fc.integer({ min: -1, max: 11 }),
  pronoun: fc.boolean(),
});

/** The text of a sentence plan as one document writes it. */
export function sentenceText(p: SentencePlan, r: Rendering): string {
  const words = p.words.filter((_, i) => r.drop < 0 || i !== r.drop % p.words.length);
  const forms = NAME_FORMS[p.name] ?? ['Lind'];
  const name = forms[r.form % forms.length] ?? 'Lind';
  const body = words.join(' ');
  if (!p.quote) return `${name} ${body}.`;
  const open = QUOTE_MARKS[r.mark] ?? '"';
  const close = QUOTE_MARKS[(r.mark + 1) % QUOTE_MARKS.length] ?? '"';
  const inner = p.nested ? `${body} ${open}${words.slice(0, 3).join(' ')}${close}` : body;
  const cue = CUES[r.cue] ?? 'said';
  return `${open}${inner},${close} ${r.pronoun ? 'he' : name} ${cue}.`;
}

/**
 * A generated corpus of 2 to `maxDocs` documents about one event: a pool of sentence plans, each document
 * writing some of them (in its own order and way) in paragraphs, so that documents share passages,
 * quotes and names in several forms. Ids are unique (`d0`, `d1`, …, in an order unrelated to the texts).
 */
export function corpus(maxDocs = 4): fc.Arbitrary<{ id: string; text: string }[]> {
  const doc = (pool: number) =>
    fc.array(fc.record({ at: fc.nat(pool - 1), r: rendering, para: fc.boolean() }), { minLength: 1, maxLength: 8 });
  return fc
    .array(sentencePlan, { minLength: 2, maxLength: 8 })
    .chain((plans) => fc.tuple(fc.constant(plans), fc.array(doc(plans.length), { minLength: 2, maxLength: maxDocs })))
    .map(([plans, docs]) =>
      docs.map((d, i) => ({
        id: `d${(i * 7) % 10}${i}`,
        text: d.map((s) => `${sentenceText(plans[s.at] ?? plans[0]!, s.r)}${s.para ? '\n\n' : ' '}`).join(''),
      })),
    );
}
