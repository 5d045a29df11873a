import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Ctx } from '../core/auth/decorators.js';
import type { Actor } from '../core/auth/actor.js';
import type { GqlContext } from '../core/graphql/context.js';
import { PersonModel, mapPerson } from '../identity/models/person.model.js';
import { ViewerCanModel } from '../identity/models/viewer-can.model.js';
import { OrganisationModel, mapOrganisation } from '../organisations/models/organisation.model.js';
import { NetworksService } from './networks.service.js';
import { mapLesson } from '../lessons/models/lesson.model.js';
import { ChallengeModel } from '../challenges/models/challenge.model.js';
import { mapChallengeWithFacts } from '../challenges/challenges.resolver.js';
import { NetworkPinModel, NetworkSummaryModel, SharedLessonModel } from './models/network-page.model.js';
import type { SharedLesson } from './network-page.loaders.js';
import { NetworksPolicy } from './networks.policy.js';
import {
  CreateNetworkInput,
  InviteToNetworkInput,
  PinLessonInput,
  RespondToNetworkInvitationInput,
  UnpinLessonInput,
} from './dto/networks.inputs.js';

const mapShared = (s: SharedLesson): SharedLessonModel => ({
  lesson: mapLesson(s.lesson),
  organisation: mapOrganisation(s.organisation),
});
import {
  NetworkMemberModel,
  NetworkModel,
  NetworkViewerCanModel,
  mapMember,
  mapNetwork,
} from './models/network.model.js';

@Resolver(() => NetworkModel)
export class NetworksResolver {
  constructor(private readonly networks: NetworksService) {}

  @Query(() => [NetworkModel], {
    name: 'networks',
    description: 'Networks my organisation owns, belongs to or is invited to',
  })
  async list(@CurrentActor() actor: Actor, @Ctx() ctx: GqlContext): Promise<NetworkModel[]> {
    const { node, primed } = await this.networks.loadVisible(actor);
    primed.into(ctx.loaders);
    return node.map(mapNetwork);
  }

  @Query(() => NetworkModel, { name: 'network' })
  async one(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: GqlContext,
  ): Promise<NetworkModel> {
    const { node, primed } = await this.networks.loadOne(actor, id);
    primed.into(ctx.loaders);
    return mapNetwork(node);
  }

  @Mutation(() => NetworkPinModel, {
    description: 'A coordinator pins a lesson shared to the network, or changes its note',
  })
  async pinLesson(
    @CurrentActor() actor: Actor,
    @Args('input') input: PinLessonInput,
    @Ctx() ctx: GqlContext,
  ): Promise<NetworkPinModel> {
    const pin = await this.networks.pin(actor, input);
    const lesson = (await ctx.loaders.pinnedLesson.load(pin.lessonId))!;
    return {
      id: pin.id,
      note: pin.note,
      pinnedAt: pin.createdAt,
      pinnedBy: null,
      shared: {
        lesson: mapLesson(lesson),
        organisation: mapOrganisation((await ctx.loaders.organisation.load(lesson.organisationId))!),
      },
    };
  }

  @Mutation(() => Boolean, { description: 'A coordinator unpins a lesson; false when it was not pinned' })
  unpinLesson(@CurrentActor() actor: Actor, @Args('input') input: UnpinLessonInput): Promise<boolean> {
    return this.networks.unpin(actor, input);
  }

  @ResolveField(() => [SharedLessonModel], {
    description: 'The newest lessons shared to the network (published to it), at most 10',
  })
  async newestLessons(@Parent() n: NetworkModel, @Ctx() ctx: GqlContext): Promise<SharedLessonModel[]> {
    return (await ctx.loaders.networkPage.load(n.id)).newest.map(mapShared);
  }

  @ResolveField(() => [SharedLessonModel], {
    description: 'The most adopted lessons shared to the network, at most 10',
  })
  async mostAdoptedLessons(@Parent() n: NetworkModel, @Ctx() ctx: GqlContext): Promise<SharedLessonModel[]> {
    return (await ctx.loaders.networkPage.load(n.id)).mostAdopted.map(mapShared);
  }

  @ResolveField(() => [NetworkPinModel], { description: 'The coordinators’ pins, newest first' })
  async pins(@Parent() n: NetworkModel, @Ctx() ctx: GqlContext): Promise<NetworkPinModel[]> {
    return (await ctx.loaders.networkPage.load(n.id)).pins.map((p) => ({
      id: p.id,
      note: p.note,
      pinnedAt: p.pinnedAt,
      pinnedBy: p.pinnedBy && mapPerson(p.pinnedBy),
      shared: mapShared(p.shared),
    }));
  }

  @ResolveField(() => NetworkSummaryModel, {
    description: 'Lessons shared to the network, per action and per result',
  })
  async summary(@Parent() n: NetworkModel, @Ctx() ctx: GqlContext): Promise<NetworkSummaryModel> {
    return (await ctx.loaders.networkPage.load(n.id)).summary;
  }

  @ResolveField(() => [ChallengeModel], {
    description: 'The network’s open challenges, soonest deadline first',
  })
  async challenges(@Parent() n: NetworkModel, @Ctx() ctx: GqlContext): Promise<ChallengeModel[]> {
    return (await ctx.loaders.networkPage.load(n.id)).challenges.map(mapChallengeWithFacts);
  }

  @Mutation(() => NetworkModel, {
    description: 'Network coordinators only; the coordinator’s organisation joins at once',
  })
  async createNetwork(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateNetworkInput,
  ): Promise<NetworkModel> {
    return mapNetwork(await this.networks.create(actor, input));
  }

  @Mutation(() => NetworkMemberModel, { description: 'The network’s coordinator invites an organisation' })
  async inviteToNetwork(
    @CurrentActor() actor: Actor,
    @Args('input') input: InviteToNetworkInput,
  ): Promise<NetworkMemberModel> {
    return mapMember(await this.networks.invite(actor, input));
  }

  @Mutation(() => NetworkMemberModel, {
    description: 'The invited organisation’s innovation lead accepts or declines',
  })
  async respondToNetworkInvitation(
    @CurrentActor() actor: Actor,
    @Args('input') input: RespondToNetworkInvitationInput,
  ): Promise<NetworkMemberModel> {
    return mapMember(await this.networks.respond(actor, input));
  }

  @ResolveField(() => PersonModel)
  async coordinator(@Parent() n: NetworkModel, @Ctx() ctx: GqlContext): Promise<PersonModel> {
    return mapPerson((await ctx.loaders.person.load(n.coordinatorId))!);
  }

  @ResolveField(() => OrganisationModel, { description: 'The organisation that runs the network' })
  async organisation(@Parent() n: NetworkModel, @Ctx() ctx: GqlContext): Promise<OrganisationModel> {
    return mapOrganisation((await ctx.loaders.organisation.load(n.organisationId))!);
  }

  @ResolveField(() => [NetworkMemberModel])
  async members(@Parent() n: NetworkModel, @Ctx() ctx: GqlContext): Promise<NetworkMemberModel[]> {
    return (await ctx.loaders.membersByNetwork.load(n.id)).map(mapMember);
  }

  @ResolveField(() => NetworkMemberModel, {
    nullable: true,
    description: 'My organisation’s membership, if any',
  })
  async myMembership(@Parent() n: NetworkModel, @Ctx() ctx: GqlContext): Promise<NetworkMemberModel | null> {
    const all = await ctx.loaders.membersByNetwork.load(n.id);
    const mine = all.find((m) => m.organisationId === ctx.auth.actor?.organisationId);
    return mine ? mapMember(mine) : null;
  }

  @ResolveField(() => NetworkViewerCanModel)
  async viewerCan(@Parent() n: NetworkModel, @Ctx() ctx: GqlContext): Promise<NetworkViewerCanModel> {
    const all = await ctx.loaders.membersByNetwork.load(n.id);
    const mine = all.find((m) => m.organisationId === ctx.auth.actor!.organisationId) ?? null;
    return NetworksPolicy.abilities(ctx.auth.actor!, n, mine);
  }

  @ResolveField(() => Boolean)
  viewerIsCoordinator(@Parent() n: NetworkModel, @Ctx() ctx: GqlContext): boolean {
    return !!ctx.auth.actor && NetworksPolicy.isCoordinator(ctx.auth.actor, n);
  }
}

@Resolver(() => NetworkMemberModel)
export class NetworkMemberResolver {
  @ResolveField(() => OrganisationModel)
  async organisation(@Parent() m: NetworkMemberModel, @Ctx() ctx: GqlContext): Promise<OrganisationModel> {
    return mapOrganisation((await ctx.loaders.organisation.load(m.organisationId))!);
  }
}

@Resolver(() => ViewerCanModel)
export class NetworksViewerCanResolver {
  @ResolveField(() => Boolean, { description: 'Create networks (a network coordinator)' })
  createNetwork(@Ctx() ctx: GqlContext): boolean {
    return NetworksPolicy.canCreate(ctx.auth.actor!);
  }

  @ResolveField(() => Boolean, {
    description: 'Answer network invitations to my organisation (its innovation lead)',
  })
  respondToNetworkInvitations(@Ctx() ctx: GqlContext): boolean {
    return NetworksPolicy.canRespondToInvitations(ctx.auth.actor!);
  }
}
