import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ExperimentState, IdeaState, LearningEntryKind } from '@laerekraft/shared';
import { Db } from '../../core/database/db.service.js';
import { ExperimentEntity } from '../../experiments/experiment.entity.js';
import { IdeaEntity } from '../../ideas/idea.entity.js';
import { LearningEntryEntity } from '../../learning/learning-entry.entity.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { buildOrganisation } from '../../testing/fixtures.js';
import { PortfolioService } from '../portfolio.service.js';
import { addReader } from '../../lessons/spread/__tests__/spread-fixtures.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
const ymd = (d: Date) => d.toISOString().slice(0, 10);

describe('the portfolio glance (real PostgreSQL, RLS on)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let service: PortfolioService;
  let o: Awaited<ReturnType<typeof buildOrganisation>>;
  let other: Awaited<ReturnType<typeof buildOrganisation>>;

  beforeAll(async () => {
    env = await createTestDataSource();
    service = new PortfolioService(new Db(env.app));
    o = await buildOrganisation(env.ds.manager);
    other = await buildOrganisation(env.ds.manager);
    const m = env.ds.manager;
    const experiment = async (org: typeof o, title: string, fields: Partial<ExperimentEntity>) =>
      m.save(
        ExperimentEntity,
        m.create(ExperimentEntity, {
          organisationId: org.org.id,
          unitId: org.units.team,
          ownerId: org.employee.personId,
          title,
          ...fields,
        }),
      );
    const entry = (e: ExperimentEntity, on: Date) =>
      m.insert(LearningEntryEntity, {
        organisationId: o.org.id,
        experimentId: e.id,
        authorId: o.employee.personId,
        kind: LearningEntryKind.OBSERVATION,
        text: 'Notat',
        entryDate: ymd(on),
      });
    const quietLong = await experiment(o, 'Stille lenge', {
      state: ExperimentState.RUNNING,
      startedAt: daysAgo(90),
    });
    await entry(quietLong, daysAgo(60));
    await experiment(o, 'Aldri logget', { state: ExperimentState.RUNNING, startedAt: daysAgo(40) });
    const active = await experiment(o, 'Aktiv', { state: ExperimentState.RUNNING, startedAt: daysAgo(80) });
    await entry(active, daysAgo(60));
    await entry(active, daysAgo(3));
    await experiment(o, 'Nystartet', { state: ExperimentState.RUNNING, startedAt: daysAgo(2) });
    await experiment(o, 'Venter på tillitsvalgt', { state: ExperimentState.PLANNED, affectsEmployees: true });
    const involved = await experiment(o, 'Tillitsvalgt med', {
      state: ExperimentState.PLANNED,
      affectsEmployees: true,
    });
    await m.query(
      `INSERT INTO union_involvements (organisation_id, experiment_id, occurred_on, who, what_was_said, recorded_by_id)
       VALUES ($1, $2, current_date, 'Tillitsvalgt', 'Greit', $3)`,
      [o.org.id, involved.id, o.rep.personId],
    );
    await experiment(o, 'Uten lærdom', {
      state: ExperimentState.CONCLUDED,
      endedAt: daysAgo(5),
      result: 'SUPPORTED',
    });
    const withLesson = await experiment(o, 'Med lærdom', {
      state: ExperimentState.CONCLUDED,
      endedAt: daysAgo(10),
      result: 'INCONCLUSIVE',
    });
    await m.query(
      `INSERT INTO lessons (organisation_id, unit_id, experiment_id, state, reach, version, title, experiment_state, created_by_id)
       VALUES ($1, $2, $3, 'DRAFT', 'ORGANISATION', 1, 'Lærdom', 'CONCLUDED', $4)`,
      [o.org.id, o.units.team, withLesson.id, o.lead.personId],
    );
    await experiment(o, 'Stoppet', { state: ExperimentState.STOPPED, endedAt: daysAgo(1) });
    for (const [title, days] of [
      ['Venter lengst', 20],
      ['Venter kort', 2],
    ] as const)
      await m.save(
        IdeaEntity,
        m.create(IdeaEntity, {
          organisationId: o.org.id,
          unitId: o.units.team,
          authorId: o.employee.personId,
          title,
          state: IdeaState.SUBMITTED,
          submittedAt: daysAgo(days),
        }),
      );
    // Another organisation's quiet experiment and waiting idea are not this one's.
    await experiment(other, 'Annen kommune', { state: ExperimentState.RUNNING, startedAt: daysAgo(90) });
  });
  afterAll(() => env.close());

  it('gathers what needs the lead, each list with its count, and the numbers, for this organisation only', async () => {
    const p = await service.get(o.lead);
    const titles = (s: { items: Array<{ title: string }> }) => s.items.map((i) => i.title);
    expect(titles(p.ideasWaiting)).toEqual(['Venter lengst', 'Venter kort']);
    expect(p.ideasWaiting.count).toBe(2);
    expect(titles(p.quiet)).toEqual(['Stille lenge', 'Aldri logget']);
    expect(p.quiet.items[0].lastEntryOn).toBe(ymd(daysAgo(60)));
    expect(titles(p.awaitingUnion)).toEqual(['Venter på tillitsvalgt']);
    expect(titles(p.withoutLesson)).toEqual(['Uten lærdom']);
    expect(titles(p.running)).toEqual(['Nystartet', 'Aldri logget', 'Aktiv', 'Stille lenge']);
    expect(titles(p.recentResults)).toEqual(['Stoppet', 'Uten lærdom', 'Med lærdom']);
    expect(p.recentResults.items[1]).toMatchObject({ result: 'SUPPORTED', unitName: 'Sone sentrum' });
    expect(p.counts).toEqual({
      ideasSubmitted: 2,
      experimentsPlanned: 2,
      experimentsRunning: 4,
      experimentsConcluded: 2,
      lessons: 1,
    });
    const theirs = await service.get(other.lead);
    expect(titles(theirs.quiet)).toEqual(['Annen kommune']);
    expect(theirs.counts.lessons).toBe(0);
  });

  // Mitt arbeid gives a reader the four glances and a union representative the experiments
  // waiting for them: the same lists, under the same RLS, and none of another organisation's.
  it('gives a reader and a union representative the same lists as the lead, and another organisation’s none of them', async () => {
    const titles = (s: { items: Array<{ title: string }> }) => s.items.map((i) => i.title);
    const reader = await addReader(env.ds.manager, o.org.id);
    for (const actor of [reader, o.rep]) {
      const p = await service.get(actor);
      expect(titles(p.ideasWaiting)).toEqual(['Venter lengst', 'Venter kort']);
      expect(titles(p.running)).toEqual(['Nystartet', 'Aldri logget', 'Aktiv', 'Stille lenge']);
      expect(titles(p.quiet)).toEqual(['Stille lenge', 'Aldri logget']);
      expect(titles(p.recentResults)).toEqual(['Stoppet', 'Uten lærdom', 'Med lærdom']);
      expect(titles(p.awaitingUnion)).toEqual(['Venter på tillitsvalgt']);
      expect(p.awaitingUnion.count).toBe(1);
    }
    const theirs = await service.get(other.rep);
    expect(theirs.awaitingUnion).toEqual({ count: 0, items: [] });
    expect(theirs.ideasWaiting).toEqual({ count: 0, items: [] });
    expect(titles(theirs.running)).toEqual(['Annen kommune']);
  });

  it('lets RLS alone keep another organisation’s rows out, under the portfolio’s own scope', async () => {
    // The second wall: the other organisation's representative, asking for this organisation's
    // experiments by its id in their own transaction, gets nothing back; this one's, its own.
    const awaiting = (actor: typeof o.rep) =>
      new Db(env.app).run(actor.scope, (m) =>
        m.query(
          `SELECT e.title FROM experiments e
           WHERE e.affects_employees AND NOT EXISTS (SELECT 1 FROM union_involvements ui WHERE ui.experiment_id = e.id)
             AND e.organisation_id = $1`,
          [o.org.id],
        ),
      );
    expect(await awaiting(o.rep)).toEqual([{ title: 'Venter på tillitsvalgt' }]);
    expect(await awaiting(other.rep)).toEqual([]);
  });
});

describe('the portfolio count of lessons: what the viewer may see (LessonsPolicy)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let service: PortfolioService;
  let o: Awaited<ReturnType<typeof buildOrganisation>>;

  beforeAll(async () => {
    env = await createTestDataSource();
    service = new PortfolioService(new Db(env.app));
    o = await buildOrganisation(env.ds.manager);
    const m = env.ds.manager;
    const lesson = async (ownerId: string, state: string, reach: string) => {
      const e = await m.save(
        ExperimentEntity,
        m.create(ExperimentEntity, {
          organisationId: o.org.id,
          unitId: o.units.team,
          ownerId,
          title: `${state} ${reach}`,
          state: ExperimentState.CONCLUDED,
          endedAt: daysAgo(3),
          result: 'SUPPORTED',
        }),
      );
      await m.query(
        `INSERT INTO lessons (organisation_id, unit_id, experiment_id, state, reach, version, title, experiment_state,
                              created_by_id, published_at)
         VALUES ($1, $2, $3, $4, $5, 1, 'Lærdom', 'CONCLUDED', $6, $7)`,
        [o.org.id, o.units.team, e.id, state, reach, o.lead.personId, state === 'DRAFT' ? null : new Date()],
      );
    };
    await lesson(o.employee.personId, 'DRAFT', 'ORGANISATION'); // the employee owns the experiment: a writer
    await lesson(o.lead.personId, 'PUBLISHED', 'ORGANISATION');
    await lesson(o.lead.personId, 'PUBLISHED', 'UNIT'); // the team and below
    await lesson(o.lead.personId, 'WITHDRAWN', 'ORGANISATION'); // its writers only
  });
  afterAll(() => env.close());

  it('counts no one else’s drafts, no withdrawn lesson but its writers’, no UNIT-reach lesson outside the viewer’s units', async () => {
    const lessons = async (a: Parameters<PortfolioService['get']>[0]) =>
      (await service.get(a)).counts.lessons;
    expect(await lessons(o.lead)).toBe(4);
    expect(await lessons(o.employee)).toBe(3); // the organisation's, the team's, and the draft of their experiment
    expect(await lessons(o.colleague)).toBe(2); // the organisation's and the team's
    expect(await lessons(o.otherManager)).toBe(1); // another unit: the organisation's only
    expect(await lessons(await addReader(env.ds.manager, o.org.id))).toBe(1);
  });
});
