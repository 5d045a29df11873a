import type { DataSource } from 'typeorm';
import { Db } from '../core/database/db.service.js';
import { AuditService } from '../audit/audit.service.js';
import { ExperimentsService } from '../experiments/experiments.service.js';
import { TeamService } from '../experiments/team/team.service.js';
import { PartnersService } from '../experiments/partners/partners.service.js';
import { UnionInvolvementService } from '../experiments/union-involvement/union-involvement.service.js';
import { MeasurementsService } from '../experiments/measurements/measurements.service.js';
import { IdeasService } from '../ideas/ideas.service.js';
import { LearningService } from '../learning/learning.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { DomainEvents } from '../core/events/domain-events.js';
import { EventBus } from '../core/events/event-bus.js';
import { FollowsService } from '../notifications/follows/follows.service.js';
import { FollowTargets } from '../notifications/follows/follow-targets.js';
import { FanOutService } from '../notifications/follows/fan-out.service.js';
import { LessonsService } from '../lessons/lessons.service.js';
import { registerLessonFollows } from '../lessons/lessons.module.js';
import { ChallengesService } from '../challenges/challenges.service.js';
import { registerChallengeFollows } from '../challenges/challenges.module.js';

/** The cycle's services wired by hand over a real DataSource (no Nest container needed). */
export function cycleServices(ds: DataSource) {
  const db = new Db(ds);
  // Recorded changes fan out to followers as in the app (an in-process bus for live delivery).
  const events = new DomainEvents();
  const audit = new AuditService(events);
  const bus = EventBus.inProcess(`test-${Math.random().toString(36).slice(2)}`);
  const notifications = new NotificationsService(db, bus);
  // Lessons and challenges register who may follow them, as their modules do in the app.
  const targets = new FollowTargets();
  const lessons = new LessonsService(db, audit);
  const challenges = new ChallengesService(db, audit);
  registerLessonFollows(targets, lessons);
  registerChallengeFollows(targets, challenges);
  const follows = new FollowsService(db, audit, targets);
  new FanOutService(events, notifications, follows).onModuleInit();
  const experiments = new ExperimentsService(db, audit);
  const ideas = new IdeasService(db, audit, experiments);
  const learning = new LearningService(db, audit, experiments);
  const team = new TeamService(experiments);
  const partners = new PartnersService(db, experiments);
  const union = new UnionInvolvementService(experiments);
  const measurements = new MeasurementsService(experiments);
  return {
    db,
    audit,
    events,
    bus,
    notifications,
    follows,
    experiments,
    team,
    partners,
    union,
    measurements,
    ideas,
    learning,
    lessons,
    challenges,
  };
}
