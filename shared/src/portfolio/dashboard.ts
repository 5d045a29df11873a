import { INNOVATION_ACTIONS, type InnovationAction } from '../innovation/tags.js';

/**
 * The dashboards' figures (issue 9, PRODUCT.md "Portfolio") are read from aggregate tables kept
 * in the change's transaction (migrations/src/1796300000000-create-portfolio-aggregates.ts):
 * each cell counts one measure for one (organisation, unit, quarter, action set, theme, result).
 * A measure is counted on its own day: an idea when it was submitted, an experiment when it
 * started, ended, and so on, so a period shows what happened in it.
 */
export const PortfolioMeasure = {
  /** An idea submitted (any state but draft), on the day it was submitted. */
  IDEA_SUBMITTED: 'IDEA_SUBMITTED',
  /** An idea approved, on the day of the decision. */
  IDEA_APPROVED: 'IDEA_APPROVED',
  /** An idea decided (approved, declined or parked); `detail` is the days from submission. */
  IDEA_DECIDED: 'IDEA_DECIDED',
  /** An experiment, on the day it was created: the base of the spread; carries hours and NOK. */
  EXPERIMENT: 'EXPERIMENT',
  /** An experiment with an acceptable loss written down, on the day it was created; hours and NOK. */
  EXPERIMENT_WITH_LOSS: 'EXPERIMENT_WITH_LOSS',
  /** An experiment's goal; `detail` is the SDG (1–17), on the day it was created. */
  EXPERIMENT_SDG: 'EXPERIMENT_SDG',
  /** An experiment with at least one partner of a kind; `detail` is the kind. */
  EXPERIMENT_PARTNER: 'EXPERIMENT_PARTNER',
  /** An experiment adopted from another organisation's lesson, on the day it was created. */
  FROM_ELSEWHERE: 'FROM_ELSEWHERE',
  /** An experiment started, on the day it started. */
  STARTED: 'STARTED',
  /** An employee-affecting experiment started. */
  AFFECTS_EMPLOYEES: 'AFFECTS_EMPLOYEES',
  /** An employee-affecting experiment started with the union involved on or before the start. */
  UNION_BEFORE_START: 'UNION_BEFORE_START',
  /** An experiment concluded or stopped, on the day it ended; `result` is its result or STOPPED. */
  ENDED: 'ENDED',
  /** An ended experiment that ran; `detail` is the days from start to end. */
  RUN_DAYS: 'RUN_DAYS',
  /** An ended experiment with a learning card and a published lesson, on the day it ended. */
  LEARNED: 'LEARNED',
  /** An experiment's lesson published, on the day it was published. */
  LESSON: 'LESSON',
  /** A published lesson adopted at least once elsewhere, on the day it was published. */
  ADOPTED_ELSEWHERE: 'ADOPTED_ELSEWHERE',
} as const;
export type PortfolioMeasure = (typeof PortfolioMeasure)[keyof typeof PortfolioMeasure];
export const PORTFOLIO_MEASURES = Object.values(PortfolioMeasure);

/**
 * Measures of the cells for lessons shared to a network or to the public (the network and the
 * national view): the lesson on the day it was published, its goals and partner kinds, whether
 * it was adopted, and how many adoptions its tree has.
 */
export const SharedLessonMeasure = {
  LESSON: 'LESSON',
  LESSON_SDG: 'LESSON_SDG',
  LESSON_PARTNER: 'LESSON_PARTNER',
  ADOPTED: 'ADOPTED',
  ADOPTIONS: 'ADOPTIONS',
} as const;
export type SharedLessonMeasure = (typeof SharedLessonMeasure)[keyof typeof SharedLessonMeasure];

/** The result column of a cell: an experiment's result, STOPPED for a stopped one, '' for none. */
export const PORTFOLIO_RESULTS = ['SUPPORTED', 'NOT_SUPPORTED', 'INCONCLUSIVE', 'STOPPED'] as const;
export type PortfolioResult = (typeof PORTFOLIO_RESULTS)[number];

/** Bit of an action in a cell's `action_mask`: the order of the five actions (bit 0 = DARE). */
export function actionBit(action: InnovationAction): number {
  const i = INNOVATION_ACTIONS.indexOf(action);
  if (i < 0) throw new RangeError(`unknown action ${String(action)}`);
  return 1 << i;
}

/** The mask of a set of actions, as the aggregate tables store it. */
export function actionMask(actions: readonly InnovationAction[]): number {
  return actions.reduce((mask, a) => mask | actionBit(a), 0);
}

/** The actions of a mask, in the order of the five actions. */
export function actionsOfMask(mask: number): InnovationAction[] {
  return INNOVATION_ACTIONS.filter((a) => (mask & actionBit(a)) !== 0);
}

/** A quarter as the dashboards name it: `2026-Q3`. */
export type QuarterKey = `${number}-Q${1 | 2 | 3 | 4}`;

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isQuarterKey(value: string): value is QuarterKey {
  return QUARTER.test(value);
}

/** The first day of a quarter, `YYYY-MM-DD`, as the cells' `quarter` column holds it. */
export function quarterStart(key: QuarterKey): string {
  const [, year, q] = QUARTER.exec(key)!;
  const month = (Number(q) - 1) * 3 + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** The quarter of a calendar date `YYYY-MM-DD`. */
export function quarterOf(date: string): QuarterKey {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return `${year}-Q${(Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4}`;
}

/**
 * The median of values given as a histogram (value → how many), exact: the middle value, or the
 * mean of the two middle ones for an even count. `null` for no values.
 */
export function medianOfHistogram(histogram: ReadonlyArray<{ value: number; n: number }>): number | null {
  const bins = histogram.filter((b) => b.n > 0).sort((a, b) => a.value - b.value);
  const total = bins.reduce((s, b) => s + b.n, 0);
  if (total === 0) return null;
  const at = (position: number): number => {
    let seen = 0;
    for (const b of bins) {
      seen += b.n;
      if (seen >= position) return b.value;
    }
    return bins[bins.length - 1]!.value;
  };
  const lower = at(Math.floor((total + 1) / 2));
  const upper = at(Math.ceil((total + 1) / 2));
  return (lower + upper) / 2;
}
