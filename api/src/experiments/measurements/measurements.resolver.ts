import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Ctx } from '../../core/auth/decorators.js';
import type { Actor } from '../../core/auth/actor.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { AddMeasurementInput } from '../dto/experiments.inputs.js';
import { ExperimentModel, MeasurementModel, mapMeasurement } from '../models/experiment.model.js';
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
