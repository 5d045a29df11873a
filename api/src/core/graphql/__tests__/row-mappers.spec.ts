import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import {
  ExperimentResult,
  ExperimentState,
  IdeaState,
  InnovationAction,
  LearningEntryKind,
  MembershipStatus,
  NextStep,
  PartnerKind,
} from '@laerekraft/shared';
import { createTestDataSource } from '../../../testing/test-database.js';
import { buildOrganisation } from '../../../testing/fixtures.js';
import { ExperimentEntity } from '../../../experiments/experiment.entity.js';
import {
  ExperimentMemberEntity,
  MeasurementEntity,
  PartnerEntity,
  UnionInvolvementEntity,
} from '../../../experiments/experiment-parts.entity.js';
import {
  experimentFromRow,
  measurementFromRow,
  memberFromRow,
  partnerFromRow,
  unionFromRow,
} from '../../../experiments/experiments.loaders.js';
import { IdeaEntity } from '../../../ideas/idea.entity.js';
import { IdeaCommentEntity } from '../../../ideas/idea-comment.entity.js';
import { commentFromRow, ideaFromRow } from '../../../ideas/ideas.loaders.js';
import { PersonEntity } from '../../../identity/person.entity.js';
import { RoleAssignmentEntity } from '../../../identity/role-assignment.entity.js';
import { personFromRow, personJson, roleAssignmentFromRow } from '../../../identity/identity.loaders.js';
import { LearningEntryEntity, LearningEntryRevisionEntity } from '../../../learning/learning-entry.entity.js';
import { entryFromRow, revisionFromRow } from '../../../learning/learning.loaders.js';
import { NetworkEntity } from '../../../networks/network.entity.js';
import { NetworkMembershipEntity } from '../../../networks/network-membership.entity.js';
import { membershipFromRow, networkFromRow } from '../../../networks/networks.loaders.js';
import { OrganisationEntity } from '../../../organisations/organisation.entity.js';
import { UnitEntity } from '../../../organisations/unit.entity.js';
import { organisationFromRow, unitFromRow } from '../../../organisations/organisations.loaders.js';
import { LessonEntity } from '../../../lessons/lesson.entity.js';
import { lessonFromRow } from '../../../lessons/lessons.loaders.js';

/**
 * The hot reads map JSON rows by hand instead of letting TypeORM hydrate them, and prime
 * the loaders with the result: each mapper must give exactly what TypeORM gives for the
 * same row, or a field resolver would answer differently on the list path.
 */
describe('row mappers give what TypeORM gives', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let m: EntityManager;
  const ids: Record<string, Record<string, unknown>> = {};

  beforeAll(async () => {
    env = await createTestDataSource();
    m = env.ds.manager;
    const o = await buildOrganisation(m);
    const idea = await m.save(
      IdeaEntity,
      m.create(IdeaEntity, {
        organisationId: o.org.id,
        unitId: o.units.team,
        authorId: o.employee.personId,
        title: 'Idé',
        actions: [InnovationAction.DARE],
        sdgs: [3, 11],
        state: IdeaState.APPROVED,
        submittedAt: new Date('2026-11-01T10:00:00.123Z'),
        decidedAt: new Date('2026-11-02T10:00:00Z'),
        decidedById: o.sectorManager.personId,
        decisionReason: 'Godt',
        hideAuthor: true,
      }),
    );
    const e = await m.save(
      ExperimentEntity,
      m.create(ExperimentEntity, {
        organisationId: o.org.id,
        unitId: o.units.team,
        ideaId: idea.id,
        title: 'Forsøk',
        ownerId: o.employee.personId,
        state: ExperimentState.CONCLUDED,
        baseline: 1.5,
        target: 3.25,
        byDate: '2027-01-31',
        hours: 12.5,
        nok: 30000,
        affectsEmployees: true,
        sdgs: [4],
        startedAt: new Date('2026-11-03T08:00:00.5Z'),
        endedAt: new Date('2026-11-20T08:00:00Z'),
        result: ExperimentResult.SUPPORTED,
        cardBelieved: 'a',
        cardObserved: 'b',
        cardLearned: 'c',
        cardNextStep: NextStep.SCALE,
      }),
    );
    await m.insert(ExperimentMemberEntity, {
      experimentId: e.id,
      personId: o.employee.personId,
      organisationId: o.org.id,
    });
    const partner = await m.save(
      PartnerEntity,
      m.create(PartnerEntity, {
        organisationId: o.org.id,
        experimentId: e.id,
        kind: PartnerKind.ACADEMIA,
        name: 'Nord',
        role: 'Forskning',
        partnerOrganisationId: o.org.id,
      }),
    );
    const union = await m.save(
      UnionInvolvementEntity,
      m.create(UnionInvolvementEntity, {
        organisationId: o.org.id,
        experimentId: e.id,
        occurredOn: '2026-11-01',
        who: 'Tillitsvalgt',
        whatWasSaid: 'Greit',
        recordedById: o.rep.personId,
      }),
    );
    const measurement = await m.save(
      MeasurementEntity,
      m.create(MeasurementEntity, {
        organisationId: o.org.id,
        experimentId: e.id,
        measuredOn: '2026-11-05',
        value: 2.75,
        recordedById: o.rep.personId,
      }),
    );
    const entry = await m.save(
      LearningEntryEntity,
      m.create(LearningEntryEntity, {
        organisationId: o.org.id,
        experimentId: e.id,
        authorId: o.employee.personId,
        kind: LearningEntryKind.INSIGHT,
        text: 'Lærte',
        promptId: 'p1',
        entryDate: '2026-11-04',
      }),
    );
    const revision = await m.save(
      LearningEntryRevisionEntity,
      m.create(LearningEntryRevisionEntity, {
        organisationId: o.org.id,
        entryId: entry.id,
        version: 1,
        kind: LearningEntryKind.OBSERVATION,
        text: 'Før',
        promptId: null,
        editedById: o.employee.personId,
      }),
    );
    const comment = await m.save(
      IdeaCommentEntity,
      m.create(IdeaCommentEntity, {
        organisationId: o.org.id,
        ideaId: idea.id,
        authorId: o.lead.personId,
        text: 'Fint',
      }),
    );
    const network = await m.save(
      NetworkEntity,
      m.create(NetworkEntity, {
        organisationId: o.org.id,
        coordinatorId: o.lead.personId,
        name: 'Nett',
        description: 'Om',
      }),
    );
    const membership = await m.save(
      NetworkMembershipEntity,
      m.create(NetworkMembershipEntity, {
        networkId: network.id,
        organisationId: o.org.id,
        status: MembershipStatus.MEMBER,
        invitedById: o.lead.personId,
        respondedById: o.lead.personId,
        respondedAt: new Date('2026-11-06T12:00:00Z'),
      }),
    );
    const lesson = await m.save(
      LessonEntity,
      m.create(LessonEntity, {
        organisationId: o.org.id,
        unitId: o.units.team,
        experimentId: e.id,
        state: 'WITHDRAWN',
        reach: 'NETWORK',
        networkIds: [network.id],
        title: 'Lærdom',
        tags: ['søvn'],
        contactPersonId: o.employee.personId,
        contactName: 'Aslak',
        experimentState: ExperimentState.CONCLUDED,
        result: ExperimentResult.SUPPORTED,
        actions: [InnovationAction.DARE],
        sdgs: [3],
        partnerKinds: [PartnerKind.ACADEMIA],
        experimentSummary: { title: 'Forsøk', measurements: [{ measuredOn: '2026-11-05', value: 2.75 }] },
        adoptionCount: 2,
        createdById: o.employee.personId,
        publishedAt: new Date('2026-11-21T08:00:00.25Z'),
        withdrawnAt: new Date('2026-11-22T08:00:00Z'),
        withdrawnReason: 'Feil tall',
      }),
    );
    await m.update(PersonEntity, { id: o.employee.personId }, { deactivatedAt: new Date() });
    const role = await m.findOneByOrFail(RoleAssignmentEntity, {
      personId: o.sectorManager.personId,
      unitId: o.units.sector,
    });
    Object.assign(ids, {
      units: { id: o.units.team },
      organisations: { id: o.org.id },
      persons: { id: o.employee.personId },
      role_assignments: { id: role.id },
      ideas: { id: idea.id },
      idea_comments: { id: comment.id },
      experiments: { id: e.id },
      experiment_members: { experimentId: e.id, personId: o.employee.personId },
      experiment_partners: { id: partner.id },
      union_involvements: { id: union.id },
      measurements: { id: measurement.id },
      learning_entries: { id: entry.id },
      learning_entry_revisions: { id: revision.id },
      networks: { id: network.id },
      network_memberships: { id: membership.id },
      lessons: { id: lesson.id },
    });
  });
  afterAll(() => env.close());

  const cases: Array<[string, EntityTarget<ObjectLiteral>, (r: never) => unknown]> = [
    ['units', UnitEntity, unitFromRow],
    ['organisations', OrganisationEntity, organisationFromRow],
    ['persons', PersonEntity, personFromRow],
    ['role_assignments', RoleAssignmentEntity, roleAssignmentFromRow],
    ['ideas', IdeaEntity, ideaFromRow],
    ['idea_comments', IdeaCommentEntity, commentFromRow],
    ['experiments', ExperimentEntity, experimentFromRow],
    ['experiment_members', ExperimentMemberEntity, memberFromRow],
    ['experiment_partners', PartnerEntity, partnerFromRow],
    ['union_involvements', UnionInvolvementEntity, unionFromRow],
    ['measurements', MeasurementEntity, measurementFromRow],
    ['learning_entries', LearningEntryEntity, entryFromRow],
    ['learning_entry_revisions', LearningEntryRevisionEntity, revisionFromRow],
    ['networks', NetworkEntity, networkFromRow],
    ['network_memberships', NetworkMembershipEntity, membershipFromRow],
    ['lessons', LessonEntity, lessonFromRow],
  ];

  it.each(cases)('%s', async (table, entity, mapper) => {
    const where = ids[table];
    const hydrated = await m.findOneByOrFail(entity, where);
    const json = table === 'persons' ? personJson('t') : 'row_to_json(t)';
    const cond = Object.keys(where)
      .map((k, i) => `t.${k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)} = $${i + 1}`)
      .join(' AND ');
    const [{ r }] = await m.query(`SELECT ${json} AS r FROM ${table} t WHERE ${cond}`, Object.values(where));
    const mapped = mapper(r as never) as Record<string, unknown>;
    expect(mapped).toEqual({ ...hydrated });
    // Every column TypeORM reads is there (the hash of a person is never read).
    expect(Object.keys(mapped).sort()).toEqual(Object.keys(hydrated).sort());
  });
});
