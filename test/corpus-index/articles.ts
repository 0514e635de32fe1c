// Short articles written for these tests: two events (a ferry route reopening, a rate rise), with wire copy
// carried by several outlets, so that stories and shared passages are known in advance.
import type { ArticleInput } from '../../src/types.js';

const FERRY =
  'The harbour authority in Tervik reopened the northern ferry route on Tuesday after three days of storms kept every vessel in port. ' +
  'Officials said the crossing to Aldsberg would run on a reduced timetable until the weekend, with extra sailings for freight.';
const RATES =
  'The central bank of Norland raised its main interest rate by half a point on Thursday, citing stubborn inflation in housing and energy. ' +
  'Governor Ilse Marken told reporters the board was ready to act again if prices kept climbing through the winter months.';

/** Five articles: three carry the ferry wire copy, two the rates wire copy. */
export const ARTICLES: readonly ArticleInput[] = [
  {
    id: 'ferry-wire',
    text: `${FERRY}\n\nLocal fishermen welcomed the news but warned that the harbour wall still needed repairs.`,
    publishedAt: '2026-11-03',
  },
  {
    id: 'ferry-daily',
    text: `Ferries are back.\n\n${FERRY}\n\nThe storm flooded two streets near the old fish market.`,
    publishedAt: '2026-11-03',
  },
  {
    id: 'rates-wire',
    text: `${RATES}\n\nMortgage lenders said they would pass the rise on to customers within a fortnight.`,
    publishedAt: '2026-11-05',
  },
  {
    id: 'rates-weekly',
    text: `Another rise.\n\n${RATES}\n\nSavers may finally see better returns, analysts at two banks wrote.`,
    publishedAt: '2026-11-06',
  },
];

/** A later article that carries the ferry wire copy too. */
export const LATE_FERRY: ArticleInput = {
  id: 'ferry-late',
  text: `Weekend update.\n\n${FERRY}\n\nTicket prices stay the same, the operator said in a short note.`,
  publishedAt: '2026-12-02',
};
