import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Ctx } from '../core/auth/decorators.js';
import type { Actor } from '../core/auth/actor.js';
import type { GqlContext } from '../core/graphql/context.js';
import { PersonModel, mapPerson } from '../identity/models/person.model.js';
import { loadExperimentFacts, loadVisibleExperiment } from '../experiments/experiments.loaders.js';
import { ExperimentModel, mapExperiment } from '../experiments/models/experiment.model.js';
import { LearningPolicy } from './learning.policy.js';
import { LearningService } from './learning.service.js';
import { AddLearningEntryInput, EditLearningEntryInput } from './dto/learning.inputs.js';
import {
  LearningEntryModel,
  LearningEntryRevisionModel,
  mapEntry,
  mapRevision,
} from './models/learning-entry.model.js';

@Resolver(() => LearningEntryModel)
export class LearningResolver {
  constructor(private readonly learning: LearningService) {}

  @Mutation(() => LearningEntryModel, {
    description: 'Adds a dated entry to an open experiment’s learning log (team and managers)',
  })
  async addLearningEntry(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddLearningEntryInput,
  ): Promise<LearningEntryModel> {
    return mapEntry(await this.learning.add(actor, input));
  }

  @Mutation(() => LearningEntryModel, {
    description: 'Edits your own entry; the earlier text is kept as a revision',
  })
  async editLearningEntry(
    @CurrentActor() actor: Actor,
    @Args('input') input: EditLearningEntryInput,
  ): Promise<LearningEntryModel> {
    return mapEntry(await this.learning.edit(actor, input));
  }

  @ResolveField(() => PersonModel)
  async author(@Parent() e: LearningEntryModel, @Ctx() ctx: GqlContext): Promise<PersonModel> {
    return mapPerson((await ctx.loaders.person.load(e.authorId))!);
  }

  @ResolveField(() => [LearningEntryRevisionModel], { description: 'Earlier texts, oldest first' })
  async revisions(
    @Parent() e: LearningEntryModel,
    @Ctx() ctx: GqlContext,
  ): Promise<LearningEntryRevisionModel[]> {
    return (await ctx.loaders.revisionsByEntry.load(e.id)).map(mapRevision);
  }

  @ResolveField(() => Boolean, {
    description: 'The author, while they may still log on the experiment and it is open',
  })
  async viewerCanEdit(@Parent() e: LearningEntryModel, @Ctx() ctx: GqlContext): Promise<boolean> {
    const experiment = await ctx.loaders.experiment.load(e.experimentId);
    if (!experiment) return false;
    const facts = await loadExperimentFacts(ctx.loaders, experiment);
    return LearningPolicy.abilities(ctx.auth.actor!, e, facts).edit;
  }

  @ResolveField(() => ExperimentModel, {
    description:
      'The experiment it belongs to: a mutation’s answer carries the experiment it changed (its parts, timeline)',
  })
  async experiment(@Parent() e: LearningEntryModel, @Ctx() ctx: GqlContext): Promise<ExperimentModel> {
    return mapExperiment(await loadVisibleExperiment(ctx.loaders, ctx.auth.actor!, e.experimentId));
  }
}

@Resolver(() => LearningEntryRevisionModel)
export class LearningEntryRevisionResolver {
  @ResolveField(() => PersonModel)
  async editedBy(@Parent() r: LearningEntryRevisionModel, @Ctx() ctx: GqlContext): Promise<PersonModel> {
    return mapPerson((await ctx.loaders.person.load(r.editedById))!);
  }
}
