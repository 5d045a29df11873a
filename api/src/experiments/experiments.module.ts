import { Module } from '@nestjs/common';
import { ExperimentsResolver, ExperimentsViewerCanResolver } from './experiments.resolver.js';
import { ExperimentsService } from './experiments.service.js';
import { ExperimentTeamResolver } from './team/team.resolver.js';
import { TeamService } from './team/team.service.js';
import { ExperimentPartnersResolver, PartnerResolver } from './partners/partners.resolver.js';
import { PartnersService } from './partners/partners.service.js';
import {
  ExperimentUnionInvolvementResolver,
  UnionInvolvementResolver,
} from './union-involvement/union-involvement.resolver.js';
import { UnionInvolvementService } from './union-involvement/union-involvement.service.js';
import { ExperimentMeasurementsResolver, MeasurementResolver } from './measurements/measurements.resolver.js';
import { MeasurementsService } from './measurements/measurements.service.js';

export const EXPERIMENTS_RESOLVERS = [
  ExperimentsResolver,
  ExperimentsViewerCanResolver,
  ExperimentTeamResolver,
  ExperimentPartnersResolver,
  PartnerResolver,
  ExperimentUnionInvolvementResolver,
  UnionInvolvementResolver,
  ExperimentMeasurementsResolver,
  MeasurementResolver,
];

const SERVICES = [
  ExperimentsService,
  TeamService,
  PartnersService,
  UnionInvolvementService,
  MeasurementsService,
];

/** Experiments: the lifecycle (experiments.service) and its parts, each in its own folder. */
@Module({ providers: [...SERVICES, ...EXPERIMENTS_RESOLVERS], exports: SERVICES })
export class ExperimentsModule {}
