import type { Corpus, DocModel } from '../document/model.js';
import { TokenFlag } from '../document/model.js';
import { GAZETTEER as gazetteer } from '../lexicon/index.js';
import { compileLexicon, matchLexicon, type CompiledLexicon } from '../framing/lexicon.js';
import { foldCached } from '../framing/voice.js';
import type { LexiconEntry } from '../framing/types.js';
import type { Naming } from './types.js';

let stateLexicon: CompiledLexicon | undefined;

/** The gazetteer's state names and aliases as a lexicon, compiled on first use (a table fixed per process). */
function stateLexiconTable(): CompiledLexicon {
  stateLexicon ??= compileLexicon(
    gazetteer.states.flatMap((s) =>
      s.aliases.map((a): LexiconEntry => ({ term: a, category: 'state-label', direction: 'neutral', strength: 0, usualReferent: s.name })),
    ),
  );
  return stateLexicon;
}

/**
 * The states a document names ("North Korea", "Pyongyang", "Russia's"), capitalized, not overlapping,
 * each under the gazetteer's name for it.
 *
 * @param corpus - the corpus (its vocabulary)
 * @param doc - one of its documents
 * @returns namings of kind `state`, in text order
 * @internal
 */
export function stateNamings(corpus: Corpus, doc: DocModel): Naming[] {
  const hits = matchLexicon(doc, corpus.vocab, stateLexiconTable());
  const out: Naming[] = [];
  let until = -1;
  for (const h of hits) {
    if (h.first < until) continue;
    // "US" is a state only in capitals: the pronoun "us" folds to another key, but be safe with lower case.
    const start = doc.tokens.start[h.first] ?? 0;
    const end = doc.tokens.end[h.last - 1] ?? 0;
    if (((doc.tokens.flags[h.first] ?? 0) & TokenFlag.Capitalized) === 0) continue;
    until = h.last;
    out.push({
      actor: h.term.entry.usualReferent ?? h.term.entry.term,
      kind: 'state',
      first: h.first,
      last: h.last,
      start,
      end,
      form: foldCached(doc.text.slice(start, end)).replace(/['’]s$/, ''),
      loaded: false,
    });
  }
  return out;
}

/**
 * Records "<State demonym> [title words] <Full Name>": the person belongs to that state.
 *
 * @param doc - the document
 * @param person - the person's actor name
 * @param first - the name's first token
 * @param states - the document's state namings
 * @param into - person → state → count, added to
 * @internal
 */
export function noteStateOf(
  doc: DocModel,
  person: string,
  first: number,
  states: readonly Naming[],
  into: Map<string, Map<string, number>>,
): void {
  for (const s of states) {
    if (s.last > first || first - s.last > 4) continue;
    if (doc.tokens.sentence[s.first] !== doc.tokens.sentence[first]) continue;
    const m = into.get(person) ?? new Map<string, number>();
    m.set(s.actor, (m.get(s.actor) ?? 0) + 1);
    into.set(person, m);
  }
}
