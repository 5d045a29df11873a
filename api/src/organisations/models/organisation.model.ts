import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationKind } from '@laerekraft/shared';
import '../../core/graphql/enums.js';
import type { OrganisationEntity } from '../organisation.entity.js';

@ObjectType('Organisation', {
  description: 'A kommune, fylkeskommune or other organisation: a tenant. Public facts only.',
})
export class OrganisationModel {
  @Field(() => ID) id!: string;
  @Field(() => OrganisationKind) kind!: OrganisationKind;
  @Field() name!: string;
  @Field({ description: '9 digits, modulus-11 checked' }) organisationNumber!: string;
  @Field(() => String, { nullable: true }) kommunenummer!: string | null;
  @Field(() => String, { nullable: true }) fylkesnummer!: string | null;
}

export function mapOrganisation(e: OrganisationEntity): OrganisationModel {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    organisationNumber: e.organisationNumber,
    kommunenummer: e.kommunenummer,
    fylkesnummer: e.fylkesnummer,
  };
}
