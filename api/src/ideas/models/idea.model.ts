import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IdeaState, InnovationAction, Theme } from '@laerekraft/shared';
import '../../core/graphql/enums.js';
import { PageInfo } from '../../core/graphql/pagination.js';
import type { IdeaCommentEntity } from '../idea-comment.entity.js';
import type { IdeaEntity } from '../idea.entity.js';

@ObjectType('Idea')
export class IdeaModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'Whose need it is' }) needWhose!: string;
  @Field({ description: 'How the need was observed' }) needObserved!: string;
  @Field() proposal!: string;
  @Field({ description: 'Expected benefit for citizens' }) benefit!: string;
  @Field(() => [InnovationAction]) actions!: InnovationAction[];
  @Field(() => [Int]) sdgs!: number[];
  @Field(() => Theme, { nullable: true }) theme!: Theme | null;
  @Field() hideAuthor!: boolean;
  @Field(() => IdeaState) state!: IdeaState;
  @Field(() => Int) version!: number;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  organisationId!: string;
  unitId!: string;
  authorId!: string;
  decidedById!: string | null;
  experimentId!: string | null;
  sourceLessonId!: string | null;
  challengeId!: string | null;
}

@ObjectType('IdeaViewerCan', { description: 'What the signed-in person may do with the idea now' })
export class IdeaViewerCanModel {
  @Field() edit!: boolean;
  @Field() submit!: boolean;
  @Field() approve!: boolean;
  @Field() decline!: boolean;
  @Field() park!: boolean;
  @Field() back!: boolean;
  @Field() comment!: boolean;
  @Field({ description: 'Any of approve, decline and park' }) decide!: boolean;
  @Field({ deprecationReason: 'Use back and comment' }) backOrComment!: boolean;
}

@ObjectType('IdeaComment')
export class IdeaCommentModel {
  @Field(() => ID) id!: string;
  @Field() text!: string;
  @Field() createdAt!: Date;
  authorId!: string;
  /** Decided by IdeasPolicy.canSeeCommentAuthor when the comment is mapped for a viewer. */
  authorVisible!: boolean;
}

@ObjectType('IdeaConnection')
export class IdeaConnectionModel {
  @Field(() => [IdeaModel]) nodes!: IdeaModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, {
    description: 'How many match the scope and filter (all pages); read only when asked for',
  })
  totalCount!: number;
}

export function mapIdea(e: IdeaEntity): IdeaModel {
  return {
    id: e.id,
    title: e.title,
    needWhose: e.needWhose,
    needObserved: e.needObserved,
    proposal: e.proposal,
    benefit: e.benefit,
    actions: e.actions,
    sdgs: e.sdgs,
    theme: e.theme,
    hideAuthor: e.hideAuthor,
    state: e.state,
    version: e.version,
    submittedAt: e.submittedAt,
    decidedAt: e.decidedAt,
    decisionReason: e.decisionReason,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    organisationId: e.organisationId,
    unitId: e.unitId,
    authorId: e.authorId,
    decidedById: e.decidedById,
    experimentId: e.experimentId,
    sourceLessonId: e.sourceLessonId,
    challengeId: e.challengeId,
  };
}

export function mapComment(e: IdeaCommentEntity, authorVisible: boolean): IdeaCommentModel {
  return { id: e.id, text: e.text, createdAt: e.createdAt, authorId: e.authorId, authorVisible };
}
