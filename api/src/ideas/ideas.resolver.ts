import { Args, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { IdeaState } from '@laerekraft/shared';
import { selectedFields } from '../core/graphql/loader-kit.js';
import { CurrentActor, Ctx } from '../core/auth/decorators.js';
import type { Actor } from '../core/auth/actor.js';
import type { GqlContext } from '../core/graphql/context.js';
import { listComplexity } from '../core/graphql/pagination.js';
import { PersonModel, mapPerson } from '../identity/models/person.model.js';
import { ViewerCanModel } from '../identity/models/viewer-can.model.js';
import { UnitModel, mapUnit } from '../organisations/models/unit.model.js';
import { ExperimentModel, mapExperiment } from '../experiments/models/experiment.model.js';
import { AuditPolicy } from '../audit/audit.policy.js';
import { TimelineEventModel, mapTimelineEvent } from '../audit/models/timeline-event.model.js';
import { IdeasPolicy } from './ideas.policy.js';
import { IdeasService } from './ideas.service.js';
import {
  ApproveIdeaInput,
  CommentOnIdeaInput,
  CreateIdeaInput,
  DecideIdeaInput,
  IdeaVersionInput,
  UpdateIdeaInput,
} from './dto/ideas.inputs.js';
import { IdeaListArgs } from './dto/ideas.filter.js';
import {
  IdeaCommentModel,
  IdeaConnectionModel,
  IdeaModel,
  IdeaViewerCanModel,
  mapComment,
  mapIdea,
} from './models/idea.model.js';

@Resolver(() => IdeaModel)
export class IdeasResolver {
  constructor(private readonly ideas: IdeasService) {}

  @Query(() => IdeaModel, { name: 'idea' })
  async one(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<IdeaModel> {
    const { node, primed } = await this.ideas.load(actor, id, selectedFields(info));
    primed.into(ctx.loaders);
    return mapIdea(node);
  }

  @Query(() => IdeaConnectionModel, {
    name: 'ideas',
    description: 'Drafts only your own; filtered by `filter`, newest first unless `sort` says otherwise',
    complexity: listComplexity,
  })
  async list(
    @CurrentActor() actor: Actor,
    @Args() { scope, first, after, filter, sort }: IdeaListArgs,
    @Ctx() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<IdeaConnectionModel> {
    const page = await this.ideas.list(actor, scope, first, after, selectedFields(info, 'nodes'), {
      filter,
      sort,
      withTotal: selectedFields(info).has('totalCount'),
    });
    page.primed.into(ctx.loaders);
    return {
      nodes: page.nodes.map(mapIdea),
      pageInfo: page.pageInfo,
      totalCount: page.totalCount ?? 0,
    };
  }

  @Query(() => [IdeaModel], {
    description: 'Submitted ideas waiting for my decision, oldest first',
    complexity: ({ childComplexity }) => 50 * childComplexity,
  })
  async reviewQueue(
    @CurrentActor() actor: Actor,
    @Ctx() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<IdeaModel[]> {
    const { node, primed } = await this.ideas.loadReviewQueue(actor, selectedFields(info));
    primed.into(ctx.loaders);
    return node.map(mapIdea);
  }

  @Mutation(() => IdeaModel, { description: 'Saves a new idea as a draft (visible only to you)' })
  async createIdea(@CurrentActor() actor: Actor, @Args('input') input: CreateIdeaInput): Promise<IdeaModel> {
    return mapIdea(await this.ideas.create(actor, input));
  }

  @Mutation(() => IdeaModel, { description: 'Edits a draft or parked idea (author only)' })
  async updateIdea(@CurrentActor() actor: Actor, @Args('input') input: UpdateIdeaInput): Promise<IdeaModel> {
    return mapIdea(await this.ideas.update(actor, input));
  }

  @Mutation(() => IdeaModel, {
    description: 'DRAFT or PARKED → SUBMITTED (author only); needs title, need, proposal and benefit',
  })
  async submitIdea(@CurrentActor() actor: Actor, @Args('input') input: IdeaVersionInput): Promise<IdeaModel> {
    return mapIdea(await this.ideas.submit(actor, input));
  }

  @Mutation(() => IdeaModel, {
    description: 'SUBMITTED → APPROVED; creates a PLANNED experiment with the idea’s text and tags',
  })
  async approveIdea(
    @CurrentActor() actor: Actor,
    @Args('input') input: ApproveIdeaInput,
  ): Promise<IdeaModel> {
    return mapIdea(await this.ideas.approve(actor, input));
  }

  @Mutation(() => IdeaModel, { description: 'SUBMITTED → DECLINED, with a reason the author can learn from' })
  async declineIdea(@CurrentActor() actor: Actor, @Args('input') input: DecideIdeaInput): Promise<IdeaModel> {
    return mapIdea(await this.ideas.decline(actor, input));
  }

  @Mutation(() => IdeaModel, {
    description: 'SUBMITTED → PARKED, with a reason; the author can resubmit later',
  })
  async parkIdea(@CurrentActor() actor: Actor, @Args('input') input: DecideIdeaInput): Promise<IdeaModel> {
    return mapIdea(await this.ideas.park(actor, input));
  }

  @Mutation(() => IdeaModel, { description: 'Back (støtt) or stop backing an idea' })
  async backIdea(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('backing', { defaultValue: true }) backing: boolean,
  ): Promise<IdeaModel> {
    return mapIdea(await this.ideas.back(actor, id, backing));
  }

  @Mutation(() => IdeaCommentModel)
  async commentOnIdea(
    @CurrentActor() actor: Actor,
    @Args('input') input: CommentOnIdeaInput,
  ): Promise<IdeaCommentModel> {
    // The commenter is the viewer: they always see their own name.
    return mapComment(await this.ideas.comment(actor, input), true);
  }

  @ResolveField(() => UnitModel)
  async unit(@Parent() i: IdeaModel, @Ctx() ctx: GqlContext): Promise<UnitModel> {
    return mapUnit((await ctx.loaders.unit.load(i.unitId))!);
  }

  @ResolveField(() => PersonModel, {
    nullable: true,
    description: 'Null when the author chose to hide their name from you',
  })
  async author(@Parent() i: IdeaModel, @Ctx() ctx: GqlContext): Promise<PersonModel | null> {
    if (!IdeasPolicy.canSeeAuthor(ctx.auth.actor!, i)) return null;
    return mapPerson((await ctx.loaders.person.load(i.authorId))!);
  }

  @ResolveField(() => Boolean)
  isMine(@Parent() i: IdeaModel, @Ctx() ctx: GqlContext): boolean {
    return i.authorId === ctx.auth.actor?.personId;
  }

  @ResolveField(() => PersonModel, { nullable: true })
  async decidedBy(@Parent() i: IdeaModel, @Ctx() ctx: GqlContext): Promise<PersonModel | null> {
    const p = i.decidedById ? await ctx.loaders.person.load(i.decidedById) : null;
    return p ? mapPerson(p) : null;
  }

  @ResolveField(() => ExperimentModel, { nullable: true, description: 'The experiment the approval created' })
  async experiment(@Parent() i: IdeaModel, @Ctx() ctx: GqlContext): Promise<ExperimentModel | null> {
    const e = i.experimentId ? await ctx.loaders.experiment.load(i.experimentId) : null;
    return e ? mapExperiment(e) : null;
  }

  @ResolveField(() => Int)
  backingCount(@Parent() i: IdeaModel, @Ctx() ctx: GqlContext): Promise<number> {
    return ctx.loaders.backingCount.load(i.id);
  }

  @ResolveField(() => Boolean)
  backedByMe(@Parent() i: IdeaModel, @Ctx() ctx: GqlContext): Promise<boolean> {
    return ctx.loaders.backedByMe.load(i.id);
  }

  @ResolveField(() => Int)
  commentCount(@Parent() i: IdeaModel, @Ctx() ctx: GqlContext): Promise<number> {
    return ctx.loaders.commentCount.load(i.id);
  }

  @ResolveField(() => [IdeaCommentModel])
  async comments(@Parent() i: IdeaModel, @Ctx() ctx: GqlContext): Promise<IdeaCommentModel[]> {
    const actor = ctx.auth.actor!;
    return (await ctx.loaders.commentsByIdea.load(i.id)).map((c) =>
      mapComment(c, IdeasPolicy.canSeeCommentAuthor(actor, i, c)),
    );
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Whole days since submission, while waiting for a decision',
  })
  waitingDays(@Parent() i: IdeaModel): number | null {
    if (i.state !== 'SUBMITTED' || !i.submittedAt) return null;
    return Math.floor((Date.now() - i.submittedAt.getTime()) / 86400_000);
  }

  @ResolveField(() => IdeaViewerCanModel)
  async viewerCan(@Parent() i: IdeaModel, @Ctx() ctx: GqlContext): Promise<IdeaViewerCanModel> {
    const can = IdeasPolicy.abilities(ctx.auth.actor!, i, await ctx.loaders.unitChain.load(i.unitId));
    return { ...can, decide: can.approve || can.decline || can.park, backOrComment: can.back || can.comment };
  }

  @ResolveField(() => [TimelineEventModel], {
    description: 'Every change of state and every edit: who, when, which fields, why (redacted by policy)',
  })
  async timeline(@Parent() i: IdeaModel, @Ctx() ctx: GqlContext): Promise<TimelineEventModel[]> {
    const actor = ctx.auth.actor!;
    // What happened while it was a draft is the author's alone, and a hidden author stays hidden.
    const events = AuditPolicy.timeline(await ctx.loaders.timeline.load(i.id), {
      hiddenPersonId: IdeasPolicy.canSeeAuthor(actor, i) ? null : i.authorId,
      privateStates: [IdeaState.DRAFT],
      seesPrivateHistory: i.authorId === actor.personId,
    });
    return events.map(mapTimelineEvent);
  }
}

@Resolver(() => IdeaCommentModel)
export class IdeaCommentResolver {
  @ResolveField(() => PersonModel, {
    nullable: true,
    description: 'Null when the comment is by the idea’s hidden author and you may not see them',
  })
  async author(@Parent() c: IdeaCommentModel, @Ctx() ctx: GqlContext): Promise<PersonModel | null> {
    if (!c.authorVisible) return null;
    return mapPerson((await ctx.loaders.person.load(c.authorId))!);
  }
}

@Resolver(() => ViewerCanModel)
export class IdeasViewerCanResolver {
  @ResolveField(() => Boolean, { description: 'Register ideas (everyone but readers)' })
  createIdea(@Ctx() ctx: GqlContext): boolean {
    return IdeasPolicy.canCreate(ctx.auth.actor!);
  }

  @ResolveField(() => Boolean, { description: 'Decide on ideas from the units I manage (my review queue)' })
  reviewIdeas(@Ctx() ctx: GqlContext): boolean {
    return IdeasPolicy.canReview(ctx.auth.actor!);
  }
}
