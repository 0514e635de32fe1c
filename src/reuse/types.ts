import type { Alignment, AlignmentMember } from '../align/types.js';

/** What a common passage is: a reporting formula, a short stock phrase, or a recurring background sentence. */
export type CommonPassageKind = 'reporting-formula' | 'stock-phrase' | 'background';

/** A shared passage as the report lists it: inside one story. */
export interface StoryAlignment extends Alignment {
  /** Id of the story all its members' documents are in (`report.stories[].id`). */
  readonly storyId: string;
}

/**
 * Text that documents share without it being reuse within one story: a passage found in documents of different
 * stories (a stock phrase, a recurring background sentence), or a reporting formula ("did not immediately
 * respond to a request for comment"), wherever it stands. Every copy is listed, so nothing the alignment stage
 * found is lost.
 */
export interface CommonPassage {
  /** Stable id (`cp1`, `cp2`, … in report order). */
  readonly id: string;
  /** A reporting formula (from the shipped list), a short stock phrase (under 15 words), or a background sentence. */
  readonly kind: CommonPassageKind;
  /** Ids of the stories its documents are in, in the order of `report.stories`. */
  readonly storyIds: readonly string[];
  /** The lowest similarity among its copies as the alignment stage scored them, in [0, 1]. */
  readonly similarity: number;
  /**
   * Every document's copy, in document order; as in an alignment, a member whose text an earlier member has
   * exactly gives that member's index (`sameTextAs`) instead.
   */
  readonly members: readonly AlignmentMember[];
}
