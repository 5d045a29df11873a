import {
  Args,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from '@nestjs/graphql';
import { FollowSubjectType } from '@laerekraft/shared';
import { CurrentActor } from '../../core/auth/decorators.js';
import type { Actor } from '../../core/auth/actor.js';
import { FollowsService } from './follows.service.js';

registerEnumType(FollowSubjectType, {
  name: 'FollowSubjectType',
  description: 'What a person may follow: an idea, experiment, lesson, challenge or network',
});

@InputType()
export class FollowInput {
  @Field(() => FollowSubjectType) subjectType!: FollowSubjectType;
  @Field(() => ID) subjectId!: string;
}

@ObjectType('FollowState', { description: 'Whether the signed-in person follows a subject' })
export class FollowStateModel {
  @Field(() => FollowSubjectType) subjectType!: FollowSubjectType;
  @Field(() => ID) subjectId!: string;
  @Field() following!: boolean;
}

@Resolver(() => FollowStateModel)
export class FollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @Query(() => FollowStateModel, {
    description: 'Whether I follow the subject (false also for what I may not see)',
  })
  async following(
    @CurrentActor() actor: Actor,
    @Args('subjectType', { type: () => FollowSubjectType }) subjectType: FollowSubjectType,
    @Args('subjectId', { type: () => ID }) subjectId: string,
  ): Promise<FollowStateModel> {
    return { subjectType, subjectId, following: await this.follows.following(actor, subjectType, subjectId) };
  }

  @Mutation(() => FollowStateModel, {
    description: 'Follow what I may see (NOT_FOUND otherwise); following twice is following once',
  })
  async follow(@CurrentActor() actor: Actor, @Args('input') input: FollowInput): Promise<FollowStateModel> {
    const following = await this.follows.follow(actor, input.subjectType, input.subjectId);
    return { ...input, following };
  }

  @Mutation(() => FollowStateModel, {
    description: 'Stop following; unfollowing what I do not follow changes nothing',
  })
  async unfollow(@CurrentActor() actor: Actor, @Args('input') input: FollowInput): Promise<FollowStateModel> {
    const following = await this.follows.unfollow(actor, input.subjectType, input.subjectId);
    return { ...input, following };
  }
}
