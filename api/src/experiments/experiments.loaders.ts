import DataLoader from 'dataloader';
import { toDate, type LoaderKit } from '../core/graphql/loader-kit.js';
import type { Actor } from '../core/auth/actor.js';
import { DomainError } from '../core/errors/domain-error.js';
import { ExperimentEntity } from './experiment.entity.js';
import { ExperimentsPolicy, type ExperimentFacts } from './experiments.policy.js';
import {
  ExperimentMemberEntity,
  MeasurementEntity,
  PartnerEntity,
  UnionInvolvementEntity,
} from './experiment-parts.entity.js';

/** The facts ExperimentsPolicy needs, read through the request's loaders (one batch per kind). */
export async function loadExperimentFacts(
  loaders: Pick<ReturnType<typeof createExperimentLoaders>, 'teamByExperiment' | 'unionByExperiment'> & {
    unitChain: DataLoader<string, string[]>;
  },
  e: Pick<ExperimentEntity, 'id' | 'organisationId' | 'state' | 'ownerId' | 'unitId' | 'affectsEmployees'>,
): Promise<ExperimentFacts> {
  // Involvement matters only before an employee-affecting start: no query for the rest.
  const [team, chain, union] = await Promise.all([
    loaders.teamByExperiment.load(e.id),
    loaders.unitChain.load(e.unitId),
    ExperimentsPolicy.needsUnionFact(e) ? loaders.unionByExperiment.load(e.id) : [],
  ]);
  return {
    organisationId: e.organisationId,
    state: e.state,
    ownerId: e.ownerId,
    teamIds: team.map((t) => t.personId),
    unitChain: chain,
    affectsEmployees: e.affectsEmployees,
    unionInvolved: union.length > 0,
  };
}

/**
 * The experiment a part belongs to (partner, measurement, union involvement, log entry), for a
 * mutation's answer to carry the experiment it changed: read through the request's loader (its
 * transaction, so the new part and its timeline event are there, and its RLS scope) and the
 * policy's visibility rule, as the `experiment` query reads it.
 */
export async function loadVisibleExperiment(
  loaders: Pick<ReturnType<typeof createExperimentLoaders>, 'experiment'>,
  actor: Actor,
  id: string,
): Promise<ExperimentEntity> {
  const e = await loaders.experiment.load(id);
  if (!e || !ExperimentsPolicy.canSee(actor, e)) throw DomainError.notFound('The experiment');
  return e;
}

export function createExperimentLoaders(kit: LoaderKit) {
  return {
    experiment: kit.byId(ExperimentEntity),
    teamByExperiment: kit.groupBy(ExperimentMemberEntity, 'experimentId', { createdAt: 'ASC' }),
    partnersByExperiment: kit.groupBy(PartnerEntity, 'experimentId', { createdAt: 'ASC' }),
    unionByExperiment: kit.groupBy(UnionInvolvementEntity, 'experimentId', { occurredOn: 'ASC' }),
    measurementsByExperiment: kit.groupBy(MeasurementEntity, 'experimentId', { measuredOn: 'ASC' }),
    partnerCount: kit.countBy('experiment_partners', 'experiment_id'),
    /** Count of learning-log entries and the date of the latest, per experiment. */
    entryStats: new DataLoader<string, { count: number; last: string | null }>(async (ids) => {
      const rows: Array<{ k: string; n: string; last: string | null }> = await kit.run((m) =>
        m.query(
          `SELECT experiment_id AS k, count(*) AS n, max(entry_date)::text AS last FROM learning_entries WHERE experiment_id = ANY($1::uuid[]) GROUP BY experiment_id`,
          [ids],
        ),
      );
      const map = new Map(rows.map((r) => [r.k, { count: Number(r.n), last: r.last }]));
      return ids.map((id) => map.get(id) ?? { count: 0, last: null });
    }),
  };
}

/** The row shape of `row_to_json(experiments)`, and its one mapper to the entity. */
export interface ExperimentRow {
  id: string;
  organisation_id: string;
  unit_id: string;
  idea_id: string | null;
  source_lesson_id?: string | null;
  title: string;
  summary: string;
  owner_id: string;
  state: ExperimentEntity['state'];
  version: number;
  change: string;
  target_group: string;
  expected_effect: string;
  metric: string;
  baseline: number | null;
  target: number | null;
  by_date: string | null;
  acceptable_loss: string;
  hours: number | null;
  nok: number | null;
  affects_employees: boolean;
  actions: ExperimentEntity['actions'];
  sdgs: number[];
  theme: ExperimentEntity['theme'];
  started_at: string | null;
  ended_at: string | null;
  result: ExperimentEntity['result'];
  stop_reason: string | null;
  card_believed: string | null;
  card_observed: string | null;
  card_learned: string | null;
  card_next_step: ExperimentEntity['cardNextStep'];
  created_at: string;
  updated_at: string;
}

export const experimentFromRow = (r: ExperimentRow): ExperimentEntity => ({
  id: r.id,
  organisationId: r.organisation_id,
  unitId: r.unit_id,
  ideaId: r.idea_id,
  sourceLessonId: r.source_lesson_id ?? null,
  title: r.title,
  summary: r.summary,
  ownerId: r.owner_id,
  state: r.state,
  version: r.version,
  change: r.change,
  targetGroup: r.target_group,
  expectedEffect: r.expected_effect,
  metric: r.metric,
  baseline: r.baseline,
  target: r.target,
  byDate: r.by_date,
  acceptableLoss: r.acceptable_loss,
  hours: r.hours == null ? null : Number(r.hours),
  nok: r.nok == null ? null : Number(r.nok),
  affectsEmployees: r.affects_employees,
  actions: r.actions,
  sdgs: r.sdgs,
  theme: r.theme,
  startedAt: toDate(r.started_at),
  endedAt: toDate(r.ended_at),
  result: r.result,
  stopReason: r.stop_reason,
  cardBelieved: r.card_believed,
  cardObserved: r.card_observed,
  cardLearned: r.card_learned,
  cardNextStep: r.card_next_step,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

export interface MemberRow {
  experiment_id: string;
  person_id: string;
  organisation_id: string;
  created_at: string;
}

export const memberFromRow = (r: MemberRow): ExperimentMemberEntity => ({
  experimentId: r.experiment_id,
  personId: r.person_id,
  organisationId: r.organisation_id,
  createdAt: new Date(r.created_at),
});

export interface PartnerRow {
  id: string;
  organisation_id: string;
  experiment_id: string;
  kind: PartnerEntity['kind'];
  name: string;
  role: string;
  partner_organisation_id: string | null;
  created_at: string;
}

export const partnerFromRow = (r: PartnerRow): PartnerEntity => ({
  id: r.id,
  organisationId: r.organisation_id,
  experimentId: r.experiment_id,
  kind: r.kind,
  name: r.name,
  role: r.role,
  partnerOrganisationId: r.partner_organisation_id,
  createdAt: new Date(r.created_at),
});

export interface UnionInvolvementRow {
  id: string;
  organisation_id: string;
  experiment_id: string;
  occurred_on: string;
  who: string;
  what_was_said: string;
  recorded_by_id: string;
  created_at: string;
}

export const unionFromRow = (r: UnionInvolvementRow): UnionInvolvementEntity => ({
  id: r.id,
  organisationId: r.organisation_id,
  experimentId: r.experiment_id,
  occurredOn: r.occurred_on,
  who: r.who,
  whatWasSaid: r.what_was_said,
  recordedById: r.recorded_by_id,
  createdAt: new Date(r.created_at),
});

export interface MeasurementRow {
  id: string;
  organisation_id: string;
  experiment_id: string;
  measured_on: string;
  value: number;
  note: string;
  recorded_by_id: string;
  created_at: string;
}

export const measurementFromRow = (r: MeasurementRow): MeasurementEntity => ({
  id: r.id,
  organisationId: r.organisation_id,
  experimentId: r.experiment_id,
  measuredOn: r.measured_on,
  value: r.value,
  note: r.note,
  recordedById: r.recorded_by_id,
  createdAt: new Date(r.created_at),
});
