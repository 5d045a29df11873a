import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LearningEntryKind } from '@laerekraft/shared';
import '../../core/graphql/enums.js';

@InputType()
export class AddLearningEntryInput {
  @Field(() => ID) experimentId!: string;
  @Field(() => LearningEntryKind) kind!: LearningEntryKind;
  @Field({ description: 'Markdown, max 10000 characters' }) text!: string;
  @Field(() => String, { nullable: true, description: 'The reflection prompt it answers, if any' })
  promptId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; defaults to today' }) entryDate?:
    string | null;
}

@InputType()
export class EditLearningEntryInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LearningEntryKind) kind!: LearningEntryKind;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) promptId?: string | null;
}
