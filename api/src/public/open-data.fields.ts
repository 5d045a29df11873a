import type { PublicLessonModel } from './models/public-lesson.model.js';

/** The licence every record carries: NLOD-2.0 unless the installation sets OPEN_DATA_LICENCE. */
export interface Licence {
  id: string;
  url: string;
}

/** What a record is built from: the lesson as anyone sees it, where its page is, under which licence. */
export interface OpenDataContext {
  lesson: PublicLessonModel;
  url: string;
  licence: Licence;
}

type Scalar = string | number | null;
type Value = Scalar | string[] | number[] | Array<{ measured_on: string; value: number }>;

/**
 * One field of the open data: its name (a CSV column and a JSON key), its type, what it
 * means (docs/open-data.md lists exactly these; a test keeps them in step) and how it is read.
 * `json` only: too structured for one CSV cell (the CSV has its summary columns instead).
 */
export interface OpenDataField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date' | 'date-time' | 'string[]' | 'integer[]' | 'object[]';
  value: (c: OpenDataContext) => Value;
  jsonOnly?: boolean;
}

const latest = (c: OpenDataContext) => c.lesson.experimentSummary.measurements.at(-1) ?? null;
const hypothesis = (c: OpenDataContext) => c.lesson.experimentSummary.hypothesis;
const card = (c: OpenDataContext) => c.lesson.experimentSummary.learningCard;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * No personal data: no person's name (not even the contact who named themselves on the page:
 * a dataset is copied and kept where a withdrawn consent cannot follow), no e-mail, no ids of
 * people, units or experiments, nothing from the learning log or comments.
 */
export const OPEN_DATA_FIELDS: readonly OpenDataField[] = [
  { name: 'id', type: 'string', value: (c) => c.lesson.id },
  { name: 'url', type: 'string', value: (c) => c.url },
  { name: 'title', type: 'string', value: (c) => c.lesson.title },
  { name: 'summary', type: 'string', value: (c) => c.lesson.summary },
  { name: 'what_worked', type: 'string', value: (c) => c.lesson.whatWorked },
  { name: 'what_did_not', type: 'string', value: (c) => c.lesson.whatDidNot },
  { name: 'advice', type: 'string', value: (c) => c.lesson.advice },
  { name: 'conditions', type: 'string', value: (c) => c.lesson.conditions },
  { name: 'tags', type: 'string[]', value: (c) => c.lesson.tags },
  { name: 'organisation_name', type: 'string', value: (c) => c.lesson.organisation.name },
  { name: 'organisation_kind', type: 'string', value: (c) => c.lesson.organisation.kind },
  { name: 'organisation_number', type: 'string', value: (c) => c.lesson.organisation.organisationNumber },
  { name: 'kommunenummer', type: 'string', value: (c) => c.lesson.organisation.kommunenummer },
  { name: 'kommune', type: 'string', value: (c) => c.lesson.organisation.kommune },
  { name: 'fylkesnummer', type: 'string', value: (c) => c.lesson.organisation.fylkesnummer },
  { name: 'fylke', type: 'string', value: (c) => c.lesson.organisation.fylke },
  { name: 'experiment_state', type: 'string', value: (c) => c.lesson.experimentState },
  { name: 'result', type: 'string', value: (c) => c.lesson.result },
  { name: 'actions', type: 'string[]', value: (c) => c.lesson.actions },
  { name: 'sdgs', type: 'integer[]', value: (c) => c.lesson.sdgs },
  { name: 'theme', type: 'string', value: (c) => c.lesson.theme },
  { name: 'partner_kinds', type: 'string[]', value: (c) => c.lesson.partnerKinds },
  { name: 'hypothesis_change', type: 'string', value: (c) => hypothesis(c)?.change ?? null },
  { name: 'hypothesis_target_group', type: 'string', value: (c) => hypothesis(c)?.targetGroup ?? null },
  { name: 'hypothesis_expected_effect', type: 'string', value: (c) => hypothesis(c)?.expectedEffect ?? null },
  { name: 'metric', type: 'string', value: (c) => hypothesis(c)?.metric ?? null },
  { name: 'baseline', type: 'number', value: (c) => hypothesis(c)?.baseline ?? null },
  { name: 'target', type: 'number', value: (c) => hypothesis(c)?.target ?? null },
  { name: 'by_date', type: 'date', value: (c) => hypothesis(c)?.byDate ?? null },
  {
    name: 'measurements',
    type: 'object[]',
    jsonOnly: true,
    value: (c) =>
      c.lesson.experimentSummary.measurements.map((m) => ({ measured_on: m.measuredOn, value: m.value })),
  },
  {
    name: 'measurement_count',
    type: 'integer',
    value: (c) => c.lesson.experimentSummary.measurements.length,
  },
  { name: 'latest_measurement_on', type: 'date', value: (c) => latest(c)?.measuredOn ?? null },
  { name: 'latest_measurement_value', type: 'number', value: (c) => latest(c)?.value ?? null },
  { name: 'learning_card_believed', type: 'string', value: (c) => card(c)?.believed ?? null },
  { name: 'learning_card_observed', type: 'string', value: (c) => card(c)?.observed ?? null },
  { name: 'learning_card_learned', type: 'string', value: (c) => card(c)?.learned ?? null },
  { name: 'next_step', type: 'string', value: (c) => card(c)?.nextStep ?? null },
  { name: 'started_at', type: 'date-time', value: (c) => iso(c.lesson.experimentSummary.startedAt) },
  { name: 'ended_at', type: 'date-time', value: (c) => iso(c.lesson.experimentSummary.endedAt) },
  { name: 'published_at', type: 'date-time', value: (c) => iso(c.lesson.publishedAt) },
  { name: 'updated_at', type: 'date-time', value: (c) => iso(c.lesson.updatedAt) },
  { name: 'adoption_count', type: 'integer', value: (c) => c.lesson.adoptionCount },
  { name: 'rollup_adoptions', type: 'integer', value: (c) => c.lesson.rollup.adoptions },
  { name: 'rollup_organisations', type: 'integer', value: (c) => c.lesson.rollup.organisations },
  { name: 'rollup_in_progress', type: 'integer', value: (c) => c.lesson.rollup.inProgress },
  { name: 'rollup_supported', type: 'integer', value: (c) => c.lesson.rollup.supported },
  { name: 'rollup_not_supported', type: 'integer', value: (c) => c.lesson.rollup.notSupported },
  { name: 'rollup_inconclusive', type: 'integer', value: (c) => c.lesson.rollup.inconclusive },
  { name: 'rollup_stopped', type: 'integer', value: (c) => c.lesson.rollup.stopped },
  { name: 'rollup_not_shared', type: 'integer', value: (c) => c.lesson.rollup.notShared },
  { name: 'licence', type: 'string', value: (c) => c.licence.id },
  { name: 'licence_url', type: 'string', value: (c) => c.licence.url },
];

export const CSV_FIELDS = OPEN_DATA_FIELDS.filter((f) => !f.jsonOnly);

/** In a CSV cell, a list is its items joined by " | " (JSON has real arrays). */
export const CSV_LIST_SEPARATOR = ' | ';

export function csvValue(f: OpenDataField, c: OpenDataContext): string | number | null {
  const v = f.value(c);
  if (Array.isArray(v)) return v.join(CSV_LIST_SEPARATOR);
  return v;
}

export function jsonRecord(c: OpenDataContext): Record<string, Value> {
  return Object.fromEntries(OPEN_DATA_FIELDS.map((f) => [f.name, f.value(c)]));
}
