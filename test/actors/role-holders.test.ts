import { describe, expect, it } from 'vitest';
import { LabelResolver } from '../../src/actors/labels.js';
import type { LabelSpan } from '../../src/actors/types.js';
import type { Corpus } from '../../src/document/model.js';
import { readCorpus } from '../../src/document/read.js';
import { quoteStages } from '../helpers/stages.js';

/** The token span of the last occurrence of `words` (one or more tokens) in the last document. */
function lastSpanOf(corpus: Corpus, words: string): { first: number; last: number } {
  const doc = corpus.docs.at(-1);
  if (doc === undefined) throw new Error('no document');
  const want = words.split(' ');
  for (let i = doc.tokens.count - want.length; i >= 0; i--) {
    if (want.every((w, j) => doc.text.slice(doc.tokens.start[i + j], doc.tokens.end[i + j]) === w))
      return { first: i, last: i + want.length };
  }
  throw new Error(`no tokens ${words}`);
}

type Row = [rule: string, texts: readonly string[], label: string, category: string, expected: string | undefined];

/** The actor the last `word` of the last text resolves to, as a label of `category`, or undefined. */
function resolvedName(texts: readonly string[], word: string, category: string, loaded: boolean): string | undefined {
  const corpus = readCorpus(texts.map((text, i) => ({ id: `d${i}`, text })));
  const resolver = new LabelResolver(
    corpus,
    quoteStages(corpus).actors,
    corpus.docs.map(() => new Set<number>()),
  );
  const label: LabelSpan = { ...lastSpanOf(corpus, word), category, loaded };
  const got = resolver.resolve(corpus.docs.length - 1, label);
  return got === undefined ? undefined : resolver.name(got.actor, got.kind);
}

// Each text is invented; the label is the last occurrence of `label` in the last text, resolved with the
// texts analyzed together (one story).
describe('LabelResolver: role nouns go to the most salient holder of the role, not the nearest name', () => {
  it.each<Row>([
    [
      '"the president" after a sentence about another country\'s president is the president the article is about',
      [
        'President Mara Quill signed the tariff order on Monday. Quill said the order would protect farmers. Quill will travel to Orm next week. On Tuesday, Valdorian President Ostrak Venn called the order unfair. The president defended the order again.',
      ],
      'president',
      'person-label',
      'Mara Quill',
    ],
    [
      '"the president" is not the special counsel named just before it',
      [
        'President Mara Quill met advisers on Friday. Quill spoke about taxes. Special Counsel Tobin Reyes filed new papers. The president declined to comment.',
      ],
      'president',
      'person-label',
      'Mara Quill',
    ],
    [
      '"the American president" is not a president of the 1960s named once in passing',
      [
        'American President Mara Quill arrived in Orm. Quill praised the harbour that President Dale Orwin opened in 1962. Quill met dockworkers. The American president left on Sunday.',
      ],
      'president',
      'person-label',
      'Mara Quill',
    ],
    [
      'a descriptor introduced in the text is an alias later: "Special Counsel Tobin Reyes" … "the special counsel"',
      [
        'President Mara Quill spoke. Special Counsel Tobin Reyes questioned two aides. Reyes asked about the meeting. Later the special counsel asked for more time.',
      ],
      'special counsel',
      'person-label',
      'Tobin Reyes',
    ],
    [
      '"the former president" is the one introduced as a former holder',
      ['Former President Dale Orwin endorsed President Mara Quill. Quill thanked him. The former president spoke for ten minutes.'],
      'president',
      'person-label',
      'Dale Orwin',
    ],
    [
      '"the next president" names no one yet',
      ['President Mara Quill leaves office in May. Quill has not endorsed anyone. The next president will face the same deficit.'],
      'president',
      'person-label',
      undefined,
    ],
    [
      'a role noun without an article names the office, not a holder ("ran for president")',
      ['President Mara Quill spoke. Ostrak Venn ran for president twice.'],
      'president',
      'person-label',
      undefined,
    ],
    [
      'the holder may be introduced in another document of the story',
      ['Rep. Nola Barrow of Orm voted against the bill.', 'Barrow spoke for an hour. Afterwards the congresswoman left the chamber.'],
      'congresswoman',
      'person-label',
      'Nola Barrow',
    ],
    [
      'a party in the label picks the holder of that party',
      [
        'Republican presidential nominee Ostrak Venn and Democratic presidential nominee Mara Quill met. Venn spoke first. Venn spoke again. The Democratic nominee answered him.',
      ],
      'nominee',
      'person-label',
      'Mara Quill',
    ],
    [
      'an appositive before the label names its person ("Ann Lee, a spokeswoman for …")',
      ['Mara Quill spoke. Ann Lee, a spokeswoman for the council, said the vote was delayed.'],
      'spokeswoman',
      'person-label',
      'Ann Lee',
    ],
    [
      'the possessor inside an appositive is not its head ("Ann Lee, the president\'s adviser")',
      ["President Mara Quill spoke. Ann Lee, the president's adviser, said the vote was delayed. Quill agreed."],
      'president',
      'person-label',
      'Mara Quill',
    ],
    [
      '"the vice president" is the vice president, not the president',
      [
        'President Mara Quill and Vice President Ostrak Venn toured Orm. Quill spoke twice. Quill thanked the crowd. Later the vice president left.',
      ],
      'vice president',
      'person-label',
      'Ostrak Venn',
    ],
    [
      'a predicate noun with an article names the subject of its copula',
      ['Mara Quill spoke first. Ann Lee, 43, is the first mayor of Orm to win twice.'],
      'mayor',
      'person-label',
      'Ann Lee',
    ],
    [
      'a predicate noun without an article names the office ("will be president")',
      ['Either Mara Quill or Ostrak Venn will be president.'],
      'president',
      'person-label',
      undefined,
    ],
    [
      '"as" a role names the person just before it',
      ['A poll showed Ostrak Venn as the favored candidate among farmers.'],
      'candidate',
      'person-label',
      'Ostrak Venn',
    ],
    [
      'a noun before the role says whose it is: "the band leader" is no holder of another leadership',
      ['Senate Majority Leader Ostrak Venn spoke. Venn left. At the party the band leader sang.'],
      'leader',
      'person-label',
      undefined,
    ],
    [
      'the office sought is not held: "the Republican nominee for president" is no president',
      [
        'President Mara Quill spoke in Orm. Ostrak Venn, the Republican nominee for president, answered. Venn spoke twice. Venn spoke again. The president replied.',
      ],
      'president',
      'person-label',
      'Mara Quill',
    ],
    [
      'an appositive after a name and its place ("Ann Lee of Orm, the minority leader")',
      ['Mara Quill spoke. Senator Ann Lee of Orm, the minority leader, objected.'],
      'leader',
      'person-label',
      'Ann Lee',
    ],
    [
      "an indefinite label after a state names someone unnamed, not the state's best-known person",
      ['North Korean leader Kim Jong Un met Ann Lee. Kim smiled. Later a top North Korean official held talks.'],
      'official',
      'person-label',
      undefined,
    ],
    [
      'a plural role noun names a group, not one holder',
      ['President Mara Quill met European leaders on Monday.'],
      'leaders',
      'person-label',
      undefined,
    ],
    [
      'a label that modifies a noun names no one ("racist elements")',
      ['Mara Quill condemned racist elements in the movement.'],
      'racist',
      'person-label',
      undefined,
    ],
    [
      'a capitalized label inside a sentence that is no title is a name of its own ("Patriot" the company)',
      ['Ostrak Venn bought two mines from Patriot last year.'],
      'Patriot',
      'person-label',
      undefined,
    ],
    [
      '"As a … boss, <Name>" names the subject after the comma',
      ['Mara Quill spoke on Monday. As a television boss on the show, Ostrak Venn mocked his guests.'],
      'boss',
      'person-label',
      'Ostrak Venn',
    ],
  ])('%s', (_rule, texts, word, category, expected) => {
    expect(resolvedName(texts, word, category, word === 'racist' || word === 'boss' || word === 'Patriot')).toBe(expected);
  });
});

describe('LabelResolver: state labels with "the", "our" or "this"', () => {
  it.each<Row>([
    [
      '"the administration" is the state the document names most outside its sentence',
      ['The United States imposed tariffs. Washington said more would follow. China protested. Later the administration relented.'],
      'administration',
      'state-label',
      'United States',
    ],
    [
      'a state named beside the label is another party',
      ['North Korea tested a rocket. North Korea said it worked. Russia urged the government to stop.'],
      'government',
      'state-label',
      'North Korea',
    ],
    [
      '"a government" names no one',
      ['North Korea tested a rocket. Russia said a government must stop.'],
      'government',
      'state-label',
      undefined,
    ],
    [
      'a state label that modifies a noun names no one ("state law")',
      ['The United States imposed tariffs. Under state law, the fee is due.'],
      'state',
      'state-label',
      undefined,
    ],
  ])('%s', (_rule, texts, word, category, expected) => {
    expect(resolvedName(texts, word, category, false)).toBe(expected);
  });
});
