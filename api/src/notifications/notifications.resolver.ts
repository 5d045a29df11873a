import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentActor } from '../core/auth/decorators.js';
import type { Actor } from '../core/auth/actor.js';
import type { GqlContext } from '../core/graphql/context.js';
import { NotificationsService, entityOf, type NotificationMessage } from './notifications.service.js';
import { NotificationsPolicy } from './notifications.policy.js';
import { NotificationModel, mapNotification } from './models/notification.model.js';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => [NotificationModel], {
    name: 'notifications',
    description: 'My latest notifications (at most 50), newest first',
  })
  async notifications_(
    @CurrentActor() actor: Actor,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
  ): Promise<NotificationModel[]> {
    return (await this.notifications.mine(actor, unreadOnly)).map(mapNotification);
  }

  @Query(() => Int, { description: 'How many of my notifications are unread' })
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.notifications.unreadCount(actor);
  }

  @Mutation(() => Int, { description: 'Marks my notifications read; returns how many changed' })
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    return this.notifications.markRead(actor, ids);
  }

  @Mutation(() => Int, { description: 'Marks all my notifications read; returns how many changed' })
  markAllNotificationsRead(@CurrentActor() actor: Actor): Promise<number> {
    return this.notifications.markAllRead(actor);
  }

  /**
   * My new notifications as they are written, after their transaction commits (over
   * graphql-ws only). Each person listens on their own topic, and every event is checked
   * again by the same policy as the query (and the session again: signed out, the socket
   * closes) and mapped by the same mapping.
   */
  @Subscription(() => NotificationModel, {
    description: 'My new notifications, live (graphql-ws)',
    filter: async (msg: NotificationMessage, _args: unknown, ctx: GqlContext) =>
      !!ctx.auth.actor &&
      NotificationsPolicy.canSee(ctx.auth.actor, msg) &&
      (await (ctx.auth.stillSignedIn?.() ?? Promise.resolve(true))),
    resolve: (msg: NotificationMessage) => mapNotification(entityOf(msg)),
  })
  notificationAdded(@CurrentActor() actor: Actor): AsyncIterableIterator<NotificationMessage> {
    return this.notifications.live(actor);
  }
}
