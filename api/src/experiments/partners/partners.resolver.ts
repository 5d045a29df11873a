import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Ctx } from '../../core/auth/decorators.js';
import type { Actor } from '../../core/auth/actor.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { OrganisationModel, mapOrganisation } from '../../organisations/models/organisation.model.js';
import { AddPartnerInput } from '../dto/experiments.inputs.js';
import { ExperimentModel, PartnerModel, mapExperiment, mapPartner } from '../models/experiment.model.js';
import { loadVisibleExperiment } from '../experiments.loaders.js';
import { PartnersService } from './partners.service.js';

@Resolver(() => ExperimentModel)
export class ExperimentPartnersResolver {
  constructor(private readonly partnersService: PartnersService) {}

  @Mutation(() => PartnerModel)
  async addPartner(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddPartnerInput,
  ): Promise<PartnerModel> {
    return mapPartner(await this.partnersService.add(actor, input));
  }
  @Mutation(() => ExperimentModel)
  async removePartner(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ExperimentModel> {
    return mapExperiment(await this.partnersService.remove(actor, id));
  }
  @ResolveField(() => [PartnerModel])
  async partners(@Parent() e: ExperimentModel, @Ctx() ctx: GqlContext): Promise<PartnerModel[]> {
    return (await ctx.loaders.partnersByExperiment.load(e.id)).map(mapPartner);
  }
  @ResolveField(() => Int)
  partnerCount(@Parent() e: ExperimentModel, @Ctx() ctx: GqlContext): Promise<number> {
    return ctx.loaders.partnerCount.load(e.id);
  }
}

@Resolver(() => PartnerModel)
export class PartnerResolver {
  @ResolveField(() => OrganisationModel, {
    nullable: true,
    description: 'The partner’s organisation in Lærekraft, if linked',
  })
  async organisation(@Parent() p: PartnerModel, @Ctx() ctx: GqlContext): Promise<OrganisationModel | null> {
    const o = p.partnerOrganisationId ? await ctx.loaders.organisation.load(p.partnerOrganisationId) : null;
    return o ? mapOrganisation(o) : null;
  }

  @ResolveField(() => ExperimentModel, {
    description:
      'The experiment it belongs to: a mutation’s answer carries the experiment it changed (its parts, timeline)',
  })
  async experiment(@Parent() p: PartnerModel, @Ctx() ctx: GqlContext): Promise<ExperimentModel> {
    return mapExperiment(await loadVisibleExperiment(ctx.loaders, ctx.auth.actor!, p.experimentId));
  }
}
