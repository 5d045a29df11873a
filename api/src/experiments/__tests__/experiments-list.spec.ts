import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ExperimentResult,
  ExperimentSort,
  ExperimentState,
  InnovationAction,
  Theme,
  type ExperimentSort as Sort,
} from '@laerekraft/shared';
import { refusal } from '../../testing/refusal.js';
import { ExperimentEntity } from '../experiment.entity.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { buildOrganisation } from '../../testing/fixtures.js';
import { cycleServices } from '../../testing/services.js';
import type { ExperimentFilterInput } from '../dto/experiments.filter.js';

describe('the experiments list: filters, sorts and keyset pages (real PostgreSQL, RLS on)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let s: ReturnType<typeof cycleServices>;
  let o: Awaited<ReturnType<typeof buildOrganisation>>;

  beforeAll(async () => {
    env = await createTestDataSource();
    s = cycleServices(env.app);
    o = await buildOrganisation(env.ds.manager);
    const m = env.ds.manager;
    const rows: Array<
      [
        string,
        string,
        ExperimentState,
        ExperimentResult | null,
        InnovationAction[],
        number[],
        Theme | null,
        number,
      ]
    > = [
      ['Sensor om natten', o.units.team, 'RUNNING', null, ['DARE'], [3], 'HEALTH_AND_CARE', 50],
      ['Videobesøk', o.units.department, 'CONCLUDED', 'SUPPORTED', ['LEARN'], [3, 10], 'WELFARE', 40],
      ['Matvogn', o.units.sector, 'CONCLUDED', 'NOT_SUPPORTED', ['COLLABORATE'], [2], 'HEALTH_AND_CARE', 30],
      ['Leksekafé', o.units.other, 'PLANNED', null, ['DARE', 'LEARN'], [4], 'UPBRINGING', 20],
      ['Skolebuss-SENSOR', o.units.other, 'STOPPED', null, [], [], null, 10],
      ['Sensor i gymsal', o.units.other, 'RUNNING', null, ['DARE'], [4], 'UPBRINGING', 10],
    ];
    for (const [title, unitId, state, result, actions, sdgs, theme, ago] of rows) {
      const e = await m.save(
        ExperimentEntity,
        m.create(ExperimentEntity, {
          organisationId: o.org.id,
          unitId,
          ownerId: o.employee.personId,
          title,
          state,
          result,
          actions,
          sdgs,
          theme,
        }),
      );
      await m.query(
        `UPDATE experiments SET created_at = date_trunc('minute', now()) - $2 * interval '1 minute' WHERE id = $1`,
        [e.id, ago],
      );
    }
  });
  afterAll(() => env.close());

  const titles = async (filter: ExperimentFilterInput | null, sort: Sort = ExperimentSort.NEWEST) =>
    (
      await s.experiments.list(o.lead, 'ORGANISATION', 50, null, new Set(['title']), { filter, sort })
    ).nodes.map((e) => e.title);

  it('filters on state, result, unit and below, action, goal, theme and title', async () => {
    expect(await titles({ states: [ExperimentState.CONCLUDED] })).toEqual(['Matvogn', 'Videobesøk']);
    expect(await titles({ result: ExperimentResult.SUPPORTED })).toEqual(['Videobesøk']);
    expect((await titles({ unitId: o.units.department })).sort()).toEqual(['Sensor om natten', 'Videobesøk']);
    expect(await titles({ action: InnovationAction.LEARN })).toEqual(['Leksekafé', 'Videobesøk']);
    expect(await titles({ sdg: 4 })).toHaveLength(2);
    expect(await titles({ theme: Theme.HEALTH_AND_CARE })).toEqual(['Matvogn', 'Sensor om natten']);
    expect((await titles({ title: 'sensor' })).sort()).toEqual([
      'Sensor i gymsal',
      'Sensor om natten',
      'Skolebuss-SENSOR',
    ]);
    expect(
      await titles({ title: 'sensor', states: [ExperimentState.RUNNING], unitId: o.units.other }),
    ).toEqual(['Sensor i gymsal']);
  });

  it('sorts newest and oldest and pages through both without gaps or repeats', async () => {
    const newest = await titles(null);
    expect(await titles(null, ExperimentSort.OLDEST)).toEqual([...newest].reverse());
    for (const sort of [ExperimentSort.NEWEST, ExperimentSort.OLDEST]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let n = 0; n < 10; n++) {
        const page = await s.experiments.list(o.lead, 'ORGANISATION', 1, after, new Set(['title']), { sort });
        seen.push(...page.nodes.map((e) => e.title));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(await titles(null, sort));
    }
  });

  it('counts the matches and refuses what is out of range (VALIDATION_FAILED)', async () => {
    const page = await s.experiments.list(o.lead, 'ORGANISATION', 1, null, new Set(['title']), {
      filter: { title: 'sensor' },
      withTotal: true,
    });
    expect(page.totalCount).toBe(3);
    expect(
      (await refusal(s.experiments.list(o.lead, 'ORGANISATION', 1, null, undefined, { filter: { sdg: 99 } })))
        .code,
    ).toBe('VALIDATION_FAILED');
    const oldest = (await s.experiments.list(o.lead, 'ORGANISATION', 1, null, undefined, { sort: 'OLDEST' }))
      .pageInfo.endCursor;
    expect(
      (await refusal(s.experiments.list(o.lead, 'ORGANISATION', 1, oldest, undefined, { sort: 'NEWEST' })))
        .code,
    ).toBe('VALIDATION_FAILED');
  });
});
