import { Field, ObjectType } from '@nestjs/graphql';
import { OrganisationModel } from './organisation.model.js';

@ObjectType('CreatedOrganisation')
export class CreatedOrganisationModel {
  @Field(() => OrganisationModel) organisation!: OrganisationModel;
  @Field({ description: 'Invitation link for the first innovation lead; shown once' })
  leadInvitationLink!: string;
}
