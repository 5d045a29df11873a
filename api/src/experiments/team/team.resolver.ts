import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Ctx } from '../../core/auth/decorators.js';
import type { Actor } from '../../core/auth/actor.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { PersonModel, mapPerson } from '../../identity/models/person.model.js';
import { SetExperimentTeamInput } from '../dto/experiments.inputs.js';
import { ExperimentModel, mapExperiment } from '../models/experiment.model.js';
import { TeamService } from './team.service.js';

@Resolver(() => ExperimentModel)
export class ExperimentTeamResolver {
  constructor(private readonly teamService: TeamService) {}

  @Mutation(() => ExperimentModel)
  async setExperimentTeam(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetExperimentTeamInput,
  ): Promise<ExperimentModel> {
    return mapExperiment(await this.teamService.set(actor, input));
  }
  @ResolveField(() => [PersonModel], { description: 'The team, owner included' })
  async team(@Parent() e: ExperimentModel, @Ctx() ctx: GqlContext): Promise<PersonModel[]> {
    const members = await ctx.loaders.teamByExperiment.load(e.id);
    const people = await ctx.loaders.person.loadMany(members.map((m) => m.personId));
    return people
      .filter((p): p is NonNullable<typeof p> & { id: string } => !!p && !(p instanceof Error))
      .map((p) => mapPerson(p as never));
  }
}
