import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ExperimentResult,
  InnovationAction,
  LessonReach,
  Limits,
  LESSON_TAGS_MAX,
  Theme,
} from '@laerekraft/shared';
import '../../core/graphql/enums.js';
import { KEEP_NOT_NULL, KEEP_OR_CLEAR, KEEP_OR_EMPTY } from '../../core/graphql/partial-update.js';

@InputType({ description: 'A new lesson: every text optional, pre-filled from the experiment when left out' })
export class CreateLessonInput {
  @Field(() => String, {
    nullable: true,
    description: `Max ${Limits.TITLE_MAX}; the experiment’s title when left out`,
  })
  title?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `Max ${Limits.TEXT_MAX}; what was learned when left out`,
  })
  summary?: string | null;
  @Field(() => String, { nullable: true, description: `Max ${Limits.TEXT_MAX}` }) whatWorked?: string | null;
  @Field(() => String, { nullable: true, description: `Max ${Limits.TEXT_MAX}` }) whatDidNot?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `Advice for whoever tries next, max ${Limits.TEXT_MAX}`,
  })
  advice?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `Conditions that mattered (size, target group, resources used), max ${Limits.TEXT_MAX}`,
  })
  conditions?: string | null;
  @Field(() => [String], { nullable: true, description: `Keywords, at most ${LESSON_TAGS_MAX}` })
  tags?: string[] | null;
}

@InputType({
  description:
    'Changes only the fields given. A change that changes nothing writes nothing and keeps the version.',
})
export class UpdateLessonInput {
  @Field(() => String, { nullable: true, description: `Max ${Limits.TITLE_MAX}; ${KEEP_NOT_NULL}` })
  title?: string | null;
  @Field(() => String, { nullable: true, description: `Max ${Limits.TEXT_MAX}; ${KEEP_OR_EMPTY}` })
  summary?: string | null;
  @Field(() => String, { nullable: true, description: `Max ${Limits.TEXT_MAX}; ${KEEP_OR_EMPTY}` })
  whatWorked?: string | null;
  @Field(() => String, { nullable: true, description: `Max ${Limits.TEXT_MAX}; ${KEEP_OR_EMPTY}` })
  whatDidNot?: string | null;
  @Field(() => String, { nullable: true, description: `Max ${Limits.TEXT_MAX}; ${KEEP_OR_EMPTY}` })
  advice?: string | null;
  @Field(() => String, { nullable: true, description: `Max ${Limits.TEXT_MAX}; ${KEEP_OR_EMPTY}` })
  conditions?: string | null;
  @Field(() => [String], {
    nullable: true,
    description: `Keywords, at most ${LESSON_TAGS_MAX}; ${KEEP_OR_CLEAR}`,
  })
  tags?: string[] | null;
}

@ArgsType()
export class LessonListArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: '1–50' }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => LessonReach, { nullable: true }) reach?: LessonReach | null;
  @Field(() => ExperimentResult, { nullable: true }) result?: ExperimentResult | null;
  @Field(() => InnovationAction, { nullable: true }) action?: InnovationAction | null;
  @Field(() => Theme, { nullable: true }) theme?: Theme | null;
  @Field(() => ID, { nullable: true, description: 'Only lessons shared to this network' }) networkId?:
    string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only lessons I wrote or of experiments I own or am on the team of',
  })
  mine?: boolean | null;
}
