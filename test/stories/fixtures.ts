// Short made-up articles for the stories tests: three invented events, each told by two or three outlets in
// their own words, and one article about nothing the others tell.
import type { ArticleInput } from '../../src/types.js';

/** The event each fixture article tells, by article id. */
export const EVENT_OF: Readonly<Record<string, string>> = {
  'bridge-wire': 'bridge',
  'bridge-daily': 'bridge',
  'bridge-radio': 'bridge',
  'bank-wire': 'bank',
  'bank-herald': 'bank',
  'final-sport': 'final',
  'final-daily': 'final',
  'orchid-show': 'orchids',
};

/** Eight articles: a bridge collapse, a rate decision, a cup final, an orchid show. */
export const ARTICLES: readonly ArticleInput[] = [
  {
    id: 'bridge-wire',
    text:
      'ORLAVIK — The old Tessel river bridge in Orlavik collapsed early on Tuesday, sending two lorries into the water. ' +
      'Mayor Ilsa Brandt said divers had rescued both drivers. "The bridge was inspected in March," Brandt told reporters.\n\n' +
      'Engineers blamed corroded steel cables and the spring flood on the Tessel.',
  },
  {
    id: 'bridge-daily',
    text:
      'Two lorry drivers were pulled alive from the Tessel after the Orlavik bridge gave way on Tuesday morning. ' +
      'Ilsa Brandt, the mayor, promised a new crossing and an inquiry into the corroded cables.\n\n' +
      'Divers worked for an hour in the flood water before reaching the cabs.',
  },
  {
    id: 'bridge-radio',
    text:
      'Orlavik mayor Ilsa Brandt has ordered an inquiry after the Tessel bridge collapse. ' +
      'Both lorry drivers survived, rescued by divers from the flooded river, and engineers point to rusted cables.',
  },
  {
    id: 'bank-wire',
    text:
      'The Central Bank of Veldania raised its main interest rate by half a point to 6 percent on Thursday, citing inflation. ' +
      'Governor Petra Lindqvist said prices of fuel and bread were still climbing.\n\n' +
      'Mortgage lenders in Veldania are expected to follow the rate rise within days.',
  },
  {
    id: 'bank-herald',
    text:
      'Borrowers in Veldania face dearer mortgages after governor Petra Lindqvist and the central bank lifted the interest rate to 6 percent. ' +
      'Lindqvist blamed stubborn inflation in fuel and bread prices for the rise.',
  },
  {
    id: 'final-sport',
    text:
      'Kestrel Rovers won the Harbour Cup final 3-1 against Dunmore Athletic on Saturday, with two goals from striker Tomas Vell. ' +
      'Coach Ada Marsh called the victory the best night of her career.',
  },
  {
    id: 'final-daily',
    text:
      'Tomas Vell scored twice as Kestrel Rovers beat Dunmore Athletic in the Harbour Cup final. ' +
      'Rovers coach Ada Marsh praised the striker and the supporters who travelled to the stadium.',
  },
  {
    id: 'orchid-show',
    text:
      'A blue orchid bred by a retired teacher in Plessy took the top prize at the spring flower show. ' +
      'Judges praised the petals, and the grower said the plant had taken eleven years to perfect.',
  },
];
