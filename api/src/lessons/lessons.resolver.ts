import { Args, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { LessonReach } from '@laerekraft/shared';
import { selectedFields } from '../core/graphql/loader-kit.js';
import { CurrentActor, Ctx } from '../core/auth/decorators.js';
import type { Actor } from '../core/auth/actor.js';
import type { GqlContext } from '../core/graphql/context.js';
import { listComplexity } from '../core/graphql/pagination.js';
import { OrganisationModel, mapOrganisation } from '../organisations/models/organisation.model.js';
import { organisationFromRow } from '../organisations/organisations.loaders.js';
import { ExperimentModel, mapExperiment } from '../experiments/models/experiment.model.js';
import { loadExperimentFacts } from '../experiments/experiments.loaders.js';
import { LessonConnectionModel, LessonModel, mapLesson } from './models/lesson.model.js';
import {
  LessonExperimentSummaryModel,
  LessonNetworkModel,
  LessonViewerCanModel,
  mapSummary,
} from './models/lesson-parts.model.js';
import { LessonsPolicy } from './lessons.policy.js';
import { LessonsService } from './lessons.service.js';
import { buildSummary, type ExperimentSummary, type LessonRead } from './lessons.loaders.js';
import { CreateLessonInput, LessonListArgs, UpdateLessonInput } from './dto/lessons.inputs.js';
import { AdoptLessonResultModel } from './spread/models/adoption.model.js';

/** A lesson as resolved: the model, and what it was read with (facts, organisation, networks). */
type LessonNode = LessonModel & { read: LessonRead };

const node = (r: LessonRead): LessonNode => ({ ...mapLesson(r.lesson), read: r });

@Resolver(() => LessonModel)
export class LessonsResolver {
  constructor(private readonly lessons: LessonsService) {}

  @Query(() => LessonModel, {
    name: 'lesson',
    description: 'NOT_FOUND when it does not exist or the reader may not see it (the same answer)',
  })
  async one(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LessonNode> {
    const fields = selectedFields(info);
    return node(
      await this.lessons.get(actor, id, {
        summary: fields.has('experimentSummary'),
        shareable: fields.has('shareableNetworks'),
      }),
    );
  }

  @Query(() => LessonConnectionModel, {
    name: 'lessons',
    description:
      'The lessons the reader may see, newest first: their own organisation’s by the policy, and other organisations’ shared ones',
    complexity: listComplexity,
  })
  async list(@CurrentActor() actor: Actor, @Args() args: LessonListArgs): Promise<LessonConnectionModel> {
    const page = await this.lessons.list(actor, args, args.first, args.after);
    return { nodes: page.nodes.map(node), pageInfo: page.pageInfo };
  }

  @Mutation(() => LessonModel, {
    description:
      'Writes the lesson of a CONCLUDED or STOPPED experiment as a draft (pre-filled from it); CONFLICT when it has one',
  })
  async createLesson(
    @CurrentActor() actor: Actor,
    @Args('experimentId', { type: () => ID }) experimentId: string,
    @Args('input', { type: () => CreateLessonInput, nullable: true }) input: CreateLessonInput | null,
  ): Promise<LessonNode> {
    return node(await this.lessons.create(actor, experimentId, input ?? {}));
  }

  @Mutation(() => LessonModel, { description: 'Changes the fields given of a draft or published lesson' })
  async updateLesson(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateLessonInput,
  ): Promise<LessonNode> {
    return node(await this.lessons.update(actor, id, version, input));
  }

  @Mutation(() => LessonModel, {
    description:
      'DRAFT → PUBLISHED at a reach: a manager to UNIT or ORGANISATION, the innovation lead anywhere; NETWORK names networks the organisation is a member of',
  })
  async publishLesson(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reach', { type: () => LessonReach }) reach: LessonReach,
    @Args('networkIds', { type: () => [ID], defaultValue: [] }) networkIds: string[],
  ): Promise<LessonNode> {
    return node(await this.lessons.publish(actor, id, version, reach, networkIds));
  }

  @Mutation(() => LessonModel, { description: 'Moves a published lesson to another reach (audited)' })
  async changeLessonReach(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reach', { type: () => LessonReach }) reach: LessonReach,
    @Args('networkIds', { type: () => [ID], defaultValue: [] }) networkIds: string[],
  ): Promise<LessonNode> {
    return node(await this.lessons.changeReach(actor, id, version, reach, networkIds));
  }

  @Mutation(() => LessonModel, {
    description: 'PUBLISHED → WITHDRAWN with a reason: kept for its authors, hidden everywhere else',
  })
  async withdrawLesson(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason') reason: string,
  ): Promise<LessonNode> {
    return node(await this.lessons.withdraw(actor, id, version, reason));
  }

  @Mutation(() => LessonModel, {
    description: 'Names me as the lesson’s contact (consent: true) or takes my name off (false); only I can',
  })
  async setLessonContact(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('consent') consent: boolean,
  ): Promise<LessonNode> {
    return node(await this.lessons.setContact(actor, id, consent));
  }

  @ResolveField(() => OrganisationModel, { description: 'The organisation it was learned in' })
  organisation(@Parent() l: LessonNode, @Ctx() ctx: GqlContext): OrganisationModel {
    const o = organisationFromRow(l.read.organisation);
    ctx.loaders.organisation.prime(o.id, o);
    return mapOrganisation(o);
  }

  @ResolveField(() => [LessonNetworkModel], {
    description: 'The networks it is shared to that the reader may see',
  })
  networks(@Parent() l: LessonNode): LessonNetworkModel[] {
    return l.read.networks;
  }

  @ResolveField(() => [LessonNetworkModel], {
    description:
      'Networks the reader may share it to (their organisation is a member of or runs them); empty unless they may',
  })
  shareableNetworks(@Parent() l: LessonNode, @Ctx() ctx: GqlContext): LessonNetworkModel[] {
    const reaches = LessonsPolicy.reaches(ctx.auth.actor!, l.read.facts);
    return reaches.includes(LessonReach.NETWORK) ? (l.read.shareable ?? []) : [];
  }

  @ResolveField(() => LessonExperimentSummaryModel, {
    nullable: true,
    description:
      'The experiment behind it as an outside reader sees it: frozen at publication; for a draft, as it stands (inside the organisation only)',
  })
  experimentSummary(@Parent() l: LessonNode): LessonExperimentSummaryModel | null {
    const frozen = l.read.lesson.experimentSummary as unknown as ExperimentSummary;
    if (frozen && 'hypothesis' in frozen) return mapSummary(frozen);
    const src = l.read.source;
    return src ? mapSummary(buildSummary(src, l.read.organisation, l.read.lesson.tags)) : null;
  }

  @ResolveField(() => ExperimentModel, {
    nullable: true,
    description: 'The experiment itself: only for a reader in the same organisation, otherwise null',
  })
  async experiment(@Parent() l: LessonNode, @Ctx() ctx: GqlContext): Promise<ExperimentModel | null> {
    if (ctx.auth.actor?.organisationId !== l.organisationId) return null;
    const e = await ctx.loaders.experiment.load(l.experimentId);
    return e ? mapExperiment(e) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why it was withdrawn: for its own organisation only',
  })
  withdrawnReason(@Parent() l: LessonNode, @Ctx() ctx: GqlContext): string | null {
    return ctx.auth.actor?.organisationId === l.organisationId ? l.withdrawnReason : null;
  }

  @ResolveField(() => LessonViewerCanModel)
  viewerCan(@Parent() l: LessonNode, @Ctx() ctx: GqlContext): LessonViewerCanModel {
    const actor = ctx.auth.actor!;
    return {
      ...LessonsPolicy.abilities(actor, l.read.facts),
      isContact: l.contactPersonId === actor.personId,
      reaches: LessonsPolicy.reaches(actor, l.read.facts),
    };
  }
}

/** The experiment page's link to its lesson. */
@Resolver(() => ExperimentModel)
export class ExperimentLessonResolver {
  @ResolveField(() => LessonModel, {
    nullable: true,
    description: 'The lesson written from it, if any and if the reader may see it',
  })
  async lesson(@Parent() e: ExperimentModel, @Ctx() ctx: GqlContext): Promise<LessonNode | null> {
    const r = await ctx.loaders.lessonByExperiment.load(e.id);
    return r && LessonsPolicy.canSee(ctx.auth.actor ?? null, r.facts, r.reader) ? node(r) : null;
  }

  @ResolveField(() => Boolean, {
    description: 'May write its lesson now (concluded or stopped, no lesson yet, one of its writers)',
  })
  async viewerCanWriteLesson(@Parent() e: ExperimentModel, @Ctx() ctx: GqlContext): Promise<boolean> {
    const [facts, lesson] = await Promise.all([
      loadExperimentFacts(ctx.loaders, e),
      ctx.loaders.lessonByExperiment.load(e.id),
    ]);
    return !lesson && LessonsPolicy.canWrite(ctx.auth.actor!, facts) === null;
  }
}

/** The lesson an adoption tried, read after it under the reader's rules: its spread now counts the adoption. */
@Resolver(() => AdoptLessonResultModel)
export class AdoptedLessonResolver {
  constructor(private readonly lessons: LessonsService) {}

  @ResolveField(() => LessonModel, {
    description: 'The lesson tried, read after the adoption (its spread counts it)',
  })
  async lesson(@CurrentActor() actor: Actor, @Parent() r: AdoptLessonResultModel): Promise<LessonNode> {
    return node(await this.lessons.get(actor, r.lessonId, { summary: false, shareable: false }));
  }
}
