/**
 * The planted-reuse corpus of issue 16 (deliverable 5): articles assembled from dev paragraphs, some of
 * which are reused across articles as verbatim, lightly edited or paraphrase-like copies, with the ground
 * truth of which articles share which paragraph; and the scoring of a report's alignments against it.
 * planted.eval.ts reads the paragraphs from ../shared/corpus at run time and prints the figures; nothing of the
 * corpus is copied into the project. The generator is pure (paragraphs and a seed in, corpus out).
 *
 * The corpus (defaults of {@link PLANTED_DEFAULTS}):
 * - 200 articles of 8–14 paragraphs (uniform), paragraphs joined by a blank line.
 * - Each article has 2–4 reused slots (uniform). The slots are dealt to pool paragraphs: each pool
 *   paragraph goes to 2–5 distinct articles (uniform; fewer when the slots run out, and a pool paragraph
 *   left with one article is dropped and its slot becomes a filler). Every other slot is a filler.
 * - Every source paragraph is used once at most, as a filler or as a pool paragraph.
 * - Each pool paragraph has one tier, drawn 50% verbatim, 30% edited, 20% paraphrase-like. The first
 *   article it is dealt to carries it as in the source; every other article carries a copy made by the
 *   tier's transformation from the source text (independently per copy, so two edited copies differ from
 *   each other by about twice the edit rate).
 * - Edited: each word, with probability 0.08, is deleted (half) or replaced by a word of another source
 *   paragraph (half).
 * - Paraphrase-like: in each sentence cut at ", " into two or more clauses, the first clause moves to the
 *   end; then a third of the content words (words of 3+ letters not in {@link FUNCTION_WORDS}), where that
 *   many have a synonym, are replaced by one: from the project's near-synonym table
 *   (src/lexicon/data/near-synonyms.json, lemmas, matched as written or with a plural -s) or from the
 *   evaluation's own list (test/eval/data/planted-synonyms.json, surface forms), which the library never
 *   reads. The share actually swapped is in {@link PlantedCorpus.stats}.
 *
 * Scoring ({@link scorePlanted}):
 * - A link is a pair of members of one alignment in two different documents (every such pair, not only
 *   the pairs the report lists with diffs: an alignment says all its members are one passage). Each
 *   member stands in the slot of its document it overlaps most.
 * - Recall: for each pool paragraph and each pair of articles carrying it, the pair is found when the
 *   links between the two articles whose members overlap the two copies cover at least half of each copy
 *   (union of the members' spans, clipped to the copy). Per tier of the pool paragraph.
 * - Precision: a link is true when both members stand in copies of one pool paragraph. A link that is not
 *   true but joins two slots whose source paragraphs genuinely resemble each other in the source data is
 *   counted apart and left out of precision: the two come from one source group (one BASIL event, one
 *   PolNeAR article), or they share a run of {@link RUN_WORDS} words (case and punctuation ignored: the same
 *   quote or wire sentence in two outlets' stories of one event, a stock phrase). Every other link is false.
 *   Precision = true / (true + false). Whether a stock phrase shared in the source should be an alignment at
 *   all is deliverable 2's question (common passages), not this measure's.
 */
import projectSynonyms from '../../src/lexicon/data/near-synonyms.json' with { type: 'json' };
import evalSynonyms from './data/planted-synonyms.json' with { type: 'json' };
import { prng } from '../bench/corpus.js';

/** How close a copy is to its source paragraph. */
export type Tier = 'verbatim' | 'edited' | 'paraphrase';
export const TIERS: readonly Tier[] = ['verbatim', 'edited', 'paraphrase'];

/** A paragraph of the source data and the group it comes from (an event or an article). */
export interface SourceParagraph {
  readonly text: string;
  /** Paragraphs of one group may genuinely resemble each other (one event told by several outlets). */
  readonly group: string;
}

/** One paragraph of a planted article. */
export interface Slot {
  /** Offsets of the paragraph in the article text. */
  readonly start: number;
  readonly end: number;
  /** Index of the source paragraph in the generator's input. */
  readonly source: number;
  /** The pool paragraph this slot is a copy of; undefined for a filler. */
  readonly pool?: number;
}

/** A generated article. */
export interface PlantedArticle {
  readonly id: string;
  readonly text: string;
  readonly slots: readonly Slot[];
}

/** A reused paragraph: its source and the articles that carry it (the first carries the source text). */
export interface PoolParagraph {
  readonly id: number;
  readonly source: number;
  readonly tier: Tier;
  /** Article index and slot index of every copy. */
  readonly copies: readonly { readonly article: number; readonly slot: number }[];
}

/** The generated corpus with its ground truth. */
export interface PlantedCorpus {
  readonly articles: readonly PlantedArticle[];
  readonly pool: readonly PoolParagraph[];
  readonly stats: {
    /** Words edited / words, over the edited copies. */
    readonly editedShare: number;
    /** Content words swapped / content words, over the paraphrase-like copies. */
    readonly swappedShare: number;
    /** Swaps taken from the project's table / all swaps. */
    readonly projectTableShare: number;
    /** Paraphrase-like copies in which at least one sentence was rotated / those copies. */
    readonly rotatedShare: number;
  };
}

/** The generator's parameters. */
export interface PlantedOptions {
  readonly articles: number;
  readonly seed: number;
  readonly paragraphs: readonly [number, number];
  readonly reusedPerArticle: readonly [number, number];
  readonly copiesPerPool: readonly [number, number];
  /** Shares of verbatim, edited, paraphrase-like pool paragraphs. */
  readonly tierShares: readonly [number, number, number];
  readonly editRate: number;
  readonly swapShare: number;
  /** Word counts a pool paragraph must have (fillers need only the first). */
  readonly poolWords: readonly [number, number];
}

export const PLANTED_DEFAULTS: PlantedOptions = {
  articles: 200,
  seed: 16,
  paragraphs: [8, 14],
  reusedPerArticle: [2, 4],
  copiesPerPool: [2, 5],
  tierShares: [0.5, 0.3, 0.2],
  editRate: 0.08,
  swapShare: 1 / 3,
  poolWords: [25, 120],
};

/**
 * mulberry32, a small seeded PRNG: the one the bench corpora use (test/bench/corpus.ts `prng`).
 * @example
 * mulberry32(1)() //=> 0.6270739405881613
 */
export const mulberry32: (seed: number) => () => number = prng;

/** An integer in [lo, hi]. */
const between = (rng: () => number, [lo, hi]: readonly [number, number]): number => lo + Math.floor(rng() * (hi - lo + 1));

/** Fisher–Yates, in place. */
function shuffle<T>(rng: () => number, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
}

/** Function words: never swapped, not counted as content words. Team-written. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an and or but nor so yet for of in on at to from by with without about into onto over under after before ' +
    'during since until while as than then that this these those there here where when which who whom whose what why how ' +
    'is are was were be been being am do does did done have has had having will would shall should can could may might must ' +
    'not no yes it its it’s he him his she her hers they them their theirs we us our ours you your yours i me my mine ' +
    'all any some each every both either neither one two three also just only very more most much many such own same ' +
    'other another if because though although whether up down out off again further once too well even still'
  ).split(' '),
);

/** Word (lower case) → replacements, from both tables, with the table each came from. */
interface SynonymEntry {
  readonly word: string;
  readonly project: boolean;
}
function synonymIndex(): Map<string, SynonymEntry[]> {
  const index = new Map<string, SynonymEntry[]>();
  const add = (from: string, e: SynonymEntry): void => {
    if (e.word === from) return;
    const list = index.get(from) ?? [];
    if (!list.some((x) => x.word === e.word)) list.push(e);
    index.set(from, list);
  };
  for (const group of projectSynonyms.groups) {
    for (const w of group) {
      for (const v of group) {
        add(w, { word: v, project: true });
        // A plural or third-person -s on both sides (only for single words ending in a letter).
        if (/^[a-z]+[^s]$/u.test(w) && /^[a-z]+$/u.test(v)) add(`${w}s`, { word: `${v}s`, project: true });
      }
    }
  }
  for (const [w, vs] of Object.entries(evalSynonyms.words as Record<string, string[]>))
    for (const v of vs) add(w, { word: v, project: false });
  return index;
}
const SYNONYMS = synonymIndex();

/** Whether a word (letters only) is a content word. */
const isContent = (w: string): boolean => /^\p{L}{3,}$/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase());

/** `to` with the capitalization of `from` (first letter). */
function likeCase(from: string, to: string): string {
  const first = from[0] ?? '';
  return first !== first.toLowerCase() ? `${to[0]?.toUpperCase() ?? ''}${to.slice(1)}` : to;
}

/**
 * A lightly edited copy: each word deleted or replaced with probability `rate`.
 * @param text - the source paragraph
 * @param rng - the generator
 * @param rate - probability that a word is edited
 * @param otherWords - words to put in place of a replaced one
 * @returns the copy and how many words were edited
 */
export function editLightly(
  text: string,
  rng: () => number,
  rate: number,
  otherWords: readonly string[],
): { text: string; edits: number; words: number } {
  const words = text.split(/\s+/u).filter((w) => w !== '');
  const out: string[] = [];
  let edits = 0;
  for (const w of words) {
    if (rng() >= rate) {
      out.push(w);
      continue;
    }
    edits++;
    if (rng() < 0.5) continue;
    out.push(otherWords[Math.floor(rng() * otherWords.length)] ?? w);
  }
  return { text: out.join(' '), edits, words: words.length };
}

/** A sentence piece ending in an abbreviation rather than a full stop. */
const ABBREVIATION = /(?:^|[\s(“"])(?:\p{Lu}\p{Ll}{0,2}|(?:\p{Lu}\.)+\p{Lu})\.$/u;

/** Moves the first clause of a sentence (cut at ", ") to its end; undefined when it has one clause. */
export function rotateClauses(sentence: string): string | undefined {
  const end = /[.!?]["”’)]*$/u.exec(sentence)?.[0] ?? '';
  const body = sentence.slice(0, sentence.length - end.length);
  const clauses = body.split(', ');
  if (clauses.length < 2 || clauses.some((c) => c.trim() === '')) return undefined;
  const [first, ...rest] = clauses;
  const head = rest[0] ?? '';
  // The moved clause loses its capital when it starts with a function word ("The", "But"); names keep theirs.
  const firstWord = /^\p{L}+/u.exec(first ?? '')?.[0] ?? '';
  const moved =
    FUNCTION_WORDS.has(firstWord.toLowerCase()) && firstWord !== 'I'
      ? `${first?.[0]?.toLowerCase() ?? ''}${first?.slice(1) ?? ''}`
      : (first ?? '');
  rest[0] = `${head[0]?.toUpperCase() ?? ''}${head.slice(1)}`;
  // A clause ending in an abbreviation ("the N.A.A.C.P.") keeps its own stop.
  return `${[...rest, moved].join(', ')}${moved.endsWith('.') && end.startsWith('.') ? end.slice(1) : end}`;
}

/**
 * A paraphrase-like copy: clauses rotated in each sentence, then `share` of the content words swapped for a
 * synonym (as many as have one, up to that share).
 * @returns the copy, the content words, the swaps and how many came from the project's table
 */
export function paraphraseLike(
  text: string,
  rng: () => number,
  share: number,
): { text: string; content: number; swapped: number; fromProject: number; rotated: boolean } {
  const sentences: string[] = [];
  for (const piece of text.split(/(?<=[.!?]["”’)]*)\s+(?=["“‘(]?\p{Lu})/u)) {
    // "St. Louis", "Mr. Obama", "the U.S. Senate": a short capitalized word or initials before the stop do not end a sentence.
    const last = sentences.length - 1;
    if (last >= 0 && ABBREVIATION.test(sentences[last] ?? '')) sentences[last] = `${sentences[last]} ${piece}`;
    else sentences.push(piece);
  }
  let rotated = false;
  const turned = sentences.map((s) => {
    const r = rotateClauses(s);
    if (r !== undefined) rotated = true;
    return r ?? s;
  });
  const tokens = turned.join(' ').split(/(\p{L}+(?:['’]\p{L}+)*)/u);
  const content: number[] = [];
  const swappable: number[] = [];
  tokens.forEach((t, i) => {
    if (i % 2 === 1 && isContent(t)) {
      content.push(i);
      if (SYNONYMS.has(t.toLowerCase())) swappable.push(i);
    }
  });
  const want = Math.round(content.length * share);
  let fromProject = 0;
  const chosen = shuffle(rng, swappable).slice(0, want);
  for (const i of chosen) {
    const t = tokens[i] ?? '';
    const options = SYNONYMS.get(t.toLowerCase()) ?? [];
    const pick = options[Math.floor(rng() * options.length)];
    if (pick === undefined) continue;
    if (pick.project) fromProject++;
    tokens[i] = likeCase(t, pick.word);
  }
  return { text: tokens.join(''), content: content.length, swapped: chosen.length, fromProject, rotated };
}

const wordCount = (t: string): number => t.split(/\s+/u).filter((w) => w !== '').length;

/**
 * Builds the planted corpus from source paragraphs.
 * @param sources - the paragraphs, in a fixed order (the result depends on it and on the seed only)
 * @param options - parameters; {@link PLANTED_DEFAULTS} by default
 * @returns the articles, the pool with its ground truth, and the measured edit and swap rates
 */
export function buildPlanted(sources: readonly SourceParagraph[], options: PlantedOptions = PLANTED_DEFAULTS): PlantedCorpus {
  // Two streams: the structure (sizes, dealing, tiers, places) does not move when a transformation draws more or fewer numbers.
  const rng = mulberry32(options.seed);
  const edit = mulberry32(options.seed ^ 0x9e3779b9);
  const n = options.articles;
  const sizes = Array.from({ length: n }, () => between(rng, options.paragraphs));
  const reused = sizes.map((size) => Math.min(size, between(rng, options.reusedPerArticle)));
  // Deal the reused slots to pool paragraphs, each to distinct articles.
  const tokens = shuffle(
    rng,
    reused.flatMap((k, a) => Array.from({ length: k }, () => a)),
  );
  const groups: number[][] = [];
  while (tokens.length > 0) {
    const want = between(rng, options.copiesPerPool);
    const got: number[] = [];
    for (let i = 0; i < tokens.length && got.length < want;) {
      const a = tokens[i] as number;
      if (got.includes(a)) i++;
      else {
        got.push(a);
        tokens.splice(i, 1);
      }
    }
    if (got.length >= 2) groups.push(got);
    else for (const a of got) reused[a] = (reused[a] ?? 1) - 1;
  }
  const order = shuffle(
    rng,
    sources.map((_, i) => i),
  );
  const poolSources = order.filter((i) => {
    const w = wordCount(sources[i]?.text ?? '');
    return w >= options.poolWords[0] && w <= options.poolWords[1];
  });
  if (poolSources.length < groups.length)
    throw new Error(`planted: ${groups.length} pool paragraphs needed, ${poolSources.length} sources fit`);
  const usedForPool = new Set(poolSources.slice(0, groups.length));
  const fillers = order.filter((i) => !usedForPool.has(i));
  const [pv, pe] = options.tierShares;
  const drawTier = (): Tier => {
    const x = rng();
    return x < pv ? 'verbatim' : x < pv + pe ? 'edited' : 'paraphrase';
  };
  const otherWords = fillers.slice(0, 200).flatMap((i) => (sources[i]?.text ?? '').split(/\s+/u).filter((w) => /^\p{L}+$/u.test(w)));

  const pending: { article: number; pool: number; text: string; source: number }[] = [];
  let edited = 0;
  let editedWords = 0;
  let swapped = 0;
  let content = 0;
  let fromProject = 0;
  let rotated = 0;
  let paraphrased = 0;
  const pool: { id: number; source: number; tier: Tier; articles: number[] }[] = [];
  groups.forEach((articles, id) => {
    const source = poolSources[id] as number;
    const tier = drawTier();
    pool.push({ id, source, tier, articles });
    const text = sources[source]?.text ?? '';
    articles.forEach((article, k) => {
      let copy = text;
      if (k > 0 && tier === 'edited') {
        const e = editLightly(text, edit, options.editRate, otherWords);
        copy = e.text;
        edited += e.edits;
        editedWords += e.words;
      } else if (k > 0 && tier === 'paraphrase') {
        const p = paraphraseLike(text, edit, options.swapShare);
        copy = p.text;
        swapped += p.swapped;
        content += p.content;
        fromProject += p.fromProject;
        paraphrased++;
        if (p.rotated) rotated++;
      }
      pending.push({ article, pool: id, text: copy, source });
    });
  });
  let nextFiller = 0;
  const copies = new Map<number, { article: number; slot: number }[]>();
  const articles: PlantedArticle[] = sizes.map((size, a) => {
    const mine = pending.filter((p) => p.article === a);
    const positions = shuffle(
      rng,
      Array.from({ length: size }, (_, i) => i),
    ).slice(0, mine.length);
    const slots: Slot[] = [];
    let text = '';
    for (let i = 0; i < size; i++) {
      const at = positions.indexOf(i);
      const planted = at >= 0 ? mine[at] : undefined;
      let body: string;
      let source: number;
      if (planted !== undefined) {
        body = planted.text;
        source = planted.source;
        const list = copies.get(planted.pool) ?? [];
        list.push({ article: a, slot: i });
        copies.set(planted.pool, list);
      } else {
        source = fillers[nextFiller++] ?? -1;
        if (source < 0) throw new Error('planted: not enough source paragraphs for the fillers');
        body = sources[source]?.text ?? '';
      }
      if (i > 0) text += '\n\n';
      const start = text.length;
      text += body;
      slots.push({ start, end: text.length, source, ...(planted !== undefined ? { pool: planted.pool } : {}) });
    }
    return { id: `planted-${String(a + 1).padStart(3, '0')}`, text, slots };
  });
  return {
    articles,
    pool: pool.map((p) => ({ id: p.id, source: p.source, tier: p.tier, copies: copies.get(p.id) ?? [] })),
    stats: {
      editedShare: editedWords === 0 ? 0 : edited / editedWords,
      swappedShare: content === 0 ? 0 : swapped / content,
      projectTableShare: swapped === 0 ? 0 : fromProject / swapped,
      rotatedShare: paraphrased === 0 ? 0 : rotated / paraphrased,
    },
  };
}

/** A passage of an alignment, as the report gives it. */
export interface ScoredMember {
  readonly docId: string;
  readonly start: number;
  readonly end: number;
}

/** What {@link scorePlanted} measures. */
export interface PlantedScores {
  /** Per tier: article pairs sharing a pool paragraph, and how many of them were found. */
  readonly recall: Record<Tier, { readonly pairs: number; readonly found: number }>;
  readonly links: { readonly true: number; readonly false: number; readonly sameGroup: number; readonly sharedRun: number };
  /** The false links, with the kind and similarity of their alignment, for reading. */
  readonly falseLinks: readonly {
    readonly a: ScoredMember;
    readonly b: ScoredMember;
    readonly kind: string;
    readonly similarity: number;
  }[];
  /** The links left out because their source paragraphs share a run of words, for reading. */
  readonly sharedRunLinks: readonly {
    readonly a: ScoredMember;
    readonly b: ScoredMember;
    readonly kind: string;
    readonly similarity: number;
  }[];
  /** Pairs not found: pool paragraph, the two article indices, coverage of each copy. */
  readonly missed: readonly {
    readonly pool: number;
    readonly tier: Tier;
    readonly a: number;
    readonly b: number;
    readonly cover: readonly [number, number];
  }[];
}

/** The runs of {@link RUN_WORDS} words of a text (lower case, letters and digits only). */
export const RUN_WORDS = 5;
export function wordRuns(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + RUN_WORDS <= words.length; i++) out.add(words.slice(i, i + RUN_WORDS).join(' '));
  return out;
}

const overlap = (s: { start: number; end: number }, m: { start: number; end: number }): number =>
  Math.max(0, Math.min(s.end, m.end) - Math.max(s.start, m.start));

/** Length of the union of `spans` clipped to `slot`. */
function covered(slot: { start: number; end: number }, spans: readonly { start: number; end: number }[]): number {
  const clipped = spans
    .map((s) => ({ start: Math.max(s.start, slot.start), end: Math.min(s.end, slot.end) }))
    .filter((s) => s.end > s.start)
    .sort((x, y) => x.start - y.start);
  let total = 0;
  let reach = slot.start;
  for (const s of clipped) {
    const from = Math.max(reach, s.start);
    if (s.end > from) total += s.end - from;
    reach = Math.max(reach, s.end);
  }
  return total;
}

/**
 * Scores alignments against the planted ground truth (see the file's comment for the definitions).
 * @param corpus - the generated corpus
 * @param sources - the source paragraphs it was built from (for their groups)
 * @param alignments - the report's alignments (members only are read)
 * @returns recall per tier, the links by class, examples of false links and the missed pairs
 */
export function scorePlanted(
  corpus: PlantedCorpus,
  sources: readonly SourceParagraph[],
  alignments: readonly { readonly members: readonly ScoredMember[]; readonly kind: string; readonly similarity: number }[],
): PlantedScores {
  const runs = sources.map((p) => wordRuns(p.text));
  const shareRun = (x: number, y: number): boolean => {
    const [small, big] = (runs[x]?.size ?? 0) < (runs[y]?.size ?? 0) ? [runs[x], runs[y]] : [runs[y], runs[x]];
    for (const r of small ?? []) if (big?.has(r) === true) return true;
    return false;
  };
  const index = new Map(corpus.articles.map((a, i) => [a.id, i]));
  const slotOf = (m: ScoredMember): { article: number; slot: number } | undefined => {
    const a = index.get(m.docId);
    if (a === undefined) return undefined;
    let best = -1;
    let most = 0;
    corpus.articles[a]?.slots.forEach((s, i) => {
      const o = overlap(s, m);
      if (o > most) {
        most = o;
        best = i;
      }
    });
    return best < 0 ? undefined : { article: a, slot: best };
  };
  const links = { true: 0, false: 0, sameGroup: 0, sharedRun: 0 };
  const falseLinks: { a: ScoredMember; b: ScoredMember; kind: string; similarity: number }[] = [];
  const sharedRunLinks: { a: ScoredMember; b: ScoredMember; kind: string; similarity: number }[] = [];
  // Members linked to each other per article pair ("a|b" with a < b): the spans on each side.
  const between = new Map<string, { a: ScoredMember; b: ScoredMember }[]>();
  for (const al of alignments) {
    const ms = al.members.map((m) => ({ m, at: slotOf(m) }));
    for (let i = 0; i < ms.length; i++) {
      for (let j = i + 1; j < ms.length; j++) {
        const x = ms[i];
        const y = ms[j];
        if (x === undefined || y === undefined || x.at === undefined || y.at === undefined || x.at.article === y.at.article) continue;
        const [p, q] = x.at.article < y.at.article ? [x, y] : [y, x];
        const key = `${p.at?.article}|${q.at?.article}`;
        between.set(key, [...(between.get(key) ?? []), { a: p.m, b: q.m }]);
        const sp = corpus.articles[p.at?.article ?? -1]?.slots[p.at?.slot ?? -1];
        const sq = corpus.articles[q.at?.article ?? -1]?.slots[q.at?.slot ?? -1];
        if (sp?.pool !== undefined && sp.pool === sq?.pool) links.true++;
        else if (sp !== undefined && sq !== undefined && sources[sp.source]?.group === sources[sq.source]?.group) links.sameGroup++;
        else if (sp !== undefined && sq !== undefined && shareRun(sp.source, sq.source)) {
          links.sharedRun++;
          sharedRunLinks.push({ a: p.m, b: q.m, kind: al.kind, similarity: al.similarity });
        } else {
          links.false++;
          falseLinks.push({ a: p.m, b: q.m, kind: al.kind, similarity: al.similarity });
        }
      }
    }
  }
  const recall: Record<Tier, { pairs: number; found: number }> = {
    verbatim: { pairs: 0, found: 0 },
    edited: { pairs: 0, found: 0 },
    paraphrase: { pairs: 0, found: 0 },
  };
  const missed: { pool: number; tier: Tier; a: number; b: number; cover: [number, number] }[] = [];
  for (const p of corpus.pool) {
    for (let i = 0; i < p.copies.length; i++) {
      for (let j = i + 1; j < p.copies.length; j++) {
        const ci = p.copies[i];
        const cj = p.copies[j];
        if (ci === undefined || cj === undefined) continue;
        const [x, y] = ci.article < cj.article ? [ci, cj] : [cj, ci];
        const sx = corpus.articles[x.article]?.slots[x.slot];
        const sy = corpus.articles[y.article]?.slots[y.slot];
        if (sx === undefined || sy === undefined) continue;
        const ls = (between.get(`${x.article}|${y.article}`) ?? []).filter((l) => overlap(sx, l.a) > 0 && overlap(sy, l.b) > 0);
        const cx = covered(
          sx,
          ls.map((l) => l.a),
        );
        const cy = covered(
          sy,
          ls.map((l) => l.b),
        );
        const cover: [number, number] = [cx / (sx.end - sx.start), cy / (sy.end - sy.start)];
        recall[p.tier].pairs++;
        if (cover[0] >= 0.5 && cover[1] >= 0.5) recall[p.tier].found++;
        else missed.push({ pool: p.id, tier: p.tier, a: x.article, b: y.article, cover });
      }
    }
  }
  return { recall, links, falseLinks, sharedRunLinks, missed };
}
