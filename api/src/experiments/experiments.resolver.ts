import { Args, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../core/graphql/loader-kit.js';
import { CurrentActor, Ctx } from '../core/auth/decorators.js';
import type { Actor } from '../core/auth/actor.js';
import type { GqlContext } from '../core/graphql/context.js';
import { PersonModel, mapPerson } from '../identity/models/person.model.js';
import { ViewerCanModel } from '../identity/models/viewer-can.model.js';
import { UnitModel, mapUnit } from '../organisations/models/unit.model.js';
import { IdeaModel, mapIdea } from '../ideas/models/idea.model.js';
import { listComplexity } from '../core/graphql/pagination.js';
import { LearningEntryModel, mapEntry } from '../learning/models/learning-entry.model.js';
import { AuditPolicy } from '../audit/audit.policy.js';
import { TimelineEventModel, mapTimelineEvent } from '../audit/models/timeline-event.model.js';
import { loadExperimentFacts } from './experiments.loaders.js';
import { ExperimentsPolicy } from './experiments.policy.js';
import { ExperimentsService } from './experiments.service.js';
import {
  ConcludeExperimentInput,
  CreateExperimentInput,
  ExperimentVersionInput,
  StopExperimentInput,
  UpdateExperimentInput,
} from './dto/experiments.inputs.js';
import { ExperimentListArgs } from './dto/experiments.filter.js';
import {
  ExperimentConnectionModel,
  ExperimentModel,
  ExperimentViewerCanModel,
  mapExperiment,
} from './models/experiment.model.js';

@Resolver(() => ExperimentModel)
export class ExperimentsResolver {
  constructor(private readonly experiments: ExperimentsService) {}

  @Query(() => ExperimentModel, { name: 'experiment' })
  async one(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ExperimentModel> {
    const { node, primed } = await this.experiments.load(actor, id, selectedFields(info));
    primed.into(ctx.loaders);
    return mapExperiment(node);
  }

  @Query(() => ExperimentConnectionModel, {
    name: 'experiments',
    description: 'Filtered by `filter`, newest first unless `sort` says otherwise',
    complexity: listComplexity,
  })
  async list(
    @CurrentActor() actor: Actor,
    @Args() { scope, first, after, filter, sort }: ExperimentListArgs,
    @Ctx() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ExperimentConnectionModel> {
    const page = await this.experiments.list(actor, scope, first, after, selectedFields(info, 'nodes'), {
      filter,
      sort,
      withTotal: selectedFields(info).has('totalCount'),
    });
    page.primed.into(ctx.loaders);
    return {
      nodes: page.nodes.map(mapExperiment),
      pageInfo: page.pageInfo,
      totalCount: page.totalCount ?? 0,
    };
  }

  @Mutation(() => ExperimentModel, { description: 'A manager creates an experiment directly (PLANNED)' })
  async createExperiment(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateExperimentInput,
  ): Promise<ExperimentModel> {
    return mapExperiment(await this.experiments.create(actor, input));
  }

  @Mutation(() => ExperimentModel, {
    description: 'Edits hypothesis, frame and tags while PLANNED or RUNNING',
  })
  async updateExperiment(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateExperimentInput,
  ): Promise<ExperimentModel> {
    return mapExperiment(await this.experiments.update(actor, input));
  }

  @Mutation(() => ExperimentModel, {
    description: 'PLANNED → RUNNING; refused until union involvement is recorded when it affects employees',
  })
  async startExperiment(
    @CurrentActor() actor: Actor,
    @Args('input') input: ExperimentVersionInput,
  ): Promise<ExperimentModel> {
    return mapExperiment(await this.experiments.start(actor, input));
  }

  @Mutation(() => ExperimentModel, { description: 'RUNNING → CONCLUDED with a result and a learning card' })
  async concludeExperiment(
    @CurrentActor() actor: Actor,
    @Args('input') input: ConcludeExperimentInput,
  ): Promise<ExperimentModel> {
    return mapExperiment(await this.experiments.conclude(actor, input));
  }

  @Mutation(() => ExperimentModel, {
    description: 'PLANNED or RUNNING → STOPPED with a reason and a learning card',
  })
  async stopExperiment(
    @CurrentActor() actor: Actor,
    @Args('input') input: StopExperimentInput,
  ): Promise<ExperimentModel> {
    return mapExperiment(await this.experiments.stop(actor, input));
  }

  @ResolveField(() => UnitModel)
  async unit(@Parent() e: ExperimentModel, @Ctx() ctx: GqlContext): Promise<UnitModel> {
    return mapUnit((await ctx.loaders.unit.load(e.unitId))!);
  }

  @ResolveField(() => IdeaModel, { nullable: true, description: 'The idea it came from' })
  async idea(@Parent() e: ExperimentModel, @Ctx() ctx: GqlContext): Promise<IdeaModel | null> {
    const i = e.ideaId ? await ctx.loaders.idea.load(e.ideaId) : null;
    return i ? mapIdea(i) : null;
  }

  @ResolveField(() => PersonModel)
  async owner(@Parent() e: ExperimentModel, @Ctx() ctx: GqlContext): Promise<PersonModel> {
    return mapPerson((await ctx.loaders.person.load(e.ownerId))!);
  }

  @ResolveField(() => [LearningEntryModel], { description: 'The learning log, newest first' })
  async learningEntries(@Parent() e: ExperimentModel, @Ctx() ctx: GqlContext): Promise<LearningEntryModel[]> {
    return (await ctx.loaders.entriesByExperiment.load(e.id)).map(mapEntry);
  }

  @ResolveField(() => Int)
  async entryCount(@Parent() e: ExperimentModel, @Ctx() ctx: GqlContext): Promise<number> {
    return (await ctx.loaders.entryStats.load(e.id)).count;
  }

  @ResolveField(() => String, { nullable: true, description: 'Date of the latest learning-log entry' })
  async lastEntryOn(@Parent() e: ExperimentModel, @Ctx() ctx: GqlContext): Promise<string | null> {
    return (await ctx.loaders.entryStats.load(e.id)).last;
  }

  @ResolveField(() => [TimelineEventModel], {
    description: 'Every change of state and every edit: who, when, which fields, why',
  })
  async timeline(@Parent() e: ExperimentModel, @Ctx() ctx: GqlContext): Promise<TimelineEventModel[]> {
    // Everyone who sees the experiment sees its team by name, so its history hides no one.
    const events = AuditPolicy.timeline(await ctx.loaders.timeline.load(e.id), {
      hiddenPersonId: null,
      privateStates: [],
      seesPrivateHistory: true,
    });
    return events.map(mapTimelineEvent);
  }

  @ResolveField(() => ExperimentViewerCanModel)
  async viewerCan(@Parent() e: ExperimentModel, @Ctx() ctx: GqlContext): Promise<ExperimentViewerCanModel> {
    return ExperimentsPolicy.abilities(ctx.auth.actor!, await loadExperimentFacts(ctx.loaders, e));
  }
}

@Resolver(() => ViewerCanModel)
export class ExperimentsViewerCanResolver {
  @ResolveField(() => Boolean, { description: 'Create an experiment directly (a manager, in their units)' })
  createExperiment(@Ctx() ctx: GqlContext): boolean {
    return ExperimentsPolicy.canCreateSomewhere(ctx.auth.actor!);
  }
}
