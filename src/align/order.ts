import type { Corpus } from '../document/model.js';
import { idOrder } from '../util/id-order.js';
import type { Alignment, AlignmentMember, DiffOp } from './types.js';

/**
 * The corpus with its documents in order of id. The alignment stage reads documents in this order,
 * not in input order, so that which seeds chain, which side a gap's LCS prefers and which side of a
 * pair is scored and diffed as A depend on the documents and not on the order they were given in.
 * @internal
 */
export function inIdOrder(corpus: Corpus): Corpus {
  return { docs: idOrder(corpus.docs).map((i) => corpus.docs[i]!), vocab: corpus.vocab };
}

/** A diff read the other way round: inserts and deletes swapped, deletes again before inserts in each run of changes. */
export function turnDiff(diff: readonly DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  let deletes: DiffOp[] = [];
  let inserts: DiffOp[] = [];
  const flush = (): void => {
    out.push(...deletes, ...inserts);
    deletes = [];
    inserts = [];
  };
  for (const d of diff) {
    if (d.op === 'equal') {
      flush();
      out.push({ op: 'equal', text: d.text });
    } else if (d.op === 'insert') deletes.push({ op: 'delete', text: d.text });
    else inserts.push({ op: 'insert', text: d.text });
  }
  flush();
  return out;
}

/**
 * Alignments found in id order, put back in input order: members in document order (then text order),
 * each pair from the earlier member to the later (its diff turned where that swaps the sides), the
 * alignments ordered by their first member and numbered `p1`, `p2`, … again.
 * @internal
 */
export function inInputOrder(corpus: Corpus, alignments: readonly Alignment[]): Alignment[] {
  const position = new Map(corpus.docs.map((d) => [d.id, d.index]));
  const before = (x: AlignmentMember, y: AlignmentMember): number =>
    (position.get(x.docId) ?? 0) - (position.get(y.docId) ?? 0) || x.start - y.start || x.end - y.end;
  const out = alignments.map((al) => {
    const order = al.members.map((m, i) => ({ m, i })).sort((x, y) => before(x.m, y.m));
    const at = new Int32Array(order.length);
    order.forEach((o, j) => (at[o.i] = j));
    const pairs = al.pairs
      .map((p) => {
        const a = at[p.a] ?? 0;
        const b = at[p.b] ?? 0;
        return a < b ? { ...p, a, b } : { ...p, a: b, b: a, diff: turnDiff(p.diff) };
      })
      .sort((x, y) => x.a - y.a || x.b - y.b);
    return { ...al, members: order.map((o) => o.m), pairs };
  });
  out.sort((x, y) => {
    const mx = x.members[0];
    const my = y.members[0];
    return mx === undefined || my === undefined ? 0 : before(mx, my);
  });
  return out.map((al, i) => ({ ...al, id: `p${i + 1}` }));
}
