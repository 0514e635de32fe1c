import { isNegated } from './negation.js';
import type { CorpusTables } from './tables.js';
import { WordClass, type WordView } from './view.js';
import { ngrams, ofClass, sumIdf } from './word-sets.js';

/**
 * A word view with everything a comparison needs that depends on one side only — sorted word n-gram
 * hashes, IDF sums, numbers, names — each computed on first use and kept, so that a
 * passage compared with many others (a wire paragraph carried by ten outlets) is prepared once, and a
 * passage only ever found verbatim is never prepared at all.
 * @internal
 */
export class PreparedView {
  private _idfSum?: number;
  private _contentIdfSum?: number;
  private _bi?: Int32Array;
  private _tri?: Int32Array;
  private _four?: Int32Array;
  private _numbers?: Int32Array;
  private _names?: Int32Array;
  private _negated?: boolean;
  private _stems?: Int32Array;

  /**
   * @param v - the passage's words
   * @param tables - the tables of the vocabulary `v`'s ids come from
   */
  constructor(
    readonly v: WordView,
    private readonly tables: CorpusTables,
  ) {}

  /** Σ IDF of the words. */
  get idfSum(): number {
    return (this._idfSum ??= sumIdf(this.v.keys, this.tables.idf));
  }
  /** Σ IDF of the non-stop words. */
  get contentIdfSum(): number {
    return (this._contentIdfSum ??= sumIdf(this.v.keys, this.tables.idf, this.v.stop));
  }
  /** Sorted hashes of the key bigrams. */
  get bi(): Int32Array {
    return (this._bi ??= ngrams(this.v.keys, 2));
  }
  /** Sorted hashes of the key trigrams. */
  get tri(): Int32Array {
    return (this._tri ??= ngrams(this.v.keys, 3));
  }
  /** Sorted hashes of the key 4-grams. */
  get four(): Int32Array {
    return (this._four ??= ngrams(this.v.keys, 4));
  }
  /** Surface ids of the numbers. */
  get numbers(): Int32Array {
    return (this._numbers ??= ofClass(this.v, WordClass.Number));
  }
  /** Surface ids of the proper nouns. */
  get names(): Int32Array {
    return (this._names ??= ofClass(this.v, WordClass.Proper));
  }
  /** Whether some word is a negation. */
  get negated(): boolean {
    return (this._negated ??= isNegated(this.v, this.tables.negations));
  }
  /** Stem id of each word. */
  get stems(): Int32Array {
    const stemOf = this.tables.stems;
    return (this._stems ??= this.v.surface.map((k) => stemOf[k] ?? 0));
  }
}

/**
 * Prepares a word view for `pairFeatures`.
 *
 * @param v - the passage's words
 * @param tables - the tables of the vocabulary `v`'s ids come from
 * @returns the prepared view (each part computed on first use)
 * @internal
 */
export function prepareView(v: WordView, tables: CorpusTables): PreparedView {
  return new PreparedView(v, tables);
}
