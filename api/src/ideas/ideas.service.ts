import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  Check,
  checkIdeaFields,
  checkListFilter,
  IdeaAction,
  IdeaSort,
  IdeaState,
  Limits,
  nextIdeaState,
  normaliseActions,
  normaliseSdgs,
  type IdeaFields,
  type InnovationAction,
  type Theme,
} from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { Db } from '../core/database/db.service.js';
import { DomainError, assertValid } from '../core/errors/domain-error.js';
import { assertVersion, transitionOrRefuse } from '../core/errors/guards.js';
import { assertAllowed, positional } from '../core/auth/authority.js';
import { pageSize, type ListScope, type Page } from '../core/graphql/pagination.js';
import {
  afterKey,
  decodeKeyset,
  keyOf,
  tagFilterSql,
  toKeysetPage,
  type KeysetOrder,
} from '../core/graphql/keyset.js';
import { patched, patchedText, sameValues, trimmed } from '../core/graphql/partial-update.js';
import { AuditService } from '../audit/audit.service.js';
import { ExperimentsService } from '../experiments/experiments.service.js';
import { UnitEntity } from '../organisations/unit.entity.js';
import { unitChain } from '../organisations/unit-tree.js';
import {
  unitChainCte,
  unitChainJson,
  unitFromRow,
  unitsBelowCte,
  type UnitRow,
} from '../organisations/organisations.loaders.js';
import { personFromRow, personJson, type PersonRow } from '../identity/identity.loaders.js';
import { experimentFromRow, type ExperimentRow } from '../experiments/experiments.loaders.js';
import { Primed, type Loaded } from '../core/graphql/loader-kit.js';
import { commentFromRow, ideaFromRow, type IdeaCommentRow, type IdeaRow } from './ideas.loaders.js';
import { IdeaBackingEntity } from './idea-backing.entity.js';
import { IdeaCommentEntity } from './idea-comment.entity.js';
import { IdeaEntity } from './idea.entity.js';
import { IdeasPolicy } from './ideas.policy.js';
import { mirrorIdea } from '../lessons/spread/adoption-mirror.js';
import {
  NETWORK_FACTS,
  assertAnswerable,
  challengeFromRow,
  type ChallengeRow,
} from '../challenges/challenges.sql.js';
import { ChallengesPolicy, type ChallengeNetworkFacts } from '../challenges/challenges.policy.js';
import { lessonLinkJson, type LessonLink } from '../lessons/spread/spread.reads.js';
import type {
  ApproveIdeaInput,
  CommentOnIdeaInput,
  CreateIdeaInput,
  DecideIdeaInput,
  IdeaVersionInput,
  UpdateIdeaInput,
} from './dto/ideas.inputs.js';
import type { IdeaFilterInput } from './dto/ideas.filter.js';

const NEWEST_KEY = [
  { column: 'created_at', type: 'timestamptz' },
  { column: 'id', type: 'uuid' },
] as const;

/** Each order of the ideas list, on an index of its own (see the list-filters migration). */
const IDEA_ORDERS: Record<IdeaSort, KeysetOrder> = {
  NEWEST: { name: IdeaSort.NEWEST, direction: 'DESC', columns: NEWEST_KEY },
  OLDEST: { name: IdeaSort.OLDEST, direction: 'ASC', columns: NEWEST_KEY },
  MOST_BACKED: {
    name: IdeaSort.MOST_BACKED,
    direction: 'DESC',
    columns: [{ column: 'backing_count', type: 'int' }, ...NEWEST_KEY],
  },
};

/** What is recorded about an idea in the audit trail. */
const snapshot = (i: IdeaEntity) => ({
  title: i.title,
  needWhose: i.needWhose,
  needObserved: i.needObserved,
  proposal: i.proposal,
  benefit: i.benefit,
  actions: i.actions,
  sdgs: i.sdgs,
  theme: i.theme,
  unitId: i.unitId,
  hideAuthor: i.hideAuthor,
  challengeId: i.challengeId,
  state: i.state,
});

/** Ideas: drafting, submitting, deciding (approve creates the experiment), backing and comments. */
@Injectable()
export class IdeasService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly experiments: ExperimentsService,
  ) {}

  /** The idea alone (its relations through the loaders, if anyone asks). */
  async get(actor: Actor, id: string): Promise<IdeaEntity> {
    return (await this.load(actor, id, new Set())).node;
  }

  /** One idea with the relations `fields` asks for (its comments, say), read in one statement. */
  load(actor: Actor, id: string, fields?: ReadonlySet<string>): Promise<Loaded<IdeaEntity>> {
    return this.db.run(actor.scope, async (m) => {
      const { rows, primed } = await this.read(m, actor, {
        where: (p) => `i.id = ${p(id)}::uuid`,
        order: 'created_at DESC, id DESC',
        limit: 1,
        fields,
      });
      const idea = rows[0];
      if (!idea || !IdeasPolicy.canSee(actor, idea)) throw DomainError.notFound('The idea');
      return { node: idea, primed };
    });
  }

  /**
   * A page of the ideas the actor may see, narrowed by `scope` and `filter`, in `sort`
   * order (keyset-paginated on that order's key), and their number when `withTotal`: one statement.
   */
  async list(
    actor: Actor,
    scope: ListScope,
    first?: number | null,
    after?: string | null,
    fields?: ReadonlySet<string>,
    options: { filter?: IdeaFilterInput | null; sort?: IdeaSort; withTotal?: boolean } = {},
  ): Promise<Page<IdeaEntity> & { totalCount: number | null; primed: Primed }> {
    const size = pageSize(first);
    const order = IDEA_ORDERS[options.sort ?? IdeaSort.NEWEST];
    const key = decodeKeyset(order, after);
    const filter = options.filter;
    assertValid(checkListFilter(new Check(), filter ?? {}));
    return this.db.run(actor.scope, async (m) => {
      // Who sees which ideas is the policy's; the scope and the filter only narrow it.
      const base = (p: (v: unknown) => string) => {
        const w = [IdeasPolicy.listFilter(actor, 'i', p)];
        if (scope === 'MINE') w.push(`i.author_id = ${p(actor.personId)}`);
        if (scope === 'UNIT') w.push('i.unit_id IN (SELECT id FROM below)');
        if (filter?.unitId) w.push('i.unit_id IN (SELECT id FROM filter_units)');
        return [...w, ...tagFilterSql(filter, 'i', p)];
      };
      const { rows, keys, total, primed } = await this.read(m, actor, {
        where: (p) => [...base(p), ...(key ? [afterKey(order, 'i', key, p)] : [])].join(' AND '),
        total: options.withTotal ? (p) => base(p).join(' AND ') : undefined,
        below:
          scope === 'UNIT' ? (p) => `SELECT unit_id FROM persons WHERE id = ${p(actor.personId)}` : undefined,
        filterUnits: filter?.unitId
          ? (p) =>
              `SELECT id FROM units WHERE id = ${p(filter.unitId)}::uuid AND organisation_id = ${p(actor.organisationId)}`
          : undefined,
        order: order.columns.map((c) => `${c.column} ${order.direction}`).join(', '),
        key: order,
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

  /** Submitted ideas in the units the actor manages and below, oldest first; never their own. */
  async reviewQueue(actor: Actor): Promise<IdeaEntity[]> {
    return (await this.loadReviewQueue(actor, new Set())).node;
  }

  async loadReviewQueue(actor: Actor, fields?: ReadonlySet<string>): Promise<Loaded<IdeaEntity[]>> {
    const managed = actor.managedUnitIds();
    if (!IdeasPolicy.canReview(actor)) return { node: [], primed: new Primed() };
    return this.db.run(actor.scope, async (m) => {
      const { rows, primed } = await this.read(m, actor, {
        where: (p) => IdeasPolicy.reviewFilter(actor, 'i', 'SELECT id FROM below', p),
        below: (p) => `SELECT unnest(${p(managed)}::uuid[])`,
        order: 'submitted_at ASC, id ASC',
        limit: 200,
        fields,
      });
      return { node: rows, primed };
    });
  }

  /**
   * The ideas `where` selects in the actor's organisation, in `order`, with the relations
   * `fields` asks for (all when absent) as JSON in the same statement: unit and its chain,
   * author, decider, counts, whether the actor backs them, their experiment, comments and
   * their authors. They prime the request's loaders.
   */
  private async read(
    m: EntityManager,
    actor: Actor,
    q: {
      where: (p: (v: unknown) => string) => string;
      /** When given, the number of ideas this selects is read too (the page's `where` without its cursor). */
      total?: (p: (v: unknown) => string) => string;
      below?: (p: (v: unknown) => string) => string;
      /** The units a unit filter names: `filter_units`, the unit and those below it. */
      filterUnits?: (p: (v: unknown) => string) => string;
      order: string;
      /** When given, each row's key in this order is read (for its cursor). */
      key?: KeysetOrder;
      limit: number;
      fields?: ReadonlySet<string>;
    },
  ): Promise<{ rows: IdeaEntity[]; keys: string[][]; total: number; primed: Primed }> {
    const wants = (...names: string[]) => !q.fields || names.some((n) => q.fields!.has(n));
    const { params, bind: p } = positional();
    const order = (alias: string) =>
      q.order
        .split(', ')
        .map((o) => `${alias}.${o}`)
        .join(', ');
    const ctes = [
      ...(q.below ? [unitsBelowCte(q.below(p))] : []),
      ...(q.filterUnits ? [unitsBelowCte(q.filterUnits(p), 'filter_units')] : []),
      `page AS MATERIALIZED (
         SELECT i.* FROM ideas i WHERE i.organisation_id = ${p(actor.organisationId)} AND ${q.where(p)}
         ORDER BY ${order('i')} LIMIT ${p(q.limit)})`,
      ...(q.total
        ? [
            `total AS (SELECT count(*)::int AS n FROM ideas i WHERE i.organisation_id = ${p(actor.organisationId)} AND ${q.total(p)})`,
          ]
        : []),
    ];
    const include = {
      unit: wants('unit'),
      chain: wants('viewerCan'),
      author: wants('author'),
      decidedBy: wants('decidedBy'),
      backings: wants('backingCount'),
      comments: wants('commentCount'),
      backedByMe: wants('backedByMe'),
      experiment: wants('experiment'),
      commentList: wants('comments'),
      challenge: wants('challenge'),
      sourceLesson: wants('sourceLesson'),
    };
    const cols = ['row_to_json(p) AS i'];
    if (q.key) cols.push(`${keyOf(q.key, 'p')} AS k`);
    if (q.total) cols.push('(SELECT n FROM total) AS total');
    if (include.unit) cols.push('(SELECT row_to_json(u) FROM units u WHERE u.id = p.unit_id) AS unit');
    if (include.chain) {
      ctes.push(unitChainCte('SELECT unit_id FROM page'));
      cols.push(`${unitChainJson('p.unit_id')} AS chain`);
    }
    if (include.author)
      cols.push(`(SELECT ${personJson('a')} FROM persons a WHERE a.id = p.author_id) AS author`);
    if (include.decidedBy)
      cols.push(`(SELECT ${personJson('d')} FROM persons d WHERE d.id = p.decided_by_id) AS decided_by`);
    if (include.backings)
      cols.push('(SELECT count(*)::int FROM idea_backings b WHERE b.idea_id = p.id) AS backings');
    if (include.comments)
      cols.push('(SELECT count(*)::int FROM idea_comments cc WHERE cc.idea_id = p.id) AS comment_count');
    if (include.backedByMe)
      cols.push(
        `EXISTS (SELECT 1 FROM idea_backings mb WHERE mb.idea_id = p.id AND mb.person_id = ${p(actor.personId)}) AS backed_by_me`,
      );
    if (include.experiment)
      cols.push('(SELECT row_to_json(x) FROM experiments x WHERE x.id = p.experiment_id) AS experiment');
    if (include.commentList)
      cols.push(`(SELECT json_agg(json_build_object('c', row_to_json(c), 'a', ${personJson('ca')}) ORDER BY c.created_at)
         FROM idea_comments c LEFT JOIN persons ca ON ca.id = c.author_id WHERE c.idea_id = p.id) AS comments`);
    if (include.challenge)
      cols.push(`(SELECT json_build_object('c', row_to_json(c), 'network_facts', ${NETWORK_FACTS})
         FROM challenges c WHERE c.id = p.challenge_id) AS challenge`);
    if (include.sourceLesson) cols.push(`${lessonLinkJson(actor, 'p.source_lesson_id', p)} AS source_lesson`);
    const rows: Array<{
      i: IdeaRow | null;
      k?: string[];
      total?: number;
      challenge?: { c: ChallengeRow; network_facts: ChallengeNetworkFacts | null } | null;
      unit?: UnitRow | null;
      chain?: string[];
      author?: PersonRow | null;
      decided_by?: PersonRow | null;
      backings?: number;
      comment_count?: number;
      backed_by_me?: boolean;
      experiment?: ExperimentRow | null;
      comments?: Array<{ c: IdeaCommentRow; a: PersonRow | null }> | null;
      source_lesson?: LessonLink | null;
    }> = await m.query(
      `WITH RECURSIVE ${ctes.join(', ')}
       SELECT ${cols.join(',\n         ')}
       FROM ${q.total ? '(SELECT 1) one LEFT JOIN page p ON true' : 'page p'} ORDER BY ${order('p')}`,
      params,
    );
    // With a total, an empty page is one row without an idea, so the total still arrives.
    const total = rows[0]?.total ?? 0;
    const found = rows.filter((r): r is typeof r & { i: IdeaRow } => r.i !== null);
    const primed = new Primed();
    const person = (id: string, r: PersonRow | null) => primed.add('person', id, r && personFromRow(r));
    const out = found.map((r) => {
      const idea = ideaFromRow(r.i);
      primed.add('idea', idea.id, idea);
      if (r.unit) primed.add('unit', idea.unitId, unitFromRow(r.unit));
      if (include.chain) primed.add('unitChain', idea.unitId, r.chain!);
      if (include.author) person(idea.authorId, r.author!);
      if (include.decidedBy && idea.decidedById) person(idea.decidedById, r.decided_by!);
      if (include.backings) primed.add('backingCount', idea.id, r.backings!);
      if (include.comments) primed.add('commentCount', idea.id, r.comment_count!);
      if (include.backedByMe) primed.add('backedByMe', idea.id, r.backed_by_me!);
      if (include.experiment && idea.experimentId)
        primed.add('experiment', idea.experimentId, r.experiment ? experimentFromRow(r.experiment) : null);
      if (include.challenge && idea.challengeId) {
        const c = r.challenge && challengeFromRow(r.challenge.c);
        const seen = c && ChallengesPolicy.canSee(actor, c, r.challenge!.network_facts);
        primed.add(
          'challenge',
          idea.challengeId,
          seen ? { challenge: c, network: r.challenge!.network_facts } : null,
        );
      }
      if (include.sourceLesson && idea.sourceLessonId)
        primed.add('visibleLesson', idea.sourceLessonId, r.source_lesson ?? null);
      if (include.commentList)
        primed.add(
          'commentsByIdea',
          idea.id,
          (r.comments ?? []).map((x) => {
            person(x.c.author_id, x.a);
            return commentFromRow(x.c);
          }),
        );
      return idea;
    });
    return { rows: out, keys: found.map((r) => r.k ?? []), total, primed };
  }

  async create(actor: Actor, input: CreateIdeaInput): Promise<IdeaEntity> {
    if (!IdeasPolicy.canCreate(actor))
      throw DomainError.forbidden('Readers follow the portfolio but do not register ideas');
    const fields = newFields(input);
    assertValid(checkIdeaFields(new Check(), fields, false));
    return this.db.run(actor.scope, async (m) => {
      await this.activeUnit(m, actor, input.unitId);
      const challengeId = input.challengeId ?? null;
      if (challengeId) await assertAnswerable(m, actor, challengeId);
      const idea = await m.save(
        IdeaEntity,
        m.create(IdeaEntity, {
          ...fieldColumns(fields),
          challengeId,
          hideAuthor: input.hideAuthor ?? false,
          organisationId: actor.organisationId,
          authorId: actor.personId,
          state: IdeaState.DRAFT,
        }),
      );
      await this.record(m, actor, idea, 'idea.created', null, snapshot(idea));
      return idea;
    });
  }

  /** Changes only the fields given; nothing changed, nothing written (no audit row, same version). */
  async update(actor: Actor, input: UpdateIdeaInput): Promise<IdeaEntity> {
    return this.db.run(actor.scope, async (m) => {
      const idea = await this.visible(m, actor, input.id, true);
      assertAllowed(IdeasPolicy.rules(actor, idea, await unitChain(m, idea.unitId)).edit, () =>
        assertVersion(idea, input.version, 'The idea'),
      );
      const check = new Check();
      const fields = changedFields(check, idea, input);
      const hideAuthor = patched(check, 'hideAuthor', input.hideAuthor, idea.hideAuthor, {
        refuse: 'cannotClear',
      });
      assertValid(checkIdeaFields(check, fields, false));
      if (fields.unitId !== idea.unitId) await this.activeUnit(m, actor, fields.unitId);
      // Left out keeps the challenge, null clears it; a new one must be open and visible.
      const challengeId = input.challengeId === undefined ? idea.challengeId : input.challengeId;
      if (challengeId && challengeId !== idea.challengeId) await assertAnswerable(m, actor, challengeId);
      const before = snapshot(idea);
      Object.assign(idea, fieldColumns(fields), { hideAuthor, challengeId });
      const after = snapshot(idea);
      if (sameValues(before, after)) return idea;
      const saved = await m.save(idea);
      await this.record(m, actor, saved, 'idea.edited', before, after);
      return saved;
    });
  }

  async submit(actor: Actor, input: IdeaVersionInput): Promise<IdeaEntity> {
    return this.db.run(actor.scope, async (m) => {
      const idea = await this.visible(m, actor, input.id, true);
      assertAllowed(IdeasPolicy.rules(actor, idea, await unitChain(m, idea.unitId)).submit, () =>
        assertVersion(idea, input.version, 'The idea'),
      );
      const to = transitionOrRefuse(
        nextIdeaState(idea.state, IdeaAction.SUBMIT),
        idea.state,
        'submitted',
        'The idea',
      );
      assertValid(checkIdeaFields(new Check(), idea, true));
      const from = idea.state;
      idea.state = to;
      idea.submittedAt = new Date();
      idea.decidedAt = null;
      idea.decidedById = null;
      idea.decisionReason = null;
      const saved = await m.save(idea);
      await mirrorIdea(m, saved);
      await this.record(
        m,
        actor,
        saved,
        from === IdeaState.PARKED ? 'idea.resubmitted' : 'idea.submitted',
        { state: from },
        { state: to },
      );
      return saved;
    });
  }

  async approve(actor: Actor, input: ApproveIdeaInput): Promise<IdeaEntity> {
    return this.decide(actor, input, IdeaAction.APPROVE, input.reason ?? null, async (m, idea) => {
      // A hidden author is not put on the experiment by name unless the manager chooses them.
      // createFromIdea checks the owner: a person of the organisation who may run it.
      const ownerId = input.ownerId ?? (idea.hideAuthor ? actor.personId : idea.authorId);
      const experiment = await this.experiments.createFromIdea(m, actor, idea, ownerId);
      idea.experimentId = experiment.id;
    });
  }

  async decline(actor: Actor, input: DecideIdeaInput): Promise<IdeaEntity> {
    assertValid(new Check().reason('reason', input.reason));
    return this.decide(actor, input, IdeaAction.DECLINE, input.reason.trim());
  }

  async park(actor: Actor, input: DecideIdeaInput): Promise<IdeaEntity> {
    assertValid(new Check().reason('reason', input.reason));
    return this.decide(actor, input, IdeaAction.PARK, input.reason.trim());
  }

  async back(actor: Actor, ideaId: string, backing: boolean): Promise<IdeaEntity> {
    return this.db.run(actor.scope, async (m) => {
      const idea = await this.visible(m, actor, ideaId);
      assertAllowed(IdeasPolicy.rules(actor, idea, await unitChain(m, idea.unitId)).back);
      if (backing)
        await m
          .createQueryBuilder()
          .insert()
          .into(IdeaBackingEntity)
          .values({ ideaId, personId: actor.personId, organisationId: idea.organisationId })
          .orIgnore()
          .execute();
      else await m.delete(IdeaBackingEntity, { ideaId, personId: actor.personId });
      return idea;
    });
  }

  async comment(actor: Actor, input: CommentOnIdeaInput): Promise<IdeaCommentEntity> {
    assertValid(new Check().required('text', input.text, Limits.COMMENT_MAX));
    return this.db.run(actor.scope, async (m) => {
      const idea = await this.visible(m, actor, input.ideaId);
      assertAllowed(IdeasPolicy.rules(actor, idea, await unitChain(m, idea.unitId)).comment);
      return m.save(
        IdeaCommentEntity,
        m.create(IdeaCommentEntity, {
          ideaId: idea.id,
          organisationId: idea.organisationId,
          authorId: actor.personId,
          text: input.text.trim(),
        }),
      );
    });
  }

  /** Approve, decline or park: a manager above the idea's unit, never the author; the author is told. */
  private decide(
    actor: Actor,
    input: IdeaVersionInput,
    action: Exclude<IdeaAction, 'SUBMIT'>,
    reason: string | null,
    extra?: (m: EntityManager, idea: IdeaEntity) => Promise<void>,
  ) {
    return this.db.run(actor.scope, async (m) => {
      const idea = await this.visible(m, actor, input.id, true);
      const ability = ({ APPROVE: 'approve', DECLINE: 'decline', PARK: 'park' } as const)[action];
      assertAllowed(IdeasPolicy.rules(actor, idea, await unitChain(m, idea.unitId))[ability], () =>
        assertVersion(idea, input.version, 'The idea'),
      );
      const verb = { APPROVE: 'approved', DECLINE: 'declined', PARK: 'parked', SUBMIT: 'submitted' }[action];
      const to = transitionOrRefuse(nextIdeaState(idea.state, action), idea.state, verb, 'The idea');
      const from = idea.state;
      idea.state = to;
      idea.decidedAt = new Date();
      idea.decidedById = actor.personId;
      idea.decisionReason = reason;
      await extra?.(m, idea);
      const saved = await m.save(idea);
      await mirrorIdea(m, saved);
      await this.record(
        m,
        actor,
        saved,
        `idea.${verb}`,
        { state: from },
        { state: to, experimentId: saved.experimentId },
        reason,
      );
      // The author (and the idea's followers) are told by the notifications fan-out of this record.
      return saved;
    });
  }

  /** The idea if the actor may see it (NOT_FOUND otherwise, so ids cannot be probed). */
  private async visible(m: EntityManager, actor: Actor, id: string, lock = false): Promise<IdeaEntity> {
    const idea = await m.findOne(IdeaEntity, {
      where: { id, organisationId: actor.organisationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!idea || !IdeasPolicy.canSee(actor, idea)) throw DomainError.notFound('The idea');
    return idea;
  }

  private async activeUnit(m: EntityManager, actor: Actor, unitId: string) {
    const unit = await m.findOneBy(UnitEntity, { id: unitId, organisationId: actor.organisationId });
    if (!unit)
      throw DomainError.validation(
        [{ field: 'unitId', message: 'unknownUnit' }],
        'Choose a unit in your organisation',
      );
    if (unit.archivedAt)
      throw DomainError.validation(
        [{ field: 'unitId', message: 'unitArchived' }],
        'The chosen unit is archived',
      );
  }

  private record(
    m: EntityManager,
    actor: Actor,
    idea: IdeaEntity,
    action: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
    reason: string | null = null,
  ) {
    return this.audit.record(m, {
      organisationId: idea.organisationId,
      actorId: actor.personId,
      entityType: 'idea',
      entityId: idea.id,
      action,
      before,
      after,
      reason,
    });
  }
}

/** A new idea's fields: trimmed, tags normalised. */
function newFields(input: CreateIdeaInput): IdeaFields {
  return {
    title: input.title.trim(),
    needWhose: (input.needWhose ?? '').trim(),
    needObserved: (input.needObserved ?? '').trim(),
    proposal: (input.proposal ?? '').trim(),
    benefit: (input.benefit ?? '').trim(),
    actions: normaliseActions(input.actions),
    sdgs: normaliseSdgs(input.sdgs),
    theme: input.theme ?? null,
    unitId: input.unitId,
  };
}

/**
 * The stored fields with the update applied: left out keeps, null clears (texts to '', tags and
 * theme to none); title and unit cannot be cleared, which is recorded on `check`.
 */
function changedFields(check: Check, idea: IdeaEntity, input: UpdateIdeaInput): IdeaFields {
  return {
    title: patched(check, 'title', trimmed(input.title), idea.title, { refuse: 'required' }),
    needWhose: patchedText(check, 'needWhose', input.needWhose, idea.needWhose),
    needObserved: patchedText(check, 'needObserved', input.needObserved, idea.needObserved),
    proposal: patchedText(check, 'proposal', input.proposal, idea.proposal),
    benefit: patchedText(check, 'benefit', input.benefit, idea.benefit),
    actions: input.actions === undefined ? idea.actions : normaliseActions(input.actions),
    sdgs: input.sdgs === undefined ? idea.sdgs : normaliseSdgs(input.sdgs),
    theme: patched<Theme | null>(check, 'theme', input.theme, idea.theme, { clearTo: null }),
    unitId: patched(check, 'unitId', input.unitId, idea.unitId, { refuse: 'cannotClear' }),
  };
}

function fieldColumns(f: IdeaFields) {
  return {
    title: f.title,
    needWhose: f.needWhose,
    needObserved: f.needObserved,
    proposal: f.proposal,
    benefit: f.benefit,
    actions: [...f.actions] as InnovationAction[],
    sdgs: [...f.sdgs],
    theme: f.theme as Theme | null,
    unitId: f.unitId,
  };
}
