/**
 * Positions of documents in order of id (code-unit order; ids are unique). Stages whose result would
 * otherwise follow the order they meet documents in read them in this order instead, so that the same
 * documents give the same result whatever order they are given in.
 *
 * @param docs - the documents, in input order
 * @returns input positions, by id
 * @internal
 */
export function idOrder(docs: readonly { readonly id: string }[]): number[] {
  return docs
    .map((_, i) => i)
    .sort((x, y) => {
      const a = docs[x]?.id ?? '';
      const b = docs[y]?.id ?? '';
      return a < b ? -1 : a > b ? 1 : 0;
    });
}
