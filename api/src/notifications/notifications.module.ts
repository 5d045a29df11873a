import { Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

export const NOTIFICATIONS_RESOLVERS = [NotificationsResolver];

@Module({ providers: [NotificationsService, ...NOTIFICATIONS_RESOLVERS], exports: [NotificationsService] })
export class NotificationsModule {}
