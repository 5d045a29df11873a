import type {
  ExperimentResult,
  ExperimentState,
  InnovationAction,
  OrganisationKind,
  PartnerKind,
  Theme,
} from '@laerekraft/shared';

/**
 * What is public, written once for every public read (GraphQL, the HTML heads, open data).
 * Row-level security with no tenant shows exactly these rows on its own (see the spec); the
 * filter is the application's wall, so a signed-in caller's tenant cannot widen the set.
 */
export const PUBLIC_LESSON = `l.state = 'PUBLISHED' AND l.reach = 'PUBLIC'`;

/**
 * The columns a public read takes: never the unit, the experiment, the writer, the contact's
 * person id, the networks or the withdrawal reason. The organisation's registry facts come
 * with it (organisations carry no tenant column and are readable by the app role).
 */
export const PUBLIC_LESSON_COLUMNS = `
  l.id, l.title, l.summary, l.what_worked, l.what_did_not, l.advice, l.conditions, l.tags,
  l.experiment_state, l.result, l.actions, l.sdgs, l.theme, l.partner_kinds, l.contact_name,
  l.adoption_count, l.experiment_summary, l.published_at, l.updated_at,
  to_char(l.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS published_key,
  o.name AS organisation_name, o.kind AS organisation_kind, o.organisation_number,
  o.kommunenummer, o.fylkesnummer`;

export const PUBLIC_LESSON_FROM = `lessons l JOIN organisations o ON o.id = l.organisation_id`;

export interface PublicLessonRow {
  id: string;
  title: string;
  summary: string;
  what_worked: string;
  what_did_not: string;
  advice: string;
  conditions: string;
  tags: string[];
  experiment_state: ExperimentState;
  result: ExperimentResult | null;
  actions: InnovationAction[];
  sdgs: number[];
  theme: Theme | null;
  partner_kinds: PartnerKind[];
  contact_name: string | null;
  adoption_count: number;
  experiment_summary: unknown;
  published_at: Date;
  /** published_at to the microsecond, for keyset cursors (a Date keeps milliseconds only). */
  published_key: string;
  updated_at: Date;
  organisation_name: string;
  organisation_kind: OrganisationKind;
  organisation_number: string;
  kommunenummer: string | null;
  fylkesnummer: string | null;
}
