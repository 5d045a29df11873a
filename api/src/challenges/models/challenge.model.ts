import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChallengeState } from '@laerekraft/shared';
import { registerEnumType } from '@nestjs/graphql';
import '../../core/graphql/enums.js';
import { PageInfo } from '../../core/graphql/pagination.js';
import { OrganisationModel } from '../../organisations/models/organisation.model.js';
import type { ChallengeEntity } from '../challenge.entity.js';

registerEnumType(ChallengeState, { name: 'ChallengeState' });

@ObjectType('Challenge', {
  description: 'A challenge (utfordring): a need posted for the organisation or a network, answered by ideas',
})
export class ChallengeModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() need!: string;
  @Field({ description: 'Who the need concerns' }) concerns!: string;
  @Field({ description: 'YYYY-MM-DD' }) deadline!: string;
  @Field(() => ChallengeState) state!: ChallengeState;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  organisationId!: string;
  networkId!: string | null;
  createdById!: string;
}

@ObjectType('ChallengeViewerCan', { description: 'What the signed-in person may do with the challenge now' })
export class ChallengeViewerCanModel {
  @Field({ description: 'Close it (its organisation’s innovation lead, or a coordinator of its network)' })
  close!: boolean;
  @Field({ description: 'Answer it with an idea (anyone who sees it and writes ideas, while it is open)' })
  answer!: boolean;
}

@ObjectType('ChallengeReach', {
  description:
    'What came of a network challenge in one member organisation, as counts: "Bergen: 2 ideas, 1 experiment running"',
})
export class ChallengeReachModel {
  @Field(() => OrganisationModel) organisation!: OrganisationModel;
  @Field(() => Int, { description: 'Ideas answering it (not drafts)' }) ideas!: number;
  @Field(() => Int) experiments!: number;
  @Field(() => Int) running!: number;
  @Field(() => Int, { description: 'Published lessons from those experiments (at any reach)' })
  lessons!: number;
  @Field({ description: 'The reader’s own organisation' }) mine!: boolean;
}

@ObjectType('ChallengeConnection')
export class ChallengeConnectionModel {
  @Field(() => [ChallengeModel]) nodes!: ChallengeModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

export function mapChallenge(e: ChallengeEntity): ChallengeModel {
  return {
    id: e.id,
    title: e.title,
    need: e.need,
    concerns: e.concerns,
    deadline: e.deadline,
    state: e.state,
    createdAt: e.createdAt,
    closedAt: e.closedAt,
    organisationId: e.organisationId,
    networkId: e.networkId,
    createdById: e.createdById,
  };
}
