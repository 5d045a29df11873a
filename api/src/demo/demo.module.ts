import { Module } from '@nestjs/common';
import { IdeasModule } from '../ideas/ideas.module.js';
import { ExperimentsModule } from '../experiments/experiments.module.js';
import { LearningModule } from '../learning/learning.module.js';
import { DemoCycleSeeder } from './demo-cycle.seeder.js';
import { DemoStorySeeder } from './demo-story.seeder.js';
import { NetworksModule } from '../networks/networks.module.js';
import { ChallengesModule } from '../challenges/challenges.module.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({
  imports: [IdeasModule, ExperimentsModule, LearningModule, NetworksModule, ChallengesModule],
  providers: [DemoSeedService, DemoCycleSeeder, DemoStorySeeder],
  exports: [DemoSeedService],
})
export class DemoModule {}
