import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { TimelineEventView } from '../audit.policy.js';

@ObjectType('TimelineEvent', {
  description:
    'One recorded change: what, when, the move between states, which fields changed (names only), why and who',
})
export class TimelineEventModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'e.g. idea.submitted, experiment.started, experiment.log.edited' }) action!: string;
  @Field() at!: Date;
  @Field(() => String, { nullable: true, description: 'The state before, when the event moved it' })
  fromState!: string | null;
  @Field(() => String, { nullable: true, description: 'The state after, when the event moved it' })
  toState!: string | null;
  @Field(() => [String], { description: 'Names of the fields an edit changed (never their values)' })
  changedFields!: string[];
  @Field(() => String, { nullable: true }) reason!: string | null;
  actorId!: string | null;
}

export function mapTimelineEvent(e: TimelineEventView): TimelineEventModel {
  return {
    id: e.id,
    action: e.action,
    at: e.at,
    fromState: e.fromState,
    toState: e.toState,
    changedFields: e.changedFields,
    reason: e.reason,
    actorId: e.actorId,
  };
}
