import { Module } from '@nestjs/common';
import { ExperimentsResolver, PartnerResolver, UnionInvolvementResolver } from './experiments.resolver.js';
import { ExperimentsService } from './experiments.service.js';

export const EXPERIMENTS_RESOLVERS = [ExperimentsResolver, PartnerResolver, UnionInvolvementResolver];

@Module({ providers: [ExperimentsService, ...EXPERIMENTS_RESOLVERS], exports: [ExperimentsService] })
export class ExperimentsModule {}
