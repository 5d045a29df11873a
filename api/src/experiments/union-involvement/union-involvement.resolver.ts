import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Ctx } from '../../core/auth/decorators.js';
import type { Actor } from '../../core/auth/actor.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { PersonModel, mapPerson } from '../../identity/models/person.model.js';
import { RecordUnionInvolvementInput } from '../dto/experiments.inputs.js';
import { loadVisibleExperiment } from '../experiments.loaders.js';
import {
  ExperimentModel,
  UnionInvolvementModel,
  mapExperiment,
  mapUnion,
} from '../models/experiment.model.js';
import { UnionInvolvementService } from './union-involvement.service.js';

@Resolver(() => ExperimentModel)
export class ExperimentUnionInvolvementResolver {
  constructor(private readonly involvement: UnionInvolvementService) {}

  @Mutation(() => UnionInvolvementModel, {
    description: 'Records union representatives’ involvement: when, who, what was said',
  })
  async recordUnionInvolvement(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordUnionInvolvementInput,
  ): Promise<UnionInvolvementModel> {
    return mapUnion(await this.involvement.record(actor, input));
  }
  @ResolveField(() => [UnionInvolvementModel])
  async unionInvolvements(
    @Parent() e: ExperimentModel,
    @Ctx() ctx: GqlContext,
  ): Promise<UnionInvolvementModel[]> {
    return (await ctx.loaders.unionByExperiment.load(e.id)).map(mapUnion);
  }
}

@Resolver(() => UnionInvolvementModel)
export class UnionInvolvementResolver {
  @ResolveField(() => PersonModel)
  async recordedBy(@Parent() u: UnionInvolvementModel, @Ctx() ctx: GqlContext): Promise<PersonModel> {
    return mapPerson((await ctx.loaders.person.load(u.recordedById))!);
  }

  @ResolveField(() => ExperimentModel, {
    description:
      'The experiment it belongs to: a mutation’s answer carries the experiment it changed (its parts, timeline)',
  })
  async experiment(@Parent() u: UnionInvolvementModel, @Ctx() ctx: GqlContext): Promise<ExperimentModel> {
    return mapExperiment(await loadVisibleExperiment(ctx.loaders, ctx.auth.actor!, u.experimentId));
  }
}
