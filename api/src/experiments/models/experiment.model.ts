import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  ExperimentResult,
  ExperimentState,
  InnovationAction,
  NextStep,
  PartnerKind,
  Theme,
} from '@laerekraft/shared';
import '../../core/graphql/enums.js';
import { PageInfo } from '../../core/graphql/pagination.js';
import type { ExperimentEntity } from '../experiment.entity.js';
import type { MeasurementEntity, PartnerEntity, UnionInvolvementEntity } from '../experiment-parts.entity.js';

@ObjectType('Hypothesis', {
  description:
    'We believe that <change> for <targetGroup> will give <expectedEffect>; we know we are right when <metric> reaches <target> by <byDate>',
})
export class HypothesisModel {
  @Field() change!: string;
  @Field() targetGroup!: string;
  @Field() expectedEffect!: string;
  @Field() metric!: string;
  @Field(() => Float, { nullable: true }) baseline!: number | null;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) byDate!: string | null;
}

@ObjectType('LearningCard', { description: 'We believed / we observed / we learned / therefore we will' })
export class LearningCardModel {
  @Field() believed!: string;
  @Field() observed!: string;
  @Field() learned!: string;
  @Field(() => NextStep) nextStep!: NextStep;
}

@ObjectType('Experiment')
export class ExperimentModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field(() => ExperimentState) state!: ExperimentState;
  @Field(() => Int) version!: number;
  @Field(() => HypothesisModel) hypothesis!: HypothesisModel;
  @Field({ description: 'What we can afford to lose if it fails' }) acceptableLoss!: string;
  @Field(() => Float, { nullable: true }) hours!: number | null;
  @Field(() => Int, { nullable: true }) nok!: number | null;
  @Field() affectsEmployees!: boolean;
  @Field(() => [InnovationAction]) actions!: InnovationAction[];
  @Field(() => [Int]) sdgs!: number[];
  @Field(() => Theme, { nullable: true }) theme!: Theme | null;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  @Field(() => ExperimentResult, { nullable: true }) result!: ExperimentResult | null;
  @Field(() => String, { nullable: true }) stopReason!: string | null;
  @Field(() => LearningCardModel, { nullable: true }) learningCard!: LearningCardModel | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  organisationId!: string;
  unitId!: string;
  ideaId!: string | null;
  sourceLessonId!: string | null;
  ownerId!: string;
}

@ObjectType('ExperimentViewerCan', {
  description: 'What the signed-in person may do with the experiment now',
})
export class ExperimentViewerCanModel {
  @Field({ description: 'Change the hypothesis, frame, tags, partners and measurements' }) edit!: boolean;
  @Field({ description: 'Choose the owner and the team' }) setTeam!: boolean;
  @Field({ description: 'Refused while union involvement is still missing for an employee-affecting trial' })
  start!: boolean;
  @Field() conclude!: boolean;
  @Field() stop!: boolean;
  @Field({ description: 'Add to the learning log' }) log!: boolean;
  @Field() recordUnionInvolvement!: boolean;
}

@ObjectType('Partner')
export class PartnerModel {
  @Field(() => ID) id!: string;
  @Field(() => PartnerKind) kind!: PartnerKind;
  @Field() name!: string;
  @Field() role!: string;
  partnerOrganisationId!: string | null;
  experimentId!: string;
}

@ObjectType('UnionInvolvement')
export class UnionInvolvementModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'YYYY-MM-DD' }) occurredOn!: string;
  @Field() who!: string;
  @Field() whatWasSaid!: string;
  @Field() createdAt!: Date;
  recordedById!: string;
  experimentId!: string;
}

@ObjectType('Measurement')
export class MeasurementModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'YYYY-MM-DD' }) measuredOn!: string;
  @Field(() => Float) value!: number;
  @Field() note!: string;
  recordedById!: string;
  experimentId!: string;
}

@ObjectType('ExperimentConnection')
export class ExperimentConnectionModel {
  @Field(() => [ExperimentModel]) nodes!: ExperimentModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, {
    description: 'How many match the scope and filter (all pages); read only when asked for',
  })
  totalCount!: number;
}

export function mapExperiment(e: ExperimentEntity): ExperimentModel {
  return {
    id: e.id,
    title: e.title,
    summary: e.summary,
    state: e.state,
    version: e.version,
    hypothesis: {
      change: e.change,
      targetGroup: e.targetGroup,
      expectedEffect: e.expectedEffect,
      metric: e.metric,
      baseline: e.baseline,
      target: e.target,
      byDate: e.byDate,
    },
    acceptableLoss: e.acceptableLoss,
    hours: e.hours,
    nok: e.nok,
    affectsEmployees: e.affectsEmployees,
    actions: e.actions,
    sdgs: e.sdgs,
    theme: e.theme,
    startedAt: e.startedAt,
    endedAt: e.endedAt,
    result: e.result,
    stopReason: e.stopReason,
    learningCard:
      e.cardNextStep && e.cardBelieved !== null && e.cardObserved !== null && e.cardLearned !== null
        ? {
            believed: e.cardBelieved,
            observed: e.cardObserved,
            learned: e.cardLearned,
            nextStep: e.cardNextStep,
          }
        : null,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    organisationId: e.organisationId,
    unitId: e.unitId,
    ideaId: e.ideaId,
    sourceLessonId: e.sourceLessonId,
    ownerId: e.ownerId,
  };
}

export const mapPartner = (p: PartnerEntity): PartnerModel => ({
  id: p.id,
  kind: p.kind,
  name: p.name,
  role: p.role,
  partnerOrganisationId: p.partnerOrganisationId,
  experimentId: p.experimentId,
});
export const mapUnion = (u: UnionInvolvementEntity): UnionInvolvementModel => ({
  id: u.id,
  occurredOn: u.occurredOn,
  who: u.who,
  whatWasSaid: u.whatWasSaid,
  createdAt: u.createdAt,
  recordedById: u.recordedById,
  experimentId: u.experimentId,
});
export const mapMeasurement = (r: MeasurementEntity): MeasurementModel => ({
  id: r.id,
  measuredOn: r.measuredOn,
  value: r.value,
  note: r.note,
  recordedById: r.recordedById,
  experimentId: r.experimentId,
});
