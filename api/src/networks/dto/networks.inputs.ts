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
