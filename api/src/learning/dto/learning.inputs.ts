import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LearningEntryKind, Limits } from '@laerekraft/shared';
import '../../core/graphql/enums.js';
import { KEEP_NOT_NULL, KEEP_OR_CLEAR } from '../../core/graphql/partial-update.js';

@InputType()
export class AddLearningEntryInput {
  @Field(() => ID) experimentId!: string;
  @Field(() => LearningEntryKind) kind!: LearningEntryKind;
  @Field({ description: `Markdown, max ${Limits.LOG_ENTRY_MAX} characters` }) text!: string;
  @Field(() => String, { nullable: true, description: 'The reflection prompt it answers, if any' })
  promptId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; defaults to today' }) entryDate?:
    string | null;
}

@InputType({
  description:
    'Changes only the fields given; the earlier text is kept as a revision. A change that changes nothing writes nothing and keeps the version.',
})
export class EditLearningEntryInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you edited; a stale one is refused with CONFLICT' })
  version!: number;
  @Field(() => LearningEntryKind, { nullable: true, description: KEEP_NOT_NULL })
  kind?: LearningEntryKind | null;
  @Field(() => String, {
    nullable: true,
    description: `Markdown, max ${Limits.LOG_ENTRY_MAX} characters; ${KEEP_NOT_NULL}`,
  })
  text?: string | null;
  @Field(() => String, { nullable: true, description: `The reflection prompt it answers; ${KEEP_OR_CLEAR}` })
  promptId?: string | null;
}
