import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@laerekraft/shared';
import type { Actor } from '../../core/auth/actor.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { personIn } from '../../testing/lessons.js';
import { buildOrganisation } from '../../testing/fixtures.js';
import { cycleServices } from '../../testing/services.js';
import { PORTFOLIO_ALL_RIGHT, portfolioCheck } from '../../testing/portfolio.js';
import { Db } from '../../core/database/db.service.js';
import { LessonEntity } from '../../lessons/lesson.entity.js';
import { SpreadService } from '../../lessons/spread/spread.service.js';
import { finishedWithLesson, makeNetwork } from '../../lessons/spread/__tests__/spread-fixtures.js';
import { DashboardService } from '../dashboard.service.js';

/**
 * "Adopted elsewhere" in a network's dashboard means adopted by another organisation, as in the
 * organisation's own figures: an adoption by another unit of the lesson's organisation counts
 * in the lesson's tree (adoption_count) but not as spread elsewhere. Adoptions go through the
 * product's path (SpreadService.adopt → app_count_adoption) under row-level security.
 */
describe('a network lesson adopted at home and elsewhere (real PostgreSQL, RLS on)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let spread: SpreadService;
  let dashboards: DashboardService;
  let a: Awaited<ReturnType<typeof buildOrganisation>>;
  let b: Awaited<ReturnType<typeof buildOrganisation>>;
  let coordinator: Actor;
  let networkId: string;

  beforeAll(async () => {
    env = await createTestDataSource();
    const s = cycleServices(env.app);
    spread = new SpreadService(s.db, s.audit, s.experiments, s.notifications);
    dashboards = new DashboardService(new Db(env.app));
    const m = env.ds.manager;
    [a, b] = [await buildOrganisation(m), await buildOrganisation(m)];
    coordinator = await personIn(m, a.org.id, null, [[Role.NETWORK_COORDINATOR, null]]);
    networkId = (await makeNetwork(m, [a.org.id, b.org.id], coordinator.personId)).id;
  });
  afterAll(() => env.close());

  const adoptedElsewhere = async () => {
    const d = await dashboards.dashboard(coordinator, { scope: 'NETWORK', scopeId: networkId });
    return d.funnel.find((s) => s.stage === 'ADOPTED_ELSEWHERE')?.count;
  };
  const counts = async (id: string) => {
    const l = await env.ds.manager.findOneByOrFail(LessonEntity, { id });
    return [l.adoptionCount, l.adoptedElsewhereCount];
  };

  it('counts the home adoption in the tree only, and the other organisation’s as adopted elsewhere', async () => {
    const { lesson } = await finishedWithLesson(
      env.ds.manager,
      { organisationId: a.org.id, unitId: a.units.team, ownerId: a.employee.personId },
      { networkIds: [networkId] },
    );
    expect(await adoptedElsewhere()).toBe(0);

    // Another unit of the lesson's own organisation tries it.
    await spread.adopt(a.otherManager, { lessonId: lesson.id, unitId: a.units.other });
    expect(await counts(lesson.id)).toEqual([1, 0]);
    expect(await adoptedElsewhere()).toBe(0);

    // Another organisation of the network tries it.
    await spread.adopt(b.teamManager, { lessonId: lesson.id, unitId: b.units.team });
    expect(await counts(lesson.id)).toEqual([2, 1]);
    expect(await adoptedElsewhere()).toBe(1);

    expect(await portfolioCheck(env.ds)).toEqual(PORTFOLIO_ALL_RIGHT);
  });
});
