import type { ClusterLexicon } from '../lexicon/cluster-words.js';
import { round4 } from './pair.js';
import type { Group } from './renderings.js';
import type { QuoteClusterSpan, QuoteInsertion, QuoteInsertionKind, QuoteOmission, QuoteReordering, QuoteSubstitution } from './types.js';
import { tokSpan, union } from './variant-spans.js';
import type { QuoteView } from './views.js';

/** Words of one rendering at some positions, with the group it stands for. @internal */
export interface Words {
  readonly group: Group;
  readonly view: QuoteView;
  readonly positions: readonly number[];
}

/** A substitution while the renderings are compared: its documents and spans grow. */
interface SubstitutionEntry {
  readonly s: Omit<QuoteSubstitution, 'docIds' | 'spans'>;
  readonly docIds: string[];
  readonly spans: QuoteClusterSpan[];
}

/** The findings of a cluster's renderings, sorted for the report. @internal */
export interface SortedFindings {
  readonly substitutions: QuoteSubstitution[];
  readonly insertions: QuoteInsertion[];
  readonly omissions: QuoteOmission[];
  readonly reorderings: QuoteReordering[];
}

/**
 * What comparing a cluster's renderings finds — substitutions, insertions, omissions, reorderings —
 * each found once however many renderings show it, with the documents that show it.
 * @internal
 */
export class Findings {
  private readonly substitutions = new Map<string, SubstitutionEntry>();
  private readonly insertions = new Map<string, { span: QuoteClusterSpan; kind: QuoteInsertionKind; absentFrom: string[] }>();
  private readonly omissions = new Map<string, { span: QuoteClusterSpan; missingFrom: string[] }>();
  private readonly reorderings: QuoteReordering[] = [];

  /**
   * @param lex - the lexicon (connotations)
   * @param vocab - the corpus vocabulary
   * @param docOrder - document positions by id
   */
  constructor(
    private readonly lex: ClusterLexicon,
    private readonly vocab: { str(id: number): string },
    readonly docOrder: ReadonlyMap<string, number>,
  ) {}

  /**
   * Records that one rendering has other words than another: from the earlier group's words to the later's.
   * @param x - words of one rendering
   * @param y - the words that stand for them in another
   * @param relation - how the words differ
   */
  substitution(x: Words, y: Words, relation: QuoteSubstitution['relation']): void {
    const [w1, w2] = y.group.order < x.group.order ? [y, x] : [x, y];
    const s1 = tokSpan(w1.view, w1.positions);
    const s2 = tokSpan(w2.view, w2.positions);
    const key = `${s1.text.toLowerCase()}\u0000${s2.text.toLowerCase()}`;
    const entry = this.substitutions.get(key);
    const docIds = union(w1.group.docIds, w2.group.docIds, this.docOrder);
    if (entry !== undefined) {
      entry.docIds.splice(0, entry.docIds.length, ...union(entry.docIds, docIds, this.docOrder));
      for (const sp of [s1, s2]) if (!entry.spans.some((x) => x.docId === sp.docId && x.start === sp.start)) entry.spans.push(sp);
      return;
    }
    const c1 = this.connotation(w1);
    const c2 = this.connotation(w2);
    const base: Omit<QuoteSubstitution, 'docIds' | 'spans'> = {
      from: s1.text,
      to: s2.text,
      relation,
      ...(c1 !== undefined && c2 !== undefined ? { connotationShift: round4(c2 - c1) } : {}),
    };
    this.substitutions.set(key, { s: base, docIds, spans: [s1, s2] });
  }

  /** The connotation of a single word, if the lexicon has one. */
  private connotation(w: Words): number | undefined {
    if (w.positions.length !== 1) return undefined;
    return this.lex.connotation.get(this.vocab.str(w.view.keys[w.positions[0] ?? 0] ?? -1));
  }

  /**
   * Records words some renderings have and others lack (an insertion of theirs).
   * @param span - the words
   * @param kind - what they add
   * @param absent - the documents without them
   */
  insertion(span: QuoteClusterSpan, kind: QuoteInsertionKind, absent: readonly string[]): void {
    const key = `${span.docId}:${span.start}:${span.end}`;
    const e = this.insertions.get(key);
    if (e !== undefined) e.absentFrom.splice(0, e.absentFrom.length, ...union(e.absentFrom, absent, this.docOrder));
    else this.insertions.set(key, { span, kind, absentFrom: union([], absent, this.docOrder) });
  }

  /**
   * Records words of the pivot some renderings leave out.
   * @param span - the pivot's words
   * @param missing - the documents without them
   */
  omission(span: QuoteClusterSpan, missing: readonly string[]): void {
    const key = `${span.start}:${span.end}`;
    const e = this.omissions.get(key);
    if (e !== undefined) e.missingFrom.splice(0, e.missingFrom.length, ...union(e.missingFrom, missing, this.docOrder));
    else this.omissions.set(key, { span, missingFrom: union([], missing, this.docOrder) });
  }

  /**
   * Records words a rendering moved.
   * @param r - the pivot's words and the rendering's
   */
  reordering(r: QuoteReordering): void {
    this.reorderings.push(r);
  }

  /** Spans in report order: document, start, end. */
  readonly spanOrder = (a: QuoteClusterSpan, b: QuoteClusterSpan): number =>
    (this.docOrder.get(a.docId) ?? 0) - (this.docOrder.get(b.docId) ?? 0) || a.start - b.start || a.end - b.end;

  /**
   * The findings in report order.
   * @returns each kind sorted by its first span
   */
  sorted(): SortedFindings {
    const spanOrder = this.spanOrder;
    const substitutions: QuoteSubstitution[] = [...this.substitutions.values()]
      .map((e) => ({
        from: e.s.from,
        to: e.s.to,
        docIds: e.docIds,
        relation: e.s.relation,
        ...(e.s.connotationShift !== undefined ? { connotationShift: e.s.connotationShift } : {}),
        spans: [...e.spans].sort(spanOrder),
      }))
      .sort(
        (a, b) =>
          spanOrder(a.spans[0] as QuoteClusterSpan, b.spans[0] as QuoteClusterSpan) ||
          (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0),
      );
    return {
      substitutions,
      insertions: [...this.insertions.values()].sort((a, b) => spanOrder(a.span, b.span)),
      omissions: [...this.omissions.values()].sort((a, b) => spanOrder(a.span, b.span)),
      reorderings: [...this.reorderings].sort((a, b) => spanOrder(a.b, b.b)),
    };
  }
}
