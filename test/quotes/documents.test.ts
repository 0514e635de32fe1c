import { describe, expect, expectTypeOf, it } from 'vitest';
import { readCorpus } from '../../src/document/read.js';
import { reportSchema, type SpeakerKind as PublicSpeakerKind } from '../../src/index.js';
import { quoteStages } from '../helpers/stages.js';
import type { Quote, SpeakerKind } from '../../src/quotes/types.js';

const quotesOf = (text: string): Quote[] => quoteStages(readCorpus([{ id: 'd', text }])).quotes;

/** The quote with text `quote` is credited to `name`, of kind `kind`, named by the words `mention`, through the cue word `cue`. */
function expectSpeaker(text: string, quote: string, name: string, kind: SpeakerKind, mention: string, cue: string | undefined): void {
  const q = quotesOf(text).find((x) => x.text === quote);
  expect(q?.speaker?.name).toBe(name);
  expect(q?.speaker?.kind).toBe(kind);
  expect(q?.speaker?.mention?.text).toBe(mention);
  expect(q?.cueMention?.text).toBe(cue);
}

/** The first quote of `text` has no speaker. */
function expectNoSpeaker(text: string): void {
  expect(quotesOf(text)[0]?.speaker ?? null).toBeNull();
}

// Fixture sentences are written for these tests (a made-up port town, its council and its people).
// Issue 15's class "document as source": a quote taken from a report, a memo, an email or a poll is the
// document's, a speaker of kind `document` named without its article; a document a person named in the
// phrase put out is that person's, as "Lind said in a statement" is Lind's.
describe('extractQuotes: a document as the speaker', () => {
  it.each([
    [
      'a cue-form noun after a determiner: the report said',
      '“The pier needs work,” the harbour report said.',
      'The pier needs work,',
      'harbour report',
      'document',
      'the harbour report',
      'said',
    ],
    [
      'a document noun heads the phrase',
      '“Dredging starts in May,” the memo said.',
      'Dredging starts in May,',
      'memo',
      'document',
      'the memo',
      'said',
    ],
    [
      'a cue tagged as a noun after a document',
      '“Staff get two weeks,” the document states.',
      'Staff get two weeks,',
      'document',
      'document',
      'the document',
      'states',
    ],
    [
      'a verb for documents only, after the document',
      '“Vote early,” the email read.',
      'Vote early,',
      'email',
      'document',
      'the email',
      'read',
    ],
    [
      'a verb for documents only, before the document',
      '“Vote early,” read the email.',
      'Vote early,',
      'email',
      'document',
      'the email',
      'read',
    ],
    [
      'a verb for documents only, the document its subject',
      'A harbour survey found that the ferry was “too slow.”',
      'too slow.',
      'harbour survey',
      'document',
      'A harbour survey',
      'found',
    ],
    [
      '"according to" a report',
      'Repairs will cost “far more than planned,” according to a council report.',
      'far more than planned,',
      'council report',
      'document',
      'a council report',
      'according to',
    ],
    [
      'a document from an organization: the document, its author in the mention',
      '“The pier is safe,” a statement from the port authority said.',
      'The pier is safe,',
      'statement',
      'document',
      'a statement from the port authority',
      'said',
    ],
    [
      'a participle and a time between the document and the cue',
      '“Costs will rise,” a report released Tuesday said.',
      'Costs will rise,',
      'report',
      'document',
      'a report released Tuesday',
      'said',
    ],
    [
      'a time’s possessive is no author',
      '“The pier is safe,” Tuesday’s report said.',
      'The pier is safe,',
      'Tuesday’s report',
      'document',
      'Tuesday’s report',
      'said',
    ],
    [
      'a cue tagged as a noun before the quote',
      'The ad claims the ferry is “the safest in the north.”',
      'the safest in the north.',
      'ad',
      'document',
      'The ad',
      'claims',
    ],
    [
      'the author of a document put out: "issued a statement saying"',
      'The port authority issued a statement saying the pier was “safe for now.”',
      'safe for now.',
      'port authority',
      'other',
      'The port authority',
      'saying',
    ],
    [
      'the author of a document put out, the subject of a clause before it',
      'The harbour coalition has fought the plan, recently releasing a report claiming the pier is “unsafe.”',
      'unsafe.',
      'harbour coalition',
      'other',
      'The harbour coalition',
      'claiming',
    ],
    [
      'a document from a person’s office, a verb for documents only before it',
      '“The pier is safe,” reads a statement from council leader Marta Lind’s office.',
      'The pier is safe,',
      'Marta Lind',
      'name',
      'a statement from council leader Marta Lind’s office',
      'reads',
    ],
    [
      'a document before a colon, no verb',
      'The council published its harbour study on Monday. From the report: “Dredging will take three years.”',
      'Dredging will take three years.',
      'report',
      'document',
      'the report',
      undefined,
    ],
    [
      'a person’s document is the person’s',
      '“The pier is safe,” Oskar Berg’s tweet said.',
      'The pier is safe,',
      'Oskar Berg',
      'name',
      'Oskar Berg’s tweet',
      'said',
    ],
    [
      'a document from a person is the person’s',
      '“The pier is safe,” said a letter from Marta Lind.',
      'The pier is safe,',
      'Marta Lind',
      'name',
      'a letter from Marta Lind',
      'said',
    ],
    [
      'a person before the quote keeps it from "according to" a report after it',
      'Oskar Berg said the town “will wait,” according to a council report.',
      'will wait,',
      'Oskar Berg',
      'name',
      'Oskar Berg',
      'said',
    ],
  ] as const)('%s', (_label, text, quote, name, kind, mention, cue) => expectSpeaker(text, quote, name, kind, mention, cue));

  // Guards: these held before the change and must still hold.
  it.each([
    [
      '"In a statement, X said": X speaks',
      'In a statement, Marta Lind said the pier was “safe for now.”',
      'safe for now.',
      'Marta Lind',
      'name',
      'Marta Lind',
      'said',
    ],
    [
      '"X said in a statement": X speaks',
      '“The pier is safe,” Marta Lind said in a statement.',
      'The pier is safe,',
      'Marta Lind',
      'name',
      'Marta Lind',
      'said',
    ],
    [
      '"in an interview" is an occasion, not a document',
      '“The pier is safe,” Marta Lind said in an interview.',
      'The pier is safe,',
      'Marta Lind',
      'name',
      'Marta Lind',
      'said',
    ],
    [
      'a person before "according to" a transcript speaks',
      '“The pier is safe,” Oskar Berg said, according to a transcript.',
      'The pier is safe,',
      'Oskar Berg',
      'name',
      'Oskar Berg',
      'said',
    ],
    [
      'a colon after a verb’s object: the subject speaks',
      'Mayor Oskar Berg had one message: “Build it.”',
      'Build it.',
      'Oskar Berg',
      'name',
      'Mayor Oskar Berg',
      undefined,
    ],
    [
      'an outlet’s "reports" after the quote is its verb',
      '“The pier is safe,” the Harbour Gazette reports.',
      'The pier is safe,',
      'Harbour Gazette',
      'other',
      'the Harbour Gazette',
      'reports',
    ],
    [
      'an outlet’s "reports" before the quote is its verb',
      'The Harbour Gazette reports that the pier is “safe for now.”',
      'safe for now.',
      'Harbour Gazette',
      'other',
      'The Harbour Gazette',
      'reports',
    ],
    ['a capitalized document noun is a name', '“The pier is safe,” Bill said.', 'The pier is safe,', 'Bill', 'other', 'Bill', 'said'],
  ] as const)('%s', (_label, text, quote, name, kind, mention, cue) => expectSpeaker(text, quote, name, kind, mention, cue));

  it.each([
    ['"according to" a translation only credits the outlet', '“The pier is safe,” according to a Harbour Radio translation.'],
    ['"officials report" is a verb, not a document', 'Harbour officials report that the pier is “safe for now.”'],
    ['"the agency reports" is a verb, not a document', '“The pier is safe,” the agency reports.'],
    ['a time is no speaker', '“The pier is safe,” Tuesday said.'],
    ['a document noun that no cue follows', '“The pier is safe,” the report on Tuesday.'],
  ])('%s', (_label, text) => expectNoSpeaker(text));
});

describe('the speaker kind `document` in the public type and the report schema', () => {
  it('is a SpeakerKind of the package', () => {
    expectTypeOf<'document'>().toMatchTypeOf<PublicSpeakerKind>();
  });

  it('is in the JSON Schema of report.quotes[].speaker', () => {
    const defs = (reportSchema as { $defs: { speaker: { properties: { kind: { enum: readonly string[] } } } } }).$defs;
    expect(defs.speaker.properties.kind.enum).toContain('document');
  });
});
