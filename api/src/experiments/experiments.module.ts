import { Module } from '@nestjs/common';
import {
  ExperimentsResolver,
  ExperimentsViewerCanResolver,
  PartnerResolver,
  UnionInvolvementResolver,
} from './experiments.resolver.js';
import { ExperimentsService } from './experiments.service.js';

export const EXPERIMENTS_RESOLVERS = [
  ExperimentsResolver,
  PartnerResolver,
  UnionInvolvementResolver,
  ExperimentsViewerCanResolver,
];

@Module({ providers: [ExperimentsService, ...EXPERIMENTS_RESOLVERS], exports: [ExperimentsService] })
export class ExperimentsModule {}
