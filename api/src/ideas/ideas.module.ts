import { Module } from '@nestjs/common';
import { ExperimentsModule } from '../experiments/experiments.module.js';
import { TimelineEventResolver } from '../audit/timeline.resolver.js';
import { IdeaCommentResolver, IdeasResolver, IdeasViewerCanResolver } from './ideas.resolver.js';
import { IdeasService } from './ideas.service.js';

export const IDEAS_RESOLVERS = [
  IdeasResolver,
  IdeaCommentResolver,
  IdeasViewerCanResolver,
  TimelineEventResolver,
];

@Module({
  imports: [ExperimentsModule],
  providers: [IdeasService, ...IDEAS_RESOLVERS],
  exports: [IdeasService],
})
export class IdeasModule {}
