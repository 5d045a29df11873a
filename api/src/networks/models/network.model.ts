import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MembershipStatus } from '@laerekraft/shared';
import '../../core/graphql/enums.js';
import type { NetworkEntity } from '../network.entity.js';
import type { NetworkMembershipEntity } from '../network-membership.entity.js';

@ObjectType('NetworkMember')
export class NetworkMemberModel {
  @Field(() => ID) id!: string;
  @Field(() => MembershipStatus) status!: MembershipStatus;
  @Field() invitedAt!: Date;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
  organisationId!: string;
  networkId!: string;
}

@ObjectType('Network', { description: 'An inter-municipal network' })
export class NetworkModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  organisationId!: string;
  coordinatorId!: string;
}

@ObjectType('NetworkViewerCan', { description: 'What the signed-in person may do with the network now' })
export class NetworkViewerCanModel {
  @Field({ description: 'Invite organisations (the network’s coordinator)' }) invite!: boolean;
  @Field({ description: 'Accept or decline my organisation’s open invitation (its innovation lead)' })
  respond!: boolean;
  @Field({ description: 'Pin lessons shared to the network, with a note (a coordinator of the network)' })
  pin!: boolean;
  @Field({ description: 'Post a challenge for the network (a coordinator of the network)' })
  postChallenge!: boolean;
}

export function mapNetwork(e: NetworkEntity): NetworkModel {
  return {
    id: e.id,
    name: e.name,
    description: e.description,
    organisationId: e.organisationId,
    coordinatorId: e.coordinatorId,
  };
}

export function mapMember(e: NetworkMembershipEntity): NetworkMemberModel {
  return {
    id: e.id,
    status: e.status,
    invitedAt: e.invitedAt,
    respondedAt: e.respondedAt,
    organisationId: e.organisationId,
    networkId: e.networkId,
  };
}
