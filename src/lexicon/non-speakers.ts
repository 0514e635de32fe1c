import data from './data/non-speakers.json' with { type: 'json' };

/** Words (lower case) that head a noun phrase naming a time ("Tuesday", "last week", "July 20"): no speaker. @internal */
export const TIME_WORDS: ReadonlySet<string> = new Set(data.timeWords);

/** Words (lower case) that stand with a time word in a time phrase ("last", "the", "on"). @internal */
export const TIME_MODIFIERS: ReadonlySet<string> = new Set(data.timeModifiers);

/** Words (lower case) that head a phrase naming a manner of speaking ("a low voice"): no speaker. @internal */
export const MANNER_WORDS: ReadonlySet<string> = new Set(data.mannerWords);

/** Words (lower case) that head a phrase naming an occasion to speak ("two interviews", "a rally"): no speaker. @internal */
export const OCCASION_WORDS: ReadonlySet<string> = new Set(data.occasionWords);
