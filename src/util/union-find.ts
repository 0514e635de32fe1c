/**
 * Union-find (disjoint sets) with path compression, shared by the stages that group things into connected
 * parts (alignment clusters, stories, the split of alignments by story).
 * @internal
 */
export class UnionFind {
  private readonly parent: Int32Array;

  /**
   * @param n - how many elements (0 … n − 1), each its own set at first
   * @param rank - per element, its rank: of two roots, the one of lower rank becomes the root of the union
   *   (by default the element's own index), so that the result does not depend on the order of unions
   */
  constructor(
    n: number,
    private readonly rank?: ArrayLike<number>,
  ) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }

  /** The root of `x`'s set (every element on the way is pointed at it). */
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r] ?? r;
    while (this.parent[x] !== r) {
      const next = this.parent[x] ?? r;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }

  /** Joins the sets of `a` and `b`; the root of lower rank stays the root. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const wa = this.rank?.[ra] ?? ra;
    const wb = this.rank?.[rb] ?? rb;
    if (wa < wb || (wa === wb && ra < rb)) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }

  /** Every element's root, by element. */
  roots(): Int32Array {
    return Int32Array.from({ length: this.parent.length }, (_, i) => this.find(i));
  }
}
