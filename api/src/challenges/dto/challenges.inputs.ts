import { Field, ID, InputType } from '@nestjs/graphql';
import { ChallengeLimits } from '@laerekraft/shared';

@InputType({ description: 'A new challenge: for my organisation, or (networkId) for a network I coordinate' })
export class PostChallengeInput {
  @Field(() => ID, { nullable: true, description: 'The network; absent for an organisation challenge' })
  networkId?: string | null;
  @Field({ description: `Max ${ChallengeLimits.TITLE_MAX} characters` }) title!: string;
  @Field({ description: `The need (max ${ChallengeLimits.NEED_MAX})` }) need!: string;
  @Field({ description: `Who it concerns (max ${ChallengeLimits.CONCERNS_MAX})` }) concerns!: string;
  @Field({ description: 'YYYY-MM-DD, today or later' }) deadline!: string;
}
