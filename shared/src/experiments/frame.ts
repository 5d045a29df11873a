import { Limits, type Check } from '../core/validation.js';
import { checkTags, REFLECTION_PROMPT_IDS } from '../innovation/tags.js';
import { LearningEntryKind } from './experiment-state.js';

/** We believe that <change> for <targetGroup> will give <expectedEffect>; we know we are right when <metric> reaches <target> (from <baseline>) by <byDate>. */
export interface Hypothesis {
  change: string;
  targetGroup: string;
  expectedEffect: string;
  metric: string;
  baseline: number | null;
  target: number | null;
  byDate: string | null;
}

/** An experiment's frame as a whole: what the API stores and the form edits. */
export interface ExperimentFrame {
  title: string;
  summary: string;
  hypothesis: Hypothesis;
  acceptableLoss: string;
  hours: number | null;
  nok: number | null;
  affectsEmployees: boolean;
  actions: readonly string[];
  sdgs: readonly number[];
  theme: string | null;
}

/**
 * The rules of a frame, on the whole frame (for an update: the stored one with the change
 * applied), so a rule between fields holds whichever of them changed.
 */
export function checkFrame(check: Check, f: ExperimentFrame): Check {
  const h = f.hypothesis;
  check
    .required('title', f.title, Limits.TITLE_MAX)
    .text('summary', f.summary, Limits.TEXT_MAX)
    .text('hypothesis.change', h.change, Limits.TEXT_MAX)
    .text('hypothesis.targetGroup', h.targetGroup, Limits.TEXT_MAX)
    .text('hypothesis.expectedEffect', h.expectedEffect, Limits.TEXT_MAX)
    .text('hypothesis.metric', h.metric, Limits.SHORT_TEXT_MAX)
    .metricValue('hypothesis.baseline', h.baseline)
    .metricValue('hypothesis.target', h.target)
    // A baseline or target of nothing in particular says nothing: they are values of the metric.
    .rule(
      'hypothesis.metric',
      (h.baseline == null && h.target == null) || h.metric.trim() !== '',
      'metricNeeded',
    )
    .date('hypothesis.byDate', h.byDate)
    .text('acceptableLoss', f.acceptableLoss, Limits.TEXT_MAX)
    .rule(
      'hours',
      f.hours == null || (Number.isFinite(f.hours) && f.hours >= 0 && f.hours <= Limits.HOURS_MAX),
      'outOfRange',
      { min: 0, max: Limits.HOURS_MAX },
    )
    .rule(
      'nok',
      f.nok == null || (Number.isInteger(f.nok) && f.nok >= 0 && f.nok <= Limits.NOK_MAX),
      'outOfRange',
      { min: 0, max: Limits.NOK_MAX },
    );
  return checkTags(check, f);
}

/** We believed / we observed / we learned / therefore we will: all three texts are needed to end an experiment. */
export interface LearningCard {
  believed: string;
  observed: string;
  learned: string;
  nextStep: string | null;
}

export function checkLearningCard(check: Check, card: Partial<LearningCard> | null | undefined): Check {
  return check
    .required('learningCard.believed', card?.believed, Limits.TEXT_MAX)
    .required('learningCard.observed', card?.observed, Limits.TEXT_MAX)
    .required('learningCard.learned', card?.learned, Limits.TEXT_MAX)
    .rule('learningCard.nextStep', !!card?.nextStep, 'required');
}

/** An entry of the learning log. */
export interface LearningEntryFields {
  kind: string | null;
  text: string;
  promptId: string | null;
}

export function checkLearningEntry(check: Check, entry: LearningEntryFields): Check {
  return check
    .rule('kind', !!entry.kind, 'required')
    .rule(
      'kind',
      !entry.kind || (Object.values(LearningEntryKind) as string[]).includes(entry.kind),
      'unknownKind',
    )
    .required('text', entry.text, Limits.LOG_ENTRY_MAX)
    .rule('promptId', !entry.promptId || REFLECTION_PROMPT_IDS.has(entry.promptId), 'unknownPrompt');
}

/** A reading of the metric. `value` is null when nothing was written. */
export interface MeasurementFields {
  measuredOn?: string | null;
  value?: number | null;
  note?: string | null;
}

/**
 * A reading: dated when it was taken (not ahead, the learning log's rule; not before
 * MEASURED_FROM_YEAR, not the experiment's start: no other dated part is bound to it, and a
 * reading taken before the start is what a baseline is) and a value within the range of a
 * metric, so the overview and the portfolio read sense.
 */
export function checkMeasurement(check: Check, m: MeasurementFields): Check {
  return check
    .date('measuredOn', m.measuredOn, true)
    .notInFuture('measuredOn', m.measuredOn)
    .notBeforeYear('measuredOn', m.measuredOn, Limits.MEASURED_FROM_YEAR)
    .rule('value', m.value != null, 'required')
    .metricValue('value', m.value)
    .text('note', m.note, Limits.SHORT_TEXT_MAX);
}

export interface UnionInvolvementFields {
  occurredOn: string | null | undefined;
  who: string | null | undefined;
  whatWasSaid: string | null | undefined;
}

/** An involvement of union representatives: when (not ahead: it records what happened), who, what was said. */
export function checkUnionInvolvement(check: Check, u: UnionInvolvementFields): Check {
  return check
    .date('occurredOn', u.occurredOn, true)
    .notInFuture('occurredOn', u.occurredOn)
    .required('who', u.who, Limits.SHORT_TEXT_MAX)
    .required('whatWasSaid', u.whatWasSaid, Limits.TEXT_MAX);
}
