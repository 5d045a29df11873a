import { toDate } from '../core/graphql/loader-kit.js';
import type { LessonEntity } from './lesson.entity.js';

/** The row shape of `row_to_json(lessons)`, and its one mapper to the entity. */
export interface LessonRow {
  id: string;
  organisation_id: string;
  unit_id: string;
  experiment_id: string;
  state: LessonEntity['state'];
  reach: LessonEntity['reach'];
  network_ids: string[];
  version: number;
  title: string;
  summary: string;
  what_worked: string;
  what_did_not: string;
  advice: string;
  conditions: string;
  tags: string[];
  contact_person_id: string | null;
  contact_name: string | null;
  experiment_state: LessonEntity['experimentState'];
  result: LessonEntity['result'];
  actions: LessonEntity['actions'];
  sdgs: number[];
  theme: LessonEntity['theme'];
  partner_kinds: LessonEntity['partnerKinds'];
  experiment_summary: Record<string, unknown>;
  adoption_count: number;
  created_by_id: string;
  published_at: string | null;
  withdrawn_at: string | null;
  withdrawn_reason: string | null;
  created_at: string;
  updated_at: string;
}

export const lessonFromRow = (r: LessonRow): LessonEntity => ({
  id: r.id,
  organisationId: r.organisation_id,
  unitId: r.unit_id,
  experimentId: r.experiment_id,
  state: r.state,
  reach: r.reach,
  networkIds: r.network_ids,
  version: r.version,
  title: r.title,
  summary: r.summary,
  whatWorked: r.what_worked,
  whatDidNot: r.what_did_not,
  advice: r.advice,
  conditions: r.conditions,
  tags: r.tags,
  contactPersonId: r.contact_person_id,
  contactName: r.contact_name,
  experimentState: r.experiment_state,
  result: r.result,
  actions: r.actions,
  sdgs: r.sdgs,
  theme: r.theme,
  partnerKinds: r.partner_kinds,
  experimentSummary: r.experiment_summary,
  adoptionCount: r.adoption_count,
  createdById: r.created_by_id,
  publishedAt: toDate(r.published_at),
  withdrawnAt: toDate(r.withdrawn_at),
  withdrawnReason: r.withdrawn_reason,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});
