import type { EntityManager } from 'typeorm';
import {
  ExperimentResult,
  ExperimentState,
  InnovationAction,
  LessonReach,
  LessonState,
  MembershipStatus,
  PartnerKind,
  Role,
  Theme,
} from '@laerekraft/shared';
import { Actor } from '../../../core/auth/actor.js';
import { ExperimentEntity } from '../../../experiments/experiment.entity.js';
import { ExperimentMemberEntity, MeasurementEntity } from '../../../experiments/experiment-parts.entity.js';
import { NetworkEntity } from '../../../networks/network.entity.js';
import { NetworkMembershipEntity } from '../../../networks/network-membership.entity.js';
import { addPerson } from '../../../testing/fixtures.js';
import { LessonEntity } from '../../lesson.entity.js';

/** A network run by the first organisation, every organisation given a MEMBER. */
export async function makeNetwork(m: EntityManager, orgIds: string[], coordinatorId: string) {
  const n = await m.save(
    NetworkEntity,
    m.create(NetworkEntity, { organisationId: orgIds[0], name: `Nettverk ${Date.now()}`, coordinatorId }),
  );
  await m.insert(
    NetworkMembershipEntity,
    orgIds.map((organisationId) => ({ networkId: n.id, organisationId, status: MembershipStatus.MEMBER })),
  );
  return n;
}

/** A reader (kommunedirektør) in the organisation. */
export async function addReader(m: EntityManager, organisationId: string): Promise<Actor> {
  const p = await addPerson(m, organisationId, [Role.READER]);
  return new Actor(p.id, organisationId, [{ role: Role.READER, unitId: null }]);
}

/** What the lessons feature freezes into `experiment_summary` at publication. */
export const SUMMARY = {
  hypothesis: {
    change: 'Digitalt tilsyn om natten',
    targetGroup: 'Hjemmeboende eldre',
    expectedEffect: 'Færre unødvendige besøk',
    metric: 'Nattlige besøk per uke',
    baseline: 40,
    target: 25,
    byDate: '2026-06-01',
  },
  acceptableLoss: 'To måneders prøvetid',
  hours: 120,
  nok: 50000,
  affectsEmployees: true,
  result: ExperimentResult.SUPPORTED,
  measurements: [
    { measuredOn: '2026-03-01', value: 33 },
    { measuredOn: '2026-05-01', value: 24 },
  ],
  partners: [{ kind: PartnerKind.ACADEMIA }],
};

/**
 * A finished experiment in `unitId` (owned by `ownerId`) and its lesson, as the lessons feature
 * would leave them: written straight to the tables (fixtures, behind row-level security's back).
 */
export async function finishedWithLesson(
  m: EntityManager,
  o: { organisationId: string; unitId: string; ownerId: string },
  opts: {
    reach?: LessonReach;
    networkIds?: string[];
    state?: LessonState;
    result?: ExperimentResult | null;
    experiment?: ExperimentEntity;
    summary?: Record<string, unknown>;
    title?: string;
  } = {},
): Promise<{ experiment: ExperimentEntity; lesson: LessonEntity }> {
  const result = opts.result === undefined ? ExperimentResult.SUPPORTED : opts.result;
  let experiment = opts.experiment;
  if (!experiment) {
    experiment = await m.save(
      ExperimentEntity,
      m.create(ExperimentEntity, {
        organisationId: o.organisationId,
        unitId: o.unitId,
        title: 'Nattilsyn med sensor',
        ownerId: o.ownerId,
        state: result ? ExperimentState.CONCLUDED : ExperimentState.STOPPED,
        result,
        change: SUMMARY.hypothesis.change,
        metric: SUMMARY.hypothesis.metric,
        baseline: 40,
        target: 25,
      }),
    );
    await m.insert(ExperimentMemberEntity, {
      experimentId: experiment.id,
      personId: o.ownerId,
      organisationId: o.organisationId,
    });
  }
  const lesson = await m.save(
    LessonEntity,
    m.create(LessonEntity, {
      organisationId: o.organisationId,
      unitId: experiment.unitId,
      experimentId: experiment.id,
      state: opts.state ?? LessonState.PUBLISHED,
      reach: opts.reach ?? LessonReach.NETWORK,
      networkIds: opts.networkIds ?? [],
      title: opts.title ?? 'Sensorer om natten sparte besøk',
      summary: 'Sensorer ga færre nattlige besøk uten tap av trygghet.',
      experimentState: experiment.state,
      result,
      actions: [InnovationAction.DARE, InnovationAction.MOBILISE],
      sdgs: [3],
      theme: Theme.HEALTH_AND_CARE,
      partnerKinds: [PartnerKind.ACADEMIA],
      experimentSummary: { ...SUMMARY, result, ...(opts.summary ?? {}) },
      createdById: o.ownerId,
      publishedAt: new Date(),
    }),
  );
  return { experiment, lesson };
}

/** Records a measurement on an experiment (fixture). */
export async function measure(m: EntityManager, e: ExperimentEntity, value: number, measuredOn: string) {
  await m.insert(MeasurementEntity, {
    experimentId: e.id,
    organisationId: e.organisationId,
    measuredOn,
    value,
    note: '',
    recordedById: e.ownerId,
  } as never);
}
