import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AdoptionState,
  ErrorCode,
  ExperimentResult,
  IdeaState,
  LessonReach,
  LessonState,
  NextStep,
} from '@laerekraft/shared';
import { refusal } from '../../../testing/refusal.js';
import { createTestDataSource } from '../../../testing/test-database.js';
import { buildOrganisation } from '../../../testing/fixtures.js';
import { cycleServices } from '../../../testing/services.js';
import { AuditEventEntity } from '../../../audit/audit-event.entity.js';
import { ExperimentEntity } from '../../../experiments/experiment.entity.js';
import { IdeaEntity } from '../../../ideas/idea.entity.js';
import { NotificationEntity } from '../../../notifications/notification.entity.js';
import { AdoptionEntity } from '../../adoption.entity.js';
import { LessonEntity } from '../../lesson.entity.js';
import { SpreadService } from '../spread.service.js';
import { SpreadPolicy } from '../spread.policy.js';
import type { Actor } from '../../../core/auth/actor.js';
import { lineages, rollups } from '../spread.reads.js';
import { SUMMARY, addReader, finishedWithLesson, makeNetwork } from './spread-fixtures.js';

const card = { believed: 'Vi trodde', observed: 'Vi så', learned: 'Vi lærte', nextStep: NextStep.SCALE };

describe('adopting a lesson ("Prøv dette hos oss"), real PostgreSQL with row-level security', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let s: ReturnType<typeof cycleServices>;
  let spread: SpreadService;
  let a: Awaited<ReturnType<typeof buildOrganisation>>;
  let b: Awaited<ReturnType<typeof buildOrganisation>>;
  let c: Awaited<ReturnType<typeof buildOrganisation>>;
  let outside: Awaited<ReturnType<typeof buildOrganisation>>;
  let networkId: string;

  beforeAll(async () => {
    env = await createTestDataSource();
    s = cycleServices(env.app);
    spread = new SpreadService(s.db, s.audit, s.experiments, s.notifications);
    const m = env.ds.manager;
    [a, b, c, outside] = [
      await buildOrganisation(m),
      await buildOrganisation(m),
      await buildOrganisation(m),
      await buildOrganisation(m),
    ];
    networkId = (await makeNetwork(m, [a.org.id, b.org.id, c.org.id], a.lead.personId)).id;
  });
  afterAll(() => env.close());

  const m = () => env.ds.manager;
  const aLesson = (opts: Parameters<typeof finishedWithLesson>[2] = {}) =>
    finishedWithLesson(
      m(),
      { organisationId: a.org.id, unitId: a.units.team, ownerId: a.employee.personId },
      { networkIds: [networkId], ...opts },
    );
  const count = async (id: string) => (await m().findOneByOrFail(LessonEntity, { id })).adoptionCount;

  it('a manager starts a PLANNED experiment pre-filled from the lesson, with the adoption, the counts and the notice to the source team in another organisation, in one transaction', async () => {
    const { lesson } = await aLesson();
    const made = await spread.adopt(b.teamManager, { lessonId: lesson.id, unitId: b.units.team });
    const e = await m().findOneByOrFail(ExperimentEntity, { id: made.experiment!.id });
    expect(e).toMatchObject({
      organisationId: b.org.id,
      unitId: b.units.team,
      state: 'PLANNED',
      sourceLessonId: lesson.id,
      ideaId: null,
      ownerId: b.teamManager.personId,
      change: 'Digitalt tilsyn om natten',
      targetGroup: 'Hjemmeboende eldre',
      expectedEffect: 'Færre unødvendige besøk',
      metric: 'Nattlige besøk per uke',
      baseline: null, // theirs to measure
      target: 25,
      acceptableLoss: 'To måneders prøvetid',
      hours: 120,
      nok: 50000,
      affectsEmployees: true,
      actions: ['DARE', 'MOBILISE'],
      sdgs: [3],
      theme: 'HEALTH_AND_CARE',
    });
    const adoption = await m().findOneByOrFail(AdoptionEntity, { experimentId: e.id });
    expect(adoption).toMatchObject({
      organisationId: b.org.id,
      unitId: b.units.team,
      sourceLessonId: lesson.id,
      sourceOrganisationId: a.org.id,
      lineage: [lesson.id],
      state: AdoptionState.PLANNED,
      ideaId: null,
    });
    expect(await count(lesson.id)).toBe(1);
    const notices = await m().findBy(NotificationEntity, { subjectId: lesson.id, kind: 'lesson.adopted' });
    expect(notices.map((n) => [n.organisationId, n.personId])).toEqual([[a.org.id, a.employee.personId]]);
    expect(notices[0].payload).toMatchObject({ organisationName: b.org.name, adoptionId: adoption.id });
    const audit = await m().findOneByOrFail(AuditEventEntity, {
      entityId: lesson.id,
      action: 'lesson.adopted',
    });
    expect(audit).toMatchObject({ organisationId: b.org.id, actorId: b.teamManager.personId });
    const [{ same }] = await env.ds.query(
      `SELECT count(DISTINCT x)::int = 1 AS same FROM (
         SELECT xmin::text AS x FROM experiments WHERE id = $1 UNION ALL SELECT xmin::text FROM adoptions WHERE id = $2
         UNION ALL SELECT xmin::text FROM lessons WHERE id = $3 UNION ALL SELECT xmin::text FROM notifications WHERE subject_id = $3
         UNION ALL SELECT xmin::text FROM audit_events WHERE entity_id = $3) t`,
      [e.id, adoption.id, lesson.id],
    );
    expect(same).toBe(true);
  });

  it('an employee proposes it as a submitted idea; the approval gives the experiment the source lesson and the adoption its experiment', async () => {
    const { lesson } = await aLesson();
    const made = await spread.adopt(b.employee, {
      lessonId: lesson.id,
      unitId: b.units.team,
      proposeAsIdea: true,
    });
    expect(made.experiment).toBeNull();
    // The source team hears of a proposal as a proposal: it is no adoption until approved.
    const heard = await m().findBy(NotificationEntity, { subjectId: lesson.id });
    expect(heard.map((n) => n.kind)).toEqual(expect.arrayContaining(['lesson.proposed']));
    expect(heard.map((n) => n.kind)).not.toContain('lesson.adopted');
    expect(made.idea).toMatchObject({
      state: IdeaState.SUBMITTED,
      sourceLessonId: lesson.id,
      authorId: b.employee.personId,
      proposal: 'Digitalt tilsyn om natten',
      needWhose: 'Hjemmeboende eldre',
    });
    expect(await m().findOneByOrFail(AdoptionEntity, { ideaId: made.idea!.id })).toMatchObject({
      state: AdoptionState.PROPOSED,
      experimentId: null,
    });
    // A proposal is no adoption yet: it counts when it is approved into an experiment.
    expect(await count(lesson.id)).toBe(0);
    // Without proposeAsIdea, an employee is not the one to start an experiment.
    const other = await aLesson();
    expect(
      (await refusal(spread.adopt(b.employee, { lessonId: other.lesson.id, unitId: b.units.team }))).code,
    ).toBe(ErrorCode.FORBIDDEN);

    const approved = await s.ideas.approve(b.teamManager, { id: made.idea!.id, version: made.idea!.version });
    const e = await m().findOneByOrFail(ExperimentEntity, { id: approved.experimentId! });
    expect(e).toMatchObject({
      sourceLessonId: lesson.id,
      change: 'Digitalt tilsyn om natten',
      metric: 'Nattlige besøk per uke',
      baseline: null,
      target: 25,
      acceptableLoss: 'To måneders prøvetid',
    });
    const adoption = await m().findOneByOrFail(AdoptionEntity, { ideaId: made.idea!.id });
    expect(adoption).toMatchObject({ experimentId: e.id, state: AdoptionState.PLANNED });
    expect(await count(lesson.id)).toBe(1);
    const [{ same }] = await env.ds.query(
      `SELECT (SELECT xmin FROM ideas WHERE id = $1) = (SELECT xmin FROM adoptions WHERE id = $2) AS same`,
      [made.idea!.id, adoption.id],
    );
    expect(same).toBe(true);
  });

  it('a declined or parked proposal closes the adoption; resubmitting opens it again; none of it counts', async () => {
    const { lesson } = await aLesson();
    const { idea } = await spread.adopt(b.colleague, {
      lessonId: lesson.id,
      unitId: b.units.team,
      proposeAsIdea: true,
    });
    expect(await count(lesson.id)).toBe(0);
    const parked = await s.ideas.park(b.teamManager, {
      id: idea!.id,
      version: idea!.version,
      reason: 'Ikke nå, vi har for lite folk i høst',
    });
    expect((await m().findOneByOrFail(AdoptionEntity, { ideaId: idea!.id })).state).toBe(
      AdoptionState.DECLINED,
    );
    expect(await count(lesson.id)).toBe(0);
    const again = await s.ideas.submit(b.colleague, { id: parked.id, version: parked.version });
    expect((await m().findOneByOrFail(AdoptionEntity, { ideaId: idea!.id })).state).toBe(
      AdoptionState.PROPOSED,
    );
    expect(await count(lesson.id)).toBe(0);
    await s.ideas.decline(b.teamManager, {
      id: again.id,
      version: again.version,
      reason: 'Passer ikke for oss nå, dessverre',
    });
    expect((await m().findOneByOrFail(AdoptionEntity, { ideaId: idea!.id })).state).toBe(
      AdoptionState.DECLINED,
    );
    expect(await count(lesson.id)).toBe(0);
  });

  it('refuses a reader and a manager of another unit (FORBIDDEN), a hidden lesson (NOT_FOUND), an unpublished one (INVALID_TRANSITION), a second open adoption in the unit (CONFLICT), and changes nothing', async () => {
    const { lesson } = await aLesson();
    const before = await m().countBy(AdoptionEntity, {});
    const reader = await addReader(m(), b.org.id);
    expect((await refusal(spread.adopt(reader, { lessonId: lesson.id, unitId: b.units.team }))).code).toBe(
      ErrorCode.FORBIDDEN,
    );
    expect(
      (
        await refusal(
          spread.adopt(reader, { lessonId: lesson.id, unitId: b.units.team, proposeAsIdea: true }),
        )
      ).code,
    ).toBe(ErrorCode.FORBIDDEN);
    expect(
      (await refusal(spread.adopt(b.otherManager, { lessonId: lesson.id, unitId: b.units.team }))).code,
    ).toBe(ErrorCode.FORBIDDEN);
    // An organisation outside the network does not see the lesson at all.
    expect(
      (await refusal(spread.adopt(outside.teamManager, { lessonId: lesson.id, unitId: outside.units.team })))
        .code,
    ).toBe(ErrorCode.NOT_FOUND);
    // A draft is there for its writers (a manager above the experiment's unit), but not yet to be
    // tried; to everyone else it is not there at all.
    const draft = await aLesson({ state: LessonState.DRAFT });
    expect(
      (await refusal(spread.adopt(a.sectorManager, { lessonId: draft.lesson.id, unitId: a.units.sector })))
        .code,
    ).toBe(ErrorCode.INVALID_TRANSITION);
    expect(
      (await refusal(spread.adopt(a.otherManager, { lessonId: draft.lesson.id, unitId: a.units.other })))
        .code,
    ).toBe(ErrorCode.NOT_FOUND);
    // Reach UNIT inside the organisation: another unit's manager does not see it.
    const unitOnly = await aLesson({ reach: LessonReach.UNIT, networkIds: [] });
    expect(
      (await refusal(spread.adopt(a.otherManager, { lessonId: unitOnly.lesson.id, unitId: a.units.other })))
        .code,
    ).toBe(ErrorCode.NOT_FOUND);
    expect(await m().countBy(AdoptionEntity, {})).toBe(before);

    await spread.adopt(b.sectorManager, { lessonId: lesson.id, unitId: b.units.department });
    const again = await refusal(spread.adopt(b.lead, { lessonId: lesson.id, unitId: b.units.department }));
    expect(again.code).toBe(ErrorCode.CONFLICT);
    // …but another unit may try it too, and so may the innovation lead.
    await spread.adopt(b.lead, { lessonId: lesson.id, unitId: b.units.other });
    expect(await count(lesson.id)).toBe(2);
  });

  it('proposals do not inflate the counts or the roll-up: one per unit, many times, counts nothing until approved', async () => {
    const { lesson } = await aLesson();
    for (const unitId of [b.units.sector, b.units.department, b.units.team, b.units.other])
      await spread.adopt(b.employee, { lessonId: lesson.id, unitId, proposeAsIdea: true });
    expect(await count(lesson.id)).toBe(0);
    const [r] = await s.db.run(a.lead.scope, (q) => rollups(q, [lesson.id]));
    expect(r).toMatchObject({ adoptions: 0, organisations: 0, in_progress: 0 });
    // The same unit may hold several proposals; approving one makes it an adoption, counted once.
    const again = await spread.adopt(b.colleague, {
      lessonId: lesson.id,
      unitId: b.units.team,
      proposeAsIdea: true,
    });
    await s.ideas.approve(b.teamManager, { id: again.idea!.id, version: again.idea!.version });
    expect(await count(lesson.id)).toBe(1);
    const [after] = await s.db.run(a.lead.scope, (q) => rollups(q, [lesson.id]));
    expect(after).toMatchObject({ adoptions: 1, organisations: 1, in_progress: 1 });
  });

  it('a proposal approved after its source lesson was withdrawn is no adoption: DECLINED, not counted, not linked', async () => {
    const { lesson } = await aLesson();
    const made = await spread.adopt(b.employee, {
      lessonId: lesson.id,
      unitId: b.units.team,
      proposeAsIdea: true,
    });
    await m().update(
      LessonEntity,
      { id: lesson.id },
      { state: LessonState.WITHDRAWN, withdrawnAt: new Date() },
    );
    const approved = await s.ideas.approve(b.teamManager, { id: made.idea!.id, version: made.idea!.version });
    expect(approved.state).toBe('APPROVED');
    const [row] = await m().query(`SELECT state, experiment_id FROM adoptions WHERE idea_id = $1`, [
      made.idea!.id,
    ]);
    expect(row).toEqual({ state: 'DECLINED', experiment_id: null });
    expect(await count(lesson.id)).toBe(0);
    const [r] = await s.db.run(a.lead.scope, (q) => rollups(q, [lesson.id]));
    expect(r).toMatchObject({ adoptions: 0, in_progress: 0 });
  });

  it('refuses trying a lesson in the very unit it came from (VALIDATION_FAILED on unitId), and changes nothing', async () => {
    const { lesson } = await aLesson({ reach: LessonReach.ORGANISATION, networkIds: [] });
    const before = await m().countBy(AdoptionEntity, {});
    for (const attempt of [
      spread.adopt(a.teamManager, { lessonId: lesson.id, unitId: a.units.team }),
      spread.adopt(a.lead, { lessonId: lesson.id, unitId: a.units.team }),
      spread.adopt(a.colleague, { lessonId: lesson.id, unitId: a.units.team, proposeAsIdea: true }),
    ]) {
      const err = await refusal(attempt);
      expect(err.code).toBe(ErrorCode.VALIDATION_FAILED);
      expect(JSON.stringify(err)).toContain('ownLessonUnit');
      expect(JSON.stringify(err)).toContain('unitId');
    }
    expect(await m().countBy(AdoptionEntity, {})).toBe(before);
    expect(await count(lesson.id)).toBe(0);
    // Another unit of the same organisation may try it.
    await spread.adopt(a.lead, { lessonId: lesson.id, unitId: a.units.other });
    expect(await count(lesson.id)).toBe(1);
  });

  it('a private DRAFT proposal blocks no one and is not in the lineage until submitted; approving a proposal into a unit already trying the lesson is CONFLICT', async () => {
    const { lesson } = await aLesson({
      summary: { ...SUMMARY, hypothesis: { ...SUMMARY.hypothesis, expectedEffect: null } },
    });
    const draft = await spread.adopt(b.employee, {
      lessonId: lesson.id,
      unitId: b.units.team,
      proposeAsIdea: true,
    });
    expect(draft.idea!.state).toBe(IdeaState.DRAFT);
    const seen = async () =>
      (await s.db.run(a.lead.scope, (q) => lineages(q, a.lead, [lesson.id]))).get(lesson.id) ?? [];
    expect(await seen()).toEqual([]);
    // The manager's real adoption is not refused by a draft they cannot see.
    const real = await spread.adopt(b.teamManager, { lessonId: lesson.id, unitId: b.units.team });
    expect(real.experiment!.state).toBe('PLANNED');
    expect(await count(lesson.id)).toBe(1);
    expect((await seen()).map((x) => x.state)).toEqual([AdoptionState.PLANNED]);
    // Submitted, the proposal shows (as a proposal) but does not count; approving it into the
    // unit that already tries the lesson is refused, and nothing changes.
    const filled = await s.ideas.update(b.employee, {
      id: draft.idea!.id,
      version: draft.idea!.version,
      benefit: 'Færre unødvendige besøk',
    });
    const sent = await s.ideas.submit(b.employee, { id: filled.id, version: filled.version });
    expect((await seen()).map((x) => x.state).sort()).toEqual([
      AdoptionState.PLANNED,
      AdoptionState.PROPOSED,
    ]);
    const refused = await refusal(s.ideas.approve(b.teamManager, { id: sent.id, version: sent.version }));
    expect(refused.code).toBe(ErrorCode.CONFLICT);
    expect(refused.message).toMatch(/already trying this lesson/);
    expect((await m().findOneByOrFail(IdeaEntity, { id: sent.id })).state).toBe(IdeaState.SUBMITTED);
    expect(await count(lesson.id)).toBe(1);
  });

  it('keeps the chain: an adoption of an adoption carries the whole lineage, every lesson in it is counted, and the root’s roll-up counts the tree once', async () => {
    const root = await aLesson();
    const made = await spread.adopt(b.teamManager, { lessonId: root.lesson.id, unitId: b.units.team });
    let e = made.experiment!;
    e = await s.experiments.update(b.teamManager, {
      id: e.id,
      version: e.version,
      affectsEmployees: false,
    });
    e = await s.experiments.start(b.teamManager, { id: e.id, version: e.version });
    expect((await m().findOneByOrFail(AdoptionEntity, { experimentId: e.id })).state).toBe(
      AdoptionState.RUNNING,
    );
    e = await s.experiments.conclude(b.teamManager, {
      id: e.id,
      version: e.version,
      result: ExperimentResult.NOT_SUPPORTED,
      learningCard: card,
    });
    expect((await m().findOneByOrFail(AdoptionEntity, { experimentId: e.id })).state).toBe(
      AdoptionState.CONCLUDED,
    );
    // B writes its own lesson from its adoption and shares it with the network.
    const mid = await finishedWithLesson(
      m(),
      { organisationId: b.org.id, unitId: b.units.team, ownerId: b.teamManager.personId },
      { experiment: e, networkIds: [networkId], result: ExperimentResult.NOT_SUPPORTED },
    );
    const leaf = await spread.adopt(c.teamManager, { lessonId: mid.lesson.id, unitId: c.units.team });
    const leafAdoption = await m().findOneByOrFail(AdoptionEntity, { experimentId: leaf.experiment!.id });
    expect(leafAdoption.lineage).toEqual([root.lesson.id, mid.lesson.id]);
    expect(await count(root.lesson.id)).toBe(2);
    expect(await count(mid.lesson.id)).toBe(1);
    // B's team hears of C's adoption; A's does not (C adopted B's lesson, not A's).
    expect(await m().countBy(NotificationEntity, { subjectId: mid.lesson.id, kind: 'lesson.adopted' })).toBe(
      1,
    );

    const [r] = await s.db.run(a.lead.scope, (q) => rollups(q, [root.lesson.id]));
    expect(r).toMatchObject({
      adoptions: 2,
      organisations: 2,
      in_progress: 1,
      not_supported: 1,
      not_shared: 0,
    });
  });

  it('two people adopting into the same unit at once: one adoption, the other told CONFLICT', async () => {
    const { lesson } = await aLesson();
    const results = await Promise.allSettled([
      spread.adopt(b.lead, { lessonId: lesson.id, unitId: b.units.team }),
      spread.adopt(b.teamManager, { lessonId: lesson.id, unitId: b.units.team }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((failed.reason as { code?: string }).code).toBe(ErrorCode.CONFLICT);
    expect(await m().countBy(AdoptionEntity, { sourceLessonId: lesson.id })).toBe(1);
    expect(await count(lesson.id)).toBe(1);
  });

  it('viewerCanAdopt says what the service does, for every kind of person', async () => {
    const reader = await addReader(m(), b.org.id);
    const people: Array<[string, Actor, string]> = [
      ['reader', reader, b.units.team],
      ['employee', b.employee, b.units.team],
      ['rep', b.rep, b.units.team],
      ['team manager', b.teamManager, b.units.team],
      ['manager of another unit', b.otherManager, b.units.other],
      ['innovation lead', b.lead, b.units.sector],
    ];
    for (const [who, actor, unitId] of people) {
      const { lesson } = await aLesson();
      const can = SpreadPolicy.abilities(actor, {
        organisationId: lesson.organisationId,
        state: lesson.state,
      });
      const asExperiment = spread.adopt(actor, { lessonId: lesson.id, unitId }).then(
        () => true,
        () => false,
      );
      expect([who, await asExperiment]).toEqual([who, can.asExperiment]);
      const other = await aLesson();
      const asIdea = spread.adopt(actor, { lessonId: other.lesson.id, unitId, proposeAsIdea: true }).then(
        () => true,
        () => false,
      );
      // An idea is offered only to whoever cannot start the experiment; the service lets both propose.
      expect([who, can.asIdea || can.asExperiment]).toEqual([who, await asIdea]);
    }
    // Nothing is offered on a lesson that is not published.
    expect(
      SpreadPolicy.abilities(b.lead, { organisationId: a.org.id, state: LessonState.WITHDRAWN }),
    ).toEqual({
      asExperiment: false,
      asIdea: false,
    });
  });

  it('stopping mirrors STOPPED', async () => {
    const { lesson } = await aLesson();
    const { experiment } = await spread.adopt(c.teamManager, { lessonId: lesson.id, unitId: c.units.team });
    await s.experiments.stop(c.teamManager, {
      id: experiment!.id,
      version: experiment!.version,
      reason: 'Ikke ressurser nå',
      learningCard: { ...card, nextStep: NextStep.STOP },
    });
    expect((await m().findOneByOrFail(AdoptionEntity, { experimentId: experiment!.id })).state).toBe(
      AdoptionState.STOPPED,
    );
    // An ordinary experiment (no source lesson) costs the mirror nothing and touches no adoption.
    expect(await m().countBy(IdeaEntity, { sourceLessonId: lesson.id })).toBe(0);
  });
});
