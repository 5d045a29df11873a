import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ExperimentResult, InnovationAction, NextStep, PartnerKind, Theme } from '@laerekraft/shared';
import '../../core/graphql/enums.js';

@InputType({
  description:
    'We believe that <change> for <targetGroup> will give <expectedEffect>; we know we are right when <metric> reaches <target> (from <baseline>) by <byDate>.',
})
export class HypothesisInput {
  @Field({ description: 'Max 4000' }) change!: string;
  @Field({ description: 'Max 4000' }) targetGroup!: string;
  @Field({ description: 'Max 4000' }) expectedEffect!: string;
  @Field({ description: 'The metric (måleindikator), max 500' }) metric!: string;
  @Field(() => Float, { nullable: true, description: 'Baseline (nullpunktsmåling)' }) baseline?:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Target (målverdi)' }) target?: number | null;
  @Field(() => String, { nullable: true, description: 'By when, YYYY-MM-DD' }) byDate?: string | null;
}

@InputType()
export class ExperimentFrameInput {
  @Field(() => HypothesisInput) hypothesis!: HypothesisInput;
  @Field({ description: 'What we can afford to lose if it fails (akseptabelt tap), max 4000' })
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

@InputType()
export class UpdateExperimentInput extends ExperimentFrameInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field({ description: 'Max 140' }) title!: string;
  @Field({ nullable: true, description: 'Max 4000; omit to leave it unchanged' }) summary?: string;
}

@InputType({ description: 'A manager starts an experiment directly, without an idea' })
export class CreateExperimentInput extends ExperimentFrameInput {
  @Field({ description: 'Max 140' }) title!: string;
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
  @Field(() => [ID], { description: 'Team members besides the owner, at most 25' }) memberIds!: string[];
}

@InputType()
export class AddPartnerInput {
  @Field(() => ID) experimentId!: string;
  @Field(() => PartnerKind) kind!: PartnerKind;
  @Field({ description: 'Max 200' }) name!: string;
  @Field({ description: 'Their role in the experiment, max 500' }) role!: string;
  @Field(() => ID, { nullable: true, description: 'The partner’s organisation in Lærekraft, if any' })
  partnerOrganisationId?: string | null;
}

@InputType()
export class RecordUnionInvolvementInput {
  @Field(() => ID) experimentId!: string;
  @Field({ description: 'When, YYYY-MM-DD' }) occurredOn!: string;
  @Field({ description: 'Who took part, max 500' }) who!: string;
  @Field({ description: 'What was said, max 4000' }) whatWasSaid!: string;
}

@InputType()
export class AddMeasurementInput {
  @Field(() => ID) experimentId!: string;
  @Field({ description: 'YYYY-MM-DD' }) measuredOn!: string;
  @Field(() => Float) value!: number;
  @Field({ nullable: true, description: 'Max 500' }) note?: string;
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
