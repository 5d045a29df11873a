import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { NotificationEntity } from '../notification.entity.js';

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field({
    description: 'e.g. idea.approved, experiment.log.added, lesson.withdrawn (shared NOTIFICATION_KINDS)',
  })
  kind!: string;
  @Field() subjectType!: string;
  @Field(() => ID) subjectId!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => ID, { nullable: true, description: 'The experiment an approval created' }) experimentId!:
    string | null;
  @Field(() => String, { nullable: true, description: 'The network a lesson or challenge was shared in' })
  networkName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The organisation that adopted a lesson (lesson.adopted; a public fact, never a person)',
  })
  organisationName!: string | null;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field() createdAt!: Date;
}

export function mapNotification(n: NotificationEntity): NotificationModel {
  const p = n.payload as {
    title?: string;
    reason?: string | null;
    experimentId?: string | null;
    networkName?: string | null;
    organisationName?: string | null;
  };
  return {
    id: n.id,
    kind: n.kind,
    subjectType: n.subjectType,
    subjectId: n.subjectId,
    title: p.title ?? null,
    reason: p.reason ?? null,
    experimentId: p.experimentId ?? null,
    networkName: p.networkName ?? null,
    organisationName: p.organisationName ?? null,
    readAt: n.readAt,
    createdAt: n.createdAt,
  };
}
