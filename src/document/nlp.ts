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
