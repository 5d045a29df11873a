import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './core/config/config.js';
import { CoreModule } from './core/core.module.js';
import { Db } from './core/database/db.service.js';
import { ActorSource } from './core/auth/actor-source.js';
import { graphqlOptions } from './core/graphql/graphql.options.js';
import { IdentityModule } from './identity/identity.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { NetworksModule } from './networks/networks.module.js';
import { DemoModule } from './demo/demo.module.js';
import { IdeasModule } from './ideas/ideas.module.js';
import { ExperimentsModule } from './experiments/experiments.module.js';
import { LearningModule } from './learning/learning.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { AuditModule } from './audit/audit.module.js';
import { LessonsModule } from './lessons/lessons.module.js';
import { SpreadModule } from './lessons/spread/spread.module.js';
import { PublicModule } from './public/public.module.js';
import { PortfolioModule } from './portfolio/portfolio.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { SearchModule } from './search/search.module.js';
import { ChallengesModule } from './challenges/challenges.module.js';
import { createLoaders } from './loaders.js';

/** The composition root: core, then every feature; only here do they meet. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, dataSource),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [Db, ActorSource],
          useFactory: (db: Db, actors: ActorSource) =>
            graphqlOptions(db, config.production, createLoaders, {
              actors,
              sessionSecret: config.sessionSecret,
            }),
        }),
        AuditModule,
        IdentityModule,
        OrganisationsModule,
        NetworksModule,
        IdeasModule,
        ExperimentsModule,
        LearningModule,
        NotificationsModule,
        LessonsModule,
        SpreadModule,
        PublicModule,
        PortfolioModule,
        DashboardModule,
        SearchModule,
        ChallengesModule,
        DemoModule,
      ],
    };
  }
}
