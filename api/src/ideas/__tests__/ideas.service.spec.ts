import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ExperimentResult, IdeaState, NextStep } from '@laerekraft/shared';
import { refusal } from '../../testing/refusal.js';
import { AuditEventEntity } from '../../audit/audit-event.entity.js';
import { ExperimentEntity } from '../../experiments/experiment.entity.js';
import { NotificationEntity } from '../../notifications/notification.entity.js';
import { IdeaEntity } from '../idea.entity.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { buildOrganisation } from '../../testing/fixtures.js';
import { cycleServices } from '../../testing/services.js';

describe('ideas and decisions (real PostgreSQL)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let s: ReturnType<typeof cycleServices>;
  let o: Awaited<ReturnType<typeof buildOrganisation>>;

  beforeAll(async () => {
    env = await createTestDataSource();
    s = cycleServices(env.app);
    o = await buildOrganisation(env.ds.manager);
  });
  afterAll(() => env.close());

  const submitted = async (title = 'Nattilsyn med sensor') => {
    const draft = await s.ideas.create(o.employee, {
      title,
      unitId: o.units.team,
      needWhose: 'Hjemmeboende eldre',
      needObserved: 'Nattevaktene ser det',
      proposal: 'Sensorer i ti hjem',
      benefit: 'Bedre søvn',
    });
    return s.ideas.submit(o.employee, { id: draft.id, version: draft.version });
  };
  const auditOf = (id: string) =>
    env.ds.manager.find(AuditEventEntity, { where: { entityId: id }, order: { at: 'ASC' } });

  it('approval writes the experiment, the audit row and the notice in the same transaction as the state change', async () => {
    const idea = await submitted();
    const approved = await s.ideas.approve(o.sectorManager, { id: idea.id, version: idea.version });
    expect(approved.state).toBe(IdeaState.APPROVED);
    const experiment = await env.ds.manager.findOneByOrFail(ExperimentEntity, { id: approved.experimentId! });
    expect(experiment).toMatchObject({
      state: 'PLANNED',
      title: idea.title,
      ideaId: idea.id,
      ownerId: o.employee.personId,
      unitId: o.units.team,
    });
    const trail = await auditOf(idea.id);
    expect(trail.map((a) => a.action)).toEqual(['idea.created', 'idea.submitted', 'idea.approved']);
    expect(trail[2]).toMatchObject({
      actorId: o.sectorManager.personId,
      before: { state: 'SUBMITTED' },
      after: { state: 'APPROVED', experimentId: experiment.id },
    });
    // same transaction: the rows carry the same transaction timestamp
    const [{ same }] = await env.ds.query(
      `SELECT (SELECT xmin FROM ideas WHERE id = $1) = (SELECT xmin FROM audit_events WHERE entity_id = $1 AND action = 'idea.approved') AND
              (SELECT xmin FROM ideas WHERE id = $1) = (SELECT xmin FROM experiments WHERE id = $2) AS same`,
      [idea.id, experiment.id],
    );
    expect(same).toBe(true);
    expect(
      await env.ds.manager.countBy(NotificationEntity, {
        personId: o.employee.personId,
        subjectId: idea.id,
        kind: 'idea.approved',
      }),
    ).toBe(1);
  });

  it('a failed approval changes nothing: no state change, no experiment, no audit row, no notice', async () => {
    const idea = await submitted();
    const e = await refusal(
      s.ideas.approve(o.sectorManager, {
        id: idea.id,
        version: idea.version,
        ownerId: '00000000-0000-4000-8000-000000000000',
      }),
    );
    expect(e.code).toBe('VALIDATION_FAILED');
    expect((await env.ds.manager.findOneByOrFail(IdeaEntity, { id: idea.id })).state).toBe(
      IdeaState.SUBMITTED,
    );
    expect(await env.ds.manager.countBy(ExperimentEntity, { ideaId: idea.id })).toBe(0);
    expect((await auditOf(idea.id)).map((a) => a.action)).toEqual(['idea.created', 'idea.submitted']);
    expect(await env.ds.manager.countBy(NotificationEntity, { subjectId: idea.id })).toBe(0);
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const idea = await submitted();
    const e = await refusal(
      s.ideas.decline(o.teamManager, {
        id: idea.id,
        version: idea.version - 1,
        reason: 'Mangler budsjett i år',
      }),
    );
    expect(e.code).toBe('CONFLICT');
    expect((await env.ds.manager.findOneByOrFail(IdeaEntity, { id: idea.id })).state).toBe(
      IdeaState.SUBMITTED,
    );
  });

  it('refuses an invalid transition with INVALID_TRANSITION and changes nothing', async () => {
    const idea = await submitted();
    const declined = await s.ideas.decline(o.teamManager, {
      id: idea.id,
      version: idea.version,
      reason: 'Dette er prøvd i Bodø',
    });
    const e = await refusal(s.ideas.submit(o.employee, { id: declined.id, version: declined.version }));
    expect(e.code).toBe('INVALID_TRANSITION');
    const again = await refusal(
      s.ideas.park(o.teamManager, {
        id: declined.id,
        version: declined.version,
        reason: 'Vent til neste år',
      }),
    );
    expect(again.code).toBe('INVALID_TRANSITION');
    const row = await env.ds.manager.findOneByOrFail(IdeaEntity, { id: idea.id });
    expect(row).toMatchObject({
      state: 'DECLINED',
      version: declined.version,
      decisionReason: 'Dette er prøvd i Bodø',
    });
  });

  it('needs a learnable reason to decline or park', async () => {
    const idea = await submitted();
    const e = await refusal(
      s.ideas.park(o.teamManager, { id: idea.id, version: idea.version, reason: 'Nei' }),
    );
    expect(e.fields).toEqual([{ field: 'reason', message: 'reasonTooShort', params: { min: 12 } }]);
  });

  it('lets a parked idea be resubmitted after an edit, and records both', async () => {
    const idea = await submitted();
    const parked = await s.ideas.park(o.teamManager, {
      id: idea.id,
      version: idea.version,
      reason: 'Vent til budsjettet er klart',
    });
    const edited = await s.ideas.update(o.employee, {
      id: parked.id,
      version: parked.version,
      title: 'Nattilsyn, mindre skala',
      unitId: o.units.team,
      needWhose: 'x',
      needObserved: 'y',
      proposal: 'z',
      benefit: 'w',
    });
    const again = await s.ideas.submit(o.employee, { id: edited.id, version: edited.version });
    expect(again.state).toBe('SUBMITTED');
    const trail = await auditOf(idea.id);
    expect(trail.map((a) => a.action).slice(-3)).toEqual(['idea.parked', 'idea.edited', 'idea.resubmitted']);
    expect(trail.find((a) => a.action === 'idea.edited')).toMatchObject({
      before: { title: 'Nattilsyn med sensor' },
      after: { title: 'Nattilsyn, mindre skala' },
    });
  });

  it('refuses decisions by the author, by managers of other branches, and by employees', async () => {
    const own = await s.ideas.create(o.teamManager, {
      title: 'Min egen idé',
      unitId: o.units.team,
      needWhose: 'a',
      needObserved: 'b',
      proposal: 'c',
      benefit: 'd',
    });
    const sent = await s.ideas.submit(o.teamManager, { id: own.id, version: own.version });
    expect((await refusal(s.ideas.approve(o.teamManager, { id: sent.id, version: sent.version }))).code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await refusal(s.ideas.approve(o.otherManager, { id: sent.id, version: sent.version }))).code,
    ).toBe('FORBIDDEN');
    expect((await refusal(s.ideas.approve(o.colleague, { id: sent.id, version: sent.version }))).code).toBe(
      'FORBIDDEN',
    );
    // the manager above may
    expect((await s.ideas.approve(o.sectorManager, { id: sent.id, version: sent.version })).state).toBe(
      'APPROVED',
    );
  });

  it('shows a manager’s review queue oldest first, from their units and below, never their own ideas', async () => {
    const queue = await s.ideas.reviewQueue(o.sectorManager);
    expect(queue.length).toBeGreaterThan(0);
    expect(queue.every((i) => i.state === 'SUBMITTED' && i.authorId !== o.sectorManager.personId)).toBe(true);
    const times = queue.map((i) => i.submittedAt!.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(await s.ideas.reviewQueue(o.otherManager)).toEqual([]);
    expect(await s.ideas.reviewQueue(o.employee)).toEqual([]);
  });

  it('keeps drafts private and submission needs the whole idea', async () => {
    const draft = await s.ideas.create(o.employee, { title: 'Halvferdig', unitId: o.units.team });
    expect((await refusal(s.ideas.get(o.colleague, draft.id))).code).toBe('NOT_FOUND');
    const e = await refusal(s.ideas.submit(o.employee, { id: draft.id, version: draft.version }));
    expect(e.fields.map((f) => f.field)).toEqual(['needWhose', 'needObserved', 'proposal', 'benefit']);
  });

  it('runs the experiment to a NOT_SUPPORTED conclusion with union involvement first', async () => {
    const idea = await submitted('Hentebokser');
    const approved = await s.ideas.approve(o.teamManager, { id: idea.id, version: idea.version });
    let exp = await s.experiments.get(o.employee, approved.experimentId!);
    exp = await s.experiments.update(o.employee, {
      id: exp.id,
      version: exp.version,
      title: exp.title,
      hypothesis: {
        change: 'bokser',
        targetGroup: 'pårørende',
        expectedEffect: 'kortere kø',
        metric: 'avbrudd per uke',
        baseline: 40,
        target: 15,
        byDate: '2027-03-01',
      },
      acceptableLoss: '30 000 kr',
      hours: 10,
      nok: 30000,
      affectsEmployees: true,
    });
    const blocked = await refusal(s.experiments.start(o.employee, { id: exp.id, version: exp.version }));
    expect(blocked.code).toBe('INVALID_TRANSITION');
    expect(blocked.fields[0].message).toBe('unionInvolvementRequired');
    expect((await s.experiments.get(o.employee, exp.id)).state).toBe('PLANNED');
    await s.union.record(o.rep, {
      experimentId: exp.id,
      occurredOn: '2026-11-01',
      who: 'Tillitsvalgt',
      whatWasSaid: 'Greit med en plan for opplæring',
    });
    exp = await s.experiments.start(o.employee, { id: exp.id, version: exp.version });
    expect(exp.state).toBe('RUNNING');
    await s.learning.add(o.employee, {
      experimentId: exp.id,
      kind: 'OBSERVATION',
      text: 'Færre i kø',
      entryDate: '2026-11-10',
    });
    const card = {
      believed: 'Bokser gir færre avbrudd',
      observed: 'Like mange avbrudd',
      learned: 'Pårørende vil snakke med noen',
      nextStep: NextStep.ADJUST_AND_RETRY,
    };
    const concluded = await s.experiments.conclude(o.employee, {
      id: exp.id,
      version: exp.version,
      result: ExperimentResult.NOT_SUPPORTED,
      learningCard: card,
    });
    expect(concluded).toMatchObject({
      state: 'CONCLUDED',
      result: 'NOT_SUPPORTED',
      cardLearned: 'Pårørende vil snakke med noen',
      cardNextStep: 'ADJUST_AND_RETRY',
    });
    const after = await refusal(
      s.learning.add(o.employee, { experimentId: exp.id, kind: 'OBSERVATION', text: 'For sent' }),
    );
    expect(after.code).toBe('INVALID_TRANSITION');
  });
});
