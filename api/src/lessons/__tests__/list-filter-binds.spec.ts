import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LessonReach, LessonState, Role } from '@laerekraft/shared';
import type { Actor } from '../../core/auth/actor.js';
import { positional } from '../../core/auth/authority.js';
import { Db } from '../../core/database/db.service.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { buildLessonWorld, lessonRow, personIn, type LessonWorld } from '../../testing/lessons.js';
import { SpreadPolicy } from '../spread/spread.policy.js';

/**
 * `LessonsPolicy.listFilter` binds only the parameters it uses: PostgreSQL refuses a statement
 * with a parameter it cannot type ("could not determine data type of parameter $n"), which an
 * unused one is. The spread feature's `seesLesson` runs the filter as a statement of its own,
 * with nothing else naming its parameters, so every reader's filter must stand alone.
 */
describe('the lessons list filter binds what it uses (real PostgreSQL, RLS on)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let w: LessonWorld;
  let db: Db;
  const ids = {} as Record<'unit' | 'organisation' | 'draft' | 'withdrawn', string>;
  let reader: Actor;

  beforeAll(async () => {
    env = await createTestDataSource();
    db = new Db(env.app);
    w = await buildLessonWorld(env.ds.manager);
    const m = env.ds.manager;
    const row = async (state: LessonState, reach: LessonReach, title: string) =>
      (await lessonRow(m, await w.experiment(title), { state, reach })).id;
    ids.unit = await row(LessonState.PUBLISHED, LessonReach.UNIT, 'Enhet');
    ids.organisation = await row(LessonState.PUBLISHED, LessonReach.ORGANISATION, 'Organisasjon');
    ids.draft = await row(LessonState.DRAFT, LessonReach.ORGANISATION, 'Utkast');
    ids.withdrawn = await row(LessonState.WITHDRAWN, LessonReach.ORGANISATION, 'Trukket');
    reader = await personIn(m, w.a.org.id, w.a.units.team, [[Role.READER, null]]);
  });
  afterAll(() => env.close());

  const seen = async (actor: Actor) => {
    const { params, bind } = positional();
    const filter = SpreadPolicy.seesLesson(actor, 'l', 'e', bind);
    // Every bound parameter is named in the statement.
    params.forEach((_, i) => expect(filter).toMatch(new RegExp(`\\$${i + 1}(?!\\d)`)));
    const rows: Array<{ id: string }> = await db.run(actor.scope, (m) =>
      m.query(
        `SELECT l.id FROM lessons l LEFT JOIN experiments e ON e.id = l.experiment_id WHERE ${filter}`,
        params,
      ),
    );
    const got = new Set(rows.map((r) => r.id));
    return Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, got.has(id)]));
  };

  it('the innovation lead: the statement runs (no unused parameter) and sees every lesson, drafts and withdrawn too', async () => {
    expect(await seen(w.a.lead)).toEqual({ unit: true, organisation: true, draft: true, withdrawn: true });
  });

  it('a manager of the unit, the author, a colleague in the unit, elsewhere in the organisation, a reader', async () => {
    const all = { unit: true, organisation: true, draft: true, withdrawn: true };
    const published = { unit: true, organisation: true, draft: false, withdrawn: false };
    expect(await seen(w.a.teamManager)).toEqual(all);
    expect(await seen(w.a.employee)).toEqual(all);
    expect(await seen(w.a.colleague)).toEqual(published);
    expect(await seen(w.readers.sameOrg!)).toEqual({ ...published, unit: false });
    expect(await seen(reader)).toEqual(published);
    expect(await seen(w.a.otherManager)).toEqual({ ...published, unit: false });
  });
});
