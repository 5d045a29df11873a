import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { Db } from './database/db.service.js';
import { AuthGuard } from './auth/auth.guard.js';
import { HealthController } from './health/health.controller.js';
import { DomainEvents } from './events/domain-events.js';
import { EventBus } from './events/event-bus.js';

/**
 * Cross-cutting providers every feature may use: config, the database, the guard. Core
 * knows no feature: who a session belongs to comes from an ActorSource (identity provides it).
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: CoreModule,
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: dataSource },
        Db,
        { provide: APP_GUARD, useClass: AuthGuard },
        DomainEvents,
        {
          provide: EventBus,
          useFactory: () =>
            config.redisUrl
              ? EventBus.redis(config.redisUrl, config.redisChannelPrefix)
              : EventBus.inProcess(config.redisChannelPrefix),
        },
      ],
      exports: [APP_CONFIG, DataSource, Db, DomainEvents, EventBus],
    };
  }
}
