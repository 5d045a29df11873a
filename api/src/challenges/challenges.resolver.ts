import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { listComplexity } from '../core/graphql/pagination.js';
import { ChallengeState } from '@laerekraft/shared';
import { CurrentActor, Ctx } from '../core/auth/decorators.js';
import type { Actor } from '../core/auth/actor.js';
import type { GqlContext } from '../core/graphql/context.js';
import { ViewerCanModel } from '../identity/models/viewer-can.model.js';
import { OrganisationModel, mapOrganisation } from '../organisations/models/organisation.model.js';
import { NetworkModel, mapNetwork } from '../networks/models/network.model.js';
import { SharedLessonModel } from '../networks/models/network-page.model.js';
import { IdeaModel, mapIdea } from '../ideas/models/idea.model.js';
import { mapLesson } from '../lessons/models/lesson.model.js';
import { ChallengesPolicy } from './challenges.policy.js';
import { ChallengesService, type ChallengePage, type ChallengeWithFacts } from './challenges.service.js';
import { PostChallengeInput } from './dto/challenges.inputs.js';
import {
  ChallengeConnectionModel,
  ChallengeModel,
  ChallengeReachModel,
  ChallengeViewerCanModel,
  mapChallenge,
} from './models/challenge.model.js';

/** The model with its policy facts (and, from `challenge(id)`, its page) kept out of the schema. */
type Carried = ChallengeModel & { facts?: ChallengeWithFacts; page?: ChallengePage };

export function mapChallengeWithFacts(x: ChallengeWithFacts): ChallengeModel {
  return Object.assign(mapChallenge(x.challenge), { facts: x });
}

@Resolver(() => ChallengeModel)
export class ChallengesResolver {
  constructor(private readonly challenges: ChallengesService) {}

  @Query(() => ChallengeConnectionModel, {
    name: 'challenges',
    description:
      'My organisation’s challenges and my networks’, soonest deadline first (OPEN unless state says otherwise)',
    complexity: listComplexity,
  })
  async list(
    @CurrentActor() actor: Actor,
    @Ctx() ctx: GqlContext,
    @Args('state', { type: () => ChallengeState, nullable: true }) state?: ChallengeState | null,
    @Args('networkId', { type: () => ID, nullable: true }) networkId?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: '1–50' }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ChallengeConnectionModel> {
    const page = await this.challenges.list(actor, {
      state: state ?? ChallengeState.OPEN,
      networkId,
      first,
      after,
    });
    page.primed.into(ctx.loaders);
    return { nodes: page.nodes.map(mapChallengeWithFacts), pageInfo: page.pageInfo };
  }

  @Query(() => ChallengeModel, { name: 'challenge' })
  async one(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: GqlContext,
  ): Promise<ChallengeModel> {
    const { node, primed } = await this.challenges.load(actor, id);
    primed.into(ctx.loaders);
    return Object.assign(mapChallengeWithFacts(node), { page: node });
  }

  @Mutation(() => ChallengeModel, {
    description: 'An innovation lead posts for the organisation; a coordinator (networkId) for the network',
  })
  async postChallenge(
    @CurrentActor() actor: Actor,
    @Args('input') input: PostChallengeInput,
  ): Promise<ChallengeModel> {
    return mapChallengeWithFacts(await this.challenges.post(actor, input));
  }

  @Mutation(() => ChallengeModel, { description: 'Closes an open challenge (whoever may post it)' })
  async closeChallenge(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ChallengeModel> {
    return mapChallengeWithFacts(await this.challenges.close(actor, id));
  }

  @ResolveField(() => NetworkModel, { nullable: true, description: 'The network, for a network challenge' })
  async network(@Parent() c: Carried, @Ctx() ctx: GqlContext): Promise<NetworkModel | null> {
    if (!c.networkId) return null;
    const n = await ctx.loaders.network.load(c.networkId);
    return n ? mapNetwork(n) : null;
  }

  @ResolveField(() => OrganisationModel, { description: 'The poster’s organisation' })
  async organisation(@Parent() c: Carried, @Ctx() ctx: GqlContext): Promise<OrganisationModel> {
    return mapOrganisation((await ctx.loaders.organisation.load(c.organisationId))!);
  }

  @ResolveField(() => ChallengeViewerCanModel)
  async viewerCan(@Parent() c: Carried, @Ctx() ctx: GqlContext): Promise<ChallengeViewerCanModel> {
    const facts = c.facts ?? (await ctx.loaders.challenge.load(c.id));
    if (!facts) return { close: false, answer: false };
    return ChallengesPolicy.abilities(ctx.auth.actor!, facts.challenge, facts.network);
  }

  @ResolveField(() => [IdeaModel], {
    description: 'My organisation’s ideas answering it (others’ only as counts in reach)',
  })
  async ideas(@Parent() c: Carried, @CurrentActor() actor: Actor): Promise<IdeaModel[]> {
    return (await this.page(c, actor)).ideas.map(mapIdea);
  }

  @ResolveField(() => [ChallengeReachModel], {
    description: 'For a network challenge: per member organisation, what came of it, as counts',
  })
  async reach(@Parent() c: Carried, @CurrentActor() actor: Actor): Promise<ChallengeReachModel[]> {
    return (await this.page(c, actor)).reach.map((r) => ({
      organisation: mapOrganisation(r.organisation),
      ideas: r.ideas,
      experiments: r.experiments,
      running: r.running,
      lessons: r.lessons,
      mine: r.organisation.id === actor.organisationId,
    }));
  }

  @ResolveField(() => [SharedLessonModel], {
    description:
      'Published lessons that came of it that I may see: my organisation’s, and other members’ shared to me',
  })
  async lessons(@Parent() c: Carried, @CurrentActor() actor: Actor): Promise<SharedLessonModel[]> {
    return (await this.page(c, actor)).lessons.map((l) => ({
      lesson: mapLesson(l.lesson),
      organisation: mapOrganisation(l.organisation),
    }));
  }

  /** The page read with `challenge(id)`; elsewhere (a list) it costs one statement per challenge. */
  private async page(c: Carried, actor: Actor): Promise<ChallengePage> {
    if (!c.page) c.page = (await this.challenges.load(actor, c.id)).node;
    return c.page;
  }
}

@Resolver(() => IdeaModel)
export class IdeaChallengeResolver {
  @ResolveField(() => ChallengeModel, { nullable: true, description: 'The challenge the idea answers' })
  async challenge(@Parent() i: IdeaModel, @Ctx() ctx: GqlContext): Promise<ChallengeModel | null> {
    if (!i.challengeId) return null;
    const found = await ctx.loaders.challenge.load(i.challengeId);
    return found ? mapChallengeWithFacts(found) : null;
  }
}

@Resolver(() => ViewerCanModel)
export class ChallengesViewerCanResolver {
  @ResolveField(() => Boolean, {
    description: 'Post a challenge for my organisation (its innovation lead)',
  })
  postChallenge(@Ctx() ctx: GqlContext): boolean {
    return ChallengesPolicy.canPostForOrganisation(ctx.auth.actor!);
  }
}
