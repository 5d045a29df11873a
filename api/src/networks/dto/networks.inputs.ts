import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateNetworkInput {
  @Field({ description: 'Max 160 characters' }) name!: string;
  @Field({ description: 'Max 2000 characters' }) description!: string;
}

@InputType()
export class InviteToNetworkInput {
  @Field(() => ID) networkId!: string;
  @Field(() => ID) organisationId!: string;
}

@InputType()
export class RespondToNetworkInvitationInput {
  @Field(() => ID) membershipId!: string;
  @Field() accept!: boolean;
}

@InputType({ description: 'Pin a lesson shared to the network (or change the note of its pin)' })
export class PinLessonInput {
  @Field(() => ID) networkId!: string;
  @Field(() => ID) lessonId!: string;
  @Field({ nullable: true, description: 'Why members should read it (max 1000)' }) note?: string;
}

@InputType()
export class UnpinLessonInput {
  @Field(() => ID) networkId!: string;
  @Field(() => ID) lessonId!: string;
}
