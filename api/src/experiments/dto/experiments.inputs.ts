import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ExperimentResult, InnovationAction, NextStep, PartnerKind, Theme, Limits } from '@laerekraft/shared';
import '../../core/graphql/enums.js';
import { KEEP_NOT_NULL, KEEP_OR_CLEAR, KEEP_OR_EMPTY } from '../../core/graphql/partial-update.js';

@InputType({
  description:
    'We believe that <change> for <targetGroup> will give <expectedEffect>; we know we are right when <metric> reaches <target> (from <baseline>) by <byDate>.',
})
export class HypothesisInput {
  @Field({ description: `Max ${Limits.TEXT_MAX}` }) change!: string;
  @Field({ description: `Max ${Limits.TEXT_MAX}` }) targetGroup!: string;
  @Field({ description: `Max ${Limits.TEXT_MAX}` }) expectedEffect!: string;
  @Field({ description: `The metric (måleindikator), max ${Limits.SHORT_TEXT_MAX}` }) metric!: string;
  @Field(() => Float, { nullable: true, description: 'Baseline (nullpunktsmåling)' }) baseline?:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Target (målverdi)' }) target?: number | null;
  @Field(() => String, { nullable: true, description: 'By when, YYYY-MM-DD' }) byDate?: string | null;
}

@InputType()
export class ExperimentFrameInput {
  @Field(() => HypothesisInput) hypothesis!: HypothesisInput;
  @Field({ description: `What we can afford to lose if it fails (akseptabelt tap), max ${Limits.TEXT_MAX}` })
  acceptableLoss!: string;
  @Field(() => Float, { nullable: true, description: 'Hours set aside' }) hours?: number | null;
  @Field(() => Int, { nullable: true, description: 'NOK set aside' }) nok?: number | null;
  @Field({
    description:
      'Changes employees’ working conditions: union representatives must be involved before it starts',
  })
  affectsEmployees!: boolean;
  @Field(() => [InnovationAction], { nullable: true }) actions?: InnovationAction[];
  @Field(() => [Int], { nullable: true }) sdgs?: number[];
  @Field(() => Theme, { nullable: true }) theme?: Theme | null;
}

@InputType({
  description: `A change to the hypothesis: each field ${KEEP_OR_CLEAR} (texts to the empty text). A baseline or target needs a metric.`,
})
export class HypothesisChangeInput {
  @Field(() => String, { nullable: true, description: `Max ${Limits.TEXT_MAX}; ${KEEP_OR_EMPTY}` }) change?:
    string | null;
  @Field(() => String, { nullable: true, description: `Max ${Limits.TEXT_MAX}; ${KEEP_OR_EMPTY}` })
  targetGroup?: string | null;
  @Field(() => String, { nullable: true, description: `Max ${Limits.TEXT_MAX}; ${KEEP_OR_EMPTY}` })
  expectedEffect?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `The metric, max ${Limits.SHORT_TEXT_MAX}; ${KEEP_OR_EMPTY}`,
  })
  metric?: string | null;
  @Field(() => Float, { nullable: true, description: `Baseline; ${KEEP_OR_CLEAR}` }) baseline?: number | null;
  @Field(() => Float, { nullable: true, description: `Target; ${KEEP_OR_CLEAR}` }) target?: number | null;
  @Field(() => String, { nullable: true, description: `YYYY-MM-DD; ${KEEP_OR_CLEAR}` }) byDate?:
    string | null;
}

@InputType({
  description:
    'Changes only the fields given. A change that changes nothing writes nothing and keeps the version. The rules apply to the frame as it will be.',
})
export class UpdateExperimentInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you edited; a stale one is refused with CONFLICT' })
  version!: number;
  @Field(() => String, { nullable: true, description: `Max ${Limits.TITLE_MAX}; ${KEEP_NOT_NULL}` }) title?:
    string | null;
  @Field(() => String, { nullable: true, description: `Max ${Limits.TEXT_MAX}; ${KEEP_OR_EMPTY}` }) summary?:
    string | null;
  @Field(() => HypothesisChangeInput, {
    nullable: true,
    description: `Only the hypothesis fields given change; ${KEEP_NOT_NULL}`,
  })
  hypothesis?: HypothesisChangeInput | null;
  @Field(() => String, {
    nullable: true,
    description: `Acceptable loss, max ${Limits.TEXT_MAX}; ${KEEP_OR_EMPTY}`,
  })
  acceptableLoss?: string | null;
  @Field(() => Float, { nullable: true, description: `Hours set aside; ${KEEP_OR_CLEAR}` }) hours?:
    number | null;
  @Field(() => Int, { nullable: true, description: `NOK set aside; ${KEEP_OR_CLEAR}` }) nok?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: `Changes employees’ working conditions: union representatives must be involved before it starts; ${KEEP_NOT_NULL}`,
  })
  affectsEmployees?: boolean | null;
  @Field(() => [InnovationAction], { nullable: true, description: `${KEEP_OR_CLEAR} (no actions)` })
  actions?: InnovationAction[] | null;
  @Field(() => [Int], {
    nullable: true,
    description: `At most ${Limits.SDGS_MAX}; ${KEEP_OR_CLEAR} (no goals)`,
  })
  sdgs?: number[] | null;
  @Field(() => Theme, { nullable: true, description: KEEP_OR_CLEAR }) theme?: Theme | null;
}

@InputType({ description: 'A manager starts an experiment directly, without an idea' })
export class CreateExperimentInput extends ExperimentFrameInput {
  @Field({ description: `Max ${Limits.TITLE_MAX}` }) title!: string;
  @Field({ nullable: true }) summary?: string;
  @Field(() => ID) unitId!: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to you' }) ownerId?: string | null;
}

@InputType()
export class ExperimentVersionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}

@InputType()
export class SetExperimentTeamInput extends ExperimentVersionInput {
  @Field(() => ID) ownerId!: string;
  @Field(() => [ID], { description: `Team members besides the owner, at most ${Limits.TEAM_MAX}` })
  memberIds!: string[];
}

@InputType()
export class AddPartnerInput {
  @Field(() => ID) experimentId!: string;
  @Field(() => PartnerKind) kind!: PartnerKind;
  @Field({ description: `Max ${Limits.ORGANISATION_NAME_MAX}` }) name!: string;
  @Field({ description: `Their role in the experiment, max ${Limits.SHORT_TEXT_MAX}` }) role!: string;
  @Field(() => ID, { nullable: true, description: 'The partner’s organisation in Lærekraft, if any' })
  partnerOrganisationId?: string | null;
}

@InputType()
export class RecordUnionInvolvementInput {
  @Field(() => ID) experimentId!: string;
  @Field({ description: 'When, YYYY-MM-DD' }) occurredOn!: string;
  @Field({ description: `Who took part, max ${Limits.SHORT_TEXT_MAX}` }) who!: string;
  @Field({ description: `What was said, max ${Limits.TEXT_MAX}` }) whatWasSaid!: string;
}

@InputType()
export class AddMeasurementInput {
  @Field(() => ID) experimentId!: string;
  @Field({ description: `YYYY-MM-DD; not after today, not before ${Limits.MEASURED_FROM_YEAR}` })
  measuredOn!: string;
  @Field(() => Float, { description: `Under 10^${Limits.METRIC_DIGITS_MAX} either way` }) value!: number;
  @Field({ nullable: true, description: `Max ${Limits.SHORT_TEXT_MAX}` }) note?: string;
}

@InputType({ description: 'We believed / we observed / we learned / therefore we will' })
export class LearningCardInput {
  @Field() believed!: string;
  @Field() observed!: string;
  @Field() learned!: string;
  @Field(() => NextStep) nextStep!: NextStep;
}

@InputType()
export class ConcludeExperimentInput extends ExperimentVersionInput {
  @Field(() => ExperimentResult) result!: ExperimentResult;
  @Field(() => LearningCardInput) learningCard!: LearningCardInput;
}

@InputType()
export class StopExperimentInput extends ExperimentVersionInput {
  @Field({ description: 'Why it stops: a reason others can learn from' }) reason!: string;
  @Field(() => LearningCardInput) learningCard!: LearningCardInput;
}
