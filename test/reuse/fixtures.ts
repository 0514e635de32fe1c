// Made-up articles about two unrelated events in one made-up town, written for these tests: they share a
// background sentence about the town, a reporting formula and a mayor's catchphrase, and within each event
// the outlets share passages and quotes of their own.
import type { ArticleInput } from '../../src/types.js';

const TOWN =
  'Tervik, a fishing town of about twelve thousand people on the northern coast, has been run by a coalition of three parties since the last election.';
const CATCHPHRASE = '"We will not let this town be divided by fear or by rumours," Mayor Lena Holm said.';

/** Two stories: the pier (pier-1, pier-2) and the teachers' strike (strike-1, strike-2). */
export const REUSE_ARTICLES: readonly ArticleInput[] = [
  {
    id: 'pier-1',
    text: [
      'The harbour council of Tervik voted on Monday to close the old northern pier for repairs until the end of spring, after divers found cracks in three of its wooden pillars.',
      `${TOWN}`,
      '"The pier has carried our boats for a century and it deserves a proper repair, not another patch," Mayor Lena Holm said.',
      CATCHPHRASE,
      'The port authority did not immediately respond to a request for comment.',
    ].join('\n\n'),
  },
  {
    id: 'pier-2',
    text: [
      'Fishermen in Tervik will have to moor at the southern quay for months after the harbour council voted on Monday to close the old northern pier for repairs until the end of spring.',
      '"The pier has carried our boats for a century and it deserves a proper repair," Mayor Lena Holm told the council.',
      'Divers found cracks in three of its wooden pillars last week, according to an engineering report seen by this newspaper.',
      'The port authority did not immediately respond to a request for comment.',
    ].join('\n\n'),
  },
  {
    id: 'strike-1',
    text: [
      'Teachers at the two secondary schools of Tervik walked out on Thursday in a dispute over overtime pay that the regional education office has refused to settle since the autumn.',
      `${TOWN}`,
      CATCHPHRASE,
      '"Nobody enters a classroom on Friday until the office puts an offer on the table," said Jonas Berg, who leads the teachers\' union.',
      'The regional education office did not immediately respond to a request for comment.',
    ].join('\n\n'),
  },
  {
    id: 'strike-2',
    text: [
      'Classes were cancelled across Tervik on Thursday as teachers at both secondary schools walked out over overtime pay owed since the autumn.',
      '"Nobody enters a classroom on Friday until the office puts an offer on the table," union leader Jonas Berg told a rally outside the town hall.',
      'Parents were told to keep their children at home until further notice, the schools said in a letter.',
    ].join('\n\n'),
  },
];

/** The stories of {@link REUSE_ARTICLES}, as a caller would give them. */
export const REUSE_STORIES: Readonly<Record<string, string>> = {
  'pier-1': 'pier',
  'pier-2': 'pier',
  'strike-1': 'strike',
  'strike-2': 'strike',
};
