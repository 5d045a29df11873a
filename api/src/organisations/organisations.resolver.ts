import { Args, Mutation, Query, Resolver, Extensions } from '@nestjs/graphql';
import { STANDALONE } from '../core/graphql/unit-of-work.plugin.js';
import { CurrentActor } from '../core/auth/decorators.js';
import type { Actor } from '../core/auth/actor.js';
import { OrganisationsService } from './organisations.service.js';
import { CreateOrganisationInput } from './dto/organisations.inputs.js';
import { OrganisationModel, mapOrganisation } from './models/organisation.model.js';
import { CreatedOrganisationModel } from './models/created-organisation.model.js';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @Query(() => [OrganisationModel], {
    name: 'organisations',
    description: 'Every registered organisation (public facts only), e.g. to invite to a network',
  })
  async organisations_(@CurrentActor() actor: Actor): Promise<OrganisationModel[]> {
    return (await this.organisations.directory(actor)).map(mapOrganisation);
  }

  @Extensions({ [STANDALONE]: true })
  @Mutation(() => CreatedOrganisationModel, {
    description: 'Registers a kommune or fylkeskommune from SSB’s list by number (operators only)',
  })
  async createOrganisation(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateOrganisationInput,
  ): Promise<CreatedOrganisationModel> {
    const { organisation, link } = await this.organisations.create(actor, input);
    return { organisation: mapOrganisation(organisation), leadInvitationLink: link };
  }
}
