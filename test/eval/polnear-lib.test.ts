// The PolNeAR evaluation's own reading of brat files, quote marks and speakers (test/eval/polnear-lib.ts), on
// texts written here: the figures of `npm run eval -- polnear` are only as honest as these definitions.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Quote, Speaker } from '../../src/quotes/types.js';
import { classify, doubled, loadSplit, pronounSourced, quotedStrings, speakerRight, type GoldQuote, type Span } from './polnear-lib.js';

const words = (text: string, spans: readonly Span[]): string[] => spans.map((s) => text.slice(s.start, s.end));
const at = (text: string, part: string, from = 0): Span => {
  const start = text.indexOf(part, from);
  if (start === -1) throw new Error(`"${part}" not in the text`);
  return { start, end: start + part.length };
};

describe('quotedStrings', () => {
  it.each([
    ['curly marks', 'The mayor said “we will rebuild” on Friday.', ['we will rebuild']],
    ['straight marks', 'He called it "a disgrace" and "a farce."', ['a disgrace', 'a farce.']],
    ['doubled apostrophes', "''We are done,'' the senator said.", ['We are done,']],
    [
      'an unclosed quote runs to the end of its line',
      '“First paragraph of a long quote\n“Second one.”',
      ['First paragraph of a long quote', 'Second one.'],
    ],
    ['no letters inside', 'Scores of "12" and "–"', []],
    ['an apostrophe alone is no mark', "Don't say it's over.", []],
  ])('%s', (_name, text, expected) => {
    expect(words(text, quotedStrings(text))).toEqual(expected);
  });

  it("knows a doubled apostrophe's quote", () => {
    const text = "''Enough,'' she said.";
    const [q] = quotedStrings(text);
    expect(q !== undefined && doubled(q, text)).toBe(true);
  });
});

describe('loadSplit', () => {
  const root = mkdtempSync(join(tmpdir(), 'polnear-lib-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads every annotator file of an article and joins their gold quotes', () => {
    const text = 'Ms. Reyes said, “The bridge opens in May.” The council was “pleased,” its chair wrote.\n';
    mkdirSync(join(root, 'text'), { recursive: true });
    mkdirSync(join(root, 'attributions'), { recursive: true });
    writeFileSync(join(root, 'text', 'wire_2016-01-01_bridge.txt'), text);
    const span = (id: string, label: string, s: Span): string => `${id}\t${label} ${s.start} ${s.end}\t${text.slice(s.start, s.end)}`;
    const a = [
      span('T1', 'Source', at(text, 'Ms. Reyes')),
      span('T2', 'Cue', at(text, 'said')),
      span('T3', 'Content', at(text, 'The bridge opens in May.')),
      'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
    ];
    const b = [
      span('T1', 'Source', at(text, 'its chair')),
      span('T2', 'Cue', at(text, 'wrote')),
      span('T3', 'Content', at(text, 'The council was “pleased,”')),
      'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
    ];
    writeFileSync(join(root, 'attributions', 'wire_2016-01-01_bridge_aaaa.ann'), a.join('\n'));
    writeFileSync(join(root, 'attributions', 'wire_2016-01-01_bridge_bbbb.ann'), b.join('\n'));
    const [art] = loadSplit(`${root}/`);
    expect(art?.annotators).toBe(2);
    expect(art?.outlet).toBe('wire');
    const gold = art?.gold ?? [];
    expect(words(text, gold)).toEqual(['The bridge opens in May.', 'pleased,']);
    expect(gold.map((g) => words(text, g.sources))).toEqual([['Ms. Reyes'], ['its chair']]);
    expect(gold.map((g) => words(text, g.cues))).toEqual([['said'], ['wrote']]);
  });
});

/** A predicted quote with what the judgement reads. */
function quote(span: Span, speaker: Speaker | null, cueMention?: Span & { text: string }): Quote {
  return { ...span, text: '', id: 'q1', docId: 'd', speaker, cueMention, isSpeech: true, partial: false, insertions: [] };
}
const mention = (text: string, part: string): Span & { text: string } => ({ ...at(text, part), text: part });

describe('speakerRight and pronounSourced', () => {
  const text = '“We will win,” said Senator Ana Ortiz. She smiled.';
  const g: GoldQuote = { ...at(text, 'We will win,'), sources: [at(text, 'Senator Ana Ortiz')], cues: [at(text, 'said')] };

  it.each([
    ['the mention on the source', { name: 'Ana Ortiz', mention: mention(text, 'Ana Ortiz'), kind: 'name' } as Speaker, 'mention'],
    ['the name elsewhere, a shared name word', { name: 'Ana Ortiz', mention: mention(text, 'She'), kind: 'pronoun' } as Speaker, 'name'],
    ['another person', { name: 'Luis Vega', kind: 'name' } as Speaker, null],
    ['no speaker', null, null],
  ])('%s', (_name, speaker, expected) => {
    expect(speakerRight(quote(g, speaker), g, text)).toBe(expected);
  });

  it.each([
    ['a first name of another person', 'Bill Clinton', 'Hillary Clinton', false],
    ['the same person with a title', 'Sen. Ana Ortiz (D-Ore.)', 'Ana Ortiz', true],
    ['a place inside the descriptor', 'Rabbi Marvin Hier, the founder of a center in Los Angeles,', 'Los Angeles', false],
    ['a possessor', "Mr. Trump's campaign chairman, Paul Manafort,", 'Donald Trump', false],
    ['a possessor alone', "Mr. Comey's", 'James Comey', true],
  ])('judges a name against a source span: %s', (_name, source, name, expected) => {
    const t = `“Yes,” said ${source}. He left.`;
    const gs: GoldQuote = { ...at(t, 'Yes,'), sources: [at(t, source)], cues: [] };
    expect(speakerRight(quote(gs, { name, mention: mention(t, 'He'), kind: 'pronoun' }), gs, t) !== null).toBe(expected);
  });

  // A document speaker ("the report") has no capitalized name word to share with a Source span: it is
  // judged right by its mention, on the annotated span (speakerOf's mention is the whole phrase, its
  // author's "from …" or "released …" tail with it).
  it.each([
    ['a document on the annotated span', 'the report', 'report', 'mention'],
    ['a document with its author, on the span', 'the report from the port', 'report', 'mention'],
    ['another document, elsewhere', 'The memo', 'memo', null],
  ] as const)('judges a document speaker by its mention: %s', (_name, said, name, expected) => {
    const t = '“Costs will rise,” the report from the port warned. The memo agreed.';
    const gs: GoldQuote = { ...at(t, 'Costs will rise,'), sources: [at(t, 'the report from the port')], cues: [at(t, 'warned')] };
    expect(speakerRight(quote(gs, { name, mention: mention(t, said), kind: 'document' }), gs, t)).toBe(expected);
  });

  it('counts a quote whose every source is a bare pronoun apart', () => {
    const t = '“Soon,” she said. “Later,” said the mayor.';
    expect(pronounSourced({ ...at(t, 'Soon,'), sources: [at(t, 'she')], cues: [] }, t)).toBe(true);
    expect(pronounSourced({ ...at(t, 'Later,'), sources: [at(t, 'the mayor')], cues: [] }, t)).toBe(false);
    expect(pronounSourced({ ...at(t, 'Later,'), sources: [], cues: [] }, t)).toBe(false);
  });
});

describe('classify', () => {
  // Each row: a text, the gold quote, its source and cue, and what the library said (speaker, cue).
  const rows: [string, string, string, string, string, Speaker | null, string?][] = [
    ['document as source', '“Costs will rise,” the report warned.', 'Costs will rise,', 'the report', 'warned', null],
    [
      'pronoun resolved wrong',
      'Mr. Diaz met Ms. Lee. “It is done,” he said.',
      'It is done,',
      'Mr. Diaz',
      'said',
      { name: 'Ms. Lee', kind: 'pronoun', mention: undefined },
    ],
    [
      'non-person speaker',
      'Mr. Diaz spoke Tuesday. “Enough,” Tuesday said.',
      'Enough,',
      'Mr. Diaz',
      'spoke',
      { name: 'Tuesday', kind: 'other' },
    ],
    ['speaker in previous sentence/paragraph', 'Mr. Diaz spoke at length.\n“We stay.”', 'We stay.', 'Mr. Diaz', 'spoke', null],
    ['cue verb not in lexicon', '“Never again,” Ms. Lee zinged.', 'Never again,', 'Ms. Lee', 'zinged', null],
    ['cue verb in Title Case only', 'Ms. Lee Said “No Deal”', 'No Deal', 'Ms. Lee', 'Said', null],
    ['punctuation/words after the quote', '“Why now?” Ms. Lee said.', 'Why now?', 'Ms. Lee', 'said', null],
    ['subject not parsed', 'A spokesman for the firm said “no comment.”', 'no comment.', 'A spokesman for the firm', 'said', null],
  ];
  it.each(rows)('%s', (expected, text, content, source, cue, speaker) => {
    const g: GoldQuote = { ...at(text, content), sources: [at(text, source)], cues: [at(text, cue)] };
    expect(classify(g, quote(g, speaker), text)).toBe(expected);
  });

  it('names a quote the library did not find', () => {
    const text = '“Gone,” Ms. Lee said.';
    const g: GoldQuote = { ...at(text, 'Gone,'), sources: [at(text, 'Ms. Lee')], cues: [at(text, 'said')] };
    expect(classify(g, undefined, text)).toBe('quote not found');
  });

  it('names a wrong cue when the library attributed through another cue', () => {
    const text = 'Ms. Lee, who said little, replied “fine.”';
    const g: GoldQuote = { ...at(text, 'fine.'), sources: [at(text, 'Ms. Lee')], cues: [at(text, 'replied')] };
    const q = quote(g, { name: 'Ms. Lee', kind: 'name' }, mention(text, 'said'));
    expect(classify(g, q, text)).toBe('wrong cue chosen');
  });
});
