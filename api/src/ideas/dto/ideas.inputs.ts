import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { InnovationAction, Theme, Limits } from '@laerekraft/shared';
import '../../core/graphql/enums.js';
import { KEEP_NOT_NULL, KEEP_OR_CLEAR, KEEP_OR_EMPTY } from '../../core/graphql/partial-update.js';

@InputType({
  description:
    'The idea’s text and tags. A draft may be incomplete; submitting needs title, need, proposal and benefit.',
})
export class IdeaFieldsInput {
  @Field({ description: `Max ${Limits.TITLE_MAX} characters` }) title!: string;
  @Field({ nullable: true, description: `Whose need it is (max ${Limits.TEXT_MAX})` }) needWhose?: string;
  @Field({ nullable: true, description: `How the need was observed (max ${Limits.TEXT_MAX})` })
  needObserved?: string;
  @Field({ nullable: true, description: `What we propose (max ${Limits.TEXT_MAX})` }) proposal?: string;
  @Field({ nullable: true, description: `Expected benefit for citizens (max ${Limits.TEXT_MAX})` })
  benefit?: string;
  @Field(() => [InnovationAction], { nullable: true }) actions?: InnovationAction[];
  @Field(() => [Int], {
    nullable: true,
    description: `UN sustainable development goals 1–17, at most ${Limits.SDGS_MAX}`,
  })
  sdgs?: number[];
  @Field(() => Theme, { nullable: true }) theme?: Theme | null;
  @Field(() => ID, { description: 'The unit the idea belongs to' }) unitId!: string;
  @Field({ nullable: true, description: 'Hide my name from colleagues (the innovation lead still sees it)' })
  hideAuthor?: boolean;
  @Field(() => ID, { nullable: true, description: 'The challenge it answers: one you see that is open' })
  challengeId?: string | null;
}

@InputType()
export class CreateIdeaInput extends IdeaFieldsInput {}

@InputType({
  description:
    'Changes only the fields given. A change that changes nothing writes nothing and keeps the version.',
})
export class UpdateIdeaInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you edited; a stale one is refused with CONFLICT' })
  version!: number;
  @Field(() => String, {
    nullable: true,
    description: `Max ${Limits.TITLE_MAX} characters; ${KEEP_NOT_NULL}`,
  })
  title?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `Whose need it is (max ${Limits.TEXT_MAX}); ${KEEP_OR_EMPTY}`,
  })
  needWhose?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `How the need was observed (max ${Limits.TEXT_MAX}); ${KEEP_OR_EMPTY}`,
  })
  needObserved?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `What we propose (max ${Limits.TEXT_MAX}); ${KEEP_OR_EMPTY}`,
  })
  proposal?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `Expected benefit for citizens (max ${Limits.TEXT_MAX}); ${KEEP_OR_EMPTY}`,
  })
  benefit?: string | null;
  @Field(() => [InnovationAction], { nullable: true, description: `${KEEP_OR_CLEAR} (no actions)` })
  actions?: InnovationAction[] | null;
  @Field(() => [Int], {
    nullable: true,
    description: `Goals 1–17, at most ${Limits.SDGS_MAX}; ${KEEP_OR_CLEAR} (no goals)`,
  })
  sdgs?: number[] | null;
  @Field(() => Theme, { nullable: true, description: KEEP_OR_CLEAR }) theme?: Theme | null;
  @Field(() => ID, { nullable: true, description: `The unit the idea belongs to; ${KEEP_NOT_NULL}` })
  unitId?: string | null;
  @Field(() => Boolean, { nullable: true, description: `Hide my name from colleagues; ${KEEP_NOT_NULL}` })
  hideAuthor?: boolean | null;
  @Field(() => ID, {
    nullable: true,
    description: `The challenge it answers (one you see that is open); ${KEEP_OR_CLEAR}`,
  })
  challengeId?: string | null;
}

@InputType()
export class IdeaVersionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}

@InputType()
export class ApproveIdeaInput extends IdeaVersionInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Owner of the new experiment; defaults to the idea’s author',
  })
  ownerId?: string | null;
  @Field(() => String, { nullable: true, description: 'Optional note to the author' }) reason?: string | null;
}

@InputType()
export class DecideIdeaInput extends IdeaVersionInput {
  @Field({ description: 'A reason the author can learn from: not empty, not a single word' }) reason!: string;
}

@InputType()
export class CommentOnIdeaInput {
  @Field(() => ID) ideaId!: string;
  @Field({ description: `Max ${Limits.COMMENT_MAX} characters` }) text!: string;
}
