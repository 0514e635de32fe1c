// Pieces that the property tests' generated texts are made of, shared so that every test tries the same
// hard cases.

/** Every quote mark the quote stage reads, straight and curly, single and doubled. */
export const QUOTE_MARKS: readonly string[] = ['\u201C', '\u201D', '"', "'", "''", '\u2018', '\u2019'];

/** Words whose key is a stop word in one form and not in another (give / gave, show / shows). */
export const STOP_WORD_FORMS: readonly string[] = ['give', 'gave', 'keep', 'kept', 'show', 'shows', 'move', 'moved', 'take', 'taken'];
