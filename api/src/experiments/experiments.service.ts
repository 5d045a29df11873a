import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import {
  Check,
  checkFrame,
  checkListFilter,
  checkLearningCard,
  ExperimentAction,
  ExperimentSort,
  ExperimentState,
  nextExperimentState,
  normaliseActions,
  normaliseSdgs,
  type ExperimentFrame,
  type InnovationAction,
  type Theme,
} from '@laerekraft/shared';
import { Actor, type ActorRole } from '../core/auth/actor.js';
import { Db } from '../core/database/db.service.js';
import { DomainError, assertValid } from '../core/errors/domain-error.js';
import { assertVersion, transitionOrRefuse } from '../core/errors/guards.js';
import { assertAllowed, positional, writes } from '../core/auth/authority.js';
import { pageSize, type ListScope, type Page } from '../core/graphql/pagination.js';
import {
  afterKey,
  decodeKeyset,
  keyOf,
  orderBy,
  tagFilterSql,
  toKeysetPage,
  type KeysetOrder,
} from '../core/graphql/keyset.js';
import { patched, patchedText, sameValues, trimmed } from '../core/graphql/partial-update.js';
import { AuditService } from '../audit/audit.service.js';
import { PersonEntity } from '../identity/person.entity.js';
import { UnitEntity } from '../organisations/unit.entity.js';
import { unitChain } from '../organisations/unit-tree.js';
import {
  organisationFromRow,
  unitChainCte,
  unitChainJson,
  unitFromRow,
  unitsBelowCte,
  type OrganisationRow,
  type UnitRow,
} from '../organisations/organisations.loaders.js';
import { personFromRow, personJson, type PersonRow } from '../identity/identity.loaders.js';
import { ideaFromRow, type IdeaRow } from '../ideas/ideas.loaders.js';
import {
  entryFromRow,
  revisionFromRow,
  type LearningEntryRevisionRow,
  type LearningEntryRow,
} from '../learning/learning.loaders.js';
import { Primed, type Loaded } from '../core/graphql/loader-kit.js';
import type { IdeaEntity } from '../ideas/idea.entity.js';
import { mirrorExperiment } from '../lessons/spread/adoption-mirror.js';
import { adoptedFrame, lessonLinkJson, type LessonLink } from '../lessons/spread/spread.reads.js';
import { ExperimentEntity } from './experiment.entity.js';
import { ExperimentMemberEntity, UnionInvolvementEntity } from './experiment-parts.entity.js';
import { ExperimentsPolicy, type ExperimentAbility, type ExperimentFacts } from './experiments.policy.js';
import {
  experimentFromRow,
  measurementFromRow,
  memberFromRow,
  partnerFromRow,
  unionFromRow,
  type ExperimentRow,
  type MeasurementRow,
  type MemberRow,
  type PartnerRow,
  type UnionInvolvementRow,
} from './experiments.loaders.js';
import type {
  ConcludeExperimentInput,
  CreateExperimentInput,
  ExperimentVersionInput,
  HypothesisChangeInput,
  LearningCardInput,
  StopExperimentInput,
  UpdateExperimentInput,
} from './dto/experiments.inputs.js';
import type { ExperimentFilterInput } from './dto/experiments.filter.js';

const NEWEST_KEY = [
  { column: 'created_at', type: 'timestamptz' },
  { column: 'id', type: 'uuid' },
] as const;

/** Each order of the experiments list, both on ix_experiments_organisation_created (read either way). */
const EXPERIMENT_ORDERS: Record<ExperimentSort, KeysetOrder> = {
  NEWEST: { name: ExperimentSort.NEWEST, direction: 'DESC', columns: NEWEST_KEY },
  OLDEST: { name: ExperimentSort.OLDEST, direction: 'ASC', columns: NEWEST_KEY },
};

const frameSnapshot = (e: ExperimentEntity) => ({
  title: e.title,
  summary: e.summary,
  change: e.change,
  targetGroup: e.targetGroup,
  expectedEffect: e.expectedEffect,
  metric: e.metric,
  baseline: e.baseline,
  target: e.target,
  byDate: e.byDate,
  acceptableLoss: e.acceptableLoss,
  hours: e.hours,
  nok: e.nok,
  affectsEmployees: e.affectsEmployees,
  actions: e.actions,
  sdgs: e.sdgs,
  theme: e.theme,
});

/** Experiments: their frame, team, partners, union involvement, measurements and their life from start to conclusion. */
@Injectable()
export class ExperimentsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** The experiment alone (its relations through the loaders, if anyone asks). */
  async get(actor: Actor, id: string): Promise<ExperimentEntity> {
    return (await this.load(actor, id, new Set())).node;
  }

  /** One experiment with the relations `fields` asks for (its log, say), read in one statement. */
  load(actor: Actor, id: string, fields?: ReadonlySet<string>): Promise<Loaded<ExperimentEntity>> {
    return this.db.run(actor.scope, async (m) => {
      const { rows, primed } = await this.read(m, actor, {
        where: (p) => `e.id = ${p(id)}::uuid`,
        limit: 1,
        fields,
      });
      const e = rows[0];
      if (!e || !ExperimentsPolicy.canSee(actor, e)) throw DomainError.notFound('The experiment');
      return { node: e, primed };
    });
  }

  /**
   * A page of the organisation's experiments, narrowed by `scope` and `filter`, in `sort`
   * order (keyset-paginated on that order's key), and their number when `withTotal`: one statement.
   */
  async list(
    actor: Actor,
    scope: ListScope,
    first?: number | null,
    after?: string | null,
    fields?: ReadonlySet<string>,
    options: { filter?: ExperimentFilterInput | null; sort?: ExperimentSort; withTotal?: boolean } = {},
  ): Promise<Page<ExperimentEntity> & { totalCount: number | null; primed: Primed }> {
    const size = pageSize(first);
    const order = EXPERIMENT_ORDERS[options.sort ?? ExperimentSort.NEWEST];
    const key = decodeKeyset(order, after);
    const filter = options.filter;
    assertValid(checkListFilter(new Check(), filter ?? {}));
    return this.db.run(actor.scope, async (m) => {
      // Who sees which experiments is the policy's; the scope and the filter only narrow it.
      const base = (p: (v: unknown) => string) => {
        const w: string[] = [ExperimentsPolicy.listFilter(actor, 'e', p)];
        if (scope === 'MINE') {
          const me = p(actor.personId);
          w.push(
            `(e.owner_id = ${me} OR EXISTS (SELECT 1 FROM experiment_members em WHERE em.experiment_id = e.id AND em.person_id = ${me}))`,
          );
        } else if (scope === 'UNIT') w.push('e.unit_id IN (SELECT id FROM below)');
        if (filter?.unitId) w.push('e.unit_id IN (SELECT id FROM filter_units)');
        if (filter?.result) w.push(`e.result = ${p(filter.result)}`);
        return [...w, ...tagFilterSql(filter, 'e', p)];
      };
      const { rows, keys, total, primed } = await this.read(m, actor, {
        where: (p) => [...base(p), ...(key ? [afterKey(order, 'e', key, p)] : [])].join(' AND '),
        total: options.withTotal ? (p) => base(p).join(' AND ') : undefined,
        below:
          scope === 'UNIT' ? (p) => `SELECT unit_id FROM persons WHERE id = ${p(actor.personId)}` : undefined,
        filterUnits: filter?.unitId
          ? (p) =>
              `SELECT id FROM units WHERE id = ${p(filter.unitId)}::uuid AND organisation_id = ${p(actor.organisationId)}`
          : undefined,
        order,
        limit: size + 1,
        fields,
      });
      const keyOfRow = new Map(rows.map((r, n) => [r, keys[n]]));
      return {
        ...toKeysetPage(rows, size, order, (r) => keyOfRow.get(r)!),
        totalCount: options.withTotal ? total : null,
        primed,
      };
    });
  }

  /**
   * The experiments `where` selects in the actor's organisation, newest first, with the
   * relations `fields` asks for (all when absent) as JSON in the same statement: unit and
   * its chain, owner, team, partners (and their organisations), log counts, idea; the log
   * (with revisions), union involvements and measurements. They prime the request's loaders.
   */
  private async read(
    m: EntityManager,
    actor: Actor,
    q: {
      where: (p: (v: unknown) => string) => string;
      /** When given, the number of experiments this selects is read too (the page's `where` without its cursor). */
      total?: (p: (v: unknown) => string) => string;
      below?: (p: (v: unknown) => string) => string;
      /** The units a unit filter names: `filter_units`, the unit and those below it. */
      filterUnits?: (p: (v: unknown) => string) => string;
      /** Newest first unless given; each row's key in it is read (for its cursor). */
      order?: KeysetOrder;
      limit: number;
      fields?: ReadonlySet<string>;
    },
  ): Promise<{ rows: ExperimentEntity[]; keys: string[][]; total: number; primed: Primed }> {
    const order = q.order ?? EXPERIMENT_ORDERS.NEWEST;
    const wants = (...names: string[]) => !q.fields || names.some((n) => q.fields!.has(n));
    const { params, bind: p } = positional();
    const ctes = [
      ...(q.below ? [unitsBelowCte(q.below(p))] : []),
      ...(q.filterUnits ? [unitsBelowCte(q.filterUnits(p), 'filter_units')] : []),
      `page AS MATERIALIZED (
         SELECT e.* FROM experiments e WHERE e.organisation_id = ${p(actor.organisationId)} AND ${q.where(p)}
         ORDER BY ${orderBy(order, 'e')} LIMIT ${p(q.limit)})`,
      ...(q.total
        ? [
            `total AS (SELECT count(*)::int AS n FROM experiments e WHERE e.organisation_id = ${p(actor.organisationId)} AND ${q.total(p)})`,
          ]
        : []),
    ];
    const cols = ['row_to_json(p) AS e', `${keyOf(order, 'p')} AS k`];
    if (q.total) cols.push('(SELECT n FROM total) AS total');
    const include = {
      unit: wants('unit'),
      chain: wants('viewerCan'),
      owner: wants('owner'),
      team: wants('team', 'viewerCan'),
      partners: wants('partners', 'partnerCount'),
      entries: wants('entryCount', 'lastEntryOn'),
      idea: wants('idea'),
      log: wants('learningEntries'),
      unions: wants('unionInvolvements'),
      measurements: wants('measurements'),
      sourceLesson: wants('sourceLesson'),
    };
    if (include.unit) cols.push('(SELECT row_to_json(u) FROM units u WHERE u.id = p.unit_id) AS unit');
    if (include.chain) {
      ctes.push(unitChainCte('SELECT unit_id FROM page'));
      cols.push(`${unitChainJson('p.unit_id')} AS chain`);
    }
    if (include.owner)
      cols.push(`(SELECT ${personJson('o')} FROM persons o WHERE o.id = p.owner_id) AS owner`);
    if (include.team)
      cols.push(`(SELECT json_agg(json_build_object('m', row_to_json(tm), 'p', ${personJson('tp')}) ORDER BY tm.created_at)
          FROM experiment_members tm LEFT JOIN persons tp ON tp.id = tm.person_id WHERE tm.experiment_id = p.id) AS team`);
    if (include.partners)
      cols.push(`(SELECT json_agg(json_build_object('p', row_to_json(pa), 'o', row_to_json(po)) ORDER BY pa.created_at)
          FROM experiment_partners pa LEFT JOIN organisations po ON po.id = pa.partner_organisation_id
          WHERE pa.experiment_id = p.id) AS partners`);
    if (include.entries)
      cols.push(`(SELECT json_build_object('n', count(*), 'last', max(lc.entry_date))
          FROM learning_entries lc WHERE lc.experiment_id = p.id) AS entries`);
    if (include.idea) cols.push('(SELECT row_to_json(i) FROM ideas i WHERE i.id = p.idea_id) AS idea');
    if (include.log)
      cols.push(`(SELECT json_agg(json_build_object('e', row_to_json(le), 'a', ${personJson('la')},
           'r', (SELECT json_agg(json_build_object('r', row_to_json(lr), 'a', ${personJson('ra')}) ORDER BY lr.version)
                 FROM learning_entry_revisions lr LEFT JOIN persons ra ON ra.id = lr.edited_by_id WHERE lr.entry_id = le.id))
           ORDER BY le.entry_date DESC, le.created_at DESC)
         FROM learning_entries le LEFT JOIN persons la ON la.id = le.author_id WHERE le.experiment_id = p.id) AS log`);
    if (include.unions)
      cols.push(`(SELECT json_agg(json_build_object('u', row_to_json(ui), 'a', ${personJson('ua')}) ORDER BY ui.occurred_on)
         FROM union_involvements ui LEFT JOIN persons ua ON ua.id = ui.recorded_by_id WHERE ui.experiment_id = p.id) AS unions`);
    if (include.measurements)
      cols.push(`(SELECT json_agg(row_to_json(ms) ORDER BY ms.measured_on)
         FROM measurements ms WHERE ms.experiment_id = p.id) AS measurements`);
    if (include.sourceLesson) cols.push(`${lessonLinkJson(actor, 'p.source_lesson_id', p)} AS source_lesson`);
    const rows: Array<{
      e: ExperimentRow | null;
      k: string[];
      total?: number;
      unit?: UnitRow | null;
      chain?: string[];
      owner?: PersonRow | null;
      team?: Array<{ m: MemberRow; p: PersonRow | null }> | null;
      partners?: Array<{ p: PartnerRow; o: OrganisationRow | null }> | null;
      entries?: { n: number; last: string | null };
      idea?: IdeaRow | null;
      log?: Array<{
        e: LearningEntryRow;
        a: PersonRow | null;
        r: Array<{ r: LearningEntryRevisionRow; a: PersonRow | null }> | null;
      }> | null;
      unions?: Array<{ u: UnionInvolvementRow; a: PersonRow | null }> | null;
      measurements?: MeasurementRow[] | null;
      source_lesson?: LessonLink | null;
    }> = await m.query(
      `WITH RECURSIVE ${ctes.join(', ')}
       SELECT ${cols.join(',\n         ')}
       FROM ${q.total ? '(SELECT 1) one LEFT JOIN page p ON true' : 'page p'} ORDER BY ${orderBy(order, 'p')}`,
      params,
    );
    // With a total, an empty page is one row without an experiment, so the total still arrives.
    const total = rows[0]?.total ?? 0;
    const found = rows.filter((r): r is typeof r & { e: ExperimentRow } => r.e !== null);
    const primed = new Primed();
    const person = (id: string, r: PersonRow | null) => primed.add('person', id, r && personFromRow(r));
    const out = found.map((r) => {
      const e = experimentFromRow(r.e);
      primed.add('experiment', e.id, e);
      if (r.unit) primed.add('unit', e.unitId, unitFromRow(r.unit));
      if (include.chain) primed.add('unitChain', e.unitId, r.chain!);
      if (include.owner) person(e.ownerId, r.owner!);
      if (include.team) {
        const team = (r.team ?? []).map((t) => {
          person(t.m.person_id, t.p);
          return memberFromRow(t.m);
        });
        primed.add('teamByExperiment', e.id, team);
      }
      if (include.partners) {
        const partners = (r.partners ?? []).map((x) => {
          if (x.p.partner_organisation_id)
            primed.add('organisation', x.p.partner_organisation_id, x.o && organisationFromRow(x.o));
          return partnerFromRow(x.p);
        });
        primed.add('partnersByExperiment', e.id, partners);
        primed.add('partnerCount', e.id, partners.length);
      }
      if (r.entries) primed.add('entryStats', e.id, { count: r.entries.n, last: r.entries.last });
      if (include.idea && e.ideaId) primed.add('idea', e.ideaId, r.idea ? ideaFromRow(r.idea) : null);
      if (include.log) {
        const entries = (r.log ?? []).map((x) => {
          person(x.e.author_id, x.a);
          const revisions = (x.r ?? []).map((y) => {
            person(y.r.edited_by_id, y.a);
            return revisionFromRow(y.r);
          });
          primed.add('revisionsByEntry', x.e.id, revisions);
          return entryFromRow(x.e);
        });
        primed.add('entriesByExperiment', e.id, entries);
      }
      if (include.unions)
        primed.add(
          'unionByExperiment',
          e.id,
          (r.unions ?? []).map((x) => {
            person(x.u.recorded_by_id, x.a);
            return unionFromRow(x.u);
          }),
        );
      if (include.measurements)
        primed.add('measurementsByExperiment', e.id, (r.measurements ?? []).map(measurementFromRow));
      if (include.sourceLesson && e.sourceLessonId)
        primed.add('visibleLesson', e.sourceLessonId, r.source_lesson ?? null);
      return e;
    });
    return { rows: out, keys: found.map((r) => r.k), total, primed };
  }

  /** Called inside the approval's transaction: the experiment carries the idea's text and tags. */
  async createFromIdea(
    m: EntityManager,
    actor: Actor,
    idea: IdeaEntity,
    ownerId: string,
  ): Promise<ExperimentEntity> {
    await this.assertOwner(m, actor, ownerId);
    // An idea proposing a lesson: the metric, target and frame the idea has no fields for come from it.
    const adopted = idea.sourceLessonId ? await adoptedFrame(m, actor, idea.sourceLessonId) : {};
    const e = await m.save(
      ExperimentEntity,
      m.create(ExperimentEntity, {
        ...adopted,
        organisationId: idea.organisationId,
        unitId: idea.unitId,
        ideaId: idea.id,
        sourceLessonId: idea.sourceLessonId,
        title: idea.title,
        summary: [idea.proposal, idea.benefit].filter(Boolean).join('\n\n'),
        ownerId,
        state: ExperimentState.PLANNED,
        targetGroup: idea.needWhose,
        change: idea.proposal,
        expectedEffect: idea.benefit,
        actions: idea.actions,
        sdgs: idea.sdgs,
        theme: idea.theme,
      }),
    );
    const team = [...new Set(idea.hideAuthor ? [ownerId] : [ownerId, idea.authorId])];
    await m.insert(
      ExperimentMemberEntity,
      team.map((personId) => ({ experimentId: e.id, personId, organisationId: e.organisationId })),
    );
    await this.record(m, actor, e, 'experiment.created', null, { ideaId: idea.id, ownerId, state: e.state });
    return e;
  }

  async create(actor: Actor, input: CreateExperimentInput): Promise<ExperimentEntity> {
    const frame = newFrame(input);
    assertValid(checkFrame(new Check(), frame));
    return this.db.run(actor.scope, async (m) => {
      const unit = await m.findOneBy(UnitEntity, { id: input.unitId, organisationId: actor.organisationId });
      if (!unit || unit.archivedAt)
        throw DomainError.validation(
          [{ field: 'unitId', message: unit ? 'unitArchived' : 'unknownUnit' }],
          'Choose an active unit in your organisation',
        );
      if (!ExperimentsPolicy.canCreate(actor, await unitChain(m, unit.id)))
        throw DomainError.forbidden(
          'Only a manager of the unit, or of a unit above it, can start an experiment directly',
        );
      const ownerId = input.ownerId ?? actor.personId;
      await this.assertOwner(m, actor, ownerId);
      const e = await m.save(
        ExperimentEntity,
        m.create(ExperimentEntity, {
          ...frameColumns(frame),
          organisationId: actor.organisationId,
          unitId: unit.id,
          ideaId: null,
          ownerId,
          state: ExperimentState.PLANNED,
        }),
      );
      await m.insert(ExperimentMemberEntity, {
        experimentId: e.id,
        personId: ownerId,
        organisationId: e.organisationId,
      });
      await this.record(m, actor, e, 'experiment.created', null, {
        ...frameSnapshot(e),
        ownerId,
        state: e.state,
      });
      return e;
    });
  }

  /** Changes only the fields given; the frame's rules hold on the result; nothing changed, nothing written. */
  async update(actor: Actor, input: UpdateExperimentInput): Promise<ExperimentEntity> {
    return this.change(actor, input, 'edit', async (_m, e) => {
      const check = new Check();
      const frame = changedFrame(check, e, input);
      assertValid(checkFrame(check, frame));
      const before = frameSnapshot(e);
      Object.assign(e, frameColumns(frame));
      const after = frameSnapshot(e);
      return sameValues(before, after) ? null : { action: 'experiment.edited', before, after };
    });
  }

  async start(actor: Actor, input: ExperimentVersionInput): Promise<ExperimentEntity> {
    // The union's involvement before an employee-affecting start is a rule of the policy.
    return this.transition(actor, input, ExperimentAction.START, 'started', async (_m, e) => {
      e.startedAt = new Date();
      return null;
    });
  }

  async conclude(actor: Actor, input: ConcludeExperimentInput): Promise<ExperimentEntity> {
    assertValid(checkLearningCard(new Check(), input.learningCard));
    return this.transition(actor, input, ExperimentAction.CONCLUDE, 'concluded', async (_m, e) => {
      e.result = input.result;
      setCard(e, input.learningCard);
      e.endedAt = new Date();
      return { result: e.result, learningCard: input.learningCard };
    });
  }

  async stop(actor: Actor, input: StopExperimentInput): Promise<ExperimentEntity> {
    assertValid(checkLearningCard(new Check().reason('reason', input.reason), input.learningCard));
    return this.transition(
      actor,
      input,
      ExperimentAction.STOP,
      'stopped',
      async (_m, e) => {
        e.stopReason = input.reason.trim();
        setCard(e, input.learningCard);
        e.endedAt = new Date();
        return { learningCard: input.learningCard };
      },
      input.reason.trim(),
    );
  }

  /** Facts the policy needs: owner, team and the unit's chain of ancestors. */
  async facts(m: EntityManager, e: ExperimentEntity): Promise<ExperimentFacts> {
    const team = await m.findBy(ExperimentMemberEntity, { experimentId: e.id });
    return {
      organisationId: e.organisationId,
      state: e.state,
      ownerId: e.ownerId,
      teamIds: team.map((t) => t.personId),
      unitChain: await unitChain(m, e.unitId),
      affectsEmployees: e.affectsEmployees,
      unionInvolved:
        ExperimentsPolicy.needsUnionFact(e) &&
        (await m.existsBy(UnionInvolvementEntity, { experimentId: e.id })),
    };
  }

  /** The experiment if the actor may see it and the policy lets them do `what` (it is still open). */
  async open(
    m: EntityManager,
    actor: Actor,
    id: string,
    what: Exclude<ExperimentAbility, 'start' | 'stop' | 'conclude'>,
  ): Promise<ExperimentEntity> {
    const { experiment, facts } = await this.withFacts(m, actor, id);
    assertAllowed(ExperimentsPolicy.rules(actor, facts)[what]);
    return experiment;
  }

  /** The experiment, locked for the change, if the actor may see it, with the facts its policies need. */
  async withFacts(
    m: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<{ experiment: ExperimentEntity; facts: ExperimentFacts }> {
    const experiment = await this.visible(m, actor, id, true);
    return { experiment, facts: await this.facts(m, experiment) };
  }

  private async transition(
    actor: Actor,
    input: ExperimentVersionInput,
    action: ExperimentAction,
    verb: string,
    apply: (m: EntityManager, e: ExperimentEntity) => Promise<Record<string, unknown> | null>,
    reason: string | null = null,
  ): Promise<ExperimentEntity> {
    return this.db.run(actor.scope, async (m) => {
      const e = await this.visible(m, actor, input.id, true);
      const ability = ({ START: 'start', STOP: 'stop', CONCLUDE: 'conclude' } as const)[action];
      assertAllowed(ExperimentsPolicy.rules(actor, await this.facts(m, e))[ability], () =>
        assertVersion(e, input.version, 'The experiment'),
      );
      const to = transitionOrRefuse(nextExperimentState(e.state, action), e.state, verb, 'The experiment');
      const from = e.state;
      const extra = await apply(m, e);
      e.state = to;
      const saved = await m.save(e);
      await mirrorExperiment(m, saved);
      await this.record(
        m,
        actor,
        saved,
        `experiment.${verb}`,
        { state: from },
        { state: to, ...(extra ?? {}) },
        reason,
      );
      return saved;
    });
  }

  /**
   * An edit of the experiment row itself: version-checked and recorded. `apply` returns null
   * when it changed nothing: then nothing is written and the version stays.
   */
  change(
    actor: Actor,
    input: ExperimentVersionInput,
    what: 'edit' | 'setTeam',
    apply: (
      m: EntityManager,
      e: ExperimentEntity,
    ) => Promise<{ action: string; before: Record<string, unknown>; after: Record<string, unknown> } | null>,
  ): Promise<ExperimentEntity> {
    return this.db.run(actor.scope, async (m) => {
      const e = await this.open(m, actor, input.id, what);
      assertVersion(e, input.version, 'The experiment');
      const changed = await apply(m, e);
      if (!changed) return e;
      const { action, before, after } = changed;
      // A change may touch only the experiment's parts (a new team with the same owner): the
      // row still moves on, so its version guards the next edit against lost updates.
      e.updatedAt = new Date();
      const saved = await m.save(e);
      await this.record(m, actor, saved, action, before, after);
      return saved;
    });
  }

  /** For the experiment's parts: adds a part (partner, involvement, measurement) to an open experiment and records it. */
  append<T>(
    actor: Actor,
    experimentId: string,
    what: 'edit' | 'recordUnionInvolvement',
    add: (
      m: EntityManager,
      e: ExperimentEntity,
    ) => Promise<{ result: T; action: string; after: Record<string, unknown> }>,
  ): Promise<T> {
    return this.db.run(actor.scope, async (m) => {
      const e = await this.open(m, actor, experimentId, what);
      const { result, action, after } = await add(m, e);
      await this.record(m, actor, e, action, null, after);
      return result;
    });
  }

  private async visible(m: EntityManager, actor: Actor, id: string, lock = false): Promise<ExperimentEntity> {
    const e = await m.findOne(ExperimentEntity, {
      where: { id, organisationId: actor.organisationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!e || !ExperimentsPolicy.canSee(actor, e)) throw DomainError.notFound('The experiment');
    return e;
  }

  /** The owner runs the trial: a person of the organisation who may write (a reader may not). One statement. */
  async assertOwner(m: EntityManager, actor: Actor, ownerId: string, field = 'ownerId'): Promise<void> {
    const [person]: Array<{ roles: ActorRole[] }> = await m.query(
      `SELECT coalesce(json_agg(json_build_object('role', r.role, 'unitId', r.unit_id)) FILTER (WHERE r.id IS NOT NULL), '[]') AS roles
         FROM persons p LEFT JOIN role_assignments r ON r.person_id = p.id
        WHERE p.id = $1 AND p.organisation_id = $2
        GROUP BY p.id`,
      [ownerId, actor.organisationId],
    );
    if (!person)
      throw DomainError.validation(
        [{ field, message: 'unknownPerson' }],
        'The chosen owner is not in your organisation',
      );
    if (!writes(new Actor(ownerId, actor.organisationId, person.roles)))
      throw DomainError.validation(
        [{ field, message: 'ownerCannotWrite' }],
        'A reader cannot own an experiment: choose someone who takes part',
      );
  }

  async samePeople(m: EntityManager, actor: Actor, ids: string[], field: string) {
    const found = await m.countBy(PersonEntity, { id: In(ids), organisationId: actor.organisationId });
    if (found !== new Set(ids).size)
      throw DomainError.validation(
        [{ field, message: 'unknownPerson' }],
        'Everyone on the team must be in your organisation',
      );
  }

  record(
    m: EntityManager,
    actor: Actor,
    e: ExperimentEntity,
    action: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
    reason: string | null = null,
  ) {
    return this.audit.record(m, {
      organisationId: e.organisationId,
      actorId: actor.personId,
      entityType: 'experiment',
      entityId: e.id,
      action,
      before,
      after,
      reason,
    });
  }
}

/** A new experiment's frame from what the manager gave: trimmed, tags normalised. */
function newFrame(input: CreateExperimentInput): ExperimentFrame {
  const h = input.hypothesis;
  return {
    title: input.title.trim(),
    summary: (input.summary ?? '').trim(),
    hypothesis: {
      change: h.change.trim(),
      targetGroup: h.targetGroup.trim(),
      expectedEffect: h.expectedEffect.trim(),
      metric: h.metric.trim(),
      baseline: h.baseline ?? null,
      target: h.target ?? null,
      byDate: h.byDate ?? null,
    },
    acceptableLoss: input.acceptableLoss.trim(),
    hours: input.hours ?? null,
    nok: input.nok ?? null,
    affectsEmployees: input.affectsEmployees,
    actions: normaliseActions(input.actions),
    sdgs: normaliseSdgs(input.sdgs),
    theme: input.theme ?? null,
  };
}

/**
 * The stored frame with the update applied: a field left out keeps its value, null clears it
 * (texts to '', numbers, date and theme to none, tags to none); title, affectsEmployees and the
 * hypothesis as a whole cannot be cleared, which is recorded on `check`.
 */
function changedFrame(check: Check, e: ExperimentEntity, input: UpdateExperimentInput): ExperimentFrame {
  const h = patched<HypothesisChangeInput>(
    check,
    'hypothesis',
    input.hypothesis,
    {},
    { refuse: 'cannotClear' },
  );
  const clear = <T>(clearTo: T) => ({ clearTo });
  return {
    title: patched(check, 'title', trimmed(input.title), e.title, { refuse: 'required' }),
    summary: patchedText(check, 'summary', input.summary, e.summary),
    hypothesis: {
      change: patchedText(check, 'hypothesis.change', h.change, e.change),
      targetGroup: patchedText(check, 'hypothesis.targetGroup', h.targetGroup, e.targetGroup),
      expectedEffect: patchedText(check, 'hypothesis.expectedEffect', h.expectedEffect, e.expectedEffect),
      metric: patchedText(check, 'hypothesis.metric', h.metric, e.metric),
      baseline: patched(check, 'hypothesis.baseline', h.baseline, e.baseline, clear(null)),
      target: patched(check, 'hypothesis.target', h.target, e.target, clear(null)),
      byDate: patched(check, 'hypothesis.byDate', h.byDate, e.byDate, clear(null)),
    },
    acceptableLoss: patchedText(check, 'acceptableLoss', input.acceptableLoss, e.acceptableLoss),
    hours: patched(check, 'hours', input.hours, e.hours, clear(null)),
    nok: patched(check, 'nok', input.nok, e.nok, clear(null)),
    affectsEmployees: patched(check, 'affectsEmployees', input.affectsEmployees, e.affectsEmployees, {
      refuse: 'cannotClear',
    }),
    actions: input.actions === undefined ? e.actions : normaliseActions(input.actions),
    sdgs: input.sdgs === undefined ? e.sdgs : normaliseSdgs(input.sdgs),
    theme: patched<Theme | null>(check, 'theme', input.theme, e.theme, clear(null)),
  };
}

/** The columns a frame is stored in. */
function frameColumns(f: ExperimentFrame) {
  const h = f.hypothesis;
  return {
    title: f.title,
    summary: f.summary,
    change: h.change,
    targetGroup: h.targetGroup,
    expectedEffect: h.expectedEffect,
    metric: h.metric,
    baseline: h.baseline,
    target: h.target,
    byDate: h.byDate,
    acceptableLoss: f.acceptableLoss,
    hours: f.hours,
    nok: f.nok,
    affectsEmployees: f.affectsEmployees,
    actions: [...f.actions] as InnovationAction[],
    sdgs: [...f.sdgs],
    theme: f.theme as Theme | null,
  };
}

function setCard(e: ExperimentEntity, card: LearningCardInput) {
  e.cardBelieved = card.believed.trim();
  e.cardObserved = card.observed.trim();
  e.cardLearned = card.learned.trim();
  e.cardNextStep = card.nextStep;
}
