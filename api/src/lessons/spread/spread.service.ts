import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import {
  AdoptionState,
  Check,
  checkIdeaFields,
  ExperimentState,
  IdeaState,
  Limits,
  type LessonReach,
  type LessonState,
} from '@laerekraft/shared';
import type { Actor } from '../../core/auth/actor.js';
import { assertAllowed, positional } from '../../core/auth/authority.js';
import { Db } from '../../core/database/db.service.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { AuditService } from '../../audit/audit.service.js';
import { ExperimentsService } from '../../experiments/experiments.service.js';
import { ExperimentEntity } from '../../experiments/experiment.entity.js';
import { ExperimentMemberEntity } from '../../experiments/experiment-parts.entity.js';
import { IdeaEntity } from '../../ideas/idea.entity.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { OrganisationEntity } from '../../organisations/organisation.entity.js';
import { UnitEntity } from '../../organisations/unit.entity.js';
import { unitChain } from '../../organisations/unit-tree.js';
import { AdoptionEntity } from '../adoption.entity.js';
import { unitsBelowCte } from '../../organisations/organisations.loaders.js';
import { SpreadPolicy } from './spread.policy.js';
import { summaryFrame } from './summary.js';

/** What adopting needs of the source lesson, read under row-level security. */
interface SourceLesson {
  id: string;
  organisation_id: string;
  unit_id: string;
  state: LessonState;
  reach: LessonReach;
  title: string;
  summary: string;
  actions: ExperimentEntity['actions'];
  sdgs: number[];
  theme: ExperimentEntity['theme'];
  experiment_summary: Record<string, unknown>;
}

export interface AdoptInput {
  lessonId: string;
  unitId: string;
  /** An employee's way: propose it as an idea for a manager to decide. */
  proposeAsIdea?: boolean | null;
}

export interface Adopted {
  adoption: AdoptionEntity;
  experiment: ExperimentEntity | null;
  idea: IdeaEntity | null;
}

/** A unit that is already trying the lesson (a proposal, undecided, blocks nothing: `uq_adoptions_open_unit`). */
const OPEN_STATES: AdoptionState[] = [AdoptionState.PLANNED, AdoptionState.RUNNING];

/**
 * Adoption and lineage (spread): "Prøv dette hos oss" starts an experiment (a manager) or
 * proposes an idea (an employee) from a lesson, keeps the lineage, counts it up the tree and
 * tells the source's team; the roll-up and the lineage list read what the reader may see.
 */
@Injectable()
export class SpreadService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly experiments: ExperimentsService,
    private readonly notifications: NotificationsService,
  ) {}

  adopt(actor: Actor, input: AdoptInput): Promise<Adopted> {
    return this.db.run(actor.scope, async (m) => {
      const lesson = await this.sourceLesson(m, actor, input.lessonId);
      // Whoever may not adopt at all (a reader), or not this lesson yet, hears so before the unit is checked.
      const facts = { organisationId: lesson.organisation_id, state: lesson.state };
      assertAllowed(SpreadPolicy.rules(actor, { lesson: facts, unitChain: [] }).proposeAsIdea);
      const unit = await m.findOneBy(UnitEntity, { id: input.unitId, organisationId: actor.organisationId });
      if (!unit || unit.archivedAt)
        throw DomainError.validation(
          [{ field: 'unitId', message: unit ? 'unitArchived' : 'unknownUnit' }],
          'Choose an active unit in your organisation',
        );
      // Trying one's own lesson in the very unit it came from is no replication.
      if (lesson.organisation_id === actor.organisationId && lesson.unit_id === unit.id)
        throw DomainError.validation(
          [{ field: 'unitId', message: 'ownLessonUnit' }],
          'The lesson comes from this unit: choose another unit to try it in',
        );
      const rules = SpreadPolicy.rules(actor, {
        lesson: facts,
        unitChain: await unitChain(m, unit.id),
      });
      assertAllowed(input.proposeAsIdea ? rules.proposeAsIdea : rules.adoptAsExperiment);
      if (
        await m.existsBy(AdoptionEntity, {
          sourceLessonId: lesson.id,
          unitId: unit.id,
          state: In(OPEN_STATES),
        })
      )
        throw DomainError.conflict(
          'The unit is already trying this lesson: finish or stop that adoption first',
        );

      const [{ lineage }]: Array<{ lineage: string[] | null }> = await m.query(
        `SELECT app_lesson_lineage($1) AS lineage`,
        [lesson.id],
      );
      if (!lineage) throw DomainError.notFound('The lesson');
      const made = input.proposeAsIdea
        ? { experiment: null, idea: await this.proposeIdea(m, actor, lesson, unit.id) }
        : { experiment: await this.startExperiment(m, actor, lesson, unit.id), idea: null };
      const adoption = await openAdoption(
        m,
        m.create(AdoptionEntity, {
          organisationId: actor.organisationId,
          unitId: unit.id,
          experimentId: made.experiment?.id ?? null,
          ideaId: made.idea?.id ?? null,
          sourceLessonId: lesson.id,
          sourceOrganisationId: lesson.organisation_id,
          lineage,
          state: made.experiment ? AdoptionState.PLANNED : AdoptionState.PROPOSED,
          createdById: actor.personId,
        }),
      );
      await m.query(`SELECT app_count_adoption($1)`, [adoption.id]);
      await this.audit.record(m, {
        organisationId: actor.organisationId,
        actorId: actor.personId,
        entityType: 'lesson',
        entityId: lesson.id,
        action: 'lesson.adopted',
        after: {
          adoptionId: adoption.id,
          unitId: unit.id,
          experimentId: adoption.experimentId,
          ideaId: adoption.ideaId,
          state: adoption.state,
          lineage,
        },
      });
      // The adopter's name is a public fact of the organisation; no person's name crosses.
      const org = await m.findOneByOrFail(OrganisationEntity, { id: actor.organisationId });
      await this.notifications.notifyLessonTeam(m, {
        lessonId: lesson.id,
        // A proposal is no adoption until approved: the source team is told it was proposed.
        kind: adoption.state === AdoptionState.PROPOSED ? 'lesson.proposed' : 'lesson.adopted',
        subjectType: 'lesson',
        subjectId: lesson.id,
        payload: {
          title: lesson.title,
          organisationName: org.name,
          adoptionId: adoption.id,
          state: adoption.state,
        },
      });
      return { adoption, ...made };
    });
  }

  /** The lesson if the actor may see it (LessonsPolicy), NOT_FOUND otherwise. */
  private async sourceLesson(m: EntityManager, actor: Actor, id: string): Promise<SourceLesson> {
    const { params, bind } = positional();
    const [l]: SourceLesson[] = await m.query(
      `SELECT l.id, l.organisation_id, l.unit_id, l.state, l.reach, l.title, l.summary, l.actions, l.sdgs, l.theme,
              l.experiment_summary
         FROM lessons l LEFT JOIN experiments e ON e.id = l.experiment_id
        WHERE l.id = ${bind(id)} AND ${SpreadPolicy.seesLesson(actor, 'l', 'e', bind)}`,
      params,
    );
    // A draft its writers see is there but not yet adoptable (INVALID_TRANSITION from the policy).
    if (!l) throw DomainError.notFound('The lesson');
    return l;
  }

  /** A PLANNED experiment in the unit with the source's hypothesis and frame; the baseline is theirs to measure. */
  private async startExperiment(
    m: EntityManager,
    actor: Actor,
    l: SourceLesson,
    unitId: string,
  ): Promise<ExperimentEntity> {
    await this.experiments.assertOwner(m, actor, actor.personId);
    const f = summaryFrame(l.experiment_summary);
    const e = await m.save(
      ExperimentEntity,
      m.create(ExperimentEntity, {
        organisationId: actor.organisationId,
        unitId,
        ideaId: null,
        sourceLessonId: l.id,
        title: l.title.slice(0, Limits.TITLE_MAX),
        summary: l.summary,
        ownerId: actor.personId,
        state: ExperimentState.PLANNED,
        change: f.change,
        targetGroup: f.targetGroup,
        expectedEffect: f.expectedEffect,
        metric: f.metric,
        baseline: null,
        target: f.target,
        byDate: null,
        acceptableLoss: f.acceptableLoss,
        hours: f.hours,
        nok: f.nok,
        affectsEmployees: f.affectsEmployees,
        actions: l.actions,
        sdgs: l.sdgs,
        theme: l.theme,
      }),
    );
    await m.insert(ExperimentMemberEntity, {
      experimentId: e.id,
      personId: actor.personId,
      organisationId: e.organisationId,
    });
    await this.experiments.record(m, actor, e, 'experiment.created', null, {
      title: e.title,
      sourceLessonId: l.id,
      ownerId: e.ownerId,
      state: e.state,
    });
    return e;
  }

  /**
   * An employee's proposal: an idea with the source's hypothesis as need, proposal and benefit,
   * submitted for a manager to decide when it is complete (a draft to finish when the source
   * leaves one of those texts empty).
   */
  private async proposeIdea(
    m: EntityManager,
    actor: Actor,
    l: SourceLesson,
    unitId: string,
  ): Promise<IdeaEntity> {
    const f = summaryFrame(l.experiment_summary);
    const fields = {
      title: l.title.slice(0, Limits.TITLE_MAX),
      needWhose: f.targetGroup,
      needObserved: l.summary,
      proposal: f.change,
      benefit: f.expectedEffect,
      actions: l.actions,
      sdgs: l.sdgs,
      theme: l.theme,
      unitId,
    };
    const complete = checkIdeaFields(new Check(), fields, true).ok;
    const idea = await m.save(
      IdeaEntity,
      m.create(IdeaEntity, {
        ...fields,
        organisationId: actor.organisationId,
        authorId: actor.personId,
        hideAuthor: false,
        sourceLessonId: l.id,
        state: complete ? IdeaState.SUBMITTED : IdeaState.DRAFT,
        submittedAt: complete ? new Date() : null,
      }),
    );
    const record = (
      action: string,
      after: Record<string, unknown>,
      before: Record<string, unknown> | null = null,
    ) =>
      this.audit.record(m, {
        organisationId: idea.organisationId,
        actorId: actor.personId,
        entityType: 'idea',
        entityId: idea.id,
        action,
        before,
        after,
      });
    await record('idea.created', { title: idea.title, unitId, sourceLessonId: l.id, state: IdeaState.DRAFT });
    if (complete) await record('idea.submitted', { state: IdeaState.SUBMITTED }, { state: IdeaState.DRAFT });
    return idea;
  }

  /**
   * Where the actor may adopt: as an experiment, the units they manage and below (every active
   * unit for the innovation lead); as an idea, every active unit. And their own unit, the default.
   */
  adoptUnits(actor: Actor, asIdea: boolean): Promise<{ units: UnitEntity[]; ownUnitId: string | null }> {
    return this.db.run(actor.scope, async (m) => {
      const { params, bind } = positional();
      const org = bind(actor.organisationId);
      // An idea may be proposed in any active unit, as any idea; an experiment only where they may start one.
      const lead = asIdea || SpreadPolicy.startsExperiment(actor, []);
      const managed = actor.managedUnitIds();
      const rows: Array<UnitEntity & { own: string | null }> = await m.query(
        `WITH RECURSIVE ${unitsBelowCte(`SELECT unnest(${bind(managed)}::uuid[])`)}
       SELECT u.id, u.name, u.parent_id AS "parentId", u.archived_at AS "archivedAt", u.version,
              u.organisation_id AS "organisationId", u.created_at AS "createdAt", u.updated_at AS "updatedAt",
              (SELECT unit_id FROM persons WHERE id = ${bind(actor.personId)}) AS own
         FROM (SELECT NULL) AS one
         LEFT JOIN units u ON u.organisation_id = ${org} AND u.archived_at IS NULL
              AND (${lead ? 'true' : 'u.id IN (SELECT id FROM below)'})
        ORDER BY u.name`,
        params,
      );
      return {
        units: rows.filter((r) => r.id !== null).map(({ own: _own, ...u }) => u),
        ownUnitId: rows[0]?.own ?? null,
      };
    });
  }
}

/** Saves a new adoption; another one opened in the same unit meanwhile (a race past the check) is a CONFLICT too. */
async function openAdoption(m: EntityManager, a: AdoptionEntity): Promise<AdoptionEntity> {
  try {
    return await m.save(AdoptionEntity, a);
  } catch (err) {
    if ((err as { code?: string; constraint?: string }).constraint === 'uq_adoptions_open_unit')
      throw DomainError.conflict(
        'The unit is already trying this lesson: finish or stop that adoption first',
      );
    throw err;
  }
}
