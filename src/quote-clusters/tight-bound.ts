import type { Corpus } from '../document/model.js';
import type { ClusterLexicon } from '../lexicon/cluster-words.js';
import type { QuoteView } from './views.js';
import type { WordSequences } from './word-sequences.js';

/** Slack for a bound near the threshold (bounds and scores sum the same weights in other orders). */
const MARGIN = 1e-7;

/** What one sequence's words of one key add to a bound. */
interface KeyStats {
  readonly key: number;
  /** How many words carry the key. */
  count: number;
  /** The heaviest of them. */
  max: number;
  /** The weight of those that count only when the other side shares the key (they match no other word). */
  nonOther: number;
  /** How many are content words. */
  content: number;
}

/** A word that may match a different word (a content word of the near-synonym table; any with a provider). */
interface OtherWord {
  readonly key: number;
  readonly weight: number;
  /** Its near-synonym groups. */
  readonly groups: readonly number[];
}

/** What the bound reads of one word sequence, computed once per sequence. */
interface Profile {
  readonly view: QuoteView;
  /** Its distinct keys (vocabulary ids). */
  readonly keys: ReadonlyMap<number, KeyStats>;
  /** The same, as a list (read for every pair). */
  readonly stats: readonly KeyStats[];
  /** The words that may match a different word. */
  readonly other: readonly OtherWord[];
  /** Their positions. */
  readonly otherAt: ReadonlySet<number>;
  /** Their weight. */
  readonly otherTotal: number;
  /** Per near-synonym group, the key the sequence holds in it (-2 for two or more keys). */
  readonly groupKey: ReadonlyMap<number, number>;
}

/** The longest stretch of consecutive words of `a` whose keys `b` holds, and the weight `a` may match in `b`. */
interface Held {
  readonly weight: number;
  readonly stretch: number;
}

/**
 * A tighter upper bound of a pair's lexical score than the signatures' (link-bound.ts), read after it
 * passes: matches are one to one, so a key both sides hold matches at most min(count in x, count in y)
 * times, each at most its heaviest word on either side, and a word matches a different word only as a
 * near-synonym (at the table's similarity) of a word the other side holds in one of its groups. A bound
 * near the threshold, or one a run of shared words could lift, is settled by {@link held}'s sums.
 * A provider may match any two content words: it gets the held sums only.
 *
 * Profiling the qclusters stage at 2,000 articles showed linking at 2.54 s CPU without this bound
 * against 1.10 s with it (of ~25 s in all): it spares scoring most candidates in full.
 * @internal
 */
export class TightBound {
  private readonly profiles: readonly Profile[];
  private readonly nearSim: number;

  /**
   * @param seqs - the word sequences of the run
   * @param corpus - their corpus
   * @param lex - the lexicon
   * @param provider - whether a word-similarity provider may match any two content words
   */
  constructor(
    seqs: WordSequences,
    private readonly corpus: Corpus,
    private readonly lex: ClusterLexicon,
    private readonly provider: boolean,
  ) {
    this.nearSim = lex.params.match.nearSynonym;
    this.profiles = seqs.first.map((v) => this.profile(v));
  }

  private groupsOf(k: number): readonly number[] {
    return this.lex.synonymGroups.get(this.corpus.vocab.str(k)) ?? [];
  }

  private profile(v: QuoteView): Profile {
    const keys = new Map<number, KeyStats>();
    const other: OtherWord[] = [];
    const otherAt = new Set<number>();
    let otherTotal = 0;
    const groupKey = new Map<number, number>();
    for (let t = 0; t < v.keys.length; t++) {
      const k = v.keys[t] ?? -1;
      const w = v.weights[t] ?? 0;
      const mayMatchOther = v.stop[t] !== true && (this.provider || this.lex.synonymGroups.has(this.corpus.vocab.str(k)));
      if (mayMatchOther) {
        const groups = this.groupsOf(k);
        other.push({ key: k, weight: w, groups });
        otherAt.add(t);
        otherTotal += w;
        for (const g of groups) {
          const held = groupKey.get(g);
          if (held === undefined) groupKey.set(g, k);
          else if (held !== k) groupKey.set(g, -2);
        }
      }
      if (k < 0 || k >= this.corpus.vocab.size) continue;
      let s = keys.get(k);
      if (s === undefined) keys.set(k, (s = { key: k, count: 0, max: 0, nonOther: 0, content: 0 }));
      s.count++;
      if (w > s.max) s.max = w;
      if (!mayMatchOther) s.nonOther += w;
      if (v.stop[t] !== true) s.content++;
    }
    return { view: v, keys, stats: [...keys.values()], other, otherAt, otherTotal, groupKey };
  }

  /** Whether a word has a near-synonym of another key in `p`. */
  private hasPartner(word: OtherWord, p: Profile): boolean {
    for (const g of word.groups) {
      const held = p.groupKey.get(g);
      if (held !== undefined && held !== word.key) return true;
    }
    return false;
  }

  /** The weight of x's words that near-synonyms of y's may match. */
  private nearWeight(x: Profile, y: Profile): number {
    let w = 0;
    for (const word of x.other) if (this.hasPartner(word, y)) w += this.nearSim * word.weight;
    return w;
  }

  /** What x's words may match in y: each word whose key y holds or that may match another word. */
  private held(x: Profile, y: Profile): Held {
    let weight = 0;
    let run = 0;
    let stretch = 0;
    for (let i = 0; i < x.view.keys.length; i++) {
      const shared = y.keys.has(x.view.keys[i] ?? -1);
      if (shared || x.otherAt.has(i)) weight += x.view.weights[i] ?? 0;
      run = shared ? run + 1 : 0;
      if (run > stretch) stretch = run;
    }
    return { weight, stretch };
  }

  /** The looser bound from {@link held}'s sums, with a run of shared words: as high as the score can be. */
  private heldBound(x: Profile, y: Profile): number {
    const hx = this.held(x, y);
    const hy = this.held(y, x);
    // Each match adds sim·(w_x + w_y)/2 with sim <= 1, from words each side holds.
    const matched = (hx.weight + hy.weight) / 2;
    const [tx, ty] = [x.view.total, y.view.total];
    const dice = tx + ty > 0 ? (2 * matched) / (tx + ty) : 0;
    const shortTotal = Math.min(tx, ty);
    const containment = shortTotal > 0 ? Math.min(1, matched / shortTotal) : 0;
    const { minSharedRun, sharedRunLexical } = this.lex.params.link;
    const run = Math.min(hx.stretch, hy.stretch) >= minSharedRun ? sharedRunLexical : 0;
    return Math.max(dice, containment, run);
  }

  /**
   * Whether two sequences may reach a lexical score of `need` (false: they cannot).
   * @param sx - a sequence id
   * @param sy - another
   * @param need - the least lexical score a link of the two needs
   * @returns false when no matching of their words can give `need`
   */
  mayReach(sx: number, sy: number, need: number): boolean {
    const x = this.profiles[sx] as Profile;
    const y = this.profiles[sy] as Profile;
    // Held sums (hx, hy), one-to-one sums (ax, ay), and how many exact matches there can be, in all
    // and of content words (which a run of shared words needs).
    let hx = x.otherTotal;
    let hy = y.otherTotal;
    let ax = 0;
    let ay = 0;
    let exact = 0;
    let content = 0;
    for (const sy2 of y.stats) {
      const sx2 = x.keys.get(sy2.key);
      if (sx2 === undefined) continue;
      hy += sy2.nonOther;
      hx += sx2.nonOther;
      const m = Math.min(sx2.count, sy2.count);
      ax += m * sx2.max;
      ay += m * sy2.max;
      exact += m;
      if (sx2.content > 0 || sy2.content > 0) content += m;
    }
    let matched = (hx + hy) / 2;
    if (!this.provider) {
      if (x.other.length > 0 && y.other.length > 0) {
        ax += this.nearWeight(x, y);
        ay += this.nearWeight(y, x);
      }
      matched = Math.min(matched, (ax + ay) / 2);
    }
    const [tx, ty] = [x.view.total, y.view.total];
    const dice = tx + ty > 0 ? (2 * matched) / (tx + ty) : 0;
    const shortTotal = Math.min(tx, ty);
    const containment = shortTotal > 0 ? Math.min(1, matched / shortTotal) : 0;
    const bound = Math.max(dice, containment);
    const { minSharedRun, minSharedRunContent, sharedRunLexical } = this.lex.params.link;
    if (bound >= need - 1e-9 + MARGIN) return true;
    // A run of shared words lifts the score only with minSharedRun exact matches, minSharedRunContent
    // of them content words (lexicalCore).
    if (bound < need - 1e-9 - MARGIN && (sharedRunLexical < need - 1e-9 - MARGIN || exact < minSharedRun || content < minSharedRunContent))
      return false;
    return this.heldBound(x, y) >= need - 1e-9;
  }
}
