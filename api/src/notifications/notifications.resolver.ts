import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '../core/auth/decorators.js';
import type { Actor } from '../core/auth/actor.js';
import { NotificationsService } from './notifications.service.js';
import { NotificationModel, mapNotification } from './models/notification.model.js';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => [NotificationModel], {
    name: 'notifications',
    description: 'My latest notifications, newest first',
  })
  async notifications_(
    @CurrentActor() actor: Actor,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
  ): Promise<NotificationModel[]> {
    return (await this.notifications.mine(actor, unreadOnly)).map(mapNotification);
  }

  @Mutation(() => Int, { description: 'Marks my notifications read; returns how many changed' })
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    return this.notifications.markRead(actor, ids);
  }
}
