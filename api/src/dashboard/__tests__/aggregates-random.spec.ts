import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { INNOVATION_ACTIONS, LessonReach, LessonState, PartnerKind, THEMES } from '@laerekraft/shared';
import { ExperimentEntity } from '../../experiments/experiment.entity.js';
import { IdeaEntity } from '../../ideas/idea.entity.js';
import { buildLessonWorld, lessonRow, unitIn, type LessonWorld } from '../../testing/lessons.js';
import { createTestDataSource } from '../../testing/test-database.js';
import { PORTFOLIO_ALL_RIGHT, portfolioCheck } from '../../testing/portfolio.js';

/** A small seeded PRNG (mulberry32): the same changes on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T | undefined => (xs.length ? xs[int(xs.length)] : undefined);
  const some = <T>(xs: readonly T[]): T[] => xs.filter(() => next() < 0.35);
  return { next, int, pick, some };
}

const SEED = 20261201;
const CHANGES = 150;

/**
 * The aggregates after random changes (issue 9, "the aggregate check agrees with a full
 * recomputation after random changes"): a seeded PRNG applies mixed changes to the record as
 * the superuser (state changes, log entries, lessons published, withdrawn and moved between
 * reaches, adoptions, partners, union involvements, an experiment moved to another unit,
 * deletes), with timestamps near midnight so the Oslo day differs from the UTC one; then
 * `app_portfolio_check()` recomputes everything from the record and finds no difference.
 */
describe('portfolio aggregates after random changes (real PostgreSQL)', () => {
  let env: Awaited<ReturnType<typeof createTestDataSource>>;
  let w: LessonWorld;

  beforeAll(async () => {
    env = await createTestDataSource();
    w = await buildLessonWorld(env.ds.manager);
  });
  afterAll(() => env?.close());

  const check = () => portfolioCheck(env.ds);
  const allRight = PORTFOLIO_ALL_RIGHT;

  it(`${CHANGES} seeded changes leave app_portfolio_check() all zeros`, async () => {
    const m = env.ds.manager;
    const r = prng(SEED);
    const a = w.a;
    const bUnit = await unitIn(m, w.b.org.id, 'B-enheten');
    const units = [a.units.sector, a.units.department, a.units.team, a.units.other];
    const people = [a.employee.personId, a.colleague.personId, a.rep.personId];
    /** A timestamp in 2026, at a random hour: 22:00–23:59 UTC is already the next day in Oslo. */
    const at = () => {
      const d = new Date(
        Date.UTC(2026, r.int(11), 1 + r.int(28), r.next() < 0.3 ? 22 + r.int(2) : r.int(22), r.int(60)),
      );
      return d;
    };
    const dayOf = (d: Date) => d.toISOString().slice(0, 10);
    const actions = () => r.some(INNOVATION_ACTIONS);
    const sdgs = () => [...new Set(r.some([1, 3, 4, 10, 11, 17]))];
    const theme = () => (r.next() < 0.2 ? null : r.pick(THEMES)!);
    const ids = async (sql: string, params: unknown[] = []) =>
      (await m.query<Array<{ id: string }>>(sql, params)).map((x) => x.id);

    const newExperiment = async (organisationId = a.org.id, unitId = r.pick(units)!) =>
      (
        await m.insert(ExperimentEntity, {
          organisationId,
          unitId,
          ownerId: organisationId === a.org.id ? r.pick(people)! : w.b.actor.personId,
          title: 'Tilfeldig forsøk',
          state: 'PLANNED' as never,
          createdAt: at(),
          actions: actions() as never,
          sdgs: sdgs(),
          theme: theme() as never,
          hours: r.next() < 0.7 ? r.int(400) / 2 : null,
          nok: r.next() < 0.7 ? r.int(100000) : null,
          acceptableLoss: r.next() < 0.5 ? 'Noen uker' : '',
          affectsEmployees: r.next() < 0.4,
        })
      ).identifiers[0]!.id as string;
    // Something to change: a few of each to begin with.
    for (let i = 0; i < 8; i++) await newExperiment();
    for (let i = 0; i < 3; i++) await newExperiment(w.b.org.id, bUnit);
    // B's published lessons, to adopt from; approved ideas, to become experiments.
    for (const reach of [LessonReach.PUBLIC, LessonReach.NETWORK]) {
      const id = await newExperiment(w.b.org.id, bUnit);
      await m.query(
        `UPDATE experiments SET state = 'CONCLUDED', result = 'SUPPORTED', started_at = $2, ended_at = $2 WHERE id = $1`,
        [id, at()],
      );
      await lessonRow(m, await m.findOneByOrFail(ExperimentEntity, { id }), {
        state: LessonState.PUBLISHED,
        reach,
        networkIds: reach === LessonReach.NETWORK ? [w.network.id] : [],
        publishedAt: at(),
      });
    }
    for (let i = 0; i < 3; i++)
      await m.insert(IdeaEntity, {
        organisationId: a.org.id,
        unitId: r.pick(units)!,
        authorId: r.pick(people)!,
        title: 'Godkjent idé',
        state: 'APPROVED' as never,
        submittedAt: new Date('2026-01-05T12:00:00Z'),
        decidedAt: new Date('2026-01-09T23:30:00Z'),
        decidedById: a.lead.personId,
      });

    const done: Record<string, number> = {};
    const ops: Array<[string, () => Promise<boolean>]> = [
      [
        'new idea',
        async () => {
          const submitted = r.next() < 0.8 ? at() : null;
          await m.insert(IdeaEntity, {
            organisationId: a.org.id,
            unitId: r.pick(units)!,
            authorId: r.pick(people)!,
            title: 'Tilfeldig idé',
            state: (submitted ? 'SUBMITTED' : 'DRAFT') as never,
            actions: actions() as never,
            sdgs: sdgs(),
            theme: theme() as never,
            submittedAt: submitted,
          });
          return true;
        },
      ],
      [
        'idea decided',
        async () => {
          const id = r.pick(
            await ids(`SELECT id FROM ideas WHERE organisation_id = $1 AND state <> 'DRAFT'`, [a.org.id]),
          );
          if (!id) return false;
          await m.query(
            `UPDATE ideas SET state = $2, decided_at = submitted_at + $3 * interval '1 hour', decided_by_id = $4 WHERE id = $1`,
            [id, r.pick(['APPROVED', 'DECLINED', 'PARKED', 'SUBMITTED']), r.int(2000), a.lead.personId],
          );
          return true;
        },
      ],
      [
        'idea becomes an experiment',
        async () => {
          const idea = r.pick(
            await ids(`SELECT id FROM ideas WHERE state = 'APPROVED' AND experiment_id IS NULL`),
          );
          const e = r.pick(
            await ids(`SELECT id FROM experiments WHERE organisation_id = $1 AND idea_id IS NULL`, [
              a.org.id,
            ]),
          );
          if (!idea || !e) return false;
          await m.query(`UPDATE ideas SET experiment_id = $2 WHERE id = $1`, [idea, e]);
          await m.query(`UPDATE experiments SET idea_id = $1 WHERE id = $2`, [idea, e]);
          return true;
        },
      ],
      [
        'new experiment',
        async () => {
          await newExperiment(r.next() < 0.8 ? a.org.id : w.b.org.id);
          return true;
        },
      ],
      [
        'experiment started',
        async () => {
          const e = r.pick(await ids(`SELECT id FROM experiments WHERE state = 'PLANNED'`));
          if (!e) return false;
          await m.query(`UPDATE experiments SET state = 'RUNNING', started_at = $2 WHERE id = $1`, [e, at()]);
          return true;
        },
      ],
      [
        'experiment ended',
        async () => {
          const e = r.pick(await ids(`SELECT id FROM experiments WHERE state = 'RUNNING'`));
          if (!e) return false;
          const stopped = r.next() < 0.25;
          await m.query(
            `UPDATE experiments SET state = $2, result = $3, ended_at = started_at + $4 * interval '1 hour',
                  card_learned = $5, stop_reason = $6 WHERE id = $1`,
            [
              e,
              stopped ? 'STOPPED' : 'CONCLUDED',
              stopped ? null : r.pick(['SUPPORTED', 'NOT_SUPPORTED', 'INCONCLUSIVE']),
              r.int(5000),
              r.next() < 0.7 ? 'Vi lærte' : null,
              stopped ? 'Stoppet' : null,
            ],
          );
          return true;
        },
      ],
      [
        'experiment retagged',
        async () => {
          const e = r.pick(await ids(`SELECT id FROM experiments`));
          if (!e) return false;
          await m.query(
            `UPDATE experiments SET actions = $2, sdgs = $3, theme = $4, hours = $5, nok = $6, acceptable_loss = $7,
                  affects_employees = $8 WHERE id = $1`,
            [
              e,
              actions(),
              sdgs(),
              theme(),
              r.int(100),
              r.int(9000),
              r.next() < 0.5 ? 'Litt' : '',
              r.next() < 0.5,
            ],
          );
          return true;
        },
      ],
      [
        'experiment moved to another unit',
        async () => {
          const e = r.pick(await ids(`SELECT id FROM experiments WHERE organisation_id = $1`, [a.org.id]));
          if (!e) return false;
          await m.query(`UPDATE experiments SET unit_id = $2 WHERE id = $1`, [e, r.pick(units)]);
          return true;
        },
      ],
      [
        'log entry',
        async () => {
          const e = r.pick(await ids(`SELECT id FROM experiments WHERE organisation_id = $1`, [a.org.id]));
          if (!e) return false;
          await m.query(
            `INSERT INTO learning_entries (organisation_id, experiment_id, author_id, kind, text, entry_date, version)
           VALUES ($1, $2, $3, 'OBSERVATION', 'Notat', $4, 1)`,
            [a.org.id, e, r.pick(people), dayOf(at())],
          );
          return true;
        },
      ],
      [
        'log entry redated or deleted',
        async () => {
          const id = r.pick(await ids(`SELECT id FROM learning_entries`));
          if (!id) return false;
          if (r.next() < 0.5)
            await m.query(`UPDATE learning_entries SET entry_date = $2 WHERE id = $1`, [id, dayOf(at())]);
          else await m.query(`DELETE FROM learning_entries WHERE id = $1`, [id]);
          return true;
        },
      ],
      [
        'partner added',
        async () => {
          const e = r.pick(await ids(`SELECT id FROM experiments WHERE organisation_id = $1`, [a.org.id]));
          if (!e) return false;
          await m.query(
            `INSERT INTO experiment_partners (organisation_id, experiment_id, kind, name) VALUES ($1, $2, $3, 'Partner')`,
            [a.org.id, e, r.pick(Object.values(PartnerKind))],
          );
          return true;
        },
      ],
      [
        'partner removed or changed',
        async () => {
          const id = r.pick(await ids(`SELECT id FROM experiment_partners`));
          if (!id) return false;
          if (r.next() < 0.5)
            await m.query(`UPDATE experiment_partners SET kind = $2 WHERE id = $1`, [
              id,
              r.pick(Object.values(PartnerKind)),
            ]);
          else await m.query(`DELETE FROM experiment_partners WHERE id = $1`, [id]);
          return true;
        },
      ],
      [
        'union involvement',
        async () => {
          const e = r.pick(await ids(`SELECT id FROM experiments WHERE organisation_id = $1`, [a.org.id]));
          if (!e) return false;
          await m.query(
            `INSERT INTO union_involvements (organisation_id, experiment_id, occurred_on, who, what_was_said, recorded_by_id)
           VALUES ($1, $2, $3, 'Tillitsvalgt', 'Greit', $4)`,
            [a.org.id, e, dayOf(at()), a.rep.personId],
          );
          return true;
        },
      ],
      [
        'union involvement redated or deleted',
        async () => {
          const id = r.pick(await ids(`SELECT id FROM union_involvements`));
          if (!id) return false;
          if (r.next() < 0.5)
            await m.query(`UPDATE union_involvements SET occurred_on = $2 WHERE id = $1`, [id, dayOf(at())]);
          else await m.query(`DELETE FROM union_involvements WHERE id = $1`, [id]);
          return true;
        },
      ],
      [
        'lesson published',
        async () => {
          const e = r.pick(
            await ids(`SELECT e.id FROM experiments e WHERE e.state IN ('CONCLUDED', 'STOPPED')
                        AND NOT EXISTS (SELECT 1 FROM lessons l WHERE l.experiment_id = e.id)`),
          );
          if (!e) return false;
          const reach = r.pick([
            LessonReach.ORGANISATION,
            LessonReach.NETWORK,
            LessonReach.PUBLIC,
            LessonReach.UNIT,
          ])!;
          await lessonRow(m, await m.findOneByOrFail(ExperimentEntity, { id: e }), {
            state: r.next() < 0.8 ? LessonState.PUBLISHED : LessonState.DRAFT,
            reach,
            networkIds: reach === LessonReach.NETWORK ? [w.network.id] : [],
            publishedAt: at(),
          });
          return true;
        },
      ],
      [
        'lesson withdrawn, republished or its reach changed',
        async () => {
          const id = r.pick(await ids(`SELECT id FROM lessons`));
          if (!id) return false;
          const x = r.int(3);
          if (x === 0)
            await m.query(
              `UPDATE lessons SET state = 'WITHDRAWN', withdrawn_at = now(), withdrawn_reason = 'Feil' WHERE id = $1`,
              [id],
            );
          else if (x === 1)
            await m.query(`UPDATE lessons SET state = 'PUBLISHED', published_at = $2 WHERE id = $1`, [
              id,
              at(),
            ]);
          else {
            const reach = r.pick([LessonReach.ORGANISATION, LessonReach.NETWORK, LessonReach.PUBLIC])!;
            await m.query(`UPDATE lessons SET reach = $2, network_ids = $3 WHERE id = $1`, [
              id,
              reach,
              reach === LessonReach.NETWORK ? [r.pick([w.network.id, w.otherNetwork.id])] : [],
            ]);
          }
          return true;
        },
      ],
      [
        'adoption',
        async () => {
          const source = r.pick(
            await ids(`SELECT id FROM lessons WHERE organisation_id = $1 AND state = 'PUBLISHED'`, [
              w.b.org.id,
            ]),
          );
          const e = r.pick(
            await ids(
              `SELECT e.id FROM experiments e WHERE e.organisation_id = $1
                        AND NOT EXISTS (SELECT 1 FROM adoptions x WHERE x.experiment_id = e.id)`,
              [a.org.id],
            ),
          );
          if (!source || !e) return false;
          await m.query(
            `INSERT INTO adoptions (organisation_id, unit_id, experiment_id, source_lesson_id, source_organisation_id, lineage, state, created_by_id)
           VALUES ($1, $2, $3, $4, $5, ARRAY[$4::uuid], $6, $7)`,
            [
              a.org.id,
              a.units.team,
              e,
              source,
              w.b.org.id,
              r.pick(['PLANNED', 'RUNNING', 'DECLINED']),
              a.lead.personId,
            ],
          );
          await m.query(`UPDATE lessons SET adoption_count = adoption_count + 1 WHERE id = $1`, [source]);
          return true;
        },
      ],
      [
        'adoption declined or deleted',
        async () => {
          const id = r.pick(await ids(`SELECT id FROM adoptions`));
          if (!id) return false;
          if (r.next() < 0.5) await m.query(`UPDATE adoptions SET state = 'DECLINED' WHERE id = $1`, [id]);
          else await m.query(`DELETE FROM adoptions WHERE id = $1`, [id]);
          return true;
        },
      ],
      [
        'idea deleted',
        async () => {
          const id = r.pick(await ids(`SELECT id FROM ideas WHERE experiment_id IS NULL`));
          if (!id) return false;
          await m.query(`DELETE FROM idea_backings WHERE idea_id = $1`, [id]);
          await m.query(`DELETE FROM ideas WHERE id = $1`, [id]);
          return true;
        },
      ],
      [
        'experiment deleted',
        async () => {
          const e = r.pick(
            await ids(`SELECT e.id FROM experiments e WHERE NOT EXISTS (SELECT 1 FROM lessons l WHERE l.experiment_id = e.id)
                        AND NOT EXISTS (SELECT 1 FROM ideas i WHERE i.experiment_id = e.id)`),
          );
          if (!e) return false;
          for (const t of [
            'learning_entries',
            'experiment_partners',
            'union_involvements',
            'adoptions',
            'measurements',
            'experiment_members',
          ])
            await m.query(`DELETE FROM ${t} WHERE experiment_id = $1`, [e]);
          await m.query(`DELETE FROM experiments WHERE id = $1`, [e]);
          return true;
        },
      ],
    ];

    let applied = 0;
    for (let tries = 0; applied < CHANGES && tries < CHANGES * 10; tries++) {
      const [name, op] = r.pick(ops)!;
      if (await op()) {
        applied++;
        done[name] = (done[name] ?? 0) + 1;
        if (applied % 50 === 0) expect(await check()).toEqual(allRight);
      }
    }
    expect(applied).toBe(CHANGES);
    // Every kind of change ran at least once, and the record is not trivial.
    expect(Object.keys(done).sort()).toEqual(ops.map(([n]) => n).sort());
    const [{ n }] = await env.ds.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM portfolio_cells WHERE n <> 0`,
    );
    expect(n).toBeGreaterThan(50);
    expect(await check()).toEqual(allRight);
    // And the check sees a cell that is off by one.
    await env.ds.query(
      `UPDATE portfolio_cells SET n = n + 1 WHERE ctid = (SELECT ctid FROM portfolio_cells WHERE n > 0 LIMIT 1)`,
    );
    expect(await check()).toEqual([
      ['portfolio_facts', 0, 0],
      ['portfolio_cells', 1, 1],
      ['shared_lesson_cells', 0, 0],
    ]);
  });
});
