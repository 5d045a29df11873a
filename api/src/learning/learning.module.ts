import { Module } from '@nestjs/common';
import { ExperimentsModule } from '../experiments/experiments.module.js';
import { LearningEntryRevisionResolver, LearningResolver } from './learning.resolver.js';
import { LearningService } from './learning.service.js';

export const LEARNING_RESOLVERS = [LearningResolver, LearningEntryRevisionResolver];

@Module({
  imports: [ExperimentsModule],
  providers: [LearningService, ...LEARNING_RESOLVERS],
  exports: [LearningService],
})
export class LearningModule {}
