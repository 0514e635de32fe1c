// Loaded language read in context (issue 17): fixed expressions read whole, names and titles of laws never
// evaluative, literal senses of ambiguous entries, the sentiment fallback, and quoted speech. Every sentence
// here is written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { NarrativeDiffError } from '../../src/errors.js';
import { validateLexicon } from '../../src/framing/lexicon.js';
import { FRAMING_LEXICON } from '../../src/lexicon/index.js';
import type { FramingDocument, FramingOptions, LexiconEntry } from '../../src/index.js';

/** The framing of one written text. */
async function framingOf(text: string, framing: FramingOptions = {}): Promise<FramingDocument> {
  const report = await analyze([{ id: 'a', text }], { framing });
  const d = report.framing.documents[0];
  if (d === undefined) throw new Error('no framing');
  return d;
}

/** What a reader would see flagged in a text: loaded labels, loaded cue verbs and loaded markers, as written. */
async function flagged(text: string, framing: FramingOptions = {}): Promise<string[]> {
  const d = await framingOf(text, framing);
  return [
    ...d.labels.filter((l) => l.loaded).map((l) => l.text),
    ...d.cueVerbs.verbs.filter((v) => v.loaded).map((v) => v.text),
    ...[...d.hedges, ...d.intensifiers].filter((m) => m.loaded).map((m) => m.text),
  ].map((t) => t.toLowerCase());
}

describe('fixed expressions and idioms are read whole before any of their words counts', () => {
  it.each<[string, string, boolean]>([
    ['The vote went ahead in spite of the storm.', 'spite', false],
    ['He blocked the bill out of spite.', 'spite', true],
    ['Best regards from the committee.', 'best', false],
    ['Analysts fear a war on the peninsula.', 'war on', false],
    ['Analysts fear war on the peninsula.', 'war on', false],
    ['The mayor promised a war on drugs.', 'war on', true],
    ['The family sued over an invasion of privacy.', 'invasion', false],
    ['Aides revised the talking points before the hearing.', 'talking points', false],
    ['His answer was just talking points.', 'talking points', true],
    ['Observers asked for free and fair elections.', 'fair', false],
    ['The referee was fair.', 'fair', false],
    ['The talks were supposed to end on Friday.', 'supposed', false],
    ['He cited the supposed threat once more.', 'supposed', true],
  ])('%s → "%s" loaded: %s', async (text, word, loaded) => {
    expect((await flagged(text)).some((t) => t.includes(word))).toBe(loaded);
  });

  it('a fixed expression of the user hides a loaded word inside it', async () => {
    const lexicon: LexiconEntry[] = [
      { term: 'storm', category: 'evaluative', direction: 'negative', strength: 0.6 },
      { term: 'storm drain', category: 'fixed-expression', direction: 'neutral', strength: 0 },
    ];
    expect(await flagged('Crews cleared the storm drain.', { lexicon })).toEqual([]);
    expect(await flagged('A storm of protest followed.', { lexicon })).toEqual(['storm']);
  });

  it('a fixed expression is not reported as a label', async () => {
    const d = await framingOf('The vote went ahead in spite of the storm.');
    expect(d.labels.map((l) => l.text)).toEqual([]);
  });
});

describe('proper names, party names and titles of laws are never evaluative', () => {
  const lexicon: LexiconEntry[] = [
    { term: 'democratic', category: 'evaluative', direction: 'positive', strength: 0.5 },
    { term: 'freedom', category: 'evaluative', direction: 'positive', strength: 0.5 },
    { term: 'radical', category: 'evaluative', direction: 'negative', strength: 0.6 },
  ];
  it.each<[string, string, boolean]>([
    ['The Democratic leader met donors on Friday.', 'democratic', false],
    ['Members of the Freedom Caucus met on Friday.', 'freedom', false],
    ['Senators renewed the Patriot Act on Friday.', 'patriot', false],
    ['Patriot Act supporters gathered outside.', 'patriot', false],
    ['She wrote the piece for Vanity Fair last year.', 'fair', false],
    ['He reviewed the novel "Radical Hearts" for the paper.', 'radical', false],
    ['He said "Radical ideas win elections" to the crowd.', 'radical', true],
    ['He called himself a patriot.', 'patriot', true],
    ['They praised the democratic process.', 'democratic', true],
    ['Observers call the country the Hermit Kingdom.', 'hermit kingdom', true],
    ['He kept calling her Crooked Hillary at rallies.', 'crooked', true],
    ['Radical voices dominated the meeting.', 'radical', true],
    ['Voters Reject Radical Plan In Close Race', 'radical', true],
  ])('%s → "%s" loaded: %s', async (text, word, loaded) => {
    expect((await flagged(text, { lexicon })).some((t) => t.includes(word))).toBe(loaded);
  });

  it('a term written capitalized in the lexicon counts wherever it stands', async () => {
    const own: LexiconEntry[] = [{ term: 'Blackshirts', category: 'group-label', direction: 'negative', strength: 0.8 }];
    expect(await flagged('Critics compared the guards to the Blackshirts.', { lexicon: own })).toEqual(['blackshirts']);
  });
});

describe('literal senses are told apart from figurative ones where the entry gives context words', () => {
  it.each<[string, string, boolean]>([
    ['Police found an explosive device near the station.', 'explosive', false],
    ['She made explosive remarks about the budget.', 'explosive', true],
    ['The army began a military offensive.', 'offensive', false],
    ['Many found the joke offensive.', 'offensive', true],
    ['Congress debated entitlement programs.', 'entitlement', false],
    ['Critics saw a sense of entitlement in his answer.', 'entitlement', true],
    ['The partisan debate dragged on.', 'partisan', false],
    ['The judge seemed partisan.', 'partisan', true],
    ['The bill failed to pass the Senate.', 'failed', false],
    ['They revived the failed policies.', 'failed', true],
    ['Extreme weather closed the roads.', 'extreme', false],
    ['Critics called the plan extreme.', 'extreme', true],
    ['Elite troops landed at dawn.', 'elite', false],
    ['She blamed the elite for the crisis.', 'elite', true],
    ['The college admitted more students this year.', 'admit', false],
    ['Venn admitted that the figures were wrong.', 'admit', true],
    ['The rebels claimed responsibility for the blast.', 'claim', false],
    ['The party claimed victory on Sunday night.', 'claim', false],
    ['The board fired its chief executive.', 'fire', false],
    ['She fired off an angry letter.', 'fire', true],
    ['The senator shook his head.', 'shook', false],
    ['The campaign blasted out a dozen releases.', 'blasted', false],
    ['The campaign blasted the ruling.', 'blasted', true],
    ['Police linked the shooting to gang activity.', 'gang', false],
  ])('%s → "%s" loaded: %s', async (text, word, loaded) => {
    expect((await flagged(text)).some((t) => t.includes(word))).toBe(loaded);
  });

  it('every shipped entry passes the checks a user entry gets (context words included)', () => {
    expect(() => validateLexicon('lexicon', FRAMING_LEXICON.entries)).not.toThrow();
    expect(FRAMING_LEXICON.entries.filter((e) => e.context !== undefined).length).toBeGreaterThan(10);
  });

  it.each<[string, LexiconEntry['context'], string, string[]]>([
    ['literalAfter', { literalAfter: ['heart'] }, 'He survived a heart attack.', []],
    ['literalAfter, elsewhere', { literalAfter: ['heart'] }, 'The ad was a vicious attack.', ['attack']],
    ['loadedBefore', { loadedBefore: ['ad', 'ads'] }, 'The campaign ran an attack ad.', ['attack']],
    ['loadedBefore, elsewhere', { loadedBefore: ['ad', 'ads'] }, 'Troops repelled the attack.', []],
    ['loadedAfter', { loadedAfter: ['personal'] }, 'It was a personal attack.', ['attack']],
  ])('a user entry with %s', async (_, context, text, expected) => {
    const lexicon: LexiconEntry[] = [
      { term: 'attack', category: 'evaluative', direction: 'negative', strength: 0.5, pos: 'NOUN', context },
    ];
    expect(await flagged(text, { lexicon, replaceLexicon: true })).toEqual(expected);
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', 'device', /lexicon\[0\]\.context must be an object \{ literalBefore\?.*found string/],
    ['an unknown field', { before: ['device'] }, /lexicon\[0\]\.context may hold only literalBefore, .*found "before"/],
    ['not a list', { literalBefore: 'device' }, /lexicon\[0\]\.context\.literalBefore must be an array of single words, found string/],
    [
      'a phrase in the list',
      { literalAfter: ['armed forces'] },
      /context\.literalAfter must be an array of single words, found \["armed forces"\]/,
    ],
  ])('a context that is %s is refused with INVALID_OPTION', async (_, context, message) => {
    const lexicon = [
      { term: 'explosive', category: 'evaluative', direction: 'negative', strength: 0.5, context },
    ] as unknown as LexiconEntry[];
    const err = await analyze([{ id: 'a', text: 'x' }], { framing: { lexicon } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NarrativeDiffError);
    expect((err as NarrativeDiffError).code).toBe('INVALID_OPTION');
    expect((err as Error).message).toMatch(message);
  });
});

describe('the sentiment fallback is off unless asked for', () => {
  it.each<[string, FramingOptions, string[]]>([
    ['off by default', {}, []],
    ['on with a threshold', { sentimentWordThreshold: 0.6 }, ['glorious']],
  ])('%s', async (_, options, expected) => {
    expect(await flagged('Officials described the harvest as glorious.', options)).toEqual(expected);
  });

  it('even when on, a word of a name is no sentiment word ("the Democratic leader")', async () => {
    const d = await framingOf('The Democratic leader praised the glorious harvest.', { sentimentWordThreshold: 0.3 });
    expect(d.labels.filter((l) => l.source === 'sentiment').map((l) => l.text)).toEqual(['glorious']);
  });

  it('even when on, the words of a fixed expression are not read alone', async () => {
    const d = await framingOf('Best regards from the committee.', { sentimentWordThreshold: 0.3 });
    expect(d.labels.filter((l) => l.source === 'sentiment')).toEqual([]);
  });
});

describe('quoted speech (emphasis and speech verbs are the speaker’s own) and degree adverbs', () => {
  it.each<[string, string, boolean]>([
    ['"It is really rare," the doctor said.', 'really', false],
    ['The outcome was really bad, the report found.', 'really', true],
    ['The outcome was really rare, the report found.', 'really', false],
    ['The crowd was extremely large.', 'extremely', false],
    ['The plan is deeply flawed.', 'deeply', true],
    ['The rebuttal was clearly aimed at the mayor.', 'clearly', true],
    ['Venn called the plan "utterly reckless" on Monday.', 'utterly', true],
    ['"I am not ashamed to admit it," Venn said.', 'admit', false],
    ['Venn admitted that the plan had failed.', 'admit', true],
    ['The driver was badly injured in the crash.', 'badly', false],
    ['Such delays are increasingly common.', 'increasingly', false],
    ['The plan is absolutely wrong.', 'absolutely', true],
  ])('%s → "%s" loaded: %s', async (text, word, loaded) => {
    expect((await flagged(text)).some((t) => t.includes(word))).toBe(loaded);
  });
});
