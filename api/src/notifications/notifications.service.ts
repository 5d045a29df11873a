import { Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../core/auth/actor.js';
import { Db } from '../core/database/db.service.js';
import { NotificationEntity } from './notification.entity.js';
import { NotificationsPolicy } from './notifications.policy.js';

@Injectable()
export class NotificationsService {
  constructor(private readonly db: Db) {}

  /** Inside the caller's transaction, so a decision and its notice stand or fall together. */
  async notify(
    m: EntityManager,
    n: Pick<NotificationEntity, 'organisationId' | 'personId' | 'kind' | 'subjectType' | 'subjectId'> & {
      payload?: Record<string, unknown>;
    },
  ) {
    await m.insert(NotificationEntity, { ...n, payload: n.payload ?? {} } as never);
  }

  /**
   * Inside the caller's transaction: tells a lesson's team, in whichever organisation, through
   * the one SECURITY DEFINER function that may write across the border (it checks that the
   * caller may see the lesson and never tells the caller). Returns the notices written.
   */
  async notifyLessonTeam(
    m: EntityManager,
    n: {
      lessonId: string;
      kind: string;
      subjectType: string;
      subjectId: string;
      payload?: Record<string, unknown>;
    },
  ): Promise<Array<{ id: string; personId: string; organisationId: string }>> {
    const rows: Array<{ id: string; person_id: string; organisation_id: string }> = await m.query(
      `SELECT * FROM app_notify_lesson_team($1, $2, $3, $4, $5)`,
      [n.lessonId, n.kind, n.subjectType, n.subjectId, JSON.stringify(n.payload ?? {})],
    );
    return rows.map((r) => ({ id: r.id, personId: r.person_id, organisationId: r.organisation_id }));
  }

  mine(actor: Actor, unreadOnly: boolean, limit = 50): Promise<NotificationEntity[]> {
    return this.db.run(actor.scope, (m) =>
      m.find(NotificationEntity, {
        where: { ...NotificationsPolicy.mine(actor), ...(unreadOnly ? { readAt: IsNull() } : {}) },
        order: { createdAt: 'DESC' },
        take: limit,
      }),
    );
  }

  async markRead(actor: Actor, ids: string[]): Promise<number> {
    if (!ids.length) return 0;
    const res = await this.db.run(actor.scope, (m) =>
      m.update(
        NotificationEntity,
        // Only the actor's own (NotificationsPolicy.canMarkRead), so another's id changes nothing.
        { id: In(ids), ...NotificationsPolicy.mine(actor), readAt: IsNull() },
        { readAt: new Date() },
      ),
    );
    return res.affected ?? 0;
  }
}
