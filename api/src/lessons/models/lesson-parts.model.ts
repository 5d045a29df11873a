import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ExperimentResult, ExperimentState, LessonReach, NextStep, PartnerKind } from '@laerekraft/shared';
import '../../core/graphql/enums.js';
import type { ExperimentSummary } from '../lessons.loaders.js';

@ObjectType('LessonNetwork', { description: 'A network a lesson is (or may be) shared to' })
export class LessonNetworkModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('LessonHypothesis')
export class LessonHypothesisModel {
  @Field() change!: string;
  @Field() targetGroup!: string;
  @Field() expectedEffect!: string;
  @Field() metric!: string;
  @Field(() => Float, { nullable: true }) baseline!: number | null;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) byDate!: string | null;
}

@ObjectType('LessonLearningCard')
export class LessonLearningCardModel {
  @Field() believed!: string;
  @Field() observed!: string;
  @Field() learned!: string;
  @Field(() => NextStep, { nullable: true }) nextStep!: NextStep | null;
}

@ObjectType('LessonMeasurement')
export class LessonMeasurementModel {
  @Field({ description: 'YYYY-MM-DD' }) measuredOn!: string;
  @Field(() => Float) value!: number;
}

@ObjectType('LessonExperimentSummary', {
  description:
    'What a reader outside the organisation sees of the experiment behind a lesson, frozen when it was published: no person, no log, no comment; partners by kind only',
})
export class LessonExperimentSummaryModel {
  @Field() title!: string;
  @Field(() => LessonHypothesisModel) hypothesis!: LessonHypothesisModel;
  @Field(() => ExperimentState) state!: ExperimentState;
  @Field(() => ExperimentResult, { nullable: true }) result!: ExperimentResult | null;
  @Field(() => String, { nullable: true }) stopReason!: string | null;
  @Field(() => LessonLearningCardModel, { nullable: true }) learningCard!: LessonLearningCardModel | null;
  @Field(() => [LessonMeasurementModel], { description: 'Oldest first, against the baseline and target' })
  measurements!: LessonMeasurementModel[];
  @Field(() => [PartnerKind]) partnerKinds!: PartnerKind[];
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
}

export function mapSummary(s: ExperimentSummary): LessonExperimentSummaryModel {
  return {
    title: s.title,
    hypothesis: s.hypothesis,
    state: s.state as ExperimentState,
    result: s.result,
    stopReason: s.stopReason,
    learningCard: s.learningCard,
    measurements: s.measurements,
    partnerKinds: s.partnerKinds,
    startedAt: s.startedAt ? new Date(s.startedAt) : null,
    endedAt: s.endedAt ? new Date(s.endedAt) : null,
  };
}

@ObjectType('LessonViewerCan', { description: 'What the signed-in person may do with the lesson now' })
export class LessonViewerCanModel {
  @Field({ description: 'Change its text' }) edit!: boolean;
  @Field({ description: 'Publish the draft (at one of `reaches`)' }) publish!: boolean;
  @Field({ description: 'Move the published lesson to another of `reaches`' }) changeReach!: boolean;
  @Field() withdraw!: boolean;
  @Field({ description: 'Name myself as the lesson’s contact, or take my name off' }) setContact!: boolean;
  @Field({ description: 'I am the lesson’s contact' }) isContact!: boolean;
  @Field(() => [LessonReach], { description: 'Where I may publish it' }) reaches!: LessonReach[];
}
