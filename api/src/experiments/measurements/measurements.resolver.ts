import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Ctx } from '../../core/auth/decorators.js';
import type { Actor } from '../../core/auth/actor.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { AddMeasurementInput } from '../dto/experiments.inputs.js';
import { loadVisibleExperiment } from '../experiments.loaders.js';
import {
  ExperimentModel,
  MeasurementModel,
  mapExperiment,
  mapMeasurement,
} from '../models/experiment.model.js';
import { MeasurementsService } from './measurements.service.js';

@Resolver(() => ExperimentModel)
export class ExperimentMeasurementsResolver {
  constructor(private readonly measurementsService: MeasurementsService) {}

  @Mutation(() => MeasurementModel)
  async addMeasurement(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddMeasurementInput,
  ): Promise<MeasurementModel> {
    return mapMeasurement(await this.measurementsService.add(actor, input));
  }
  @ResolveField(() => [MeasurementModel], { description: 'Readings of the metric, oldest first' })
  async measurements(@Parent() e: ExperimentModel, @Ctx() ctx: GqlContext): Promise<MeasurementModel[]> {
    return (await ctx.loaders.measurementsByExperiment.load(e.id)).map(mapMeasurement);
  }
}

@Resolver(() => MeasurementModel)
export class MeasurementResolver {
  @ResolveField(() => ExperimentModel, {
    description:
      'The experiment it belongs to: a mutation’s answer carries the experiment it changed (its parts, timeline)',
  })
  async experiment(@Parent() r: MeasurementModel, @Ctx() ctx: GqlContext): Promise<ExperimentModel> {
    return mapExperiment(await loadVisibleExperiment(ctx.loaders, ctx.auth.actor!, r.experimentId));
  }
}
