import { Limits, type Check } from '../core/validation.js';
import { SDGS } from '../innovation/tags.js';

/** How the ideas list can be ordered; every order is keyset-paginated on its own key. */
export const IdeaSort = { NEWEST: 'NEWEST', OLDEST: 'OLDEST', MOST_BACKED: 'MOST_BACKED' } as const;
export type IdeaSort = (typeof IdeaSort)[keyof typeof IdeaSort];
export const IDEA_SORTS = Object.values(IdeaSort);

/** How the experiments list can be ordered. */
export const ExperimentSort = { NEWEST: 'NEWEST', OLDEST: 'OLDEST' } as const;
export type ExperimentSort = (typeof ExperimentSort)[keyof typeof ExperimentSort];
export const EXPERIMENT_SORTS = Object.values(ExperimentSort);

/** The free-form parts of a list filter (the enums are checked by their types). */
export interface ListFilterText {
  sdg?: number | null;
  title?: string | null;
}

/**
 * A list filter's goal and title: a goal is one of 1–17, a title filter at most as long as a
 * title. Used by the API (VALIDATION_FAILED) and by the web when it reads filters from the address.
 */
export function checkListFilter(check: Check, f: ListFilterText): Check {
  if (f.sdg != null)
    check.rule('filter.sdg', SDGS.includes(f.sdg), 'outOfRange', { min: 1, max: SDGS.length });
  if (f.title != null)
    check.rule('filter.title', f.title.trim().length <= Limits.TITLE_MAX, 'tooLong', {
      max: Limits.TITLE_MAX,
    });
  return check;
}

/** A running experiment is quiet when its learning log has had no entry for this many days (the portfolio). */
export const QUIET_DAYS = 30;
