import { Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { FollowsResolver } from './follows/follows.resolver.js';
import { FollowsService } from './follows/follows.service.js';
import { FollowTargets } from './follows/follow-targets.js';
import { FanOutService } from './follows/fan-out.service.js';

export const NOTIFICATIONS_RESOLVERS = [NotificationsResolver, FollowsResolver];

@Module({
  providers: [NotificationsService, FollowsService, FollowTargets, FanOutService, ...NOTIFICATIONS_RESOLVERS],
  exports: [NotificationsService, FollowsService, FollowTargets],
})
export class NotificationsModule {}
