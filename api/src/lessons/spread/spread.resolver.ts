import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Ctx } from '../../core/auth/decorators.js';
import type { Actor } from '../../core/auth/actor.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { ExperimentModel, mapExperiment } from '../../experiments/models/experiment.model.js';
import { IdeaModel, mapIdea } from '../../ideas/models/idea.model.js';
import { mapUnit } from '../../organisations/models/unit.model.js';
import { LessonModel, LessonRollupModel, mapRollup } from '../models/lesson.model.js';
import { AdoptLessonInput } from './dto/adopt-lesson.input.js';
import {
  AdoptionModel,
  AdoptLessonResultModel,
  LessonAdoptAbilitiesModel,
  LessonAdoptOptionsModel,
  LessonLinkModel,
  mapAdoption,
} from './models/adoption.model.js';
import { loadLineage, loadRollup } from './spread.loaders.js';
import { SpreadPolicy } from './spread.policy.js';
import { SpreadService } from './spread.service.js';

@Resolver(() => LessonModel)
export class LessonSpreadResolver {
  /** The viewer's adoptable units, once per request whatever the number of lessons. */
  private readonly units = new WeakMap<object, ReturnType<SpreadService['adoptUnits']>>();

  constructor(private readonly spread: SpreadService) {}

  @Mutation(() => AdoptLessonResultModel, {
    description:
      '“Prøv dette hos oss”: a manager (of the unit or above) or the innovation lead starts a PLANNED experiment from a published lesson; an employee proposes it as an idea (proposeAsIdea). The source’s team is told.',
  })
  async adoptLesson(
    @CurrentActor() actor: Actor,
    @Args('input') input: AdoptLessonInput,
  ): Promise<AdoptLessonResultModel> {
    const { adoption, experiment, idea } = await this.spread.adopt(actor, input);
    return {
      adoptionId: adoption.id,
      state: adoption.state,
      experiment: experiment && mapExperiment(experiment),
      idea: idea && mapIdea(idea),
      lessonId: input.lessonId,
    };
  }

  @ResolveField(() => LessonRollupModel, {
    description: 'How its replications went over the whole tree below it, as the viewer may see them',
  })
  async rollup(@Parent() l: LessonModel, @Ctx() ctx: GqlContext): Promise<LessonRollupModel> {
    return mapRollup(await loadRollup(ctx.loaders, l.id));
  }

  @ResolveField(() => [AdoptionModel], {
    description: 'Every adoption in the tree below it, oldest first (declined proposals are none)',
  })
  async adoptions(@Parent() l: LessonModel, @Ctx() ctx: GqlContext): Promise<AdoptionModel[]> {
    return (await loadLineage(ctx.loaders, l.id)).map(mapAdoption);
  }

  @ResolveField(() => LessonAdoptAbilitiesModel, {
    description: 'How the viewer may try it (“Prøv dette hos oss”); no statement of its own',
  })
  viewerCanAdopt(@Parent() l: LessonModel, @Ctx() ctx: GqlContext): LessonAdoptAbilitiesModel {
    return SpreadPolicy.abilities(ctx.auth.actor!, l);
  }

  @ResolveField(() => LessonAdoptOptionsModel, { description: 'Where the viewer may try it, for the dialog' })
  async adoptOptions(@Parent() l: LessonModel, @Ctx() ctx: GqlContext): Promise<LessonAdoptOptionsModel> {
    const actor = ctx.auth.actor!;
    const can = SpreadPolicy.abilities(actor, l);
    if (!can.asExperiment && !can.asIdea) return { asIdea: false, units: [], ownUnitId: null };
    let units = this.units.get(ctx);
    if (!units) {
      units = this.spread.adoptUnits(actor, can.asIdea);
      this.units.set(ctx, units);
    }
    const got = await units;
    // Not the lesson's own unit: trying it where it came from is no replication (the service refuses it).
    const source = l.organisationId === actor.organisationId ? l.unitId : null;
    return {
      asIdea: can.asIdea,
      units: got.units.filter((u) => u.id !== source).map(mapUnit),
      ownUnitId: got.ownUnitId === source ? null : got.ownUnitId,
    };
  }
}

@Resolver(() => ExperimentModel)
export class ExperimentSourceLessonResolver {
  @ResolveField(() => LessonLinkModel, {
    nullable: true,
    description: 'The lesson it adopts (“Bygger på lærdom”), if the viewer may see it',
  })
  async sourceLesson(@Parent() e: ExperimentModel, @Ctx() ctx: GqlContext): Promise<LessonLinkModel | null> {
    return e.sourceLessonId ? ctx.loaders.visibleLesson.load(e.sourceLessonId) : null;
  }
}

@Resolver(() => IdeaModel)
export class IdeaSourceLessonResolver {
  @ResolveField(() => LessonLinkModel, {
    nullable: true,
    description: 'The lesson it proposes to adopt, if the viewer may see it',
  })
  async sourceLesson(@Parent() i: IdeaModel, @Ctx() ctx: GqlContext): Promise<LessonLinkModel | null> {
    return i.sourceLessonId ? ctx.loaders.visibleLesson.load(i.sourceLessonId) : null;
  }
}
