import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  ExperimentResult,
  ExperimentState,
  InnovationAction,
  LessonReach,
  LessonState,
  PartnerKind,
  Theme,
} from '@laerekraft/shared';
import '../../core/graphql/enums.js';
import { PageInfo } from '../../core/graphql/pagination.js';
import type { LessonEntity } from '../lesson.entity.js';
import type { RollupRow } from '../rollup.js';

/** A lesson (lærdom) as any reader who may see it sees it; internal ids are not fields. */
@ObjectType('Lesson')
export class LessonModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field() whatWorked!: string;
  @Field() whatDidNot!: string;
  @Field({ description: 'Advice for whoever tries next' }) advice!: string;
  @Field({ description: 'Conditions that mattered: size, target group, resources used' }) conditions!: string;
  @Field(() => [String]) tags!: string[];
  @Field(() => LessonState) state!: LessonState;
  @Field(() => LessonReach) reach!: LessonReach;
  @Field(() => Int) version!: number;
  @Field(() => ExperimentState, { description: 'CONCLUDED or STOPPED' }) experimentState!: ExperimentState;
  @Field(() => ExperimentResult, { nullable: true }) result!: ExperimentResult | null;
  @Field(() => [InnovationAction]) actions!: InnovationAction[];
  @Field(() => [Int]) sdgs!: number[];
  @Field(() => Theme, { nullable: true }) theme!: Theme | null;
  @Field(() => [PartnerKind]) partnerKinds!: PartnerKind[];
  @Field(() => String, { nullable: true, description: 'A person named by their own consent' })
  contactName!: string | null;
  @Field(() => Int, { description: 'Adoptions in the whole lineage below this lesson' })
  adoptionCount!: number;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  organisationId!: string;
  unitId!: string;
  experimentId!: string;
  networkIds!: string[];
  contactPersonId!: string | null;
  createdById!: string;
  withdrawnReason!: string | null;
  experimentSummary!: Record<string, unknown>;
}

@ObjectType('LessonConnection')
export class LessonConnectionModel {
  @Field(() => [LessonModel]) nodes!: LessonModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('LessonRollup', {
  description:
    'How the replications went, over the whole lineage tree, as the reader may see them: "tried in 5 municipalities: 3 supported, 1 not supported, 1 running"',
})
export class LessonRollupModel {
  @Field(() => Int) adoptions!: number;
  @Field(() => Int, { description: 'Distinct adopting organisations' }) organisations!: number;
  @Field(() => Int, { description: 'Proposed, planned or running' }) inProgress!: number;
  @Field(() => Int) supported!: number;
  @Field(() => Int) notSupported!: number;
  @Field(() => Int) inconclusive!: number;
  @Field(() => Int, { description: 'Stopped, with the stop shared' }) stopped!: number;
  @Field(() => Int, { description: 'Finished elsewhere, result not shared with this reader' })
  notShared!: number;
}

export function mapLesson(l: LessonEntity): LessonModel {
  return {
    id: l.id,
    title: l.title,
    summary: l.summary,
    whatWorked: l.whatWorked,
    whatDidNot: l.whatDidNot,
    advice: l.advice,
    conditions: l.conditions,
    tags: l.tags,
    state: l.state,
    reach: l.reach,
    version: l.version,
    experimentState: l.experimentState,
    result: l.result,
    actions: l.actions,
    sdgs: l.sdgs,
    theme: l.theme,
    partnerKinds: l.partnerKinds,
    contactName: l.contactName,
    adoptionCount: l.adoptionCount,
    publishedAt: l.publishedAt,
    withdrawnAt: l.withdrawnAt,
    createdAt: l.createdAt,
    updatedAt: l.updatedAt,
    organisationId: l.organisationId,
    unitId: l.unitId,
    experimentId: l.experimentId,
    networkIds: l.networkIds,
    contactPersonId: l.contactPersonId,
    createdById: l.createdById,
    withdrawnReason: l.withdrawnReason,
    experimentSummary: l.experimentSummary,
  };
}

export function mapRollup(r: RollupRow | undefined): LessonRollupModel {
  return {
    adoptions: r?.adoptions ?? 0,
    organisations: r?.organisations ?? 0,
    inProgress: r?.in_progress ?? 0,
    supported: r?.supported ?? 0,
    notSupported: r?.not_supported ?? 0,
    inconclusive: r?.inconclusive ?? 0,
    stopped: r?.stopped ?? 0,
    notShared: r?.not_shared ?? 0,
  };
}
