import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LearningEntryKind } from '@laerekraft/shared';
import '../../core/graphql/enums.js';
import type { LearningEntryEntity, LearningEntryRevisionEntity } from '../learning-entry.entity.js';

@ObjectType('LearningEntry')
export class LearningEntryModel {
  @Field(() => ID) id!: string;
  @Field(() => LearningEntryKind) kind!: LearningEntryKind;
  @Field({ description: 'Markdown' }) text!: string;
  @Field(() => String, { nullable: true }) promptId!: string | null;
  @Field({ description: 'YYYY-MM-DD' }) entryDate!: string;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  authorId!: string;
  experimentId!: string;
}

@ObjectType('LearningEntryRevision', { description: 'An earlier text of an entry, kept when it was edited' })
export class LearningEntryRevisionModel {
  @Field(() => Int) version!: number;
  @Field(() => LearningEntryKind) kind!: LearningEntryKind;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) promptId!: string | null;
  @Field() replacedAt!: Date;
  editedById!: string;
}

export const mapEntry = (e: LearningEntryEntity): LearningEntryModel => ({
  id: e.id,
  kind: e.kind,
  text: e.text,
  promptId: e.promptId,
  entryDate: e.entryDate,
  version: e.version,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
  authorId: e.authorId,
  experimentId: e.experimentId,
});

export const mapRevision = (r: LearningEntryRevisionEntity): LearningEntryRevisionModel => ({
  version: r.version,
  kind: r.kind,
  text: r.text,
  promptId: r.promptId,
  replacedAt: r.replacedAt,
  editedById: r.editedById,
});
