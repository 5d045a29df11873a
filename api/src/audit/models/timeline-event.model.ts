import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AuditEventEntity } from '../audit-event.entity.js';

@ObjectType('TimelineEvent', {
  description: 'One recorded change: who, when, what (before/after as JSON text) and why',
})
export class TimelineEventModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'e.g. idea.submitted, experiment.started, experiment.log.edited' }) action!: string;
  @Field() at!: Date;
  @Field(() => String, { nullable: true, description: 'JSON' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'JSON' }) after!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  actorId!: string | null;
}

export function mapTimelineEvent(e: AuditEventEntity): TimelineEventModel {
  return {
    id: e.id,
    action: e.action,
    at: e.at,
    before: e.before ? JSON.stringify(e.before) : null,
    after: e.after ? JSON.stringify(e.after) : null,
    reason: e.reason,
    actorId: e.actorId,
  };
}
