import { Injectable, Optional } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../core/auth/actor.js';
import { Db } from '../core/database/db.service.js';
import { EventBus } from '../core/events/event-bus.js';
import { NotificationEntity } from './notification.entity.js';
import { NotificationsPolicy } from './notifications.policy.js';

/** The topic a person's new notifications are published on (one per person: a subscriber hears only their own). */
export const notificationTopic = (personId: string) => `notification.${personId}`;

/** A notification as it travels to subscribers (JSON: dates as ISO strings). */
export interface NotificationMessage {
  id: string;
  organisationId: string;
  personId: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  payload: Record<string, unknown>;
  readAt: string | null;
  createdAt: string;
}

/** A row as `INSERT … RETURNING *` or a SECURITY DEFINER function returns it. */
export interface NotificationRow {
  id: string;
  organisation_id: string;
  person_id: string;
  kind: string;
  subject_type: string;
  subject_id: string;
  payload: Record<string, unknown>;
  read_at?: Date | string | null;
  created_at?: Date | string;
}

export function messageOf(r: NotificationRow): NotificationMessage {
  const iso = (d: Date | string | null | undefined) => (d == null ? null : new Date(d).toISOString());
  return {
    id: r.id,
    organisationId: r.organisation_id,
    personId: r.person_id,
    kind: r.kind,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    payload: r.payload ?? {},
    readAt: iso(r.read_at),
    createdAt: iso(r.created_at) ?? new Date().toISOString(),
  };
}

/** The entity shape of a delivered message, so the query's mapping (mapNotification) redacts it alike. */
export function entityOf(msg: NotificationMessage): NotificationEntity {
  return {
    ...msg,
    readAt: msg.readAt ? new Date(msg.readAt) : null,
    createdAt: new Date(msg.createdAt),
  } as NotificationEntity;
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: Db,
    @Optional() private readonly bus?: EventBus,
  ) {}

  /** Inside the caller's transaction, so a decision and its notice stand or fall together. */
  async notify(
    m: EntityManager,
    n: Pick<NotificationEntity, 'organisationId' | 'personId' | 'kind' | 'subjectType' | 'subjectId'> & {
      payload?: Record<string, unknown>;
    },
  ) {
    const rows: NotificationRow[] = await m.query(
      `INSERT INTO notifications (organisation_id, person_id, kind, subject_type, subject_id, payload)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [n.organisationId, n.personId, n.kind, n.subjectType, n.subjectId, JSON.stringify(n.payload ?? {})],
    );
    this.deliverAfterCommit(rows);
  }

  /**
   * Inside the caller's transaction: tells a lesson's team, in whichever organisation, through
   * the one SECURITY DEFINER function that may write across the border (it checks that the
   * caller may see the lesson and never tells the caller). Returns the notices written; they
   * are delivered to live subscribers once the transaction commits.
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
    const payload = n.payload ?? {};
    const rows: Array<{ id: string; person_id: string; organisation_id: string }> = await m.query(
      `SELECT * FROM app_notify_lesson_team($1, $2, $3, $4, $5)`,
      [n.lessonId, n.kind, n.subjectType, n.subjectId, JSON.stringify(payload)],
    );
    this.deliverAfterCommit(
      rows.map((r) => ({
        ...r,
        kind: n.kind,
        subject_type: n.subjectType,
        subject_id: n.subjectId,
        payload,
      })),
    );
    return rows.map((r) => ({ id: r.id, personId: r.person_id, organisationId: r.organisation_id }));
  }

  /**
   * Publishes written notices to their people's live subscriptions once the transaction has
   * committed (never for a rolled-back change). Each goes on its person's own topic.
   */
  deliverAfterCommit(rows: NotificationRow[]): void {
    const bus = this.bus;
    if (!bus || !rows.length) return;
    const messages = rows.map(messageOf);
    this.db.afterCommit(() =>
      Promise.all(messages.map((msg) => bus.publish(notificationTopic(msg.personId), msg))),
    );
  }

  mine(actor: Actor, unreadOnly: boolean, limit = 50): Promise<NotificationEntity[]> {
    return this.db.run(actor.scope, (m) =>
      m.find(NotificationEntity, {
        where: { ...NotificationsPolicy.mine(actor), ...(unreadOnly ? { readAt: IsNull() } : {}) },
        order: { createdAt: 'DESC', id: 'DESC' },
        take: limit,
      }),
    );
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.db.run(actor.scope, (m) =>
      m.countBy(NotificationEntity, { ...NotificationsPolicy.mine(actor), readAt: IsNull() }),
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

  async markAllRead(actor: Actor): Promise<number> {
    const res = await this.db.run(actor.scope, (m) =>
      m.update(
        NotificationEntity,
        { ...NotificationsPolicy.mine(actor), readAt: IsNull() },
        { readAt: new Date() },
      ),
    );
    return res.affected ?? 0;
  }

  /** A person's live notifications: their own topic, and the policy checked on every one. */
  live(actor: Actor): AsyncIterableIterator<NotificationMessage> {
    if (!this.bus) throw new Error('No event bus: live notifications are not configured');
    return this.bus.subscribe<NotificationMessage>(notificationTopic(actor.personId));
  }
}
