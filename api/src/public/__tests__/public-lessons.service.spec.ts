import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ExperimentResult, LessonReach, LessonState } from '@laerekraft/shared';
import { Db } from '../../core/database/db.service.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { refusal } from '../../testing/refusal.js';
import type { LessonEntity } from '../../lessons/lesson.entity.js';
import { PublicLessonsService } from '../public-lessons.service.js';
import { adoption, lesson, municipality, type Municipality } from './public-fixtures.js';

describe('public lessons, read as nobody (real PostgreSQL, row-level security on)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let service: PublicLessonsService;
  let db: Db;
  let bodo: Municipality;
  let kinn: Municipality;
  let bergen: Municipality;
  let pub: LessonEntity;
  let hidden: Record<string, LessonEntity>;

  beforeAll(async () => {
    env = await createTestDataSource();
    const m = env.ds.manager;
    bodo = await municipality(m, '1804', 'Bodø kommune');
    kinn = await municipality(m, '4602', 'Kinn kommune');
    bergen = await municipality(m, '4601', 'Bergen kommune');
    pub = await lesson(m, bodo, { contactName: 'Kontakt Samtykkesen' });
    hidden = {
      draft: await lesson(m, bodo, { state: LessonState.DRAFT }),
      withdrawn: await lesson(m, bodo, { state: LessonState.WITHDRAWN }),
      network: await lesson(m, bodo, { reach: LessonReach.NETWORK }),
      organisation: await lesson(m, bodo, { reach: LessonReach.ORGANISATION }),
      unit: await lesson(m, bodo, { reach: LessonReach.UNIT }),
    };
    // Replications of the public lesson: Kinn's shared publicly (supported), Bergen's shared
    // only to a network (finished, result not shared), and one still running.
    await adoption(m, kinn, pub, 'CONCLUDED', {
      reach: LessonReach.PUBLIC,
      result: ExperimentResult.SUPPORTED,
    });
    await adoption(m, bergen, pub, 'CONCLUDED', {
      reach: LessonReach.NETWORK,
      result: ExperimentResult.NOT_SUPPORTED,
    });
    await adoption(m, bergen, pub, 'RUNNING');
    db = new Db(env.app);
    service = new PublicLessonsService(db);
  });
  afterAll(() => env.close());

  it('shows a public lesson with its organisation, kommune, experiment summary and roll-up', async () => {
    const l = await service.lesson(pub.id);
    expect(l).toMatchObject({
      id: pub.id,
      title: 'Nattilsyn med sensor',
      contactName: 'Kontakt Samtykkesen',
      organisation: {
        name: 'Bodø kommune',
        kind: 'KOMMUNE',
        kommunenummer: '1804',
        kommune: 'Bodø',
        fylke: 'Nordland',
      },
      experimentSummary: {
        hypothesis: { metric: 'Uønskede oppvåkninger per uke', baseline: 14, target: 7 },
        result: 'SUPPORTED',
        learningCard: { learned: 'Vi lærte', nextStep: 'SCALE' },
        measurements: [
          { measuredOn: '2026-03-01', value: 14 },
          { measuredOn: '2026-06-01', value: 12 },
        ],
        partnerKinds: ['CITIZENS'],
      },
      // Anonymous: Kinn's result is public, Bergen's finished one is not shared, one runs.
      rollup: { adoptions: 3, organisations: 2, supported: 1, notSupported: 0, notShared: 1, inProgress: 1 },
    });
  });

  it('carries no person’s name but the consenting contact, no log, comments, partners by name or internals', async () => {
    const text = JSON.stringify(await service.lesson(pub.id)) + JSON.stringify(await service.page(50, null));
    for (const secret of [
      bodo.owner.name,
      bodo.member.name,
      kinn.owner.name,
      'Eier Lekkasjesen', // a key the summary's writer added that is not on the whitelist
      'NOTAT fra Kari', // a measurement's note
      'INTERN grunn',
      'LOGGTEKST',
      'Partnernavn',
      'Internt forsøk', // the experiment's own title
      'TRUKKET',
      bodo.owner.email,
      bodo.owner.id,
      bodo.unitId,
      pub.experimentId,
      bodo.org.id,
    ])
      expect(text).not.toContain(secret);
  });

  it.each(['draft', 'withdrawn', 'network', 'organisation', 'unit'])(
    'a %s lesson is NOT_FOUND, exactly like one that does not exist',
    async (which) => {
      const e = await refusal(service.lesson(hidden[which].id));
      const none = await refusal(service.lesson('00000000-0000-4000-8000-000000000000'));
      expect(e.code).toBe('NOT_FOUND');
      expect({ code: e.code, message: e.message }).toEqual({ code: none.code, message: none.message });
    },
  );

  it('is NOT_FOUND for an id that is no uuid, without asking the database', async () => {
    expect((await refusal(service.lesson('not-a-uuid'))).code).toBe('NOT_FOUND');
  });

  it('lists exactly the public lessons, newest first, a page at a time', async () => {
    const all = await service.page(50, null);
    expect(all.nodes.map((l) => l.id).sort()).toEqual(
      [
        pub.id,
        ...(await env.ds.query(`SELECT id FROM lessons WHERE title = 'Gjenbruk' AND reach = 'PUBLIC'`)).map(
          (r: { id: string }) => r.id,
        ),
      ].sort(),
    );
    const first = await service.page(1, null);
    const second = await service.page(1, first.pageInfo.endCursor);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.nodes, ...second.nodes].map((l) => l.id)).toEqual(all.nodes.map((l) => l.id));
    expect(first.nodes[0].publishedAt.getTime()).toBeGreaterThanOrEqual(
      second.nodes[0].publishedAt.getTime(),
    );
    expect((await refusal(service.page(1, 'bm9wZQ'))).code).toBe('VALIDATION_FAILED');
  });

  it('row-level security alone, with no tenant, already shows only the public lessons and nothing private', async () => {
    // The app role's bare view, without the service's PUBLISHED/PUBLIC filter.
    const seen = await db.run(null, async (m) => ({
      lessons: (await m.query(`SELECT id, state, reach FROM lessons`)) as Array<{
        state: string;
        reach: string;
      }>,
      experiments: Number((await m.query(`SELECT count(*) AS n FROM experiments`))[0].n),
      people: Number((await m.query(`SELECT count(*) AS n FROM persons`))[0].n),
      log: Number((await m.query(`SELECT count(*) AS n FROM learning_entries`))[0].n),
      partners: Number((await m.query(`SELECT count(*) AS n FROM experiment_partners`))[0].n),
      units: Number((await m.query(`SELECT count(*) AS n FROM units`))[0].n),
    }));
    const total = Number((await env.ds.query(`SELECT count(*) AS n FROM lessons`))[0].n);
    expect(total).toBeGreaterThan(seen.lessons.length);
    expect(seen.lessons.length).toBe(2);
    for (const l of seen.lessons) expect(l).toMatchObject({ state: 'PUBLISHED', reach: 'PUBLIC' });
    expect(seen).toMatchObject({ experiments: 0, people: 0, log: 0, partners: 0, units: 0 });
  });

  it('a caller whose tenant is set cannot widen what is public: the SQL says PUBLISHED and PUBLIC too', async () => {
    const scope = { organisationId: bodo.org.id, personId: bodo.owner.id };
    // Bodø sees its own network and draft lessons under RLS, but the public read still refuses them.
    const own = await db.run(scope, (m) => m.query(`SELECT count(*)::int AS n FROM lessons`));
    expect(own[0].n).toBeGreaterThanOrEqual(6);
    await db.run(scope, async () => {
      for (const l of Object.values(hidden))
        expect((await refusal(service.lesson(l.id))).code).toBe('NOT_FOUND');
      expect((await service.page(50, null)).nodes).toHaveLength(2);
    });
  });

  it('streams open data in keyset batches, oldest first, each batch one read with no tenant', async () => {
    const one = await service.batch(null, 1);
    const two = await service.batch({ at: one[0].cursorKey, id: one[0].id }, 1);
    const rest = await service.batch({ at: two[0].cursorKey, id: two[0].id }, 1);
    expect(rest).toEqual([]);
    expect(one[0].publishedAt.getTime()).toBeLessThanOrEqual(two[0].publishedAt.getTime());
    const fresh = await service.freshness();
    // Two public lessons; adoptions seen: the three below the public lesson (Kinn's lesson has none).
    expect(fresh).toMatchObject({ lessons: 2, adoptions: 3 });
    expect(fresh.lastModified).toBeInstanceOf(Date);
  });
});
