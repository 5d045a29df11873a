import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module.js';
import { ExperimentsModule } from '../experiments/experiments.module.js';
import { LearningModule } from '../learning/learning.module.js';
import { DemoCycleSeeder } from './demo-cycle.seeder.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({
  imports: [IdeasModule, ExperimentsModule, LearningModule],
  providers: [DemoSeedService, DemoCycleSeeder],
  exports: [DemoSeedService],
})
export class DemoModule {}
