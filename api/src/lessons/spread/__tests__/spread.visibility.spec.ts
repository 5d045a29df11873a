import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ExperimentResult, LessonReach, NextStep } from '@laerekraft/shared';
import type { Actor } from '../../../core/auth/actor.js';
import { createTestDataSource } from '../../../testing/test-database.js';
import { buildOrganisation } from '../../../testing/fixtures.js';
import { cycleServices } from '../../../testing/services.js';
import { LessonEntity } from '../../lesson.entity.js';
import { SpreadService } from '../spread.service.js';
import { lineages, rollups } from '../spread.reads.js';
import { addReader, finishedWithLesson, makeNetwork, measure } from './spread-fixtures.js';

const card = { believed: 'Vi trodde', observed: 'Vi så', learned: 'Vi lærte', nextStep: NextStep.SCALE };

/**
 * Who sees what of a lesson's replications, with row-level security on (the services and the
 * reads run as the application role): the adoption itself (organisation, state) reaches whoever
 * sees a lesson in its lineage; its result only whoever its own lesson reaches, or its own
 * organisation; otherwise it counts as "elsewhere, result not shared".
 */
describe('roll-up and lineage visibility (row-level security on)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let s: ReturnType<typeof cycleServices>;
  let spread: SpreadService;
  let a: Awaited<ReturnType<typeof buildOrganisation>>;
  let b: Awaited<ReturnType<typeof buildOrganisation>>;
  let d: Awaited<ReturnType<typeof buildOrganisation>>;
  let aReader: Actor;
  let bReader: Actor;
  let dReader: Actor;
  let networkId: string;
  let root: LessonEntity;
  let publicRoot: LessonEntity;
  let bLesson: LessonEntity;

  const read = (actor: Actor, id: string) =>
    s.db.run(actor.scope, async (m) => ({
      rollup: (await rollups(m, [id]))[0],
      lineage: (await lineages(m, actor, [id])).get(id)!,
    }));

  beforeAll(async () => {
    env = await createTestDataSource();
    s = cycleServices(env.app);
    spread = new SpreadService(s.db, s.audit, s.experiments, s.notifications);
    const m = env.ds.manager;
    [a, b, d] = [await buildOrganisation(m), await buildOrganisation(m), await buildOrganisation(m)];
    [aReader, bReader, dReader] = [
      await addReader(m, a.org.id),
      await addReader(m, b.org.id),
      await addReader(m, d.org.id),
    ];
    networkId = (await makeNetwork(m, [a.org.id, b.org.id], a.lead.personId)).id;
    const owner = { organisationId: a.org.id, unitId: a.units.team, ownerId: a.employee.personId };
    root = (await finishedWithLesson(m, owner, { networkIds: [networkId] })).lesson;
    publicRoot = (await finishedWithLesson(m, owner, { reach: LessonReach.PUBLIC })).lesson;

    // B tries A's network lesson, measures against its own baseline, concludes, and writes a
    // lesson kept inside B for now.
    const runIt = async (lessonId: string, unitId: string) => {
      let e = (await spread.adopt(b.lead, { lessonId, unitId })).experiment!;
      e = await s.experiments.update(b.lead, {
        id: e.id,
        version: e.version,
        affectsEmployees: false,
        hypothesis: { baseline: 50 },
      });
      e = await s.experiments.start(b.lead, { id: e.id, version: e.version });
      await measure(m, e, 30, '2026-04-01');
      return s.experiments.conclude(b.lead, {
        id: e.id,
        version: e.version,
        result: ExperimentResult.SUPPORTED,
        learningCard: card,
      });
    };
    const e = await runIt(root.id, b.units.team);
    bLesson = (
      await finishedWithLesson(
        m,
        { organisationId: b.org.id, unitId: b.units.team, ownerId: b.lead.personId },
        {
          experiment: e,
          reach: LessonReach.ORGANISATION,
          title: 'Sensorer i Sone sentrum',
          summary: {
            hypothesis: { metric: 'Nattlige besøk per uke', baseline: 50, target: 25 },
            measurements: [{ measuredOn: '2026-04-01', value: 30 }],
          },
        },
      )
    ).lesson;
    // The public lesson's adoption in B is still running.
    const p = (await spread.adopt(b.lead, { lessonId: publicRoot.id, unitId: b.units.other })).experiment!;
    const edited = await s.experiments.update(b.lead, {
      id: p.id,
      version: p.version,
      affectsEmployees: false,
    });
    await s.experiments.start(b.lead, { id: edited.id, version: edited.version });
  });
  afterAll(() => env.close());

  it('the source organisation sees that B adopted and finished, but not the result B keeps inside B', async () => {
    const { rollup, lineage } = await read(aReader, root.id);
    expect(rollup).toMatchObject({
      adoptions: 1,
      organisations: 1,
      supported: 0,
      not_shared: 1,
      in_progress: 0,
    });
    expect(lineage).toEqual([
      expect.objectContaining({
        organisationName: b.org.name,
        unitName: null, // another organisation's unit stays inside it
        state: 'CONCLUDED',
        depth: 1,
        resultShared: false,
        lessonId: null,
        result: null,
        measured: null,
      }),
    ]);
  });

  it('the adopting organisation sees its own result from the experiment, with its own baseline', async () => {
    const { rollup, lineage } = await read(bReader, root.id);
    expect(rollup).toMatchObject({ adoptions: 1, supported: 1, not_shared: 0 });
    expect(lineage[0]).toMatchObject({
      unitName: 'Sone sentrum',
      resultShared: true,
      result: 'SUPPORTED',
      measured: { baseline: 50, latest: 30, target: 25, change: -20 },
    });
  });

  it('once B shares its lesson with the network, A sees the result and the change against B’s own baseline', async () => {
    await env.ds.manager.update(
      LessonEntity,
      { id: bLesson.id },
      { reach: LessonReach.NETWORK, networkIds: [networkId] },
    );
    try {
      const { rollup, lineage } = await read(aReader, root.id);
      expect(rollup).toMatchObject({ adoptions: 1, supported: 1, not_shared: 0 });
      expect(lineage[0]).toMatchObject({
        resultShared: true,
        lessonId: bLesson.id,
        lessonTitle: 'Sensorer i Sone sentrum',
        result: 'SUPPORTED',
        measured: { metric: 'Nattlige besøk per uke', baseline: 50, latest: 30, target: 25, change: -20 },
      });
    } finally {
      await env.ds.manager.update(
        LessonEntity,
        { id: bLesson.id },
        { reach: LessonReach.ORGANISATION, networkIds: [] },
      );
    }
  });

  it('an organisation outside every network sees nothing of a network lesson’s tree, and of a public lesson’s tree only that it runs elsewhere', async () => {
    const hidden = await read(dReader, root.id);
    expect(hidden.rollup).toMatchObject({ adoptions: 0, not_shared: 0 });
    expect(hidden.lineage).toEqual([]);
    const open = await read(dReader, publicRoot.id);
    expect(open.rollup).toMatchObject({ adoptions: 1, in_progress: 1 });
    expect(open.lineage).toEqual([
      expect.objectContaining({
        organisationName: b.org.name,
        unitName: null,
        state: 'RUNNING',
        resultShared: false,
      }),
    ]);
  });

  it('a forged lineage counts nothing: app_count_adoption checks it against the source lesson', async () => {
    await expect(
      s.db.run(b.lead.scope, async (m) => {
        const [{ id }] = await m.query(
          `INSERT INTO adoptions (organisation_id, unit_id, source_lesson_id, source_organisation_id, lineage, state, created_by_id)
           VALUES ($1, $2, $3, $4, ARRAY[$5::uuid, $3::uuid], 'PROPOSED', $6) RETURNING id`,
          [b.org.id, b.units.department, root.id, a.org.id, publicRoot.id, b.lead.personId],
        );
        await m.query(`SELECT app_count_adoption($1)`, [id]);
      }),
    ).rejects.toThrow(/lineage is not the source lesson/);
    // …and no organisation may record an adoption of a lesson it cannot see.
    await expect(
      s.db.run(d.lead.scope, (m) =>
        m.query(
          `INSERT INTO adoptions (organisation_id, unit_id, source_lesson_id, source_organisation_id, lineage, state, created_by_id)
           VALUES ($1, $2, $3, $4, ARRAY[$3::uuid], 'PROPOSED', $5)`,
          [d.org.id, d.units.team, root.id, a.org.id, d.lead.personId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    expect((await env.ds.manager.findOneByOrFail(LessonEntity, { id: root.id })).adoptionCount).toBe(1);
  });

  it('the tree is found through the GIN index on lineage (the planner may not use it under row-level security)', async () => {
    const plan = async (sql: string, params: unknown[], asApp: boolean) => {
      const runner = (asApp ? env.app : env.ds).createQueryRunner();
      try {
        await runner.startTransaction();
        await runner.query(`SET LOCAL enable_seqscan = off`);
        if (asApp) await runner.query(`SELECT set_config('app.organisation_id', $1, true)`, [a.org.id]);
        const rows: Array<{ 'QUERY PLAN': string }> = await runner.query(`EXPLAIN ${sql}`, params);
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    };
    const tree = `SELECT id FROM adoptions WHERE lineage @> ARRAY[$1::uuid]`;
    // What app_lineage_adoptions runs (as its owner, without row-level security):
    expect(await plan(tree, [root.id], false)).toMatch(/ix_adoptions_lineage/);
    // The same statement as the application role cannot use it:
    expect(await plan(tree, [root.id], true)).not.toMatch(/ix_adoptions_lineage/);
    // The roll-up reads the rows the function names by their primary key.
    expect(await plan(`SELECT * FROM adoptions a WHERE a.id = ANY($1::uuid[])`, [[root.id]], true)).toMatch(
      /Index Scan using "PK_/,
    );
  });
});
