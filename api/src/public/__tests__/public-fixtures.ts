import type { EntityManager } from 'typeorm';
import {
  ExperimentResult,
  ExperimentState,
  LearningEntryKind,
  LessonReach,
  LessonState,
  NextStep,
  OrganisationKind,
  Role,
  type AdoptionState,
} from '@laerekraft/shared';
import { OrganisationEntity } from '../../organisations/organisation.entity.js';
import { UnitEntity } from '../../organisations/unit.entity.js';
import { ExperimentEntity } from '../../experiments/experiment.entity.js';
import { LessonEntity } from '../../lessons/lesson.entity.js';
import { AdoptionEntity } from '../../lessons/adoption.entity.js';
import { addPerson } from '../../testing/fixtures.js';

let seq = 0;

/** A municipality with a unit and two named people (an owner and a team member), as the superuser. */
export async function municipality(m: EntityManager, kommunenummer = '1804', name = 'Bodø kommune') {
  seq++;
  const org = await m.save(
    OrganisationEntity,
    m.create(OrganisationEntity, {
      kind: OrganisationKind.KOMMUNE,
      name,
      organisationNumber: String(972418000 + seq),
      kommunenummer,
      fylkesnummer: null,
    }),
  );
  const unit = await m.save(
    UnitEntity,
    m.create(UnitEntity, { organisationId: org.id, parentId: null, name: 'Helse' }),
  );
  const owner = await addPerson(m, org.id, [Role.INNOVATION_LEAD]);
  await m.update('persons', { id: owner.id }, { name: `Eier Etternavnsen ${seq}` });
  const member = await addPerson(m, org.id, [Role.EMPLOYEE]);
  await m.update('persons', { id: member.id }, { name: `Medlem Hemmeligsen ${seq}` });
  return {
    org,
    unitId: unit.id,
    owner: { ...owner, name: `Eier Etternavnsen ${seq}` },
    member: { ...member, name: `Medlem Hemmeligsen ${seq}` },
  };
}

export type Municipality = Awaited<ReturnType<typeof municipality>>;

/** An experiment of `o` with a learning-log entry, a team member and a partner, all with names in them. */
export async function experiment(
  m: EntityManager,
  o: Municipality,
  state: ExperimentState = ExperimentState.CONCLUDED,
  result: ExperimentResult | null = ExperimentResult.SUPPORTED,
) {
  const e = await m.save(
    ExperimentEntity,
    m.create(ExperimentEntity, {
      organisationId: o.org.id,
      unitId: o.unitId,
      title: 'Internt forsøk med eget navn',
      ownerId: o.owner.id,
      state,
      result,
      change: 'Digitalt tilsyn om natten',
      metric: 'Uønskede oppvåkninger per uke',
      baseline: 14,
      target: 7,
    }),
  );
  await m.query(
    `INSERT INTO experiment_members (experiment_id, person_id, organisation_id) VALUES ($1, $2, $3)`,
    [e.id, o.member.id, o.org.id],
  );
  await m.query(
    `INSERT INTO learning_entries (organisation_id, experiment_id, author_id, kind, text, entry_date, version)
     VALUES ($1, $2, $3, $4, 'LOGGTEKST som aldri skal ut', '2026-10-01', 1)`,
    [o.org.id, e.id, o.member.id, LearningEntryKind.OBSERVATION],
  );
  await m.query(
    `INSERT INTO experiment_partners (organisation_id, experiment_id, kind, name, role)
     VALUES ($1, $2, 'CITIZENS', 'Partnernavn Brukerrådet', 'Medskaping')`,
    [o.org.id, e.id],
  );
  return e;
}

/** The experiment summary as the lessons service freezes it at publication, with keys that must not leak. */
export const SUMMARY = {
  hypothesis: {
    change: 'Digitalt tilsyn om natten',
    targetGroup: 'Hjemmeboende med demens',
    expectedEffect: 'Færre uønskede oppvåkninger',
    metric: 'Uønskede oppvåkninger per uke',
    baseline: 14,
    target: 7,
    byDate: '2026-09-30',
  },
  result: 'SUPPORTED',
  learningCard: { believed: 'Vi trodde', observed: 'Vi så', learned: 'Vi lærte', nextStep: NextStep.SCALE },
  measurements: [
    { measuredOn: '2026-06-01', value: 12, note: 'NOTAT fra Kari' },
    { measuredOn: '2026-03-01', value: 14 },
  ],
  partnerKinds: ['CITIZENS'],
  startedAt: '2026-03-01T08:00:00.000Z',
  endedAt: '2026-10-01T08:00:00.000Z',
  // Not on the whitelist: must never reach a public reader.
  ownerName: 'Eier Lekkasjesen',
  stopReason: 'INTERN grunn',
};

/** A lesson written as the superuser (the lessons service is written in parallel). */
export async function lesson(
  m: EntityManager,
  o: Municipality,
  over: Partial<LessonEntity> & { experimentId?: string } = {},
): Promise<LessonEntity> {
  const experimentId = over.experimentId ?? (await experiment(m, o)).id;
  const state = over.state ?? LessonState.PUBLISHED;
  return m.save(
    LessonEntity,
    m.create(LessonEntity, {
      organisationId: o.org.id,
      unitId: o.unitId,
      experimentId,
      state,
      reach: LessonReach.PUBLIC,
      title: 'Nattilsyn med sensor',
      summary: 'Færre oppvåkninger og bedre søvn.',
      whatWorked: 'Sensorer',
      whatDidNot: 'Alarmer om dagen',
      advice: 'Start smått',
      conditions: 'En mellomstor kommune',
      tags: ['velferdsteknologi'],
      experimentState: ExperimentState.CONCLUDED,
      result: ExperimentResult.SUPPORTED,
      actions: ['DARE'],
      sdgs: [3],
      theme: null,
      partnerKinds: ['CITIZENS'],
      experimentSummary: SUMMARY,
      createdById: o.owner.id,
      publishedAt: state === LessonState.DRAFT ? null : new Date(Date.now() - 3600_000 * ++seq),
      withdrawnAt: state === LessonState.WITHDRAWN ? new Date() : null,
      withdrawnReason: state === LessonState.WITHDRAWN ? 'TRUKKET av Kari' : null,
      ...over,
    } as Partial<LessonEntity>),
  );
}

/** `adopter` adopted `source`: an adoption row with its own experiment (and, if given, its own lesson). */
export async function adoption(
  m: EntityManager,
  adopter: Municipality,
  source: LessonEntity,
  state: AdoptionState,
  own?: { reach: LessonReach; result: ExperimentResult },
) {
  const finished = state === 'CONCLUDED' || state === 'STOPPED';
  const e = await experiment(
    m,
    adopter,
    finished ? (state as ExperimentState) : ExperimentState.RUNNING,
    finished ? (own?.result ?? ExperimentResult.SUPPORTED) : null,
  );
  await m.save(
    AdoptionEntity,
    m.create(AdoptionEntity, {
      organisationId: adopter.org.id,
      unitId: adopter.unitId,
      experimentId: e.id,
      ideaId: null,
      sourceLessonId: source.id,
      sourceOrganisationId: source.organisationId,
      lineage: [source.id],
      state,
      createdById: adopter.owner.id,
    }),
  );
  if (own)
    await lesson(m, adopter, { experimentId: e.id, reach: own.reach, result: own.result, title: 'Gjenbruk' });
  return e;
}
