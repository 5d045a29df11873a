import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IdeaSort, IdeaState, InnovationAction, Theme, type IdeaSort as Sort } from '@laerekraft/shared';
import { refusal } from '../../testing/refusal.js';
import { IdeaEntity } from '../idea.entity.js';
import { IdeaBackingEntity } from '../idea-backing.entity.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { buildOrganisation } from '../../testing/fixtures.js';
import { cycleServices } from '../../testing/services.js';
import type { IdeaFilterInput } from '../dto/ideas.filter.js';

describe('the ideas list: filters, sorts and keyset pages (real PostgreSQL, RLS on)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let s: ReturnType<typeof cycleServices>;
  let o: Awaited<ReturnType<typeof buildOrganisation>>;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    env = await createTestDataSource();
    s = cycleServices(env.app);
    o = await buildOrganisation(env.ds.manager);
    const m = env.ds.manager;
    // name, unit, state, actions, sdgs, theme, minutes ago, backers
    const rows: Array<
      [string, string, IdeaState, InnovationAction[], number[], Theme | null, number, number]
    > = [
      ['Nattilsyn med sensor', o.units.team, IdeaState.SUBMITTED, ['DARE'], [3], 'HEALTH_AND_CARE', 60, 3],
      [
        'Digital hjemmetjeneste',
        o.units.department,
        IdeaState.SUBMITTED,
        ['LEARN'],
        [3, 10],
        'WELFARE',
        50,
        1,
      ],
      [
        'Felles matlaging',
        o.units.sector,
        IdeaState.APPROVED,
        ['COLLABORATE'],
        [2],
        'HEALTH_AND_CARE',
        40,
        2,
      ],
      [
        'Leksehjelp 100% digitalt',
        o.units.other,
        IdeaState.PARKED,
        ['DARE', 'LEARN'],
        [4],
        'UPBRINGING',
        30,
        0,
      ],
      ['Skolevei_trygg', o.units.other, IdeaState.DECLINED, [], [], null, 20, 2],
      // The same minute as the next one: the order falls back on the id, and no row is skipped or repeated.
      ['Sensor i skolen', o.units.other, IdeaState.SUBMITTED, ['DARE'], [4], 'UPBRINGING', 10, 1],
      ['Sensorlys', o.units.team, IdeaState.SUBMITTED, [], [], null, 10, 0],
    ];
    const backers = [o.colleague, o.rep, o.teamManager];
    for (const [title, unitId, state, actions, sdgs, theme, ago, backed] of rows) {
      const idea = await m.save(
        IdeaEntity,
        m.create(IdeaEntity, {
          organisationId: o.org.id,
          unitId,
          authorId: o.employee.personId,
          title,
          state,
          actions,
          sdgs,
          theme,
          submittedAt: new Date(),
        }),
      );
      await m.query(
        `UPDATE ideas SET created_at = date_trunc('minute', now()) - $2 * interval '1 minute' WHERE id = $1`,
        [idea.id, ago],
      );
      if (backed)
        await m.insert(
          IdeaBackingEntity,
          backers
            .slice(0, backed)
            .map((b) => ({ ideaId: idea.id, personId: b.personId, organisationId: o.org.id })),
        );
      id[title] = idea.id;
    }
    // Someone else's draft is never listed, whatever the filter.
    await m.save(
      IdeaEntity,
      m.create(IdeaEntity, {
        organisationId: o.org.id,
        unitId: o.units.team,
        authorId: o.colleague.personId,
        title: 'Sensor-utkast',
        state: IdeaState.DRAFT,
      }),
    );
  });
  afterAll(() => env.close());

  const titles = async (filter: IdeaFilterInput | null, sort: Sort = IdeaSort.NEWEST, first = 50) =>
    (await s.ideas.list(o.lead, 'ORGANISATION', first, null, new Set(['title']), { filter, sort })).nodes.map(
      (i) => i.title,
    );

  /** Every page of `first`, following the cursors to the end. */
  async function allPages(sort: Sort, first: number, filter: IdeaFilterInput | null = null) {
    const seen: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < 20; n++) {
      const page = await s.ideas.list(o.lead, 'ORGANISATION', first, after, new Set(['title']), {
        filter,
        sort,
      });
      seen.push(...page.nodes.map((i) => i.title));
      if (!page.pageInfo.hasNextPage) return seen;
      after = page.pageInfo.endCursor;
    }
    throw new Error('the pages never ended');
  }

  it('filters on each field, and on several at once', async () => {
    expect(await titles({ states: [IdeaState.PARKED, IdeaState.DECLINED] })).toEqual([
      'Skolevei_trygg',
      'Leksehjelp 100% digitalt',
    ]);
    expect(await titles({ action: InnovationAction.DARE })).toEqual(
      expect.arrayContaining(['Nattilsyn med sensor', 'Leksehjelp 100% digitalt', 'Sensor i skolen']),
    );
    expect(await titles({ action: InnovationAction.DARE })).toHaveLength(3);
    expect(await titles({ sdg: 3 })).toEqual(['Digital hjemmetjeneste', 'Nattilsyn med sensor']);
    expect(await titles({ theme: Theme.UPBRINGING })).toHaveLength(2);
    expect(await titles({ theme: Theme.UPBRINGING, states: [IdeaState.SUBMITTED] })).toEqual([
      'Sensor i skolen',
    ]);
    expect(await titles({ sdg: 4, action: InnovationAction.LEARN })).toEqual(['Leksehjelp 100% digitalt']);
  });

  it('a unit filter takes the units below it; an unknown unit finds nothing', async () => {
    expect((await titles({ unitId: o.units.sector })).sort()).toEqual(
      ['Digital hjemmetjeneste', 'Felles matlaging', 'Nattilsyn med sensor', 'Sensorlys'].sort(),
    );
    expect(await titles({ unitId: o.units.team })).toHaveLength(2);
    expect(await titles({ unitId: '00000000-0000-4000-8000-000000000000' })).toEqual([]);
  });

  it('a title filter matches any case, anywhere in the title, and takes % and _ literally', async () => {
    expect((await titles({ title: 'SENSOR' })).sort()).toEqual([
      'Nattilsyn med sensor',
      'Sensor i skolen',
      'Sensorlys',
    ]);
    expect(await titles({ title: '  sensorl ' })).toEqual(['Sensorlys']);
    expect(await titles({ title: '100%' })).toEqual(['Leksehjelp 100% digitalt']);
    expect(await titles({ title: '%' })).toEqual(['Leksehjelp 100% digitalt']);
    expect(await titles({ title: 'i_t' })).toEqual(['Skolevei_trygg']);
    // As a wildcard, _ would match "vei" in Skolevei.
    expect(await titles({ title: 'v_i' })).toEqual([]);
    expect(await titles({ title: '' })).toHaveLength(7);
  });

  it('never lists someone else’s draft, not even when asked for drafts', async () => {
    expect(await titles({ states: [IdeaState.DRAFT] })).toEqual([]);
    expect(await titles({ title: 'utkast' })).toEqual([]);
  });

  it('sorts newest, oldest and most backed, and pages through each without gaps or repeats', async () => {
    const newest = await titles(null, IdeaSort.NEWEST);
    expect(newest.slice(0, 2).sort()).toEqual(['Sensor i skolen', 'Sensorlys']);
    expect(newest.slice(2)).toEqual([
      'Skolevei_trygg',
      'Leksehjelp 100% digitalt',
      'Felles matlaging',
      'Digital hjemmetjeneste',
      'Nattilsyn med sensor',
    ]);
    expect(await titles(null, IdeaSort.OLDEST)).toEqual([...newest].reverse());
    const backed = await titles(null, IdeaSort.MOST_BACKED);
    expect(backed).toEqual([
      'Nattilsyn med sensor',
      'Skolevei_trygg',
      'Felles matlaging',
      backed[3],
      backed[4],
      backed[5],
      backed[6],
    ]);
    // Ties in backing fall back on newest first.
    expect(backed.slice(3, 5).sort()).toEqual(['Digital hjemmetjeneste', 'Sensor i skolen']);
    expect(backed.slice(3, 5)).toEqual(['Sensor i skolen', 'Digital hjemmetjeneste']);
    for (const sort of [IdeaSort.NEWEST, IdeaSort.OLDEST, IdeaSort.MOST_BACKED])
      for (const first of [1, 2, 3]) expect(await allPages(sort, first)).toEqual(await titles(null, sort));
    expect(await allPages(IdeaSort.MOST_BACKED, 1, { title: 'sensor' })).toEqual([
      'Nattilsyn med sensor',
      'Sensor i skolen',
      'Sensorlys',
    ]);
  });

  it('counts what the filter matches, over every page, in the same statement', async () => {
    const page = await s.ideas.list(o.lead, 'ORGANISATION', 1, null, new Set(['title']), {
      filter: { title: 'sensor' },
      withTotal: true,
    });
    expect(page.nodes).toHaveLength(1);
    expect(page.totalCount).toBe(3);
    const none = await s.ideas.list(o.lead, 'ORGANISATION', 5, null, new Set(['title']), {
      filter: { title: 'ingen slik' },
      withTotal: true,
    });
    expect(none).toMatchObject({ nodes: [], totalCount: 0 });
  });

  it('keeps the backing count with the backings (a trigger), for the most backed order', async () => {
    const reload = () => env.ds.manager.findOneByOrFail(IdeaEntity, { id: id['Sensorlys'] });
    expect((await reload()).backingCount).toBe(0);
    await s.ideas.back(o.colleague, id['Sensorlys'], true);
    await s.ideas.back(o.rep, id['Sensorlys'], true);
    await s.ideas.back(o.teamManager, id['Sensorlys'], true);
    await s.ideas.back(o.sectorManager, id['Sensorlys'], true);
    expect((await reload()).backingCount).toBe(4);
    expect((await titles(null, IdeaSort.MOST_BACKED))[0]).toBe('Sensorlys');
    await s.ideas.back(o.rep, id['Sensorlys'], false);
    await s.ideas.back(o.teamManager, id['Sensorlys'], false);
    expect((await reload()).backingCount).toBe(2);
  });

  it('refuses a filter out of range and a cursor of another order or made up (VALIDATION_FAILED)', async () => {
    const list = (after: string | null, filter: IdeaFilterInput | null, sort: Sort = IdeaSort.NEWEST) =>
      s.ideas.list(o.lead, 'ORGANISATION', 2, after, new Set(['title']), { filter, sort });
    for (const filter of [{ sdg: 0 }, { sdg: 18 }, { title: 'x'.repeat(141) }]) {
      const e = await refusal(list(null, filter));
      expect(e.code).toBe('VALIDATION_FAILED');
    }
    const newest = (await list(null, null)).pageInfo.endCursor!;
    expect((await refusal(list(newest, null, IdeaSort.MOST_BACKED))).fields).toEqual([
      { field: 'after', message: 'invalidCursor' },
    ]);
    const forged = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
    const cases: Array<[Sort, string]> = [
      [IdeaSort.NEWEST, 'not-a-cursor'],
      [IdeaSort.NEWEST, forged(['NEWEST', '2026-02-30 10:00:00+00', '00000000-0000-4000-8000-000000000000'])],
      [
        IdeaSort.NEWEST,
        forged(['NEWEST', "2026-01-01 10:00:00+00'; --", '00000000-0000-4000-8000-000000000000']),
      ],
      [IdeaSort.NEWEST, forged(['NEWEST', '2026-01-01 10:00:00+00'])],
      [
        IdeaSort.MOST_BACKED,
        forged([
          'MOST_BACKED',
          '99999999999',
          '2026-01-01 10:00:00+00',
          '00000000-0000-4000-8000-000000000000',
        ]),
      ],
    ];
    for (const [sort, after] of cases)
      expect((await refusal(list(after, null, sort))).code).toBe('VALIDATION_FAILED');
    // A well-formed cursor of the same order is taken.
    const ok = forged(['NEWEST', '2026-01-01 10:00:00.123456+00', '00000000-0000-4000-8000-000000000000']);
    expect((await list(ok, null)).nodes).toEqual([]);
  });
});
