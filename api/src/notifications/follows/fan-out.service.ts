import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FollowSubjectType } from '@laerekraft/shared';
import { DomainEvents, type DomainEvent } from '../../core/events/domain-events.js';
import { NotificationsService, type NotificationRow } from '../notifications.service.js';
import { FollowsService } from './follows.service.js';

const IDEA_DECISIONS = new Set(['idea.approved', 'idea.declined', 'idea.parked']);
const IDEA_MOVES = new Set([...IDEA_DECISIONS, 'idea.submitted', 'idea.resubmitted']);
const EXPERIMENT_EVENTS = new Set([
  'experiment.started',
  'experiment.concluded',
  'experiment.stopped',
  'experiment.log.added',
]);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const uuidsIn = (v: unknown) => new Set(JSON.stringify(v ?? null).match(UUID) ?? []);

/**
 * From recorded changes to notices, in the change's own transaction (a rolled-back change
 * tells no one); delivery to live subscribers follows its commit. The actor is never told.
 *
 * - auto-follow: the author follows an idea they create, the owner and team an experiment
 *   (and whoever joins its team later), the writer a lesson;
 * - a decision on an idea (approved, declined, parked): its author, and its followers;
 *   submitted/resubmitted: its followers;
 * - an experiment started, concluded or stopped, or a new learning-log entry: its followers;
 * - a lesson published: the experiment's followers who may see it (UNIT reach: its unit and
 *   below, and its writers); to networks: each network's followers
 *   in member organisations (SECURITY DEFINER, cross-border);
 * - a lesson withdrawn: everyone who followed it, in any organisation (SECURITY DEFINER); the
 *   reason only to followers in the lesson's own organisation (the function drops it elsewhere);
 * - a network challenge created: the network's followers (SECURITY DEFINER). The challenge's
 *   audit record carries `after.networkId` and `after.title`;
 * - a challenge closed: everyone who follows it and still sees it, in any organisation
 *   (`app_notify_challenge_followers`, SECURITY DEFINER).
 * An adoption is told to the source lesson's team by the spread feature itself
 * (NotificationsService.notifyLessonTeam), delivered live the same way.
 */
@Injectable()
export class FanOutService implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly notifications: NotificationsService,
    private readonly follows: FollowsService,
  ) {}

  onModuleInit(): void {
    this.events.listen((m, e) => this.handle(m, e));
  }

  async handle(m: EntityManager, e: DomainEvent): Promise<void> {
    const a = e.action;
    if (a === 'idea.created' && e.actorId)
      await this.follows.add(m, e.organisationId, e.actorId, FollowSubjectType.IDEA, e.entityId);
    else if (a === 'experiment.created') await this.followTeam(m, e, null);
    else if (a === 'experiment.team') await this.followTeam(m, e, uuidsIn(e.before));
    else if (a === 'lesson.created' && e.actorId)
      await this.follows.add(m, e.organisationId, e.actorId, FollowSubjectType.LESSON, e.entityId);
    else if (IDEA_MOVES.has(a)) await this.ideaMoved(m, e);
    else if (EXPERIMENT_EVENTS.has(a)) await this.experimentEvent(m, e);
    else if (a === 'lesson.published') await this.lessonPublished(m, e, null);
    else if (a === 'lesson.reach_changed') await this.lessonPublished(m, e, uuidsIn(e.before));
    else if (a === 'lesson.withdrawn') await this.lessonWithdrawn(m, e);
    else if (a === 'challenge.created') await this.challengeCreated(m, e);
    else if (a === 'challenge.closed') await this.challengeClosed(m, e);
  }

  private async followTeam(m: EntityManager, e: DomainEvent, before: Set<string> | null) {
    const team: Array<{ id: string }> = await m.query(
      `SELECT owner_id AS id FROM experiments WHERE id = $1
       UNION SELECT person_id FROM experiment_members WHERE experiment_id = $1`,
      [e.entityId],
    );
    const joined = team.map((t) => t.id).filter((id) => !before?.has(id));
    await this.follows.add(m, e.organisationId, joined, FollowSubjectType.EXPERIMENT, e.entityId);
  }

  private async ideaMoved(m: EntityManager, e: DomainEvent) {
    const decision = IDEA_DECISIONS.has(e.action);
    const after = (e.after ?? {}) as { experimentId?: string | null };
    const rows: NotificationRow[] = await m.query(
      `WITH i AS (SELECT id, organisation_id, author_id, title FROM ideas WHERE id = $1),
       who AS (
         SELECT f.person_id FROM follows f, i WHERE f.subject_type = 'IDEA' AND f.subject_id = i.id
         UNION SELECT i.author_id FROM i WHERE $2::boolean
       )
       INSERT INTO notifications (organisation_id, person_id, kind, subject_type, subject_id, payload)
       SELECT i.organisation_id, who.person_id, $3, 'idea', i.id,
              jsonb_build_object('title', i.title, 'reason', $4::text, 'experimentId', $5::uuid)
         FROM i, who JOIN persons p ON p.id = who.person_id AND p.deactivated_at IS NULL
        WHERE who.person_id IS DISTINCT FROM $6::uuid
       RETURNING *`,
      [e.entityId, decision, e.action, e.reason ?? null, after.experimentId ?? null, e.actorId],
    );
    this.notifications.deliverAfterCommit(rows);
  }

  private async experimentEvent(m: EntityManager, e: DomainEvent) {
    const after = (e.after ?? {}) as { kind?: string };
    const rows: NotificationRow[] = await m.query(
      `INSERT INTO notifications (organisation_id, person_id, kind, subject_type, subject_id, payload)
       SELECT x.organisation_id, f.person_id, $2, 'experiment', x.id,
              jsonb_build_object('title', x.title, 'reason', $3::text, 'entryKind', $4::text)
         FROM experiments x
         JOIN follows f ON f.subject_type = 'EXPERIMENT' AND f.subject_id = x.id
         JOIN persons p ON p.id = f.person_id AND p.deactivated_at IS NULL
        WHERE x.id = $1 AND f.person_id IS DISTINCT FROM $5::uuid
       RETURNING *`,
      [
        e.entityId,
        e.action,
        e.reason ?? null,
        e.action === 'experiment.log.added' ? (after.kind ?? null) : null,
        e.actorId,
      ],
    );
    this.notifications.deliverAfterCommit(rows);
  }

  /** Published (before = null), or its reach changed (only networks added while published are told). */
  private async lessonPublished(m: EntityManager, e: DomainEvent, before: Set<string> | null) {
    const [lesson]: Array<{
      id: string;
      title: string;
      state: string;
      reach: string;
      network_ids: string[];
      experiment_id: string;
      unit_id: string;
    }> = await m.query(
      `SELECT id, title, state, reach, network_ids, experiment_id, unit_id FROM lessons WHERE id = $1`,
      [e.entityId],
    );
    if (!lesson || lesson.state !== 'PUBLISHED') return;
    const payload = { title: lesson.title };
    if (!before) {
      // Only followers who may see the lesson: at UNIT reach (LessonsPolicy) the people in its
      // unit or below and its writers (owner, team, managers of the unit or above, the
      // innovation lead); a follower of the experiment elsewhere in the organisation is not told.
      const rows: NotificationRow[] = await m.query(
        `WITH RECURSIVE below(id, depth) AS (
           SELECT $5::uuid, 0
           UNION ALL SELECT u.id, b.depth + 1 FROM below b JOIN units u ON u.parent_id = b.id WHERE b.depth < 50),
         above(id, parent_id, depth) AS (
           SELECT u.id, u.parent_id, 0 FROM units u WHERE u.id = $5::uuid
           UNION ALL SELECT u.id, u.parent_id, a.depth + 1 FROM above a JOIN units u ON u.id = a.parent_id WHERE a.depth < 50)
         INSERT INTO notifications (organisation_id, person_id, kind, subject_type, subject_id, payload)
         SELECT f.organisation_id, f.person_id, 'lesson.published', 'lesson', $1, $3::jsonb
           FROM follows f JOIN persons p ON p.id = f.person_id AND p.deactivated_at IS NULL
          WHERE f.subject_type = 'EXPERIMENT' AND f.subject_id = $2 AND f.person_id IS DISTINCT FROM $4::uuid
            AND ($6::text <> 'UNIT'
                 OR p.unit_id IN (SELECT id FROM below)
                 OR EXISTS (SELECT 1 FROM experiments x WHERE x.id = $2 AND x.owner_id = f.person_id)
                 OR EXISTS (SELECT 1 FROM experiment_members em WHERE em.experiment_id = $2 AND em.person_id = f.person_id)
                 OR EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.person_id = f.person_id
                              AND (ra.role = 'INNOVATION_LEAD' OR (ra.role = 'MANAGER' AND ra.unit_id IN (SELECT id FROM above)))))
         RETURNING *`,
        [lesson.id, lesson.experiment_id, JSON.stringify(payload), e.actorId, lesson.unit_id, lesson.reach],
      );
      this.notifications.deliverAfterCommit(rows);
    }
    if (lesson.reach !== 'NETWORK') return;
    for (const networkId of lesson.network_ids.filter((id) => !before?.has(id)))
      await this.toNetwork(m, networkId, 'network.lesson_published', 'lesson', lesson.id, payload);
  }

  private async lessonWithdrawn(m: EntityManager, e: DomainEvent) {
    const [lesson]: Array<{ title: string }> = await m.query(`SELECT title FROM lessons WHERE id = $1`, [
      e.entityId,
    ]);
    if (!lesson) return;
    const rows: NotificationRow[] = await m.query(`SELECT * FROM app_notify_lesson_followers($1, $2, $3)`, [
      e.entityId,
      'lesson.withdrawn',
      JSON.stringify({ title: lesson.title, reason: e.reason ?? null }),
    ]);
    this.notifications.deliverAfterCommit(rows);
  }

  private async challengeCreated(m: EntityManager, e: DomainEvent) {
    const after = (e.after ?? {}) as { networkId?: string | null; title?: string };
    if (!after.networkId) return;
    await this.toNetwork(m, after.networkId, 'network.challenge_created', 'challenge', e.entityId, {
      title: after.title ?? null,
    });
  }

  /** Closed: the challenge's followers, in any organisation that still sees it (SECURITY DEFINER). */
  private async challengeClosed(m: EntityManager, e: DomainEvent) {
    const [challenge]: Array<{ title: string }> = await m.query(
      `SELECT title FROM challenges WHERE id = $1`,
      [e.entityId],
    );
    if (!challenge) return;
    const rows: NotificationRow[] = await m.query(
      `SELECT * FROM app_notify_challenge_followers($1, $2, $3)`,
      [e.entityId, 'challenge.closed', JSON.stringify({ title: challenge.title })],
    );
    this.notifications.deliverAfterCommit(rows);
  }

  private async toNetwork(
    m: EntityManager,
    networkId: string,
    kind: string,
    subjectType: string,
    subjectId: string,
    payload: Record<string, unknown>,
  ) {
    const [network]: Array<{ name: string }> = await m.query(`SELECT name FROM networks WHERE id = $1`, [
      networkId,
    ]);
    const rows: NotificationRow[] = await m.query(
      `SELECT * FROM app_notify_network_followers($1, $2, $3, $4, $5)`,
      [
        networkId,
        kind,
        subjectType,
        subjectId,
        JSON.stringify({ ...payload, networkName: network?.name ?? null }),
      ],
    );
    this.notifications.deliverAfterCommit(rows);
  }
}
