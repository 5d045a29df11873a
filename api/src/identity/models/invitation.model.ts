import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InvitationStatus } from '@laerekraft/shared';
import { RoleAssignmentModel } from './person.model.js';
import type { InvitationEntity } from '../invitation.entity.js';

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => [RoleAssignmentModel]) roles!: RoleAssignmentModel[];
  @Field(() => InvitationStatus) status!: InvitationStatus;
  @Field() expiresAt!: Date;
  @Field() createdAt!: Date;
  invitedById!: string | null;
}

@ObjectType('CreatedInvitation')
export class CreatedInvitationModel {
  @Field(() => InvitationModel) invitation!: InvitationModel;
  @Field({
    description:
      'Path of the accept page, with the single-use token. Shown once, since no e-mail is sent yet.',
  })
  link!: string;
}

@ObjectType('InvitationPreview', { description: 'What the accept page may show before sign-in' })
export class InvitationPreviewModel {
  @Field() organisationName!: string;
  @Field() name!: string;
  @Field() email!: string;
  @Field() expiresAt!: Date;
}

export function invitationStatus(e: InvitationEntity, now = new Date()): InvitationStatus {
  if (e.acceptedAt) return InvitationStatus.ACCEPTED;
  if (e.revokedAt) return InvitationStatus.REVOKED;
  if (e.expiresAt <= now) return InvitationStatus.EXPIRED;
  return InvitationStatus.PENDING;
}

export function mapInvitation(e: InvitationEntity): InvitationModel {
  return {
    id: e.id,
    name: e.name,
    email: e.email,
    roles: e.roles.map((r) => ({ role: r.role, unitId: r.unitId })),
    status: invitationStatus(e),
    expiresAt: e.expiresAt,
    createdAt: e.createdAt,
    invitedById: e.invitedById,
  };
}
