import type { EntityManager } from 'typeorm';
import { LessonReach, LessonState, Role } from '@laerekraft/shared';
import { ExperimentEntity } from '../../experiments/experiment.entity.js';
import { IdeaEntity } from '../../ideas/idea.entity.js';
import { LessonEntity } from '../../lessons/lesson.entity.js';
import { UnitEntity } from '../../organisations/unit.entity.js';
import { buildLessonWorld, lessonRow, personIn, unitIn } from '../../testing/lessons.js';

/** Noon in Oslo (UTC 10:00 or 11:00 is the same day either way): a day that stays that day. */
const day = (d: string) => new Date(`${d}T10:00:00Z`);

interface Exp {
  unit: string;
  state: 'PLANNED' | 'RUNNING' | 'CONCLUDED' | 'STOPPED';
  result?: 'SUPPORTED' | 'NOT_SUPPORTED' | 'INCONCLUSIVE';
  created: string;
  started?: string;
  ended?: string;
  actions: string[];
  sdgs: number[];
  theme: string | null;
  hours?: number;
  nok?: number;
  loss?: string;
  affects?: boolean;
  learned?: boolean;
}

/**
 * The hand-built fixture of the dashboard tests. Organisation A (buildLessonWorld's `a`):
 *
 *   Helse (R) ─┬─ Hjemmetjenesten (C1) ── Sone sentrum (G)
 *              └─ Sykehjem (C2)
 *   Oppvekst (O)
 *
 * Ideas (unit, state, submitted → decided, days, actions, theme):
 *   I1 C1 APPROVED 2026-01-10 → 01-20 (10) [DARE] HEALTH_AND_CARE, became E1
 *   I2 C2 DECLINED 2026-02-01 → 02-05 (4)
 *   I3 G  PARKED   2026-04-01 → 04-21 (20) [LEARN] WELFARE
 *   I4 R  SUBMITTED 2026-05-01
 *   I5 G  APPROVED 2026-07-01 → 07-07 (6) [LEARN] HEALTH_AND_CARE, became E4
 *   I6 O  DRAFT (not counted)
 * Experiments (unit, state/result, created, started → ended, days, actions, SDGs, theme, hours, NOK,
 * acceptable loss, employees, union, lesson):
 *   E1 C1 CONCLUDED SUPPORTED     01-25, 02-01 → 03-03 (30)  DARE LEARN  3 10 HEALTH_AND_CARE 100  50000 yes
 *      affects, union 01-28 (before), learned, lesson L1 to the network 03-20, adopted elsewhere;
 *      partners ACADEMIA, CITIZENS
 *   E2 G  STOPPED                 02-10, 04-01 → 05-01 (30)  LEAD        3    WELFARE          20      0 no
 *      affects, union 04-10 (after), learned, lesson L2 to the organisation 05-10; partner BUSINESS
 *   E3 C2 CONCLUDED NOT_SUPPORTED 04-05, 04-15 → 06-04 (50)  DARE MOBILISE COLLABORATE 11 TECHNICAL 40.5 10000 yes
 *      adopted from B's lesson LB1 (from elsewhere), no learning card; partner STATE
 *   E7 C2 CONCLUDED INCONCLUSIVE  02-20, 03-01 → 08-31 (183) LEARN       3 17 HEALTH_AND_CARE 8   1500 yes
 *      learned, lesson L7 to the public 09-05; partner ACADEMIA
 *   E4 G  RUNNING                 07-02, 07-10               LEARN          HEALTH_AND_CARE  10   2000 yes
 *      affects, union 07-10 (the day it started: before), no log entry: quiet
 *   E5 C1 RUNNING                 07-15, 07-20               COLLABORATE 17 CULTURE          —       — no
 *      a log entry yesterday: not quiet
 *   E6 R  PLANNED                 08-01                      —              —                —       — no
 *   E8 O  PLANNED                 05-05                      DARE        4  UPBRINGING        5      0 no
 *   E9 O  RUNNING                 03-10, 03-15               MOBILISE       UPBRINGING       12   3000 no
 *      last log entry 2026-06-01: quiet
 * Organisation B (a member of A's network): lesson LB1 public (01-15, adopted once, by E3),
 * LB2 to the network (06-15, SUPPORTED, COLLABORATE, SDG 3, CULTURE), LB3 to its organisation only.
 */
export async function buildDashboardFixture(m: EntityManager) {
  const w = await buildLessonWorld(m);
  const { a, b } = w;
  const R = a.units.sector;
  const C1 = a.units.department;
  const G = a.units.team;
  const O = a.units.other;
  const C2 = (
    await m.save(
      UnitEntity,
      m.create(UnitEntity, { organisationId: a.org.id, parentId: R, name: 'Sykehjem' }),
    )
  ).id;
  const owner = a.employee.personId;

  const idea = async (
    unitId: string,
    state: string,
    submitted: string | null,
    decided: string | null,
    actions: string[] = [],
    theme: string | null = null,
  ) =>
    (
      await m.insert(IdeaEntity, {
        organisationId: a.org.id,
        unitId,
        authorId: owner,
        title: `Idé ${state}`,
        state: state as never,
        actions: actions as never,
        theme: theme as never,
        submittedAt: submitted ? day(submitted) : null,
        decidedAt: decided ? day(decided) : null,
        decidedById: decided ? a.lead.personId : null,
      })
    ).identifiers[0]!.id as string;

  const experiment = async (e: Exp, organisationId = a.org.id, ownerId = owner) => {
    const id = (
      await m.insert(ExperimentEntity, {
        organisationId,
        unitId: e.unit,
        ownerId,
        title: `Forsøk ${e.created}`,
        state: e.state as never,
        result: (e.result ?? null) as never,
        createdAt: day(e.created),
        startedAt: e.started ? day(e.started) : null,
        endedAt: e.ended ? day(e.ended) : null,
        actions: e.actions as never,
        sdgs: e.sdgs,
        theme: e.theme as never,
        hours: e.hours ?? null,
        nok: e.nok ?? null,
        acceptableLoss: e.loss ?? '',
        affectsEmployees: e.affects ?? false,
        cardLearned: e.learned ? 'Vi lærte noe' : null,
        stopReason: e.state === 'STOPPED' ? 'For dyrt' : null,
      })
    ).identifiers[0]!.id as string;
    return id;
  };
  const union = (experimentId: string, on: string) =>
    m.query(
      `INSERT INTO union_involvements (organisation_id, experiment_id, occurred_on, who, what_was_said, recorded_by_id)
       VALUES ($1, $2, $3, 'Tillitsvalgt', 'Greit', $4)`,
      [a.org.id, experimentId, on, a.rep.personId],
    );
  const partner = (experimentId: string, kind: string) =>
    m.query(
      `INSERT INTO experiment_partners (organisation_id, experiment_id, kind, name) VALUES ($1, $2, $3, 'Partner')`,
      [a.org.id, experimentId, kind],
    );
  const entry = (experimentId: string, on: string) =>
    m.query(
      `INSERT INTO learning_entries (organisation_id, experiment_id, author_id, kind, text, entry_date, version)
       VALUES ($1, $2, $3, 'OBSERVATION', 'Notat', ${on}, 1)`,
      [a.org.id, experimentId, owner],
    );
  const lesson = async (
    experimentId: string,
    reach: LessonReach,
    published: string,
    over: Partial<LessonEntity> = {},
  ) => {
    const e = await m.findOneByOrFail(ExperimentEntity, { id: experimentId });
    return lessonRow(m, e, {
      state: LessonState.PUBLISHED,
      reach,
      networkIds: reach === LessonReach.NETWORK ? [w.network.id] : [],
      publishedAt: day(published),
      ...over,
    });
  };

  const i1 = await idea(C1, 'APPROVED', '2026-01-10', '2026-01-20', ['DARE'], 'HEALTH_AND_CARE');
  await idea(C2, 'DECLINED', '2026-02-01', '2026-02-05');
  await idea(G, 'PARKED', '2026-04-01', '2026-04-21', ['LEARN'], 'WELFARE');
  await idea(R, 'SUBMITTED', '2026-05-01', null);
  const i5 = await idea(G, 'APPROVED', '2026-07-01', '2026-07-07', ['LEARN'], 'HEALTH_AND_CARE');
  await idea(O, 'DRAFT', null, null);

  const E1 = await experiment({
    unit: C1,
    state: 'CONCLUDED',
    result: 'SUPPORTED',
    created: '2026-01-25',
    started: '2026-02-01',
    ended: '2026-03-03',
    actions: ['DARE', 'LEARN'],
    sdgs: [3, 10],
    theme: 'HEALTH_AND_CARE',
    hours: 100,
    nok: 50000,
    loss: 'To ukers arbeid',
    affects: true,
    learned: true,
  });
  const E2 = await experiment({
    unit: G,
    state: 'STOPPED',
    created: '2026-02-10',
    started: '2026-04-01',
    ended: '2026-05-01',
    actions: ['LEAD'],
    sdgs: [3],
    theme: 'WELFARE',
    hours: 20,
    nok: 0,
    affects: true,
    learned: true,
  });
  const E3 = await experiment({
    unit: C2,
    state: 'CONCLUDED',
    result: 'NOT_SUPPORTED',
    created: '2026-04-05',
    started: '2026-04-15',
    ended: '2026-06-04',
    actions: ['DARE', 'MOBILISE', 'COLLABORATE'],
    sdgs: [11],
    theme: 'TECHNICAL',
    hours: 40.5,
    nok: 10000,
    loss: 'Litt tid',
  });
  const E7 = await experiment({
    unit: C2,
    state: 'CONCLUDED',
    result: 'INCONCLUSIVE',
    created: '2026-02-20',
    started: '2026-03-01',
    ended: '2026-08-31',
    actions: ['LEARN'],
    sdgs: [3, 17],
    theme: 'HEALTH_AND_CARE',
    hours: 8,
    nok: 1500,
    loss: 'En måned',
    learned: true,
  });
  const E4 = await experiment({
    unit: G,
    state: 'RUNNING',
    created: '2026-07-02',
    started: '2026-07-10',
    actions: ['LEARN'],
    sdgs: [],
    theme: 'HEALTH_AND_CARE',
    hours: 10,
    nok: 2000,
    loss: 'Noen timer',
    affects: true,
  });
  const E5 = await experiment({
    unit: C1,
    state: 'RUNNING',
    created: '2026-07-15',
    started: '2026-07-20',
    actions: ['COLLABORATE'],
    sdgs: [17],
    theme: 'CULTURE',
  });
  await experiment({ unit: R, state: 'PLANNED', created: '2026-08-01', actions: [], sdgs: [], theme: null });
  await experiment({
    unit: O,
    state: 'PLANNED',
    created: '2026-05-05',
    actions: ['DARE'],
    sdgs: [4],
    theme: 'UPBRINGING',
    hours: 5,
    nok: 0,
  });
  const E9 = await experiment({
    unit: O,
    state: 'RUNNING',
    created: '2026-03-10',
    started: '2026-03-15',
    actions: ['MOBILISE'],
    sdgs: [],
    theme: 'UPBRINGING',
    hours: 12,
    nok: 3000,
  });
  await m.update(IdeaEntity, { id: i1 }, { experimentId: E1 });
  await m.update(ExperimentEntity, { id: E1 }, { ideaId: i1 });
  await m.update(IdeaEntity, { id: i5 }, { experimentId: E4 });
  await m.update(ExperimentEntity, { id: E4 }, { ideaId: i5 });

  await union(E1, '2026-01-28');
  await union(E2, '2026-04-10');
  await union(E4, '2026-07-10');
  await partner(E1, 'ACADEMIA');
  await partner(E1, 'CITIZENS');
  await partner(E2, 'BUSINESS');
  await partner(E3, 'STATE');
  await partner(E7, 'ACADEMIA');
  await entry(E5, `(now() AT TIME ZONE 'Europe/Oslo')::date - 1`);
  await entry(E9, `'2026-06-01'`);

  const L1 = await lesson(E1, LessonReach.NETWORK, '2026-03-20');
  await m.update(LessonEntity, { id: L1.id }, { adoptionCount: 1, adoptedElsewhereCount: 1 });
  await lesson(E2, LessonReach.ORGANISATION, '2026-05-10');
  await lesson(E7, LessonReach.PUBLIC, '2026-09-05');

  // Organisation B: three lessons, one of them adopted by A's E3.
  const bUnit = await unitIn(m, b.org.id, 'B-enheten');
  const bExperiment = (created: string, over: Partial<Exp> = {}) =>
    experiment(
      {
        unit: bUnit,
        state: 'CONCLUDED',
        result: 'SUPPORTED',
        created,
        started: created,
        ended: created,
        actions: ['COLLABORATE'],
        sdgs: [3],
        theme: 'CULTURE',
        ...over,
      },
      b.org.id,
      b.actor.personId,
    );
  const LB1 = await lesson(await bExperiment('2026-01-05'), LessonReach.PUBLIC, '2026-01-15');
  await m.update(LessonEntity, { id: LB1.id }, { adoptionCount: 1, adoptedElsewhereCount: 1 });
  await lesson(await bExperiment('2026-06-01'), LessonReach.NETWORK, '2026-06-15');
  await lesson(await bExperiment('2026-06-02'), LessonReach.ORGANISATION, '2026-06-20');
  await m.query(
    `INSERT INTO adoptions (organisation_id, unit_id, experiment_id, source_lesson_id, source_organisation_id, lineage, state, created_by_id)
     VALUES ($1, $2, $3, $4, $5, ARRAY[$4::uuid], 'CONCLUDED', $6)`,
    [a.org.id, C2, E3, LB1.id, b.org.id, owner],
  );
  await m.update(ExperimentEntity, { id: E3 }, { sourceLessonId: LB1.id });
  // B adopted A's L1 (so L1 is adopted elsewhere: by another organisation).
  await m.query(
    `INSERT INTO adoptions (organisation_id, unit_id, experiment_id, source_lesson_id, source_organisation_id, lineage, state, created_by_id)
     VALUES ($1, $2, $3, $4, $5, ARRAY[$4::uuid], 'RUNNING', $6)`,
    [
      b.org.id,
      bUnit,
      await bExperiment('2026-04-01', { state: 'RUNNING', ended: undefined, result: undefined }),
      L1.id,
      a.org.id,
      b.actor.personId,
    ],
  );

  // The viewers.
  const reader = await personIn(m, a.org.id, null, [[Role.READER, null]]);
  const c1Manager = await personIn(m, a.org.id, C1, [
    [Role.MANAGER, C1],
    [Role.EMPLOYEE, null],
  ]);
  const coordinator = await personIn(m, a.org.id, null, [[Role.NETWORK_COORDINATOR, null]]);
  const bReader = await personIn(m, b.org.id, null, [[Role.READER, null]]);

  return {
    w,
    a,
    b,
    units: { R, C1, C2, G, O },
    experiments: { E1, E2, E3, E4, E5, E7, E9 },
    viewers: { lead: a.lead, reader, c1Manager, coordinator, employee: a.employee, bReader },
  };
}

export type DashboardFixture = Awaited<ReturnType<typeof buildDashboardFixture>>;
