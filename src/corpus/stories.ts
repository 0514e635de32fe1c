import type { Db } from './db.js';
import type { IndexSettings } from './options.js';
import { CURRENT_STORY_OF } from './schema.js';

/**
 * Each document's story, by document number, kept in memory while the index is open (4 bytes a document:
 * 4 MB at a million) and written to `story_of` only where a batch changed it. A story is numbered by its oldest
 * document, so a story keeps its number as it grows; when a new document joins two stories, the younger
 * story's documents move to the older one.
 * @internal
 */
export class StoryMap {
  private story: Int32Array;
  private size: number;

  private constructor(story: Int32Array, size: number) {
    this.story = story;
    this.size = size;
  }

  /** Loads the current story of every document. */
  static async load(db: Db, documents: number): Promise<StoryMap> {
    const story = new Int32Array(Math.max(1024, documents));
    const [docs = [], stories = []] = await db.columns(`SELECT doc, story FROM ${CURRENT_STORY_OF}`);
    for (let i = 0; i < docs.length; i++) story[Number(docs[i])] = Number(stories[i]);
    return new StoryMap(story, documents);
  }

  /** The story number of a document. */
  of(doc: number): number {
    return this.story[doc] ?? doc;
  }

  /** Documents in the map. */
  get documents(): number {
    return this.size;
  }

  /**
   * Adds the documents `first … first + n - 1` (each its own story at first) and the links of the batch, and
   * writes the story of every document whose story is new or changed.
   *
   * @param db - the index
   * @param batch - the batch's number
   * @param first - the first new document
   * @param n - new documents
   * @param links - pairs of documents in one story (a < b)
   * @returns the stories that gained documents
   */
  async extend(db: Db, batch: number, first: number, n: number, links: readonly (readonly [number, number])[]): Promise<number> {
    if (first + n > this.story.length) {
      const grown = new Int32Array(Math.max(first + n, 2 * this.story.length));
      grown.set(this.story);
      this.story = grown;
    }
    for (let d = first; d < first + n; d++) this.story[d] = d;
    this.size = first + n;
    // Union-find over story numbers touched by the batch; the root of a set is its smallest (oldest) story.
    const parent = new Map<number, number>();
    const find = (s: number): number => {
      let r = s;
      while ((parent.get(r) ?? r) !== r) r = parent.get(r) ?? r;
      parent.set(s, r);
      return r;
    };
    for (const [a, b] of links) {
      const ra = find(this.of(a));
      const rb = find(this.of(b));
      if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
    }
    const changed: number[] = [];
    const grown = new Set<number>();
    const absorbed = [...parent.keys()].some((s) => s < first && find(s) !== s);
    // Only when an old story was absorbed do old documents move: then all documents are looked at (4 bytes each).
    const from = absorbed ? 0 : first;
    for (let d = from; d < first + n; d++) {
      const s = this.story[d] ?? d;
      const r = find(s);
      if (r !== s || d >= first) {
        this.story[d] = r;
        changed.push(d);
        grown.add(r);
      }
    }
    await db.append('story_of', (app) => {
      for (const d of changed) {
        app.appendUInteger(d);
        app.appendUInteger(this.story[d] ?? d);
        app.appendUInteger(batch);
        app.endRow();
      }
    });
    return grown.size;
  }
}

/**
 * The pairs of a batch that put two documents in one story: enough shared seed shingles, absolutely and as a
 * share of the smaller document's.
 *
 * @param db - the index
 * @param s - the index's settings
 * @param batch - the batch
 * @returns the links, a < b
 * @internal
 */
export async function storyLinks(db: Db, s: IndexSettings, batch: number): Promise<[number, number][]> {
  // Summed by pair: one row per pair here, partial counts from several shards in a sharded engine (README.md).
  const [as = [], bs = []] = await db.columns(
    `SELECT p.a, p.b FROM (SELECT a, b, sum(shared) AS shared FROM pairs WHERE batch = ${batch} GROUP BY a, b) p
     JOIN documents x ON x.doc = p.a JOIN documents y ON y.doc = p.b
     WHERE p.shared >= ${s.storyMinSharedSeeds} AND p.shared >= ${s.storyShare} * least(x.seeds, y.seeds)
     ORDER BY p.a, p.b`,
  );
  return as.map((a, i) => [Number(a), Number(bs[i])]);
}
