import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The wink-nlp instance, as its factory returns it. */
export type WinkNLP = ReturnType<typeof winkNLP>;

let instance: WinkNLP | undefined;

/**
 * The shared wink-nlp instance with the English lite web model, created on first use: loading the model
 * takes a few hundred milliseconds, which a library import should not pay up front.
 * @internal
 */
export function nlp(): WinkNLP {
  instance ??= winkNLP(model);
  return instance;
}
