import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  Check,
  ErrorCode,
  checkLesson,
  checkLessonReach,
  ExperimentResult,
  LessonReach,
  LessonState,
  normaliseLessonTags,
  type LessonFields,
} from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { Db } from '../core/database/db.service.js';
import { DomainError, assertValid } from '../core/errors/domain-error.js';
import { assertVersion } from '../core/errors/guards.js';
import { assertAllowed, invalidTransition } from '../core/auth/authority.js';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../core/graphql/pagination.js';
import { patched, patchedText, sameValues, trimmed } from '../core/graphql/partial-update.js';
import { AuditService } from '../audit/audit.service.js';
import { PersonEntity } from '../identity/person.entity.js';
import { unitChain } from '../organisations/unit-tree.js';
import { ExperimentEntity } from '../experiments/experiment.entity.js';
import { ExperimentMemberEntity } from '../experiments/experiment-parts.entity.js';
import { LessonEntity } from './lesson.entity.js';
import { LessonsPolicy, type LessonAbility } from './lessons.policy.js';
import {
  buildSummary,
  publishedFacets,
  filterSql,
  LESSON_SORT,
  readLessons,
  type LessonFilters,
  type LessonRead,
  type LessonReader,
} from './lessons.loaders.js';
import type { CreateLessonInput, UpdateLessonInput } from './dto/lessons.inputs.js';

const textOf = (l: LessonEntity): LessonFields & Record<string, unknown> => ({
  title: l.title,
  summary: l.summary,
  whatWorked: l.whatWorked,
  whatDidNot: l.whatDidNot,
  advice: l.advice,
  conditions: l.conditions,
  tags: l.tags,
});

const UNIQUE_VIOLATION = '23505';

/** A mutation answers with the lesson as the page shows it: the summary and the networks it may go to included. */
const AFTER_WRITE: LessonReadOptions = { summary: true, shareable: true };

/** What a read needs to return besides the rows: whether the page asks for the summary and shareable networks. */
export interface LessonReadOptions {
  summary?: boolean;
  shareable?: boolean;
}

/** Lessons (lærdommer): written from a concluded or stopped experiment, published at a reach, perhaps withdrawn. */
@Injectable()
export class LessonsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** The lessons the reader may see (`actor` null: no one signed in), newest first, in one statement. */
  list(
    actor: Actor | null,
    filters: LessonFilters,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<LessonRead>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    return this.db.run(actor?.scope ?? null, async (m) => {
      const rows = await readLessons(m, reader(actor), {
        policy: true,
        where: (p) => [
          ...filterSql(filters, actor?.personId ?? null, p),
          ...(cursor
            ? [`(${LESSON_SORT}, l.id) < (${p(cursor.at)}::timestamptz, ${p(cursor.id)}::uuid)`]
            : []),
        ],
        limit: size + 1,
      });
      const hasNextPage = rows.length > size;
      const nodes = hasNextPage ? rows.slice(0, size) : rows;
      const last = nodes.at(-1)?.lesson;
      return {
        nodes,
        pageInfo: {
          hasNextPage,
          endCursor: last ? encodeCursor({ at: last.publishedAt ?? last.createdAt, id: last.id }) : null,
        },
      };
    });
  }

  /** One lesson, if the reader may see it; otherwise NOT_FOUND, the same answer as for none. */
  get(actor: Actor | null, id: string, opts: LessonReadOptions = {}): Promise<LessonRead> {
    return this.db.run(actor?.scope ?? null, (m) => this.readOne(m, actor, id, opts));
  }

  /**
   * Whether the actor may see the lesson, inside the caller's transaction: the same read and
   * policy as `lesson(id)` (unit reach included). Following a lesson asks this.
   */
  async visibleTo(m: EntityManager, actor: Actor, id: string): Promise<boolean> {
    try {
      await this.readOne(m, actor, id);
      return true;
    } catch (err) {
      if (err instanceof DomainError && err.code === ErrorCode.NOT_FOUND) return false;
      throw err;
    }
  }

  private async readOne(
    m: EntityManager,
    actor: Actor | null,
    id: string,
    opts: LessonReadOptions = {},
  ): Promise<LessonRead> {
    if (!isUuid(id)) throw DomainError.notFound('The lesson');
    const [row] = await readLessons(m, reader(actor), {
      policy: true,
      where: (p) => [`l.id = ${p(id)}::uuid`],
      limit: 1,
      source: opts.summary ? 'draft' : null,
      shareable: opts.shareable,
    });
    if (!row || !LessonsPolicy.canSee(actor, row.facts, row.reader)) throw DomainError.notFound('The lesson');
    return row;
  }

  /** Writes the experiment's lesson as a draft, pre-filled from the experiment. One per experiment. */
  async create(actor: Actor, experimentId: string, input: CreateLessonInput): Promise<LessonRead> {
    return this.db.run(actor.scope, async (m) => {
      const e = isUuid(experimentId)
        ? await m.findOne(ExperimentEntity, {
            where: { id: experimentId, organisationId: actor.organisationId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!e) throw DomainError.notFound('The experiment');
      const team = await m.findBy(ExperimentMemberEntity, { experimentId: e.id });
      const chain = await unitChain(m, e.unitId);
      assertAllowed(
        LessonsPolicy.canWrite(actor, {
          organisationId: e.organisationId,
          state: e.state,
          ownerId: e.ownerId,
          teamIds: team.map((t) => t.personId),
          unitChain: chain,
        }),
      );
      if (await m.existsBy(LessonEntity, { experimentId: e.id }))
        throw DomainError.conflict('This experiment already has a lesson: open it to edit it');
      const fields: LessonFields = {
        title: (input.title ?? e.title).trim(),
        summary: (input.summary ?? e.cardLearned ?? '').trim(),
        whatWorked: (input.whatWorked ?? '').trim(),
        whatDidNot: (input.whatDidNot ?? '').trim(),
        advice: (input.advice ?? '').trim(),
        conditions: (input.conditions ?? '').trim(),
        tags: normaliseLessonTags(input.tags),
      };
      assertValid(checkLesson(new Check(), fields));
      const saved = await m
        .save(
          LessonEntity,
          m.create(LessonEntity, {
            ...fields,
            tags: [...fields.tags],
            organisationId: e.organisationId,
            unitId: e.unitId,
            experimentId: e.id,
            state: LessonState.DRAFT,
            reach: LessonReach.ORGANISATION,
            networkIds: [],
            createdById: actor.personId,
            ...facetsOf(e),
            partnerKinds: await partnerKinds(m, e.id),
          }),
        )
        .catch((err: { code?: string }) => {
          if (err.code === UNIQUE_VIOLATION)
            throw DomainError.conflict('This experiment already has a lesson: open it to edit it');
          throw err;
        });
      await this.record(m, actor, saved, 'lesson.created', null, { ...fields, experimentId: e.id });
      return this.readOne(m, actor, saved.id, AFTER_WRITE);
    });
  }

  /** Changes only the fields given; the rules hold on the result; nothing changed, nothing written. */
  async update(actor: Actor, id: string, version: number, input: UpdateLessonInput): Promise<LessonRead> {
    return this.change(actor, id, version, 'edit', async (_m, l) => {
      const check = new Check();
      const next: LessonFields = {
        title: patched(check, 'title', trimmed(input.title), l.title, { refuse: 'required' }),
        summary: patchedText(check, 'summary', input.summary, l.summary),
        whatWorked: patchedText(check, 'whatWorked', input.whatWorked, l.whatWorked),
        whatDidNot: patchedText(check, 'whatDidNot', input.whatDidNot, l.whatDidNot),
        advice: patchedText(check, 'advice', input.advice, l.advice),
        conditions: patchedText(check, 'conditions', input.conditions, l.conditions),
        tags: input.tags === undefined ? l.tags : normaliseLessonTags(input.tags),
      };
      assertValid(checkLesson(check, next));
      const before = textOf(l);
      Object.assign(l, next, { tags: [...next.tags] });
      const after = textOf(l);
      return sameValues({ ...before }, { ...after }) ? null : { action: 'lesson.edited', before, after };
    });
  }

  /**
   * Publishes the draft at `reach` (NETWORK: to networks the organisation is a member of or
   * runs), freezing what an outside reader sees of the experiment and refreshing the facets.
   */
  async publish(
    actor: Actor,
    id: string,
    version: number,
    reach: LessonReach,
    networkIds: string[],
  ): Promise<LessonRead> {
    assertValid(checkLessonReach(new Check(), reach, networkIds));
    return this.change(
      actor,
      id,
      version,
      'publish',
      async (m, l) => {
        await this.assertNetworks(m, networkIds);
        assertValid(checkLesson(new Check(), textOf(l)));
        const [src] = await readLessons(m, reader(actor), {
          policy: false,
          where: (p) => [`l.id = ${p(l.id)}::uuid`],
          limit: 1,
          source: 'always',
        });
        // The summary's own rows give the facets too: the experiment is read once.
        const summary = buildSummary(src.source!, src.organisation, l.tags);
        Object.assign(l, publishedFacets(summary), {
          state: LessonState.PUBLISHED,
          reach,
          networkIds: [...new Set(networkIds)],
          publishedAt: new Date(),
        });
        return {
          action: 'lesson.published',
          before: { state: LessonState.DRAFT },
          after: { state: l.state, reach, networkIds: l.networkIds },
        };
      },
      reach,
    );
  }

  /** Moves a published lesson to another reach; audited as `lesson.reach_changed` with from and to. */
  async changeReach(
    actor: Actor,
    id: string,
    version: number,
    reach: LessonReach,
    networkIds: string[],
  ): Promise<LessonRead> {
    assertValid(checkLessonReach(new Check(), reach, networkIds));
    return this.change(
      actor,
      id,
      version,
      'changeReach',
      async (m, l) => {
        await this.assertNetworks(m, networkIds);
        const before = { reach: l.reach, networkIds: l.networkIds };
        const after = { reach, networkIds: [...new Set(networkIds)].sort() };
        if (
          sameValues(before, after) ||
          sameValues({ ...before, networkIds: [...l.networkIds].sort() }, after)
        )
          return null;
        Object.assign(l, after);
        return { action: 'lesson.reach_changed', before, after };
      },
      reach,
    );
  }

  /** Withdraws a published lesson: kept for its authors, hidden everywhere else. The reason is required. */
  async withdraw(actor: Actor, id: string, version: number, reason: string): Promise<LessonRead> {
    assertValid(new Check().reason('reason', reason));
    return this.change(actor, id, version, 'withdraw', async (_m, l) => {
      Object.assign(l, {
        state: LessonState.WITHDRAWN,
        withdrawnAt: new Date(),
        withdrawnReason: reason.trim(),
      });
      return {
        action: 'lesson.withdrawn',
        before: { state: LessonState.PUBLISHED, reach: l.reach },
        after: { state: l.state },
        reason: reason.trim(),
      };
    });
  }

  /** The person themselves names themselves as the lesson's contact (consent), or takes their name off. */
  async setContact(actor: Actor, id: string, consent: boolean): Promise<LessonRead> {
    return this.change(actor, id, null, 'setContact', async (m, l) => {
      if (consent) {
        if (l.contactPersonId === actor.personId) return null;
        if (l.contactPersonId)
          assertAllowed(
            invalidTransition('Someone else is the lesson’s contact: only they can take their name off'),
          );
        const me = await m.findOneByOrFail(PersonEntity, { id: actor.personId });
        l.contactPersonId = me.id;
        l.contactName = me.name;
        return { action: 'lesson.contact_set', before: null, after: { contactPersonId: me.id } };
      }
      if (!l.contactPersonId) return null;
      if (l.contactPersonId !== actor.personId)
        throw DomainError.forbidden('Only the contact themselves can take their name off the lesson');
      l.contactPersonId = null;
      l.contactName = null;
      return { action: 'lesson.contact_removed', before: { contactPersonId: actor.personId }, after: null };
    });
  }

  /** Networks the organisation is a MEMBER of or runs; anything else is refused (`notMember`). */
  private async assertNetworks(m: EntityManager, ids: string[]): Promise<void> {
    if (!ids.length) return;
    const [{ ok }]: Array<{ ok: boolean }> = await m.query(
      `SELECT $1::uuid[] <@ app_member_network_ids() AS ok`,
      [ids.filter(isUuid).length === ids.length ? ids : []],
    );
    if (!ok || ids.some((i) => !isUuid(i)))
      throw DomainError.validation(
        [{ field: 'networkIds', message: 'notMember' }],
        'A lesson is shared only to networks your organisation is a member of',
      );
  }

  /**
   * One change of a lesson: locked, seen by the actor, allowed by the policy (for `reach` when
   * it is a move), version-checked (when given), applied and recorded; `apply` returns null
   * when nothing changed: then nothing is written.
   */
  private change(
    actor: Actor,
    id: string,
    version: number | null,
    what: LessonAbility,
    apply: (
      m: EntityManager,
      l: LessonEntity,
    ) => Promise<{
      action: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
      reason?: string;
    } | null>,
    reach?: LessonReach,
  ): Promise<LessonRead> {
    return this.db.run(actor.scope, async (m) => {
      const { lesson: seen, facts } = await this.readOne(m, actor, id);
      // Someone who sees it but may not change it (another organisation, a colleague) is told so first.
      if (seen.organisationId !== actor.organisationId)
        assertAllowed(LessonsPolicy.rules(actor, facts, reach)[what]);
      const l = await m.findOneOrFail(LessonEntity, {
        where: { id: seen.id, organisationId: actor.organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      assertAllowed(
        LessonsPolicy.rules(
          actor,
          { ...facts, state: l.state, reach: l.reach, networkIds: l.networkIds },
          reach,
        )[what],
        () => (version === null ? undefined : assertVersion(l, version, 'The lesson')),
      );
      const changed = await apply(m, l);
      if (!changed) return this.readOne(m, actor, l.id, AFTER_WRITE);
      l.updatedAt = new Date();
      const saved = await m.save(l);
      await this.record(
        m,
        actor,
        saved,
        changed.action,
        changed.before,
        changed.after,
        changed.reason ?? null,
      );
      return this.readOne(m, actor, saved.id, AFTER_WRITE);
    });
  }

  private record(
    m: EntityManager,
    actor: Actor,
    l: LessonEntity,
    action: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
    reason: string | null = null,
  ) {
    return this.audit.record(m, {
      organisationId: l.organisationId,
      actorId: actor.personId,
      entityType: 'lesson',
      entityId: l.id,
      action,
      before,
      after,
      reason,
    });
  }
}

function reader(actor: Actor | null): LessonReader | null {
  return actor ? { organisationId: actor.organisationId, personId: actor.personId, actor } : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (s: string) => UUID.test(s);

/** The facets a lesson copies from its experiment. */
function facetsOf(e: ExperimentEntity) {
  return {
    experimentState: e.state,
    result: (e.result ?? null) as ExperimentResult | null,
    actions: [...e.actions],
    sdgs: [...e.sdgs],
    theme: e.theme,
  };
}

async function partnerKinds(m: EntityManager, experimentId: string): Promise<LessonEntity['partnerKinds']> {
  const rows: Array<{ kind: LessonEntity['partnerKinds'][number] }> = await m.query(
    `SELECT DISTINCT kind FROM experiment_partners WHERE experiment_id = $1 ORDER BY kind`,
    [experimentId],
  );
  return rows.map((r) => r.kind);
}
