import type { EntityManager } from 'typeorm';
import {
  ExperimentResult,
  ExperimentState,
  LessonReach,
  LessonState,
  MembershipStatus,
  NextStep,
  PartnerKind,
  Role,
} from '@laerekraft/shared';
import { Actor } from '../core/auth/actor.js';
import { PersonEntity } from '../identity/person.entity.js';
import { UnitEntity } from '../organisations/unit.entity.js';
import { RoleAssignmentEntity } from '../identity/role-assignment.entity.js';
import { ExperimentEntity } from '../experiments/experiment.entity.js';
import {
  ExperimentMemberEntity,
  MeasurementEntity,
  PartnerEntity,
} from '../experiments/experiment-parts.entity.js';
import { NetworkEntity } from '../networks/network.entity.js';
import { NetworkMembershipEntity } from '../networks/network-membership.entity.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { addPerson, buildOrganisation, makeOrganisationWithPerson } from './fixtures.js';

/** A person of `organisationId` in `unitId` with `roles` (unit-less), as an Actor. */
export async function personIn(
  m: EntityManager,
  organisationId: string,
  unitId: string | null,
  roles: Array<[Role, string | null]>,
): Promise<Actor> {
  const p = await addPerson(m, organisationId, []);
  await m.update(PersonEntity, { id: p.id }, { unitId });
  if (roles.length)
    await m.insert(
      RoleAssignmentEntity,
      roles.map(([role, u]) => ({ organisationId, personId: p.id, role, unitId: u })),
    );
  return new Actor(
    p.id,
    organisationId,
    roles.map(([role, u]) => ({ role, unitId: u })),
  );
}

/** A top-level unit of an organisation. */
export async function unitIn(m: EntityManager, organisationId: string, name: string): Promise<string> {
  return (await m.save(UnitEntity, m.create(UnitEntity, { organisationId, parentId: null, name }))).id;
}

/** A concluded (or stopped) experiment with a hypothesis, learning card, measurements and partners. */
export async function concludedExperiment(
  m: EntityManager,
  o: { organisationId: string; unitId: string; ownerId: string; teamIds?: string[] },
  opts: { state?: ExperimentState; result?: ExperimentResult | null; title?: string } = {},
): Promise<ExperimentEntity> {
  const state = opts.state ?? ExperimentState.CONCLUDED;
  const e = await m.save(
    ExperimentEntity,
    m.create(ExperimentEntity, {
      organisationId: o.organisationId,
      unitId: o.unitId,
      ownerId: o.ownerId,
      title: opts.title ?? 'Nattilsyn med sensor',
      summary: 'Sensorer i ti hjem',
      state,
      change: 'sensorer i stedet for nattbesøk',
      targetGroup: 'hjemmeboende eldre',
      expectedEffect: 'bedre søvn',
      metric: 'antall oppvåkninger per natt',
      baseline: 4,
      target: 2,
      byDate: '2026-10-01',
      actions: ['DARE', 'LEARN'],
      sdgs: [3],
      theme: 'HEALTH_AND_CARE',
      startedAt: new Date('2026-03-01T08:00:00Z'),
      endedAt: new Date('2026-10-15T08:00:00Z'),
      result: state === ExperimentState.CONCLUDED ? (opts.result ?? ExperimentResult.NOT_SUPPORTED) : null,
      stopReason: state === ExperimentState.STOPPED ? 'Leverandøren gikk konkurs midt i forsøket' : null,
      cardBelieved: 'Vi trodde sensorer ville gi færre oppvåkninger',
      cardObserved: 'Oppvåkningene gikk ned fra 4 til 3,5',
      cardLearned: 'Det var lyset fra sensoren som vekket dem',
      cardNextStep: NextStep.ADJUST_AND_RETRY,
    }),
  );
  await m.insert(
    ExperimentMemberEntity,
    [...new Set([o.ownerId, ...(o.teamIds ?? [])])].map((personId) => ({
      experimentId: e.id,
      personId,
      organisationId: o.organisationId,
    })),
  );
  await m.insert(PartnerEntity, [
    {
      experimentId: e.id,
      organisationId: o.organisationId,
      kind: PartnerKind.ACADEMIA,
      name: 'Kari Nordmann ved Nord universitet',
      role: 'Følgeforskning',
      partnerOrganisationId: null,
    },
    {
      experimentId: e.id,
      organisationId: o.organisationId,
      kind: PartnerKind.CITIZENS,
      name: 'Ola i brukerrådet',
      role: 'Medskaping',
      partnerOrganisationId: null,
    },
  ]);
  await m.insert(MeasurementEntity, [
    {
      experimentId: e.id,
      organisationId: o.organisationId,
      measuredOn: '2026-05-01',
      value: 3.8,
      note: 'Målt av Per Hansen',
      recordedById: o.ownerId,
    },
    {
      experimentId: e.id,
      organisationId: o.organisationId,
      measuredOn: '2026-09-01',
      value: 3.5,
      note: '',
      recordedById: o.ownerId,
    },
  ]);
  return e;
}

/** A lesson row written directly (for fixtures: the service is what the tests test). */
export async function lessonRow(
  m: EntityManager,
  e: ExperimentEntity,
  over: Partial<LessonEntity> & { state: LessonState; reach: LessonReach },
): Promise<LessonEntity> {
  const published = over.state !== LessonState.DRAFT;
  return m.save(
    LessonEntity,
    m.create(LessonEntity, {
      organisationId: e.organisationId,
      unitId: e.unitId,
      experimentId: e.id,
      title: `Lærdom ${over.reach} ${over.state}`,
      summary: 'Lyset vekket dem',
      createdById: e.ownerId,
      experimentState: e.state,
      result: e.result,
      actions: e.actions,
      sdgs: e.sdgs,
      theme: e.theme,
      partnerKinds: [PartnerKind.ACADEMIA, PartnerKind.CITIZENS],
      networkIds: [],
      publishedAt: published ? new Date() : null,
      withdrawnAt: over.state === LessonState.WITHDRAWN ? new Date() : null,
      withdrawnReason: over.state === LessonState.WITHDRAWN ? 'Tallene var feil registrert' : null,
      ...over,
    }),
  );
}

/**
 * Three organisations around one network, for visibility tests:
 * - `a` (buildOrganisation) runs network `network`; its experiments live in `a.units.team`;
 * - `b` is a MEMBER of the network;
 * - `c` is only INVITED to it (an invitation is not membership), so it is an outsider.
 * Readers: `author` (the experiment's owner), `sameUnit` (a colleague in the team unit, not on
 * the experiment), `sameOrg` (an employee of another unit), `member` (b's employee), `outsider`
 * (c's employee) and `anonymous` (null: no session, no tenant).
 */
export async function buildLessonWorld(m: EntityManager) {
  const a = await buildOrganisation(m);
  const b = await makeOrganisationWithPerson(m, [Role.INNOVATION_LEAD]);
  const c = await makeOrganisationWithPerson(m, [Role.INNOVATION_LEAD]);
  const network = await m.save(
    NetworkEntity,
    m.create(NetworkEntity, {
      organisationId: a.org.id,
      coordinatorId: a.lead.personId,
      name: 'Helsenettverket Nord',
      description: '',
    }),
  );
  const otherNetwork = await m.save(
    NetworkEntity,
    m.create(NetworkEntity, {
      organisationId: c.org.id,
      coordinatorId: c.actor.personId,
      name: 'Nettverk uten A',
      description: '',
    }),
  );
  await m.insert(NetworkMembershipEntity, [
    {
      networkId: network.id,
      organisationId: b.org.id,
      status: MembershipStatus.MEMBER,
      invitedById: a.lead.personId,
    },
    {
      networkId: network.id,
      organisationId: c.org.id,
      status: MembershipStatus.INVITED,
      invitedById: a.lead.personId,
    },
  ]);
  const sameOrg = await personIn(m, a.org.id, a.units.other, [[Role.EMPLOYEE, null]]);
  const member = await personIn(m, b.org.id, null, [[Role.EMPLOYEE, null]]);
  const outsider = await personIn(m, c.org.id, null, [[Role.EMPLOYEE, null]]);
  const experiment = (title: string, opts: Parameters<typeof concludedExperiment>[2] = {}) =>
    concludedExperiment(
      m,
      { organisationId: a.org.id, unitId: a.units.team, ownerId: a.employee.personId },
      { title, ...opts },
    );
  return {
    a,
    b,
    c,
    network,
    otherNetwork,
    experiment,
    readers: {
      author: a.employee as Actor | null,
      sameUnit: a.colleague as Actor | null,
      sameOrg: sameOrg as Actor | null,
      member: member as Actor | null,
      outsider: outsider as Actor | null,
      anonymous: null as Actor | null,
    },
    bLead: b.actor,
    cLead: c.actor,
  };
}

export type LessonWorld = Awaited<ReturnType<typeof buildLessonWorld>>;
export type ReaderName = keyof LessonWorld['readers'];
