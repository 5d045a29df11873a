import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FOLLOW_SUBJECT_TYPES, type FollowSubjectType } from '@laerekraft/shared';
import type { Actor } from '../../core/auth/actor.js';
import { Db } from '../../core/database/db.service.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { AuditService } from '../../audit/audit.service.js';
import { FollowEntity } from './follow.entity.js';
import { FollowTargets } from './follow-targets.js';
import { FollowsPolicy } from './follows.policy.js';

const SUBJECT_NAME: Record<FollowSubjectType, string> = {
  IDEA: 'The idea',
  EXPERIMENT: 'The experiment',
  LESSON: 'The lesson',
  CHALLENGE: 'The challenge',
  NETWORK: 'The network',
};

/**
 * Following: a person follows what they may see, and is told of changes to it (see
 * fan-out.service.ts). Following is one's own business, like one's inbox: readers may follow.
 * Following twice is following once; unfollowing what one does not follow changes nothing.
 */
@Injectable()
export class FollowsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly targets: FollowTargets,
  ) {}

  async follow(actor: Actor, type: FollowSubjectType, subjectId: string): Promise<boolean> {
    this.assertType(type);
    return this.db.run(actor.scope, async (m) => {
      if (!(await this.targets.canSee(m, actor, type, subjectId)))
        throw DomainError.notFound(SUBJECT_NAME[type]);
      if (await this.add(m, actor.organisationId, actor.personId, type, subjectId))
        await this.audit.record(m, {
          organisationId: actor.organisationId,
          actorId: actor.personId,
          entityType: type.toLowerCase(),
          entityId: subjectId,
          action: 'follow.added',
        });
      return true;
    });
  }

  async unfollow(actor: Actor, type: FollowSubjectType, subjectId: string): Promise<boolean> {
    this.assertType(type);
    return this.db.run(actor.scope, async (m) => {
      const res = await m.delete(FollowEntity, {
        ...FollowsPolicy.mine(actor),
        subjectType: type,
        subjectId,
      });
      if (res.affected)
        await this.audit.record(m, {
          organisationId: actor.organisationId,
          actorId: actor.personId,
          entityType: type.toLowerCase(),
          entityId: subjectId,
          action: 'follow.removed',
        });
      return false;
    });
  }

  /** Whether the actor follows the subject (false for what they cannot see: they cannot follow it). */
  following(actor: Actor, type: FollowSubjectType, subjectId: string): Promise<boolean> {
    return this.db.run(actor.scope, (m) =>
      m.existsBy(FollowEntity, { ...FollowsPolicy.mine(actor), subjectType: type, subjectId }),
    );
  }

  /** Inside the caller's transaction (auto-follow): writes the follow rows missing; returns how many. */
  async add(
    m: EntityManager,
    organisationId: string,
    personIds: string | string[],
    type: FollowSubjectType,
    subjectId: string,
  ): Promise<number> {
    const ids = [...new Set(Array.isArray(personIds) ? personIds : [personIds])];
    if (!ids.length) return 0;
    const rows: unknown[] = await m.query(
      `INSERT INTO follows (organisation_id, person_id, subject_type, subject_id)
       SELECT $1, p.id, $3, $4 FROM persons p WHERE p.id = ANY($2::uuid[]) AND p.organisation_id = $1
       ON CONFLICT (person_id, subject_type, subject_id) DO NOTHING RETURNING id`,
      [organisationId, ids, type, subjectId],
    );
    return rows.length;
  }

  private assertType(type: string) {
    if (!FOLLOW_SUBJECT_TYPES.includes(type as FollowSubjectType))
      throw DomainError.validation([{ field: 'subjectType', message: 'invalid' }], 'Unknown subject type');
  }
}
