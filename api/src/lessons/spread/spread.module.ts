import { Module } from '@nestjs/common';
import { ExperimentsModule } from '../../experiments/experiments.module.js';
import { NotificationsModule } from '../../notifications/notifications.module.js';
import {
  ExperimentSourceLessonResolver,
  IdeaSourceLessonResolver,
  LessonSpreadResolver,
} from './spread.resolver.js';
import { SpreadService } from './spread.service.js';

export const SPREAD_RESOLVERS = [
  LessonSpreadResolver,
  ExperimentSourceLessonResolver,
  IdeaSourceLessonResolver,
];

/** Adoption and lineage: "Prøv dette hos oss", the roll-up and the lineage list (docs/spread.md). */
@Module({
  imports: [ExperimentsModule, NotificationsModule],
  providers: [SpreadService, ...SPREAD_RESOLVERS],
  exports: [SpreadService],
})
export class SpreadModule {}
