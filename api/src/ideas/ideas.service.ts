import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  Check,
  checkIdeaFields,
  IdeaAction,
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
import { assertAllowed } from '../core/auth/authority.js';
import { decodeCursor, pageSize, toPage, type ListScope, type Page } from '../core/graphql/pagination.js';
import { patched, patchedText, sameValues, trimmed } from '../core/graphql/partial-update.js';
import { AuditService } from '../audit/audit.service.js';
import { ExperimentsService } from '../experiments/experiments.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PersonEntity } from '../identity/person.entity.js';
import { UnitEntity } from '../organisations/unit.entity.js';
import { unitChain, unitsBelow } from '../organisations/unit-tree.js';
import { IdeaBackingEntity } from './idea-backing.entity.js';
import { IdeaCommentEntity } from './idea-comment.entity.js';
import { IdeaEntity } from './idea.entity.js';
import { IdeasPolicy } from './ideas.policy.js';
import type {
  ApproveIdeaInput,
  CommentOnIdeaInput,
  CreateIdeaInput,
  DecideIdeaInput,
  IdeaVersionInput,
  UpdateIdeaInput,
} from './dto/ideas.inputs.js';

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
  state: i.state,
});

/** Ideas: drafting, submitting, deciding (approve creates the experiment), backing and comments. */
@Injectable()
export class IdeasService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly experiments: ExperimentsService,
    private readonly notifications: NotificationsService,
  ) {}

  async get(actor: Actor, id: string): Promise<IdeaEntity> {
    return this.db.run(actor.scope, (m) => this.visible(m, actor, id));
  }

  async list(
    actor: Actor,
    scope: ListScope,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<IdeaEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    return this.db.run(actor.scope, async (m) => {
      const visible = IdeasPolicy.listFilter(actor, 'i');
      const q = m.createQueryBuilder(IdeaEntity, 'i').where(visible.where, visible.params);
      if (scope === 'MINE') q.andWhere('i.author_id = :me', { me: actor.personId });
      if (scope === 'UNIT') {
        const me = await m.findOneBy(PersonEntity, { id: actor.personId });
        const units = me?.unitId ? await unitsBelow(m, [me.unitId]) : [];
        q.andWhere('i.unit_id = ANY(:units)', { units });
      }
      if (cursor) q.andWhere('(i.created_at, i.id) < (:at, :id)', cursor);
      const rows = await q
        .orderBy('i.created_at', 'DESC')
        .addOrderBy('i.id', 'DESC')
        .take(size + 1)
        .getMany();
      return toPage(rows, size, (r) => ({ at: r.createdAt, id: r.id }));
    });
  }

  /** Submitted ideas in the units the actor manages and below, oldest first; never their own. */
  async reviewQueue(actor: Actor): Promise<IdeaEntity[]> {
    if (!IdeasPolicy.canReview(actor)) return [];
    return this.db.run(actor.scope, async (m) => {
      const mine = IdeasPolicy.reviewFilter(actor, 'i', await unitsBelow(m, actor.managedUnitIds()));
      return m
        .createQueryBuilder(IdeaEntity, 'i')
        .where(mine.where, mine.params)
        .orderBy('i.submitted_at', 'ASC')
        .addOrderBy('i.id', 'ASC')
        .take(200)
        .getMany();
    });
  }

  async create(actor: Actor, input: CreateIdeaInput): Promise<IdeaEntity> {
    if (!IdeasPolicy.canCreate(actor))
      throw DomainError.forbidden('Readers follow the portfolio but do not register ideas');
    const fields = newFields(input);
    assertValid(checkIdeaFields(new Check(), fields, false));
    return this.db.run(actor.scope, async (m) => {
      await this.activeUnit(m, actor, input.unitId);
      const idea = await m.save(
        IdeaEntity,
        m.create(IdeaEntity, {
          ...fieldColumns(fields),
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
      const before = snapshot(idea);
      Object.assign(idea, fieldColumns(fields), { hideAuthor });
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
      const ownerId = input.ownerId ?? (idea.hideAuthor ? actor.personId : idea.authorId);
      const owner = await m.findOneBy(PersonEntity, { id: ownerId, organisationId: idea.organisationId });
      if (!owner)
        throw DomainError.validation(
          [{ field: 'ownerId', message: 'unknownPerson' }],
          'The chosen owner is not in your organisation',
        );
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
      await this.record(
        m,
        actor,
        saved,
        `idea.${verb}`,
        { state: from },
        { state: to, experimentId: saved.experimentId },
        reason,
      );
      await this.notifications.notify(m, {
        organisationId: idea.organisationId,
        personId: idea.authorId,
        kind: `idea.${verb}`,
        subjectType: 'idea',
        subjectId: idea.id,
        payload: { title: idea.title, reason, experimentId: saved.experimentId },
      });
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
