import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Ctx } from '../core/auth/decorators.js';
import type { Actor } from '../core/auth/actor.js';
import type { GqlContext } from '../core/graphql/context.js';
import { InvitationsService } from './invitations.service.js';
import { InvitePersonInput } from './dto/identity.inputs.js';
import { CreatedInvitationModel, InvitationModel, mapInvitation } from './models/invitation.model.js';
import { PersonModel, mapPerson } from './models/person.model.js';

@Resolver(() => InvitationModel)
export class InvitationsResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @Query(() => [InvitationModel], {
    name: 'invitations',
    description: 'My organisation’s pending invitations (innovation lead only)',
  })
  async invitations_(@CurrentActor() actor: Actor): Promise<InvitationModel[]> {
    return (await this.invitations.pending(actor)).map(mapInvitation);
  }

  @Mutation(() => CreatedInvitationModel, {
    description: `Invites a person to my organisation (innovation lead only); valid for 7 days, single use`,
  })
  async invitePerson(
    @CurrentActor() actor: Actor,
    @Args('input') input: InvitePersonInput,
  ): Promise<CreatedInvitationModel> {
    const { invitation, link } = await this.invitations.invite(actor, input);
    return { invitation: mapInvitation(invitation), link };
  }

  @Mutation(() => InvitationModel)
  async revokeInvitation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InvitationModel> {
    return mapInvitation(await this.invitations.revoke(actor, id));
  }

  @ResolveField(() => PersonModel, { nullable: true })
  async invitedBy(@Parent() inv: InvitationModel, @Ctx() ctx: GqlContext): Promise<PersonModel | null> {
    const p = inv.invitedById ? await ctx.loaders.person.load(inv.invitedById) : null;
    return p ? mapPerson(p) : null;
  }
}
